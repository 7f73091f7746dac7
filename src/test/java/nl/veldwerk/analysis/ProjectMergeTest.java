package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;

class ProjectMergeTest {
    /** Coder Carla's project: the same A01 text under another id, one new document, one new code. */
    private static Project carlasProject() {
        Project b = new Project(ProjectInfo.named("Carla", AnalysisFixture.T));
        b.put(new Coder("carla", "Carla"));
        b.put(new Coder("bob", "Bob"));
        b.put(Document.of("b-a01", "A01 (Carla)", AnalysisFixture.A01, SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-w02", "W02", "W02: Wantrouwen tegen instanties.\n", SourceFormat.TXT, List.of(),
                AnalysisFixture.T));
        b.put(Code.of("b-schaamte", "schaamte", "#ff0000", null));
        b.put(Code.of("b-wantrouwen", "Wantrouwen", "#00ff00", null));
        b.put(Document.of("a02", "A02", "Another text entirely.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        // The same quotation and coding as Bob's in the other project: nothing new.
        b.put(new Quotation("b-q1", "b-a01", 30, 46, "", "bob", AnalysisFixture.T));
        b.put(new Coding("b-k1", "b-q1", "b-schaamte", "bob", AnalysisFixture.T));
        // Carla codes the same quotation too, and her own in the new document.
        b.put(new Coding("b-k2", "b-q1", "b-schaamte", "carla", AnalysisFixture.T));
        b.put(new Quotation("b-q2", "b-w02", 5, 15, "", "carla", AnalysisFixture.T));
        b.put(new Coding("b-k3", "b-q2", "b-wantrouwen", "carla", AnalysisFixture.T));
        b.put(new Quotation("b-q3", "a02", 0, 7, "", "carla", AnalysisFixture.T));
        b.put(new Coding("b-k4", "b-q3", "b-wantrouwen", "carla", AnalysisFixture.T));
        return b;
    }

    @Test
    void mergeMatchesByContentAndNameKeepsEveryCodingAndUndoesInOneStep() {
        Project a = AnalysisFixture.project();
        Project before = a.copy();
        ProjectSession session = new ProjectSession(a);
        ProjectMerge merge = ProjectMerge.of(carlasProject());
        session.execute(merge.command());
        ProjectMerge.Report report = merge.report();

        assertEquals(1, report.matched("documents"), "A01 by its text");
        assertEquals(2, report.added("documents"), "W02, and B's different 'A02'");
        assertTrue(a.documents().stream().anyMatch(d -> d.name().equals("A02 (Carla)")));
        assertEquals(1, report.matched("codes"), "schaamte by name");
        assertEquals(1, report.added("codes"));
        assertEquals(List.of("Wantrouwen"), report.addedCodes(), "named, so one merged away here is seen coming back");
        assertEquals(1, report.matched("coders"));
        assertEquals(1, report.added("coders"));
        assertEquals(1, report.matched("codings"));
        assertEquals(3, report.added("codings"));
        assertEquals(before.codings().size() + 3, a.codings().size());
        assertTrue(a.codingsOf("a01q2").stream().anyMatch(c -> "carla".equals(c.coderId())
                && c.codeId().equals("schaamte")), "Carla's coding lands on the matching quotation");
        assertEquals(Set.of("Carla", "Ann", "Bob"), Set.copyOf(a.coders().stream().map(Coder::name).toList()));
        assertTrue(report.conflicts().stream().anyMatch(c -> c.toString().contains("'A02' has another text")), report.conflicts()
                .toString());

        session.undo();
        assertEquals(before, a);
    }

    /**
     * A quotation of theirs that comes in under another ID (the document's numbers here go further) is said with its
     * ID there and here: a memo of theirs citing "1:2" means what is 1:5 here (QA: not said).
     */
    @Test
    void quotationsThatGetAnotherIdAreSaid() {
        Project a = AnalysisFixture.project();
        Project b = carlasProject();
        b.put(new Quotation("b-q4", "b-a01", 0, 5, "", "carla", AnalysisFixture.T, 2)); // numbered, as read from disk
        b.put(new Coding("b-k5", "b-q4", "b-schaamte", "carla", AnalysisFixture.T));
        Document theirA01 = b.document("b-a01").orElseThrow();
        String theirs = b.quotation("b-q4").orElseThrow().idIn(theirA01);
        ProjectSession session = new ProjectSession(a);
        ProjectMerge merge = ProjectMerge.of(b);
        session.execute(merge.command());
        Document a01 = a.document("a01").orElseThrow();
        Quotation here = a.quotationsOf("a01").stream().filter(q -> q.start() == 0 && q.end() == 5).findFirst()
                .orElseThrow();
        String mine = here.idIn(a01);
        assertTrue(!theirs.equals(mine), theirs + " " + mine);
        assertTrue(merge.report().conflicts().stream().anyMatch(c -> c.toString().contains(
                "one of their quotations has another ID here (" + theirs + " → " + mine + ")")),
                merge.report().conflicts().toString());
        // A quotation matched to one of this project's (Bob's 1:2 there is a01q2 here) is said when its ID differs.
        b.put(b.quotation("b-q1").orElseThrow().withNumber(1));
        Project c = AnalysisFixture.project();
        ProjectMerge again = ProjectMerge.of(b);
        new ProjectSession(c).execute(again.command());
        String matched = c.quotation("a01q2").orElseThrow().idIn(c.document("a01").orElseThrow());
        assertTrue(again.report().conflicts().stream().anyMatch(x -> x.toString().contains(b.quotation("b-q1")
                .orElseThrow().idIn(theirA01) + " → " + matched)), again.report().conflicts().toString());
    }

    private static final java.time.Instant LATER = AnalysisFixture.T.plusSeconds(3600);
    private static final java.time.Instant LATEST = AnalysisFixture.T.plusSeconds(7200);

    private static nl.veldwerk.model.Memo memo(String text, java.time.Instant modified) {
        return new nl.veldwerk.model.Memo("m-conclusie", nl.veldwerk.model.MemoTarget.project(), "Conclusie", text,
                "ann", AnalysisFixture.T, modified);
    }

    /** The fixture's project with a memo "Conclusie" never edited since it was written. */
    private static Project withConclusion() {
        Project p = AnalysisFixture.project();
        p.put(memo("Netwerk telt.", AnalysisFixture.T));
        return p;
    }

    private static List<nl.veldwerk.model.Memo> memosTitled(Project p, String title) {
        return p.memos().stream().filter(m -> m.title().startsWith(title)).toList();
    }

    /**
     * A memo edited in one copy only is taken over, as one memo; merging that copy again adds nothing (QA: a second
     * memo, said as changed in both, and a third at the repeat).
     */
    @Test
    void aMemoEditedOnlyInTheirCopyIsTakenAndMergingItAgainAddsNothing() {
        Project mine = withConclusion();
        Project theirs = mine.copy();
        theirs.put(memo("Netwerk telt. Ook de buren.", LATER));
        ProjectMerge merge = ProjectMerge.of(theirs).from("anna.vwz");
        new ProjectSession(mine).execute(merge.command());
        assertEquals(List.of("Netwerk telt. Ook de buren."), memosTitled(mine, "Conclusie").stream()
                .map(nl.veldwerk.model.Memo::text).toList());
        assertTrue(merge.report().conflicts().stream().anyMatch(c -> c.toString().equals(
                "memo 'Conclusie' was edited in their copy only: their version taken")), merge.report().conflicts()
                .toString());
        ProjectMerge again = ProjectMerge.of(theirs).from("anna.vwz");
        new ProjectSession(mine).execute(again.command());
        assertEquals(1, memosTitled(mine, "Conclusie").size(), "the same copy again: nothing new");
    }

    /** Edited in both: both kept, theirs named by its file; the same copy merged again keeps no third. */
    @Test
    void aMemoEditedInBothIsKeptTwiceTheirsNamedByItsFileAndNotAThirdTime() {
        Project mine = withConclusion();
        Project theirs = mine.copy();
        mine.put(memo("Netwerk telt niet altijd.", LATER));
        theirs.put(memo("Geld telt meer.", LATEST));
        for (int round = 0; round < 2; round++) {
            ProjectMerge merge = ProjectMerge.of(theirs).from("bram.vwz");
            new ProjectSession(mine).execute(merge.command());
        }
        assertEquals(List.of("Conclusie (bram.vwz)|Geld telt meer.", "Conclusie|Netwerk telt niet altijd."),
                memosTitled(mine, "Conclusie").stream().map(m -> m.title() + "|" + m.text()).sorted().toList());
    }

    /** A code made in their copy comes with who made it and when (QA: both were lost). */
    @Test
    void aCodeMadeInTheirCopyKeepsItsAuthorAndDate() {
        Project mine = AnalysisFixture.project();
        Project theirs = mine.copy();
        theirs.put(Code.of("buurthuis", "Buurthuis", "#123456", null).madeBy("bob", LATER));
        new ProjectSession(mine).execute(ProjectMerge.of(theirs).command());
        Code merged = mine.codes().stream().filter(c -> c.name().equals("Buurthuis")).findFirst().orElseThrow();
        assertEquals("bob", merged.creatorId());
        assertEquals(LATER, merged.created());
    }

    /** Two coders of one name made apart (each kept the account's name) are taken as one, and that is said (QA). */
    @Test
    void codersOfOneNameMadeApartAreTakenAsOneAndItIsSaid() {
        Project mine = AnalysisFixture.project();
        mine.put(new Coder("root-here", "root"));
        Project theirs = mine.copy();
        theirs.remove(nl.veldwerk.model.EntityKind.CODER, "root-here");
        theirs.put(new Coder("root-there", "root"));
        ProjectMerge merge = ProjectMerge.of(theirs);
        new ProjectSession(mine).execute(merge.command());
        assertEquals(1, mine.coders().stream().filter(c -> c.name().equals("root")).count());
        assertTrue(merge.report().conflicts().stream().anyMatch(c -> c.toString().startsWith(
                "coder 'root' was made apart in each copy under one name: taken as one person.")),
                merge.report().conflicts().toString());
    }

    /**
     * The supervisor merged Betaalbaarheid into Schaamte in their copy; merging that copy back keeps this project's
     * Betaalbaarheid and puts Schaamte beside it on its quotation. The merge cannot tell who changed what, so it
     * says both: the code only this project has, and the coding each copy gives another code (QA: said in one
     * direction only, and the quotation silently coded twice).
     */
    @Test
    void aCodeMergedAwayInTheirCopyIsNamedAndItsRecodedCodingsAreAConflict() {
        Project mine = AnalysisFixture.project();
        ProjectSession theirs = new ProjectSession(mine.copy());
        theirs.execute(nl.veldwerk.project.CodeCommands.merge("geld", "schaamte"));
        ProjectMerge merge = ProjectMerge.of(theirs.project());
        new ProjectSession(mine).execute(merge.command());
        ProjectMerge.Report report = merge.report();

        assertEquals(List.of("Betaalbaarheid"), report.codesOnlyHere());
        assertEquals(List.of(), report.addedCodes());
        assertEquals(Set.of("geld", "schaamte"), Set.copyOf(mine.codingsOf("a02q1").stream().map(Coding::codeId)
                .toList()), "both kept: the merge cannot tell whose is right");
        assertEquals(1, report.conflicts().stream().filter(c -> c.toString().startsWith(
                "coded 'Betaalbaarheid' here and 'Schaamte' in their copy, the same coding (")).count(),
                report.conflicts().toString());
        ProjectMerge again = ProjectMerge.of(mine.copy());
        new ProjectSession(mine.copy()).execute(again.command());
        assertEquals(List.of(), again.report().codesOnlyHere(), "a project merged with its own copy: none");
    }

    /**
     * Two quotations of the same words (two coders each made one) stay two: the other project's second was
     * matched to this one's first, which got its codings, so a project merged with its own copy gained codings.
     */
    @Test
    void quotationsOfOneRangeAreMatchedOneToOneAndAProjectsOwnCopyAddsNothing() {
        Project a = AnalysisFixture.project();
        a.put(new Quotation("twin-1", "a01", 30, 46, "", "bob", AnalysisFixture.T));
        a.put(new Quotation("twin-2", "a01", 30, 46, "", "ann", AnalysisFixture.T));
        a.put(new Coding("twin-k1", "twin-1", "netwerk", "bob", AnalysisFixture.T));
        a.put(new Coding("twin-k2", "twin-2", "netwerk", "ann", AnalysisFixture.T));
        Project before = a.copy();
        ProjectMerge merge = ProjectMerge.of(a.copy());
        new ProjectSession(a).execute(merge.command());
        assertEquals(0, merge.report().added("codings"), merge.report().toString());
        assertEquals(0, merge.report().added("quotations"), merge.report().toString());
        assertUnchanged(before, a);

        // Theirs with a new quotation of the same words listed before twin-1 (an edited quotation goes last in
        // the list): twin-1 still matches twin-1, and the new one comes in as new with its coding.
        Project later = before.copy();
        Quotation twin1 = later.quotation("twin-1").orElseThrow();
        Coding twin1Coding = later.coding("twin-k1").orElseThrow();
        later.remove(nl.veldwerk.model.EntityKind.CODING, "twin-k1");
        later.remove(nl.veldwerk.model.EntityKind.QUOTATION, "twin-1");
        later.put(new Quotation("carl-q", "a01", 30, 46, "", "ann", AnalysisFixture.T));
        later.put(new Coding("carl-k", "carl-q", "geld", "ann", AnalysisFixture.T));
        later.put(twin1.withComment("Later bewerkt."));
        later.put(twin1Coding);
        assertEquals(List.of("carl-q", "twin-1"), later.quotationsOf("a01").stream().map(Quotation::id)
                .filter(id -> id.equals("carl-q") || id.equals("twin-1")).toList(), "the new one listed first");
        Project mineNow = before.copy();
        ProjectMerge byId = ProjectMerge.of(later);
        new ProjectSession(mineNow).execute(byId.command());
        assertEquals(1, byId.report().added("quotations"), byId.report().toString());
        assertEquals(1, byId.report().added("codings"), byId.report().toString());
        assertTrue(mineNow.codingsOf("twin-1").stream().noneMatch(c -> c.codeId().equals("geld")),
                "the new quotation's coding is not put on twin-1");

        // The other coder's copy without one of the two: its twin matches one of them, and adds nothing.
        Project theirs = before.copy();
        new ProjectSession(theirs).execute(nl.veldwerk.project.QuotationCommands.delete("twin-1"));
        ProjectMerge again = ProjectMerge.of(theirs);
        new ProjectSession(a).execute(again.command());
        assertEquals(0, again.report().added("codings"), again.report().toString());
        assertUnchanged(before, a);
    }

    /**
     * The other coder's definition of a code both have is kept in the code's memo, named as theirs (it was
     * dropped); two codes made apart under one name are said to be one from now on.
     */
    @Test
    void theirDefinitionGoesIntoTheMemoAndAJoinByNameIsSaid() {
        Project a = AnalysisFixture.project();
        a.put(a.code("schaamte").orElseThrow().withDefinition("Zich schamen voor hulp.", List.of()));
        a.put(Code.of("a-fam", "Familiebanden", null, null));
        Project theirs = a.copy();
        theirs.put(theirs.code("schaamte").orElseThrow().withDefinition("Schaamte over armoede.", List.of()));
        theirs.remove(nl.veldwerk.model.EntityKind.CODE, "a-fam");
        theirs.put(Code.of("b-fam", "Familiebanden", null, null));
        theirs.put(theirs.code("geld").orElseThrow().withName("Kosten").withDefinition("Wat het kost.", List.of()));
        ProjectMerge merge = ProjectMerge.of(theirs).from("van-jansen.vwz");
        new ProjectSession(a).execute(merge.command());
        Code schaamte = a.code("schaamte").orElseThrow();
        assertEquals("Zich schamen voor hulp.", schaamte.definition(), "this project's definition stays");
        assertTrue(schaamte.memo().contains("Schaamte over armoede."), schaamte.memo());
        // Whose: the file it came from (a copy has this project's own name), and when.
        assertTrue(schaamte.memo().startsWith("Definitie in ‘van-jansen.vwz’, samengevoegd op "), schaamte.memo());
        assertTrue(a.code("geld").orElseThrow().memo().contains("Wat het kost."), "renamed there too: kept");
        List<String> said = merge.report().conflicts().stream().map(Object::toString).toList();
        assertTrue(said.stream().anyMatch(c -> c.contains("theirs is in the code's memo")), said.toString());
        assertTrue(said.stream().anyMatch(c -> c.contains("'Familiebanden' there and this project's code of that "
                + "name are one")), said.toString());
        ProjectMerge again = ProjectMerge.of(theirs);
        new ProjectSession(a).execute(again.command());
        assertEquals(schaamte.memo(), a.code("schaamte").orElseThrow().memo(), "taken once");
    }

    /**
     * A supervisor's review comment in both copies stays one comment, handled when either marked it handled (the
     * student's handled comment came back as a second, open one, and the message named it ''). A comment edited in
     * both keeps the one edited last, and says so by its first words.
     */
    @Test
    void aReviewCommentInBothStaysOneAndHandledStaysHandled() {
        Project a = AnalysisFixture.project();
        new ProjectSession(a).execute(ProjectMerge.of(a.copy()).command());
        java.time.Instant asked = java.time.Instant.parse("2026-12-01T10:00:00Z");
        a.put(nl.veldwerk.model.Memo.reviewComment("rc1", new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.CODE, "netwerk"), "Ook familiebanden?", "ann", asked));
        a.put(nl.veldwerk.model.Memo.reviewComment("rc2", new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.CODE, "geld"), "Definitie te breed", "ann", asked));
        Project supervisors = a.copy();
        nl.veldwerk.model.Memo rc1 = a.memo("rc1").orElseThrow();
        a.put(new nl.veldwerk.model.Memo("rc1", rc1.target(), "", rc1.text(), "ann", asked, asked.plusSeconds(60),
                true, true)); // handled here
        nl.veldwerk.model.Memo rc2 = supervisors.memo("rc2").orElseThrow();
        supervisors.put(new nl.veldwerk.model.Memo("rc2", rc2.target(), "", "Definitie te breed: wat valt erbuiten?",
                "ann", asked, asked.plusSeconds(120), true, true)); // edited and handled there
        ProjectMerge merge = ProjectMerge.of(supervisors);
        new ProjectSession(a).execute(merge.command());
        List<nl.veldwerk.model.Memo> comments = a.memos().stream().filter(nl.veldwerk.model.Memo::comment).toList();
        assertEquals(2, comments.size(), "no comment twice: " + comments);
        assertTrue(a.memo("rc1").orElseThrow().resolved(), "handled here, still handled");
        assertTrue(a.memo("rc2").orElseThrow().resolved(), "handled there, handled here now");
        assertEquals("Definitie te breed: wat valt erbuiten?", a.memo("rc2").orElseThrow().text());
        assertEquals(List.of("the review comment 'Definitie te breed' was changed in both projects; the one changed "
                + "last is kept: 'Definitie te breed: wat valt erbuiten?'; the other read: 'Definitie te breed'"),
                merge.report().conflicts().stream()
                .map(c -> c.text(java.util.Locale.ENGLISH)).toList());
    }

