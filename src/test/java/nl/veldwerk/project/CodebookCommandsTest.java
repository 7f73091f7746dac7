package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Merge, split, move, promote, demote and review, each undone to exactly the project before. */
class CodebookCommandsTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    /** Psychische kenmerken > {Schaamte, Wantrouwen, Angst}; three quotations coded Schaamte, one also Wantrouwen. */
    private static ProjectSession session() {
        Project p = new Project(ProjectInfo.named("Codeboek", T));
        p.put(Document.of("d", "A01", "0123456789".repeat(5), SourceFormat.TXT, List.of(), T));
        p.put(Code.of("psy", "Psychische kenmerken", null, null));
        p.put(Code.of("schaamte", "Schaamte", null, "psy"));
        p.put(Code.of("wantrouwen", "Wantrouwen", null, "psy"));
        p.put(Code.of("angst", "Angst", null, "psy"));
        for (int i = 0; i < 3; i++) {
            p.put(new Quotation("q" + i, "d", i * 10, i * 10 + 5, "", null, T));
            p.put(new Coding("c" + i, "q" + i, "schaamte", null, T));
        }
        p.put(new Coding("w0", "q0", "wantrouwen", null, T));
        p.put(Memo.reviewComment("r1", new MemoTarget(EntityKind.CODE, "schaamte"), "Te breed?", null, T));
        return new ProjectSession(p);
    }

    private static void undoneExactly(ProjectSession s, Command command) {
        Project before = s.project().copy();
        s.execute(command);
        assertTrue(!before.equals(s.project()), "the command changed something");
        s.undo();
        assertEquals(before, s.project());
        s.redo();
    }

    /**
     * QA: the sample's model shows "Psychische kenmerken" with its sub-codes inside its box; merged into one of
     * them, the box went and with it the arrow, now drawn from the sub-code. The target takes the box's place.
     */
    @Test
    void aMergeIntoACodeTheDiagramDoesNotShowGivesItTheBoxThatGoes() throws Exception {
        Project sample = nl.veldwerk.store.ProjectReader.read(java.nio.file.Path.of("sample-projects/wijk-y"));
        nl.veldwerk.model.Diagram model = sample.diagrams().stream().filter(d -> d.node("fc-psychische-kenmerken")
                .filter(n -> !n.hidden()).isPresent()).findFirst().orElseThrow();
        nl.veldwerk.model.DiagramNode box = model.node("fc-psychische-kenmerken").orElseThrow();
        String child = sample.childrenOf("fc-psychische-kenmerken").stream().map(Code::id)
                .filter(id -> model.node(id).map(nl.veldwerk.model.DiagramNode::hidden).orElse(true)).findFirst()
                .orElseThrow(() -> new AssertionError("a sub-code the diagram does not show as a box"));
        ProjectSession s = new ProjectSession(sample);
        long arrows = model.relationIds().size();
        undoneExactly(s, CodeCommands.merge("fc-psychische-kenmerken", child));
        nl.veldwerk.model.Diagram after = s.project().diagram(model.id()).orElseThrow();
        assertEquals(new nl.veldwerk.model.DiagramNode(child, box.x(), box.y(), false), after.node(child).orElseThrow());
        assertTrue(after.node("fc-psychische-kenmerken").isEmpty());
        assertEquals(model.nodes().size() - (model.node(child).isPresent() ? 1 : 0), after.nodes().size());
        assertEquals(arrows, after.relationIds().size(), "its arrows are drawn from the box that stays");

        // A target with a box of its own keeps it; the source's goes.
        nl.veldwerk.model.Diagram both = model.withCode(new nl.veldwerk.model.DiagramNode(child, 10, 20, false),
                List.of());
        assertEquals(both.withoutCode("fc-psychische-kenmerken"), CodeCommands.withMergedNode(both,
                "fc-psychische-kenmerken", child));
    }

    /** A relation between two codes a diagram shows is drawn on it; one to a code it does not show is not. */
    @Test
    void aNewRelationBetweenCodesOnADiagramIsDrawnThere() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(new nl.veldwerk.model.Diagram("model", "Model", List.of(new nl.veldwerk.model.DiagramNode("schaamte", 0,
                0, false), new nl.veldwerk.model.DiagramNode("wantrouwen", 100, 0, true)), List.of()));
        undoneExactly(s, CodeCommands.addRelation(new nl.veldwerk.model.Relation("r1", "schaamte", "wantrouwen",
                nl.veldwerk.model.RelationType.CAUSES, "", 0, "")));
        assertEquals(List.of("r1"), p.diagram("model").orElseThrow().relationIds(), "both shown (one in its box)");
        s.execute(CodeCommands.addRelation(new nl.veldwerk.model.Relation("r2", "schaamte", "angst",
                nl.veldwerk.model.RelationType.CAUSES, "", 0, "")));
        assertEquals(List.of("r1"), p.diagram("model").orElseThrow().relationIds(), "Angst is not on it");
    }

    @Test
    void mergeMovesCodingsAndCommentsAndCollapsesDuplicates() {
        ProjectSession s = session();
        undoneExactly(s, CodeCommands.merge("schaamte", "wantrouwen"));
        Project p = s.project();
        assertTrue(p.code("schaamte").isEmpty());
        assertEquals(3, p.codingsWithCode("wantrouwen").size(), "q0 had both: one coding left");
        assertEquals(new MemoTarget(EntityKind.CODE, "wantrouwen"), p.memos().iterator().next().target(),
                "the review thread moves with the codings");
        assertTrue(p.memos().iterator().next().comment());
        String merged = p.memos().iterator().next().text();
        assertTrue(merged.startsWith("Schaamte: "), "the comment says what it was about (QA): " + merged);
        s.undo();
        assertEquals(merged.substring("Schaamte: ".length()), s.project().memos().iterator().next().text(),
                "undone: as written");
    }

    /**
     * Two arrows to the same code folded into one by a merge: the kept one's weight stays, and the other's weight
     * and reason are kept in its comment (QA: a hand-set 5 and its reason went without a word, the heaviest arrow
     * falling from 5 to 2).
     */
    @Test
    void aMergeFoldingTwoWeighedArrowsKeepsTheOthersWeightAndReasonInTheComment() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(Code.of("gebruik", "Individueel gebruik", null, null));
        p.put(new nl.veldwerk.model.Relation("r-s", "schaamte", "gebruik", nl.veldwerk.model.RelationType.CAUSES, "",
                5, "HAND: geldstress is kern"));
        p.put(new nl.veldwerk.model.Relation("r-w", "wantrouwen", "gebruik", nl.veldwerk.model.RelationType.CAUSES, "",
                2, "HAND: cultuur"));
        p.put(new nl.veldwerk.model.Relation("r-a", "angst", "gebruik", nl.veldwerk.model.RelationType.CAUSES, "",
                0, ""));
        undoneExactly(s, CodeCommands.merge("schaamte", "wantrouwen"));
        nl.veldwerk.model.Relation kept = p.relations().stream().filter(r -> r.sourceCodeId().equals("wantrouwen"))
                .findFirst().orElseThrow();
        assertEquals(2, kept.weight(), 0, "the kept arrow's own weight");
        assertEquals("HAND: cultuur\nSchaamte (5): HAND: geldstress is kern", kept.comment());
        assertEquals(2, p.relations().stream().filter(r -> r.targetCodeId().equals("gebruik")).count());

        // Onto an arrow without weight or comment: the other's weight and reason are taken as they are.
        s.undo();
        undoneExactly(s, CodeCommands.merge("schaamte", "angst"));
        nl.veldwerk.model.Relation taken = p.relations().stream().filter(r -> r.sourceCodeId().equals("angst"))
                .findFirst().orElseThrow();
        assertEquals(5, taken.weight(), 0);
        assertEquals("HAND: geldstress is kern", taken.comment());
    }

    @Test
    void mergeKeepsWhatWasWrittenAboutTheCodeThatGoes() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(require(p, "schaamte").withDefinition("Zich schamen voor hulp.", List.of("verlegen", "trots"))
                .withRules("Over zichzelf.", "", "Ik durf het niet te vragen.").withMemo("Zelfde als angst?"));
        p.put(require(p, "wantrouwen").withDefinition("Geen vertrouwen in instanties.", List.of("trots"))
                .withRules("", "", "Ik durf het niet te vragen."));
        undoneExactly(s, CodeCommands.merge("schaamte", "wantrouwen"));
        Code merged = require(p, "wantrouwen");
        assertEquals("Geen vertrouwen in instanties.\n\nSchaamte: Zich schamen voor hulp.", merged.definition(),
                "both definitions, the one of the code that went under its name");
        assertEquals(List.of("trots", "verlegen"), merged.indicators());
        assertEquals("Over zichzelf.", merged.inclusion(), "only the code that went had one: taken as it is");
        assertEquals("Ik durf het niet te vragen.", merged.anchor(), "the same text is kept once");
        assertEquals("Zelfde als angst?", merged.memo());
        assertEquals("Wantrouwen", merged.name());
    }

    /**
     * Two categories that each have a "Schaamte": merged, the target had two sub-codes of one name side by side,
     * alike in the tree, the picker and reports. The one that moves is merged into the target's own, all the way down.
     */
    @Test
    void aMergeJoinsSubCodesOfOneName() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(Code.of("sociaal", "Sociale kenmerken", null, null));
        p.put(Code.of("sociaal-schaamte", "schaamte", null, "sociaal"));
        p.put(Code.of("sociaal-schaamte-buren", "Buren", null, "sociaal-schaamte"));
        p.put(Code.of("schaamte-buren", "buren", null, "schaamte"));
        p.put(Code.of("sociaal-isolement", "Isolement", null, "sociaal"));
        p.put(new Coding("s0", "q1", "sociaal-schaamte", null, T));
        p.put(new Coding("s1", "q2", "sociaal-schaamte-buren", null, T));
        undoneExactly(s, CodeCommands.merge("sociaal", "psy"));

        assertEquals(List.of("Angst", "Isolement", "Schaamte", "Wantrouwen"), p.childrenOf("psy").stream()
                .map(Code::name).sorted().toList(), "one Schaamte; Isolement moved under it as before");
        assertTrue(p.code("sociaal-schaamte").isEmpty());
        assertEquals(List.of("buren"), p.childrenOf("schaamte").stream().map(Code::name).toList(), "merged a level down too");
        assertEquals(Set.of("q0", "q1", "q2"), Set.copyOf(p.codingsWithCode("schaamte").stream()
                .map(Coding::quotationId).toList()), "q1 had it from both: one coding");
        assertEquals(List.of("q2"), p.codingsWithCode("schaamte-buren").stream().map(Coding::quotationId).toList());
    }

    /**
     * Merged into its own parent, a code's sub-code of the same name is no twin of the code itself (review: it was
     * merged into the code that goes, and the merge refused or its definition lost).
     */
    @Test
    void aCodeMergedIntoItsParentKeepsItsSubCodeOfTheSameName() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(Code.of("schaamte-zelf", "schaamte", null, "schaamte").withDefinition("Over zichzelf.", List.of()));
        p.put(new Coding("z0", "q1", "schaamte-zelf", null, T));
        undoneExactly(s, CodeCommands.merge("schaamte", "psy"));
        assertEquals("psy", require(p, "schaamte-zelf").parentId(), "moved up, under the code merged into");
        assertEquals("Over zichzelf.", require(p, "schaamte-zelf").definition());
        assertEquals(List.of("q1"), p.codingsWithCode("schaamte-zelf").stream().map(Coding::quotationId).toList());
        assertTrue(p.code("schaamte").isEmpty());
    }

    @Test
    void aTargetLiftedBesideACodeOfItsNameIsRefused() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(Code.of("top-angst", "angst", null, null));
        p.put(Code.of("top", "Top", null, null));
        p.put(Code.of("top-sub", "Sub", null, "top"));
        p.put(Code.of("top-sub-angst", "Angst", null, "top-sub"));
        Project before = p.copy();
        assertThrows(nl.veldwerk.model.ModelException.class, () -> s.execute(CodeCommands.merge("top", "top-sub-angst")),
                "lifted to the top, it would stand beside the other Angst");
        assertEquals(before, s.project(), "nothing half done");
    }

    private static Code require(Project p, String id) {
        return p.code(id).orElseThrow();
    }

    @Test
    void splitMovesTheChosenQuotationsToANewCode() {
        ProjectSession s = session();
        Code sociale = Code.of("sociale-schaamte", "Sociale schaamte", null, "psy");
        undoneExactly(s, CodebookCommands.split("schaamte", Set.of("q1", "q2"), sociale));
        Project p = s.project();
        assertEquals(List.of("q0"), p.codingsWithCode("schaamte").stream().map(Coding::quotationId).toList());
        assertEquals(Set.of("q1", "q2"), Set.copyOf(p.codingsWithCode("sociale-schaamte").stream()
                .map(Coding::quotationId).toList()));
        assertThrows(ModelException.class, () -> s.execute(CodebookCommands.split("schaamte", Set.of("q0"),
                Code.of("x", "Angst", null, "psy"))), "a name its siblings have is refused");
    }

    @Test
    void promoteAndDemoteMoveOneLevel() {
        ProjectSession s = session();
        undoneExactly(s, CodebookCommands.promote("angst"));
        assertEquals(null, s.project().code("angst").orElseThrow().parentId());
        // "Angst" now sits beside "Psychische kenmerken"; demoting puts it back under the sibling above it.
        undoneExactly(s, CodebookCommands.demote("psy"));
        assertEquals("angst", s.project().code("psy").orElseThrow().parentId());
        ModelException top = assertThrows(ModelException.class, () -> s.execute(CodebookCommands.promote("angst")));
        assertTrue(top.getMessage().contains("top level"), top.getMessage());
    }

    @Test
    void moveRefusesACycle() {
        ProjectSession s = session();
        Project before = s.project().copy();
        assertThrows(ModelException.class, () -> s.execute(CodeCommands.move("psy", "schaamte")));
        assertEquals(before, s.project(), "a refused move leaves the project as it was");
    }

    @Test
    void reviewStatusAndCommentsAreUndoable() {
        ProjectSession s = session();
        undoneExactly(s, CodebookCommands.review("schaamte", ReviewStatus.NEEDS_WORK));
        assertEquals(ReviewStatus.NEEDS_WORK, s.project().code("schaamte").orElseThrow().review());
        assertEquals("Undo Mark 'Schaamte' as needs work", "Undo " + s.stack().undoDescription().orElseThrow());
        undoneExactly(s, CodebookCommands.resolve("r1", true, null, T.plusSeconds(60)));
        assertTrue(((Memo) s.project().find(EntityKind.MEMO, "r1").orElseThrow()).resolved());
        undoneExactly(s, CodebookCommands.comment(Memo.reviewComment("r2", new MemoTarget(EntityKind.QUOTATION, "q1"),
                "Is dit schaamte of trots?", null, T)));
    }

    @Test
    void reviewCommentsChosenTogetherAreResolvedInOneStepAndThoseAlreadyResolvedKeepTheirDate() {
        ProjectSession s = session();
        s.execute(CodebookCommands.comment(Memo.reviewComment("r2", new MemoTarget(EntityKind.QUOTATION, "q1"),
                "Is dit schaamte of trots?", null, T)));
        s.execute(CodebookCommands.comment(Memo.reviewComment("r3", new MemoTarget(EntityKind.CODE, "angst"),
                "Definitie?", null, T)));
        s.execute(CodebookCommands.resolve("r3", true, null, T.plusSeconds(30)));
        undoneExactly(s, CodebookCommands.resolve(List.of("r1", "r2", "r3"), true, null, T.plusSeconds(60)));
        for (String id : List.of("r1", "r2", "r3")) {
            assertTrue(((Memo) s.project().find(EntityKind.MEMO, id).orElseThrow()).resolved(), id);
        }
        assertEquals(T.plusSeconds(30), ((Memo) s.project().find(EntityKind.MEMO, "r3").orElseThrow()).modified(),
                "resolved before: when it was resolved stays");
        assertEquals("Undo Resolve 3 review comments", "Undo " + s.stack().undoDescription().orElseThrow());
        s.undo();
        assertTrue(!((Memo) s.project().find(EntityKind.MEMO, "r2").orElseThrow()).resolved(), "one step undone");
        assertTrue(((Memo) s.project().find(EntityKind.MEMO, "r3").orElseThrow()).resolved(), "as it was before");
        undoneExactly(s, CodebookCommands.resolve(List.of("r3"), false, null, T.plusSeconds(90)));
        assertEquals("Undo Reopen a review comment", "Undo " + s.stack().undoDescription().orElseThrow());
    }

    @Test
    void whoResolvedACommentIsKeptUntilItIsOpenedAgainAndTheCoderCountsAsInUse() {
        ProjectSession s = session();
        s.execute(NoteCommands.addCoder(new nl.veldwerk.model.Coder("me", "Begeleider")));
        undoneExactly(s, CodebookCommands.resolve("r1", true, "me", T.plusSeconds(60)));
        Memo resolved = (Memo) s.project().find(EntityKind.MEMO, "r1").orElseThrow();
        assertEquals("me", resolved.resolvedBy());
        assertEquals(T.plusSeconds(60), resolved.modified());
        Project copy = s.project().copy();
        assertThrows(ModelException.class, () -> copy.remove(EntityKind.CODER, "me"),
                "a coder who resolved a comment is one the project refers to");
        s.execute(CodebookCommands.resolve("r1", false, "me", T.plusSeconds(90)));
        assertEquals(null, ((Memo) s.project().find(EntityKind.MEMO, "r1").orElseThrow()).resolvedBy(),
                "an open comment names no resolver");
        assertThrows(ModelException.class, () -> s.execute(CodebookCommands.resolve("r1", true, "nobody",
                T.plusSeconds(120))), "a resolver is one of the project's coders");
    }

    @Test
    void deletingACodeTakesItsReviewThreadAndUndoBringsItBack() {
        ProjectSession s = session();
        undoneExactly(s, CodeCommands.delete("schaamte"));
        assertTrue(s.project().memos().isEmpty());
    }
}
