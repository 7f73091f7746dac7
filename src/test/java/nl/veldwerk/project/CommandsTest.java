package nl.veldwerk.project;

import static nl.veldwerk.project.Fixtures.A01_TEXT;
import static nl.veldwerk.project.Fixtures.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private ProjectSession session;
    private Project p;

    @BeforeEach
    void setUp() {
        session = Fixtures.session();
        p = session.project();
    }

    private String code(String docId, String words, String codeId) {
        int start = p.document(docId).orElseThrow().text().indexOf(words);
        session.execute(QuotationCommands.codeRange(docId, start, start + words.length(), codeId, "me", T));
        return p.quotationsOf(docId).stream().filter(q -> q.start() == start).findFirst().orElseThrow().id();
    }

    @Test
    void deletingACodeRemovesItsCodingsAndUndoRestoresEveryOneExactly() {
        code("a01", "via de buren", "strong");
        code("a01", "via de wijkcoach", "weak");
        code("a01", "Mensen schamen zich", "schaamte");
        code("w01", "weten niet", "weak");
        session.execute(CodeCommands.addRelation(new Relation("r1", "weak", "schaamte", RelationType.CAUSES, "", 2,
                "")));
        List<Coding> before = new ArrayList<>(p.codings());
        Project snapshot = p.copy();

        session.execute(CodeCommands.delete("weak"));
        assertTrue(p.code("weak").isEmpty());
        assertEquals(2, p.codings().size());
        assertTrue(p.relations().isEmpty());

        session.undo();
        assertEquals(snapshot, p);
        assertEquals(before.size(), p.codings().size());
        assertTrue(p.codings().containsAll(before));
    }

    /** Bounds typed inside an emoji take the whole emoji: one half of it was shown as broken boxes (QA). */
    @Test
    void boundsTypedInsideAnEmojiTakeAllOfIt() {
        Project emoji = new Project(nl.veldwerk.model.ProjectInfo.named("x", T));
        String text = "Ze lachte 😊 en ging.";
        emoji.put(nl.veldwerk.model.Document.of("d", "D", text, nl.veldwerk.model.SourceFormat.TXT, List.of(), T));
        emoji.put(nl.veldwerk.model.Code.of("c", "Blij", null, null));
        ProjectSession s = new ProjectSession(emoji);
        int face = text.indexOf("😊");
        s.execute(QuotationCommands.codeRange("d", 0, 2, "c", null, T));
        String q = emoji.quotations().iterator().next().id();
        s.execute(QuotationCommands.resize(q, face + 1, face + 1 + 4));
        assertEquals("😊 en", text.substring(emoji.quotation(q).orElseThrow().start(), emoji.quotation(q).orElseThrow()
                .end()), "the start widened to the emoji's first half");
        s.execute(QuotationCommands.resize(q, 3, face + 1));
        assertEquals("lachte 😊", text.substring(emoji.quotation(q).orElseThrow().start(), emoji.quotation(q)
                .orElseThrow().end()), "the end widened past its second half");
    }

    @Test
    void codingTheSameRangeTwiceReusesTheQuotation() {
        String q1 = code("a01", "via de buren", "strong");
        String q2 = code("a01", "via de buren", "netwerk");
        assertEquals(q1, q2);
        assertEquals(1, p.quotations().size());
        assertEquals(2, p.codingsOf(q1).size());
    }

    @Test
    void mergeMovesCodingsAndCollapsesDuplicates() {
        String q = code("a01", "via de buren", "strong");
        session.execute(QuotationCommands.applyCode(q, "weak", "me", T));
        code("w01", "weten niet", "strong");
        session.execute(CodeCommands.merge("strong", "weak"));
        assertTrue(p.code("strong").isEmpty());
        assertEquals(2, p.codingsWithCode("weak").size(), "the quotation that had both keeps one coding");
        assertEquals("Merge 'Strong ties' into 'Weak ties'", session.stack().undoDescription().orElseThrow()
                .text(Locale.ENGLISH));
        session.undo();
        assertEquals(2, p.codingsWithCode("strong").size());
        assertEquals(1, p.codingsWithCode("weak").size());
        // Two codes of one name are named with their places (QA: "Merge 'Schaamte' into 'Schaamte'").
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("cat", "Categorie", null, null)));
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("weak-too", "Weak ties", null, "cat")));
        session.execute(CodeCommands.merge("weak-too", "weak"));
        assertEquals("Merge 'Categorie > Weak ties' into 'Sociaal netwerk > Weak ties'", session.stack().undoDescription().orElseThrow()
                .text(Locale.ENGLISH));
    }

    /**
     * Two codes that both lead to a third: merged, one relation remains (a diagram drew two arrows), the
     * diagram that showed the one that went shows the one kept, and a comment only the one that went had
     * stays; undo brings both back as they were.
     */
    @Test
    void mergeKeepsOneOfTheRelationsBothCodesHadToAThird() {
        session.execute(CodeCommands.addRelation(new Relation("r-weak", "weak", "schaamte", RelationType.CAUSES, "", 2,
                "")));
        session.execute(CodeCommands.addRelation(new Relation("r-strong", "strong", "schaamte", RelationType.CAUSES,
                "", 3, "Uit A03")));
        session.execute(CodeCommands.addRelation(new Relation("r-other", "strong", "schaamte",
                RelationType.CONTRADICTS, "", 1, "")));
        session.execute(nl.veldwerk.project.NoteCommands.putDiagram(new nl.veldwerk.model.Diagram("d", "Model",
                List.of(), List.of("r-strong", "r-other"))));
        Project before = p.copy();
        session.execute(CodeCommands.merge("strong", "weak"));
        assertEquals(List.of("r-other", "r-weak"), p.relations().stream().map(Relation::id).sorted().toList(),
                "one 'causes' from the merged code; the other type stays");
        Relation kept = p.relations().stream().filter(r -> r.id().equals("r-weak")).findFirst().orElseThrow();
        assertEquals("Strong ties (3): Uit A03", kept.comment(), "the comment only the merged code's relation had, "
                + "with its weight, which differed (the kept relation's 2 stays)");
        assertEquals(2, kept.weight(), 0);
        assertEquals("weak", p.relations().stream().filter(r -> r.id().equals("r-other")).findFirst().orElseThrow()
                .sourceCodeId());
        assertEquals(List.of("r-weak", "r-other"), p.diagrams().iterator().next().relationIds());
        session.undo();
        assertEquals(before, p);
    }

    @Test
    void editingTheTextShiftsQuotationsAfterAndAroundTheEdit() {
        String before = code("a01", "Interviewer: Hoe", "netwerk");
        String around = code("a01", "via de buren of via", "strong");
        String after = code("a01", "schamen zich", "schaamte");
        int at = A01_TEXT.indexOf("buren");
        session.execute(DocumentCommands.editText("a01", new TextEdit(at, at + "buren".length(), "naaste buren")));

        String text = p.document("a01").orElseThrow().text();
        assertEquals("Interviewer: Hoe", slice(text, before));
        assertEquals("via de naaste buren of via", slice(text, around));
        assertEquals("schamen zich", slice(text, after));
        assertTrue(p.document("a01").orElseThrow().turns().get(1).end() > A01_TEXT.indexOf("Interviewer: En"));

        session.undo();
        assertEquals(A01_TEXT, p.document("a01").orElseThrow().text());
        assertEquals("via de buren of via", slice(A01_TEXT, around));
    }

    @Test
    void deletingPartOfAQuotationsTextKeepsItAndDeletingAllOfItRemovesItUntilUndo() {
        String q = code("a01", "De eigen bijdrage", "netwerk");
        int at = A01_TEXT.indexOf("De eigen bijdrage");
        session.execute(DocumentCommands.editText("a01", new TextEdit(at - 5, at + 3, "")));
        assertEquals("eigen bijdrage", slice(p.document("a01").orElseThrow().text(), q));
        assertEquals(1, p.codingsOf(q).size());
        session.execute(DocumentCommands.editText("a01", new TextEdit(at - 5, at + 20, "")));
        assertTrue(p.quotation(q).isEmpty(), "no quotation without text: it would count and be reported, unseen");
        assertTrue(p.codingsWithCode("netwerk").isEmpty());
        session.undo(); // consecutive edits of one text are one step
        assertEquals(1, p.codingsOf(q).size());
        assertEquals("De eigen bijdrage", slice(p.document("a01").orElseThrow().text(), q));
    }

    private String slice(String text, String quotationId) {
        Quotation q = p.quotation(quotationId).orElseThrow();
        return text.substring(q.start(), q.end());
    }

    @Test
    void aFailingCommandLeavesTheProjectAsItWasAndIsNotPushed() {
        Project snapshot = p.copy();
        int depth = session.stack().undoDepth();
        // The second half of this composite refers to a code that does not exist.
        Command bad = new CompositeCommand(Message.of("code.add", "x"), List.of(
                CodeCommands.add(Code.of("new", "Nieuw", null, null)),
                QuotationCommands.codeRange("a01", 0, 5, "no-such-code", "me", T)));
        assertThrows(ModelException.class, () -> session.execute(bad));
        assertEquals(snapshot, p);
        assertEquals(depth, session.stack().undoDepth());
    }

    @Test
    void duplicateSiblingNamesAndCyclesAreRefused() {
        assertThrows(ModelException.class, () -> session.execute(CodeCommands.add(Code.of("x", "weak TIES", null,
                "netwerk"))));
        assertThrows(ModelException.class, () -> session.execute(CodeCommands.move("netwerk", "weak")));
    }

    @Test
    void unsavedFlagFollowsTheStackIncludingUndoBackToTheSavedState() {
        session.markSaved(session.stack().state());
        assertFalse(session.hasUnsavedChanges());
        session.execute(CodeCommands.rename("schaamte", "Schaamte en trots"));
        assertTrue(session.hasUnsavedChanges());
        session.undo();
        assertFalse(session.hasUnsavedChanges());
        session.redo();
        assertTrue(session.hasUnsavedChanges());
    }

    @Test
    void changeEventsNameWhatChangedAndWhichDocument() {
        List<ProjectChange> changes = new ArrayList<>();
        session.addListener(changes::add);
        code("w01", "weten niet", "weak");
        ProjectChange change = changes.getFirst();
        assertEquals(ProjectChange.Type.EXECUTE, change.type());
        assertTrue(change.touches(EntityKind.QUOTATION));
        assertTrue(change.touches(EntityKind.CODING));
        assertEquals(java.util.Set.of("w01"), change.documentIds());
        session.undo();
        assertEquals(ProjectChange.Type.UNDO, changes.getLast().type());
    }

    @Test
    void descriptionsAreTranslated() {
        session.execute(CodeCommands.delete("schaamte"));
        assertEquals("Code ‘Schaamte’ verwijderen", session.stack().undoDescription().orElseThrow()
                .text(Locale.of("nl")));
        assertEquals("Delete code 'Schaamte'", session.stack().undoDescription().orElseThrow()
                .text(Locale.ENGLISH));
    }

    /** A move says where the code went, which is what its undo takes back (QA: "Move code 'X'" said nothing). */
    @Test
    void aMoveSaysWhereTheCodeWent() {
        session.execute(CodeCommands.move("schaamte", "netwerk"));
        String under = p.code("netwerk").orElseThrow().name();
        assertEquals("Move code 'Schaamte' under '" + under + "'", session.stack().undoDescription().orElseThrow()
                .text(Locale.ENGLISH));
        assertEquals("Code ‘Schaamte’ onder ‘" + under + "’ plaatsen", session.stack().undoDescription()
                .orElseThrow().text(Locale.of("nl")));
        session.execute(CodeCommands.move("schaamte", null));
        assertEquals("Move code 'Schaamte' to the top level", session.stack().undoDescription().orElseThrow()
                .text(Locale.ENGLISH));
    }

    @Test
    void typingInATranscriptIsOneUndoStepPerRunOfEdits() {
        int depth = session.stack().undoDepth();
        int at = A01_TEXT.indexOf("buren");
        session.execute(DocumentCommands.editText("a01", new TextEdit(at, at, "o")));
        session.execute(DocumentCommands.editText("a01", new TextEdit(at + 1, at + 1, "u")));
        session.execute(DocumentCommands.editText("a01", new TextEdit(at + 2, at + 2, "de ")));
        assertEquals(depth + 1, session.stack().undoDepth(), "three quick edits, one step");
        assertTrue(p.document("a01").orElseThrow().text().contains("oude buren"));
        session.execute(CodeCommands.rename("schaamte", "Schaamte!"));
        session.execute(DocumentCommands.editText("a01", new TextEdit(0, 0, "#")));
        assertEquals(depth + 3, session.stack().undoDepth(), "another command in between breaks the run");
        session.undo();
        session.undo();
        session.undo();
        assertEquals(A01_TEXT, p.document("a01").orElseThrow().text());
        session.redo();
        assertTrue(p.document("a01").orElseThrow().text().contains("oude buren"), "redo brings back the whole run");
    }

    @Test
    void aCommandThatChangesNothingIsNoUndoStepAndLeavesTheProjectSaved() {
        ProjectSession session = Fixtures.session();
        session.execute(QuotationCommands.codeRange("a01", 0, 11, "weak", "me", Fixtures.T));
        int depth = session.stack().undoDepth();
        session.markSaved(session.stack().state());
        // The same code on the same stretch again (Ctrl+K on a quotation that has it): nothing to do.
        session.execute(QuotationCommands.codeRange("a01", 0, 11, "weak", "me", Fixtures.T));
        org.junit.jupiter.api.Assertions.assertFalse(session.hasUnsavedChanges(),
                "nothing changed: nothing to save (quitting asked to save 'changes' the window said were saved)");
        org.junit.jupiter.api.Assertions.assertEquals(depth, session.stack().undoDepth(), "no step that undoes nothing");
    }

    /**
     * Many stretches of a document coded at once (code the hits): a stretch that is a quotation already gets the
     * code there, new ones are numbered on from the document's highest, a stretch given twice makes one
     * quotation, and the result is what coding them one by one gives.
     */
    @Test
    void codingManyRangesOfADocumentIsCodingEachOne() {
        String existing = code("a01", "via de buren", "strong");
        int numbered = p.quotation(existing).orElseThrow().number();
        int at = p.document("a01").orElseThrow().text().indexOf("via de buren");
        int other = p.document("a01").orElseThrow().text().indexOf("Mensen");
        ProjectSession oneByOne = Fixtures.session();
        oneByOne.execute(QuotationCommands.codeRange("a01", at, at + 12, "strong", "me", T));
        for (int[] r : List.of(new int[] {at, at + 12}, new int[] {0, 11}, new int[] {other, other + 6},
                new int[] {0, 11})) {
            oneByOne.execute(QuotationCommands.codeRange("a01", r[0], r[1], "weak", "me", T));
        }
        session.execute(QuotationCommands.codeRanges("a01", List.of(new int[] {at, at + 12}, new int[] {0, 11},
                new int[] {other, other + 6}, new int[] {0, 11}), "weak", "me", T));
        assertEquals(3, p.quotationsOf("a01").size(), "the existing one, and two new (one given twice)");
        assertEquals(List.of("strong", "weak"), p.codingsOf(existing).stream().map(Coding::codeId).sorted().toList());
        assertEquals(List.of(numbered, numbered + 1, numbered + 2), p.quotationsOf("a01").stream()
                .map(q -> q.number()).sorted().toList());
        java.util.function.Function<Project, List<String>> shape = x -> x.quotationsOf("a01").stream()
                .map(q -> q.number() + "@" + q.start() + "-" + q.end() + x.codingsOf(q.id()).stream()
                        .map(Coding::codeId).sorted().toList()).sorted().toList();
        assertEquals(shape.apply(oneByOne.project()), shape.apply(p));
        session.undo();
        assertEquals(List.of("strong"), p.codingsOf(existing).stream().map(Coding::codeId).toList());
        assertEquals(1, p.quotationsOf("a01").size());
    }
}