    /**
     * Whether a merge changes anything is what the window asks about: a value filled in on a matched document
     * adds nothing countable and is no conflict, but it is work to bring in (it was said to be "nothing").
     */
    @Test
    void aValueFilledInThereIsAChangeAndAProjectsOwnCopyIsNone() {
        Project a = AnalysisFixture.project();
        // A merge numbers the fixture's unnumbered documents, as a saved project has them numbered.
        new ProjectSession(a).execute(ProjectMerge.of(a.copy()).command());
        assertTrue(ProjectMerge.preview(a, a.copy(), null).changesNothing(), String.valueOf(
                ProjectMerge.preview(a, a.copy(), null)));
        Project theirs = a.copy();
        theirs.put(theirs.document("w01").orElseThrow().withAttributes(java.util.Map.of("role", "wijkcoach")));
        ProjectMerge.Report report = ProjectMerge.preview(a, theirs, null);
        assertEquals(java.util.Map.of(), report.added(), report.toString());
        assertEquals(List.of(), report.conflicts());
        assertTrue(!report.changesNothing(), "the value comes in");
        assertEquals(java.util.Map.of(), a.document("w01").orElseThrow().attributes(), "the preview changed nothing");
    }

    /** The same quotations and codings (a session numbers the fixture's unnumbered documents, which is all). */
    private static void assertUnchanged(Project before, Project after) {
        assertEquals(Set.copyOf(before.quotations()), Set.copyOf(after.quotations()));
        assertEquals(Set.copyOf(before.codings()), Set.copyOf(after.codings()));
    }

    /**
     * Two of the other coder's transcripts with one text (two begun empty from their recordings, or one
     * imported twice) stay two: the second was matched to the first's copy and left out without a word.
     * Here, two of one text are matched one to one, by name where it helps.
     */
    @Test
    void documentsOfOneTextAreMatchedOneToOneAndEmptyOnesByName() {
        Project a = AnalysisFixture.project();
        a.put(Document.of("mine-leeg", "Opname 1", "", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        a.put(Document.of("mine-x1", "X 1", "Zelfde tekst.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        a.put(Document.of("mine-x2", "X 2", "Zelfde tekst.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        int before = a.documents().size();
        Project b = new Project(ProjectInfo.named("Carla", AnalysisFixture.T));
        b.put(Document.of("b-leeg1", "Opname 1", "", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-leeg2", "Opname 2", "", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-leeg3", "Opname 3", "", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        // Their X 3 comes first in their order: it must not take my X 2, which their later X 2 is.
        b.put(Document.of("b-x3", "X 3", "Zelfde tekst.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-x2", "X 2", "Zelfde tekst.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-x1", "X 1", "Zelfde tekst.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Code.of("b-c", "Nieuw", "#ff0000", null));
        b.put(new Quotation("b-q1", "b-x2", 0, 7, "", null, AnalysisFixture.T));
        b.put(new Coding("b-k1", "b-q1", "b-c", null, AnalysisFixture.T));
        b.put(new Quotation("b-q3", "b-x3", 0, 7, "", null, AnalysisFixture.T));
        b.put(new Coding("b-k3", "b-q3", "b-c", null, AnalysisFixture.T));
        ProjectSession session = new ProjectSession(a);
        ProjectMerge merge = ProjectMerge.of(b);
        session.execute(merge.command());

        assertEquals(3, merge.report().matched("documents"), "Opname 1 by its name; X 1 and X 2 each by its own");
        assertEquals(3, merge.report().added("documents"), "Opname 2 and 3 (empty: not the same as Opname 1), X 3");
        assertEquals(before + 3, a.documents().size());
        assertEquals("mine-x2", a.quotation(a.codings().stream().filter(k -> a.code(k.codeId()).orElseThrow().name()
                .equals("Nieuw")).map(k -> k.quotationId()).filter(q -> a.quotation(q).orElseThrow().documentId()
                .startsWith("mine")).findFirst().orElseThrow()).orElseThrow().documentId(),
                "the coding in X 2 lands in my X 2, not in X 1");
        assertEquals(2, a.codings().stream().filter(k -> a.code(k.codeId()).orElseThrow().name().equals("Nieuw"))
                .map(k -> a.quotation(k.quotationId()).orElseThrow().documentId()).distinct().count(),
                "X 3's coding is in X 3's copy");
    }

    /**
     * The other coder's comment on a quotation both have is not dropped: taken where mine has none, kept below
     * mine where they differ, and said; a second merge of the same project adds it no second time.
     */
    @Test
    void theOtherCodersCommentsOnSharedQuotationsAreKept() {
        Project a = AnalysisFixture.project();
        a.put(a.quotation("a01q2").orElseThrow().withComment("Opmerking A: schaamte over geld?"));
        Project b = carlasProject();
        b.put(b.quotation("b-q1").orElseThrow().withComment("Opmerking B: eerder angst?"));
        // Same range as a01q1, which has no comment in A.
        b.put(new Quotation("b-q4", "b-a01", 16, 29, "Buren als vangnet", "carla", AnalysisFixture.T));
        Project before = a.copy();
        ProjectSession session = new ProjectSession(a);
        ProjectMerge merge = ProjectMerge.of(b);
        session.execute(merge.command());

        assertEquals("Opmerking A: schaamte over geld?\n\nCarla: Opmerking B: eerder angst?",
                a.quotation("a01q2").orElseThrow().comment(), "theirs below, named by their copy");
        assertEquals("Buren als vangnet", a.quotation("a01q1").orElseThrow().comment());
        List<String> said = merge.report().conflicts().stream().map(Object::toString).toList();
        assertTrue(said.stream().anyMatch(c -> c.contains("has another comment there; both are kept")), said.toString());
        assertTrue(said.stream().anyMatch(c -> c.contains("had no comment here; took the one it has there")),
                said.toString());

        ProjectMerge again = ProjectMerge.of(b);
        session.execute(again.command());
        assertEquals("Opmerking A: schaamte over geld?\n\nCarla: Opmerking B: eerder angst?",
                a.quotation("a01q2").orElseThrow().comment(), "merged twice: not added twice");
        assertTrue(again.report().conflicts().stream().noneMatch(c -> c.toString().contains("comment")));
        session.undo();
        session.undo();
        assertEquals(before, a);
    }

    /** A diagram the same in both projects is no conflict; one moved in the other project is said, this one kept. */
    @Test
    void onlyADiagramThatDiffersIsAConflict() {
        Project a = AnalysisFixture.project();
        a.put(new nl.veldwerk.model.Diagram("dia", "Model", List.of(new nl.veldwerk.model.DiagramNode("schaamte", 10,
                20, false)), List.of()));
        Project same = a.copy();
        ProjectMerge merge = ProjectMerge.of(same);
        new ProjectSession(a).execute(merge.command());
        assertTrue(merge.report().conflicts().stream().noneMatch(c -> c.toString().contains("diagram")),
                merge.report().conflicts().toString());
        Project moved = a.copy();
        moved.put(new nl.veldwerk.model.Diagram("dia", "Model", List.of(new nl.veldwerk.model.DiagramNode("schaamte",
                99, 20, false)), List.of()));
        ProjectMerge again = ProjectMerge.of(moved);
        new ProjectSession(a).execute(again.command());
        assertTrue(again.report().conflicts().stream().anyMatch(c -> c.toString().contains("diagram 'Model'")),
                again.report().conflicts().toString());
        assertEquals(10, a.diagram("dia").orElseThrow().nodes().getFirst().x(), 1e-9, "this project's kept");

        // A diagram drawing sub-codes inside their categories (the sample's): the same in both is no conflict
        // (QA: every merge said so), and one that comes in keeps that setting.
        Project b = AnalysisFixture.project();
        b.put(new nl.veldwerk.model.Diagram("inside", "Binnen", List.of(new nl.veldwerk.model.DiagramNode("schaamte",
                10, 20, false)), List.of(), nl.veldwerk.model.Weighting.QUOTATIONS, true));
        ProjectMerge own = ProjectMerge.of(b.copy());
        new ProjectSession(b).execute(own.command());
        assertTrue(own.report().conflicts().stream().noneMatch(c -> c.toString().contains("diagram")),
                own.report().conflicts().toString());
        Project c = AnalysisFixture.project();
        ProjectMerge in = ProjectMerge.of(b);
        new ProjectSession(c).execute(in.command());
        assertEquals(Boolean.TRUE, c.diagram("inside").orElseThrow().subCodesInside(), "kept as it was drawn");
    }
}
