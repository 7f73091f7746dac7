package nl.veldwerk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.model.Project;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.store.ProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.veldwerk(args);
    }

    private static CliRun bench(String... args) {
        return CliRun.bench(args);
    }

    @Test
    void queryAndSearchNameEachQuotationByItsId() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("^\\d+:\\d+ ");
        CliRun query = run("query", copy.toString(), "Schaamte", "--csv", tmp.resolve("q.csv").toString());
        assertEquals(0, query.status(), query.err());
        List<String> lines = query.out().lines().toList();
        assertTrue(lines.size() > 1 && lines.subList(0, lines.size() - 1).stream().allMatch(l -> id.matcher(l).find()),
                query.out());
        assertTrue(java.nio.file.Files.readAllLines(tmp.resolve("q.csv")).getFirst().startsWith("\uFEFFid,"),
                "a byte-order mark for Excel, then the ID column");
        assertTrue(java.nio.file.Files.readAllLines(tmp.resolve("q.csv")).get(1).matches("=\"\\d+:\\d+\",.*"),
                "an ID as Excel keeps it (it read 3:4 as a time)");
        assertEquals(0, run("query", copy.toString(), "Schaamte", "--csv", tmp.resolve("q-nl.csv").toString(),
                "--separator", ";").status());
        assertTrue(java.nio.file.Files.readAllLines(tmp.resolve("q-nl.csv")).getFirst().startsWith("\uFEFFid;document;"));
        CliRun category = run("query", copy.toString(), "\"Psychische kenmerken\"");
        assertTrue(category.out().contains("Counted with their sub-codes: 'Psychische kenmerken' (ONLY before a name"),
                category.out());
        assertFalse(query.out().contains("Counted with their sub-codes"), "Schaamte has none: " + query.out());
        // A saved query that selects nothing now: the report says so by its name (QA: "the chosen codes and
        // documents", when none were chosen).
        try (nl.veldwerk.store.ProjectStore store = nl.veldwerk.store.ProjectStore.open(copy)) {
            store.session().execute(nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery(
                    "Leeg", false, "code:Bestaatniet")));
            store.save();
        }
        CliRun empty = run("report", copy.toString(), "--query", "Leeg", "--lang", "en", "--out",
                tmp.resolve("leeg.docx").toString());
        assertEquals(1, empty.status());
        assertTrue(empty.err().contains("The saved query 'Leeg' selects no quotation now"), empty.err());
        CliRun search = run("search", copy.toString(), "schaamte", "--in", "quotations");
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().lines().filter(l -> l.contains(" quotation")).allMatch(l -> id.matcher(l).find())
                && search.out().contains(" quotation"), search.out());
    }

    /** A project open in a window now: its recovery save is said to be that window's work, not a crash's. */
    @Test
    void infoSaysAProjectOpenNowIsOpenRatherThanCrashed() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("open-nu"));
        try (nl.veldwerk.store.ProjectStore open = nl.veldwerk.store.ProjectStore.open(copy)) {
            open.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("nu", "Nu", null,
                    null)));
            open.write(open.capture(), nl.veldwerk.store.ProjectStore.Target.RECOVERY);
            CliRun info = run("info", copy.toString());
            assertEquals(0, info.status(), info.err());
            assertTrue(info.err().contains(": open in ") && info.err().contains("recovery save until it is saved there")
                    && !info.err().contains("crash"), info.err());
            assertTrue(java.util.regex.Pattern.compile("unsaved work \\(since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\)")
                    .matcher(info.err()).find(), "a time as people read it, not an Instant: " + info.err());
        }
    }

    /** What the command line codes is the user's (the coder named in the settings), as in the window. */
    @Test
    void codeHitsCodesAsTheCoderOfTheSettings() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        int before = nl.veldwerk.store.ProjectReader.read(copy).codings().size();
        CliRun coded = run("code-hits", copy.toString(), "taal", "--code", "Schaamte");
        assertEquals(0, coded.status(), coded.err());
        var p = nl.veldwerk.store.ProjectReader.read(copy);
        var added = p.codings().stream().sorted(java.util.Comparator.comparing(nl.veldwerk.model.Coding::created))
                .toList().subList(before, p.codings().size());
        assertTrue(!added.isEmpty(), coded.out());
        assertTrue(added.stream().allMatch(c -> c.coderId() != null && p.coder(c.coderId()).orElseThrow().name()
                .equals(nl.veldwerk.project.UserSettings.coderName())), "each coding has the settings' coder");
    }

    /** As in the window, search and keyword in context leave out the interviewer unless asked not to. */
    @Test
    void searchAndKeywordInContextLeaveOutTheInterviewer() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        CliRun search = run("search", copy.toString(), "voorzieningen", "--in", "paragraphs");
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains(" paragraph: A04: ") && !search.out().contains("Interviewer: "),
                search.out());
        assertTrue(!search.out().contains("A04: A04:"), "the speaker's label once: " + search.out());
        CliRun everyone = run("search", copy.toString(), "voorzieningen", "--in", "paragraphs", "--leave-out=");
        assertTrue(everyone.out().contains(" paragraph: Interviewer: "), everyone.out());
        CliRun kwic = run("kwic", copy.toString(), "voorzieningen");
        CliRun kwicEveryone = run("kwic", copy.toString(), "voorzieningen", "--leave-out=");
        assertTrue(count(kwic.out()) > 0 && count(kwic.out()) < count(kwicEveryone.out()),
                kwic.out() + kwicEveryone.out());
    }

    /** A window holds the project's index: search still answers (from a fresh index), reindex says why it cannot. */
    @Test
    void searchWorksAndReindexRefusesWhileAWindowHoldsTheIndex() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        var read = nl.veldwerk.store.ProjectReader.readSnapshot(copy);
        try (var window = nl.veldwerk.search.SearchIndex.open(copy, read.project(), read.state(), (d, t) -> true)) {
            CliRun search = run("search", copy.toString(), "schaamte", "--in", "quotations");
            assertEquals(0, search.status(), search.err());
            assertTrue(search.out().contains(" quotation") && search.err().contains("open in a window"),
                    search.out() + search.err());
            CliRun reindex = run("reindex", copy.toString());
            assertEquals(1, reindex.status());
            assertTrue(reindex.err().contains("close it there first"), reindex.err());
            assertTrue(java.nio.file.Files.isDirectory(copy.resolve("index")), "the window's index is left alone");
            assertEquals(read.project().quotations().size() > 0, !nl.veldwerk.search.Search.run(window, "schaamte",
                    nl.veldwerk.search.Search.Scope.QUOTATIONS, 5).isEmpty(), "and still answers the window");
        }
    }

    private static int count(String kwicOut) {
        String last = kwicOut.strip().lines().reduce((a, b) -> b).orElse("");
        return Integer.parseInt(last.split(" ")[0]);
    }

    @Test
    void newImportInfo() throws Exception {
        Path project = tmp.resolve("wijk-y");
        assertEquals(0, run("new", project.toString(), "--name", "Wijk Y").status());
        Path a01 = Files.writeString(tmp.resolve("A01.txt"), "Interviewer: Hoe?\nA01: Via de buren.\n");
        Path w01 = Files.writeString(tmp.resolve("W01.txt"), "W01: Onbekend aanbod.\n");
        CliRun imported = run("import", project.toString(), a01.toString(), w01.toString(), "--group", "Aanbieders",
                "--speakers", "Interviewer,A01,W01");
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("Imported A01: 37 characters, 2 speaker turns"), imported.out());
        // As the window's import preview ticks it (QA: code-hits coded the questions of a CLI import).
        assertTrue(imported.out().contains("Interviewers (search, word counts and code-hits leave them out): "
                + "Interviewer"), imported.out());
        assertEquals(nl.veldwerk.model.SpeakerRole.INTERVIEWER, ProjectReader.read(project).info()
                .roleOf("Interviewer"));
        assertEquals(nl.veldwerk.model.SpeakerRole.RESPONDENT, ProjectReader.read(project).info().roleOf("A01"));

        CliRun info = run("info", project.toString(), "--json");
        assertEquals(0, info.status());
        JsonNode json = JsonMapper.shared().readTree(info.out());
        assertEquals("Wijk Y", json.get("name").asString());
        assertEquals(2, json.get("documents").asInt());
        assertEquals(1, json.get("groups").asInt());
        assertEquals(0, json.get("codings").asInt());
        assertTrue(run("info", project.toString()).out().contains("documents:  2"));
    }

    /** What the import had to guess about a file is said by the preview and after the import, a line each. */
    @Test
    void guessesAboutAFileAreSaidInThePreviewAndAfterTheImport() throws Exception {
        Path project = tmp.resolve("guesses");
        assertEquals(0, run("new", project.toString()).status());
        Path old = tmp.resolve("oud.txt");
        Files.write(old, "Interviewer: Hoe gaat het?\nRespondent: Goed, één keer per week.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path shuffled = Files.writeString(tmp.resolve("geschoven.srt"), "1\n00:00:10,000 --> 00:00:12,000\nLater.\n\n"
                + "2\n00:00:01,000 --> 00:00:03,000\nEerst.\n\n3\n99:99:99 --> xx\nKapot.\n");
        String encoding = "  not UTF-8: read as Windows-1252, as older Windows editors write; if letters such as ë or ’ "
                + "look wrong, save the file as UTF-8 and import it again";
        CliRun preview = run("import", project.toString(), old.toString(), shuffled.toString(), "--preview");
        assertEquals(0, preview.status(), preview.err());
        assertTrue(preview.out().contains("\n" + encoding + "\n"), preview.out());
        assertTrue(preview.out().contains("\n  1 cue put in the order of the times: the file has it after a cue of a "
                + "later time\n"), preview.out());
        assertTrue(preview.out().contains("\n  1 time line could not be read (a time like 99:99:99 or a line cut "
                + "short): the words under it are given the time before them\n"), preview.out());
        Path typo = Files.writeString(tmp.resolve("typo.txt"), "Interviewer: Welkom.\nR1: Dag.\nInterviewer: Hoe "
                + "gaat het?\nR1: Goed.\nInterviwer: Sorry, waarom?\nR 1: Daarom.\n");
        CliRun similar = run("import", project.toString(), typo.toString(), "--preview");
        assertTrue(similar.out().contains("\n  nearly the same name: Interviewer and Interviwer; R1 and R 1 (one person? "
                + "--rename gives them one name, e.g. --rename \"Interviwer=Interviewer\")\n"), similar.out());
        CliRun imported = run("import", project.toString(), old.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("Imported oud: ") && imported.out().contains("\n" + encoding + "\n"),
                imported.out());
        // And kept with the document, as a memo about it, as the window's import keeps them.
        nl.veldwerk.model.Project p = nl.veldwerk.store.ProjectReader.read(project);
        nl.veldwerk.model.Document oud = p.documents().stream().filter(d -> d.name().equals("oud")).findFirst()
                .orElseThrow();
        List<nl.veldwerk.model.Memo> memos = p.memosAbout(new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.DOCUMENT, oud.id()));
        assertEquals(1, memos.size());
        assertEquals("Import notes", memos.getFirst().title());
        assertTrue(memos.getFirst().text().matches("(?s)oud\\.txt, imported \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\. What "
                + "reading the file had to decide or left out:\n• Not UTF-8: read as Windows-1252, .*"),
                memos.getFirst().text());
    }

    @Test
    void infoCountsMemosAsTheMemosTabListsThemWithCodeMemosAndReviewCommentsApart() throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("memos"));
        try (nl.veldwerk.store.ProjectStore store = nl.veldwerk.store.ProjectStore.open(copy)) {
            nl.veldwerk.model.Code code = store.session().project().codes().iterator().next();
            var when = java.time.Instant.now();
            store.session().execute(nl.veldwerk.project.NoteCommands.addCoder(new nl.veldwerk.model.Coder("begeleider",
                    "Begeleider")));
            store.session().execute(nl.veldwerk.project.NoteCommands.addMemo(nl.veldwerk.model.Memo.reviewComment(
                    "review-1", new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.CODE, code.id()),
                    "Te breed?", "begeleider", when)));
            store.session().execute(nl.veldwerk.project.CodeCommands.update(code.withMemo("Wat hoort erbij.")));
            store.save();
        }
        nl.veldwerk.model.Project p = nl.veldwerk.store.ProjectReader.read(copy);
        long memos = p.memos().stream().filter(m -> !m.comment()).count();
        long comments = p.memos().size() - memos;
        long codeMemos = p.codes().stream().filter(c -> !c.memo().isBlank()).count();
        String out = run("info", copy.toString()).out();
        assertTrue(out.contains("memos:      " + memos + "\n"), out);
        assertTrue(out.contains("codeMemos:  " + codeMemos + "\n"), out);
        assertTrue(out.contains("reviewComments: " + comments + "\n"), out);
        assertTrue(comments > 0 && codeMemos > 0, "the sample has both, so each count is seen apart");
    }

    @Test
    void previewShowsTheFilesAfterOneItRefusesAndItsMarksEarliestToLatest() throws Exception {
        Path project = tmp.resolve("refused");
        assertEquals(0, run("new", project.toString(), "--name", "Refused").status());
        Path empty = Files.writeString(tmp.resolve("leeg.txt"), "  \n");
        Path marks = Files.writeString(tmp.resolve("tijden.txt"), """
                I: [00:01:23] Hoe lang woont u al in de wijk?
                R: [00:00:40] Al twintig jaar, sinds de kinderen klein waren.
                I: [00:02:10] En komt u vaak in het buurthuis?
                R: [00:02:30] Elke dinsdag, voor de koffie met de buren.
                """);
        CliRun preview = run("import", project.toString(), empty.toString(), marks.toString(), "--preview");
        assertEquals(1, preview.status(), "a file refused is said in the status too");
        assertEquals(1, preview.err().lines().count(), preview.err());
        assertTrue(preview.err().startsWith("veldwerk: leeg.txt: "), preview.err());
        assertTrue(preview.out().contains("tijden.txt: "), "the file after it still shown (QA): " + preview.out());
        assertTrue(preview.out().contains("4 time marks, 00:00:40 to 00:02:30; not all in time order"), preview.out());
    }

    @Test
    void previewShowsLayoutSpeakersAndMarksAndImportsNothing() throws Exception {
        Path project = tmp.resolve("preview");
        CliRun made = run("new", project.toString(), "--name", "Preview");
        assertEquals(0, made.status());
        assertTrue(made.out().contains("(transcripts in Dutch; --language en for English)"), "the default said (QA: "
                + "the window's dialog starts from the window's language): " + made.out());
        Path teams = nl.veldwerk.importer.TranscriptLayoutsTest.fixture("teams.txt");
        Path book = nl.veldwerk.importer.TranscriptLayoutsTest.fixture("book.txt");
        CliRun preview = run("import", project.toString(), teams.toString(), book.toString(), "--preview");
        assertEquals(0, preview.status(), preview.err());
        assertTrue(preview.out().contains("teams.txt: 687 characters; label and time on a line"), preview.out());
        assertTrue(preview.out().contains("Sam de Vries    5 turns  \"Al een jaar of twintig."), preview.out());
        assertTrue(preview.out().contains("10 time marks, 00:00:01 to 00:01:55"), preview.out());
        assertTrue(preview.out().contains("book.txt: 30,"), preview.out());
        assertTrue(preview.out().contains("no speaker turns: the labels are rare in the text"), preview.out());
        // Subtitles' speakers are the subtitles' own, not labels given with --speakers (QA).
        Path vtt = Files.writeString(tmp.resolve("teams.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
                + "<v Anna de Boer>Hoe vaak komt u in het buurthuis?</v>\n\n00:00:05.000 --> 00:00:09.000\n"
                + "<v Kees>Elke week, op dinsdag.</v>\n");
        CliRun subtitles = run("import", project.toString(), vtt.toString(), "--preview");
        assertTrue(subtitles.out().contains("2 turns (the speakers the subtitles name)"), subtitles.out());
        assertTrue(run("info", project.toString()).out().contains("documents:  0"), "the preview imports nothing");

        // The same name twice: a warning and a number; --no-turns keeps the text as it is.
        assertEquals(0, run("import", project.toString(), teams.toString()).status());
        CliRun again = run("import", project.toString(), teams.toString(), "--no-turns");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("already has a document named teams; imported as teams (2)"), again.err());
        assertTrue(again.out().contains("Imported teams (2): 687 characters, 0 speaker turns"), again.out());

        // Choices: another name, an interviewer, saved as a layout and reused by name.
        Path f4 = nl.veldwerk.importer.TranscriptLayoutsTest.fixture("f4.txt");
        String layout = "cli-" + System.nanoTime();
        CliRun named = run("import", project.toString(), f4.toString(), "--rename", "I=Interviewer", "--rename",
                "B=Bewoner", "--interviewer", "Interviewer", "--save-layout", layout, "--preview");
        assertEquals(0, named.status(), named.err());
        assertTrue(named.out().contains("\"Hoe lang woont u al in de wijk?\" → Interviewer (interviewer)"), named.out());
        // A name the project's speakers have is said, as the window's preview says it (it was not).
        CliRun known = run("import", project.toString(), teams.toString(), "--preview");
        assertTrue(known.out().contains("Sam de Vries    5 turns  \"Al een jaar of twintig.") && known.out().contains(
                "; already speaks in 1 document: the same speaker"), known.out());
        CliRun reused = run("import", project.toString(), f4.toString(), "--layout", layout);
        assertEquals(0, reused.status(), reused.err());
        Project p = ProjectReader.read(project);
        nl.veldwerk.model.Document f4doc = p.documents().stream().filter(d -> d.name().equals("f4")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Interviewer", "Bewoner"), f4doc.turns().stream().limit(2)
                .map(nl.veldwerk.model.SpeakerTurn::speaker).toList());
        assertEquals(nl.veldwerk.model.SpeakerRole.INTERVIEWER, p.info().roleOf("Interviewer"));
        CliRun unknown = run("import", project.toString(), f4.toString(), "--layout", "no such layout");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("no saved layout named no such layout; saved: "), unknown.err());
        nl.veldwerk.importer.SavedLayouts.user().delete(layout);

        // Without --interviewer a label that names one is one, in the preview and in a layout saved (review).
        String auto = "cli-auto-" + System.nanoTime();
        Path talk = Files.writeString(tmp.resolve("gesprek.txt"), "Interviewer: Hoe vaak komt u in het buurthuis?\n"
                + "A01: Eigenlijk elke week, op dinsdag voor de koffie.\nInterviewer: En wat doet u daar dan zoal?\n"
                + "A01: Ik praat met de buren en soms help ik bij het eten.\n");
        CliRun saved = run("import", project.toString(), talk.toString(), "--save-layout", auto, "--preview");
        assertEquals(0, saved.status(), saved.err());
        assertTrue(saved.out().contains("(interviewer)"), saved.out());
        assertTrue(nl.veldwerk.importer.SavedLayouts.user().named(auto).orElseThrow().interviewer("Interviewer"));
        nl.veldwerk.importer.SavedLayouts.user().delete(auto);
    }

    /** A document part damaged: restore is named where the project is refused, and puts the document back (QA). */
    @Test
    void aDamagedPartIsSaidWithTheWayToRestoreIt() throws Exception {
        Path project = tmp.resolve("r");
        run("new", project.toString());
        run("import", project.toString(), Files.writeString(tmp.resolve("a.txt"), "R: ja, elke week\n").toString());
        Path part;
        try (var parts = Files.list(project.resolve("parts"))) {
            part = parts.filter(f -> f.getFileName().toString().startsWith("d-")).findFirst().orElseThrow();
        }
        Files.writeString(part, Files.readString(part).replace("elke week", "elke maand"));
        CliRun refused = run("report", project.toString(), "--out", tmp.resolve("r.csv").toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("veldwerk restore " + project), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), "in one line: " + refused.err());
        CliRun restored = run("restore", project.toString());
        assertEquals(0, restored.status(), restored.err());
        CliRun after = run("info", project.toString());
        assertEquals(0, after.status(), after.err());
        assertFalse(after.out().contains("damaged"), after.out());
    }

    /** A project whose manifest is damaged: its earlier saves are said, and how the window offers them (QA). */
    @Test
    void aDamagedManifestIsSaidWithTheEarlierSavesKept() throws Exception {
        Path project = tmp.resolve("p");
        run("new", project.toString());
        run("import", project.toString(), Files.writeString(tmp.resolve("a.txt"), "R: ja\n").toString());
        run("import", project.toString(), Files.writeString(tmp.resolve("b.txt"), "R: nee\n").toString());
        Path manifest = project.resolve("veldwerk.json");
        Files.writeString(manifest, Files.readString(manifest).substring(0, 60));
        CliRun result = run("info", project.toString());
        assertEquals(1, result.status());
        assertTrue(result.err().contains("is damaged"), result.err());
        assertTrue(result.err().contains("earlier saves are kept in its backups folder")
                && result.err().contains("open the project in the Veldwerk window"), result.err());
        assertEquals(1, result.err().strip().lines().count(), "in one line: " + result.err());
    }

    @Test
    void badInputGivesOneLineAndExitStatus1AndChangesNothing() throws Exception {
        Path project = tmp.resolve("p");
        run("new", project.toString());
        Path good = Files.writeString(tmp.resolve("good.txt"), "R: ja\n");
        Path bad = Files.writeString(tmp.resolve("bad.docx"), "no word file");
        CliRun result = run("import", project.toString(), good.toString(), bad.toString());
        assertEquals(1, result.status());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("veldwerk: bad.docx: could not be read as a Word document"), result.err());
        assertEquals(0, ProjectReader.read(project).documents().size(), "the good file was not imported either");
        assertTrue(result.err().contains("(nothing was imported: the import takes all 2 files or none; leave that "
                + "file out or fix it)"), "and that is said: " + result.err());
        Path doc = Files.write(tmp.resolve("oud.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        CliRun old = run("import", project.toString(), doc.toString());
        assertTrue(old.err().contains("oud.doc") && old.err().contains("save it as a Word document (.docx)"),
                "an old .doc is said to be saved as .docx, not 'not a supported file type': " + old.err());

        CliRun missing = run("info", tmp.resolve("nothing-here").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertEquals(1, run("new", project.toString()).status(), "a project exists there already");
        assertEquals(2, bench("generate", tmp.resolve("g").toString(), "--preset", "enormous").status());
    }

    @Test
    void generateIsDeterministicAndBundlesRoundTrip() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] sizes = {"--documents", "4", "--words", "300", "--quotations", "40", "--codes", "12", "--seed", "9"};
        assertEquals(0, bench(concat("generate", a.toString(), sizes)).status());
        assertEquals(0, bench(concat("generate", b.toString(), sizes)).status());
        Project first = ProjectReader.read(a);
        assertEquals(first, ProjectReader.read(b));
        assertEquals(4, first.documents().size());
        assertEquals(40, first.quotations().size());
        assertEquals(12, first.codes().size());
        assertEquals(first, SyntheticProject.generate(4, 300, 40, 12, 9));

        Path bundle = tmp.resolve("a.vwz");
        assertEquals(0, run("bundle", a.toString(), bundle.toString()).status());
        assertEquals(0, run("unbundle", bundle.toString(), tmp.resolve("c").toString()).status());
        assertEquals(first, ProjectReader.read(tmp.resolve("c")));
    }

    /** A copy of a .qdpx whose plain-text sources all hold {@code text}. */
    private static Path withTexts(Path qdpx, Path copy, String text) throws Exception {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(qdpx.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().endsWith(".txt") ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        return copy;
    }

    private static String[] concat(String command, String dir, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = command;
        all[1] = dir;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void refiQdaRoundTripThroughTheCommandLine() throws Exception {
        Path a = tmp.resolve("a");
        assertEquals(0, bench("generate", a.toString(), "--documents", "3", "--words", "300", "--quotations", "30",
                "--codes", "8").status());
        Path qdpx = tmp.resolve("a.qdpx");
        CliRun exported = run("export-qdpx", a.toString(), qdpx.toString());
        assertEquals(0, exported.status(), exported.err());
        assertTrue(exported.out().contains("REFI-QDA cannot carry everything; the file leaves out, or writes in another form:\n  - speaker turns ("),
                "what the format cannot carry is said, not dropped silently: " + exported.out());
        assertEquals(1, run("import-qdpx", qdpx.toString(), tmp.resolve("x").toString(), "--language", "Dutch")
                .status(), "a language is a two-letter code");
        Path oneCode = Files.writeString(tmp.resolve("een.csv"), "name\nDrempel\n");
        assertEquals(0, run("new", tmp.resolve("b-leeg").toString()).status());
        CliRun codebook = run("import-codebook", tmp.resolve("b-leeg").toString(), oneCode.toString());
        assertTrue(codebook.out().strip().endsWith(": 1 code."), "not '1 codes added' (QA): " + codebook.out());
        // The same code again, its definition edited by a supervisor: kept here, and said with the file's (QA).
        Path edited = Files.writeString(tmp.resolve("bewerkt.csv"), "name,definition\nDrempel,Wat mensen tegenhoudt\n");
        CliRun again = run("import-codebook", tmp.resolve("b-leeg").toString(), edited.toString());
        assertTrue(again.out().contains("no codes") && again.out().contains("code 'Drempel': the project already has "
                + "it, with another definition, kept; the file's: 'Wat mensen tegenhoudt'"), again.out());
        Path notes = Files.createDirectories(tmp.resolve("met-notities"));
        Files.writeString(notes.resolve("notities.txt"), "mijn eigen aantekeningen");
        CliRun among = run("import-qdpx", qdpx.toString(), notes.toString());
        assertEquals(1, among.status(), "not among the user's own files (QA)");
        assertTrue(among.err().contains("holds other files; choose a new or empty folder"), among.err());
        assertEquals(List.of(notes.resolve("notities.txt")), Files.list(notes).toList(), "nothing written there");
        CliRun imported = run("import-qdpx", qdpx.toString(), tmp.resolve("b").toString(), "--language", "en");
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().startsWith("Imported from Veldwerk"), imported.out());
        Project b = ProjectReader.read(tmp.resolve("b"));
        assertEquals("en", b.info().language(), "the language given, for stemming");
        assertTrue(b.memos().stream().anyMatch(m -> m.title().equals("Import of a.qdpx") && m.text().contains(
                imported.out().lines().findFirst().orElseThrow())), "what was said is kept in a memo: " + b.memos());
        assertEquals(0, run("import-qdpx", qdpx.toString(), tmp.resolve("c").toString()).status());
        assertEquals("nl", ProjectReader.read(tmp.resolve("c")).info().language(), "as the generated Dutch words say");
        Path english = withTexts(qdpx, tmp.resolve("english.qdpx"), "I: How often do you go to the community centre?\n"
                + "R: Well, not that often really. I know it is there, but I just don't go. My neighbour goes every "
                + "week for the coffee, and she asks me if I would like to come along with her.\n");
        assertEquals(0, run("import-qdpx", english.toString(), tmp.resolve("d").toString()).status());
        assertEquals("en", ProjectReader.read(tmp.resolve("d")).info().language(), "as the English words say");
        Path wordless = withTexts(qdpx, tmp.resolve("woordloos.qdpx"), "R: Ja.\n");
        CliRun defaulted = run("import-qdpx", wordless.toString(), tmp.resolve("e").toString());
        assertTrue(defaulted.out().contains("The transcripts' language, for search: nl (their words do not tell which "
                + "language they are in; --language to choose another)"), "not 'as their words suggest' (QA): "
                + defaulted.out());
        assertEquals("nl", ProjectReader.read(tmp.resolve("e")).info().language());
        assertEquals(30, b.quotations().size());
        assertEquals(ProjectReader.read(a).codings().size(), b.codings().size());
        // The turns REFI-QDA cannot carry are found again in the labels the text kept, as on their way out.
        Project original = ProjectReader.read(a);
        assertEquals(original.documents().stream().mapToInt(d -> d.turns().size()).sum(),
                b.documents().stream().mapToInt(d -> d.turns().size()).sum(), "every turn back");
        assertEquals(original.documents().stream().map(d -> d.name() + " " + d.turns().stream().map(t -> t.speaker())
                .distinct().sorted().toList()).sorted().toList(), b.documents().stream().map(d -> d.name() + " "
                + d.turns().stream().map(t -> t.speaker()).distinct().sorted().toList()).sorted().toList());
        assertTrue(imported.out().contains("Speaker turns found in the labels of the text: "), imported.out());
        // REFI-QDA carries no roles: the label that names the interviewer makes them one again.
        assertEquals(nl.veldwerk.model.SpeakerRole.INTERVIEWER, b.info().roleOf("Interviewer"));
        assertEquals(java.util.Set.of("Interviewer"), nl.veldwerk.analysis.Speakers.interviewers(b),
                "the respondents stay respondents");

        Path qdc = tmp.resolve("codes.qdc");
        assertEquals(0, run("export-qdc", a.toString(), qdc.toString()).status());
        run("new", tmp.resolve("c").toString());
        assertEquals(0, run("import-qdc", tmp.resolve("c").toString(), qdc.toString()).status());
        assertEquals(8, ProjectReader.read(tmp.resolve("c")).codes().size());
    }

    @Test
    void aBadQdpxCreatesNoProject() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.qdpx"), "not a zip");
        CliRun result = run("import-qdpx", bad.toString(), tmp.resolve("new").toString());
        assertEquals(1, result.status());
        assertTrue(result.err().startsWith("veldwerk: bad.qdpx: "), result.err());
        assertTrue(Files.notExists(tmp.resolve("new")));
    }

    @Test
    void reportsTheSamplesQuotationsToWordAndRefusesAnUnknownCode(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path docx = dir.resolve("schaamte.docx");
        CliRun ok = run("report", "sample-projects/wijk-y", "--codes", "Schaamte,Wantrouwen", "--group-by", "document",
                "--lang", "nl", "--definitions", "--diagram", "Individueel gebruik voorliggende voorzieningen wijk Y",
                "--out", docx.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("geschreven (5 citaten)"), "in the language asked for: " + ok.out());
        try (var in = java.nio.file.Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("A04")), "grouped by document");
            assertEquals(1, doc.getAllPictures().size());
        }
        CliRun one = run("report", "sample-projects/wijk-y", "--codes", "Ontkenning", "--out",
                dir.resolve("een.docx").toString());
        assertTrue(one.out().contains("geschreven (1 citaat)"), "without --lang in the project's language, as the "
                + "window writes it (QA: a Dutch study's report came out in English): " + one.out());
        // By its place in the code tree, as a query names a code (two codes may share a name).
        CliRun byPath = run("report", "sample-projects/wijk-y", "--codes", "Psychische kenmerken > Ontkenning",
                "--lang", "en", "--out", dir.resolve("pad.docx").toString());
        assertEquals(0, byPath.status(), byPath.err());
        assertTrue(byPath.out().contains("(1 quotation)"), "one quotation, not '1 quotations': " + byPath.out());
        try (var in = java.nio.file.Files.newInputStream(dir.resolve("pad.docx"));
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            // English labels, Dutch quotations: each proofed in its own language (all were marked misspelt English).
            assertTrue(new String(doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper
                    .createPartName("/word/styles.xml")).getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).contains("w:lang w:val=\"en-GB\""));
            assertEquals("nl-NL", doc.getStyles().getStyle("Quote").getCTStyle().getRPr().getLangArray(0).getVal());
            org.apache.poi.xwpf.usermodel.XWPFParagraph quote = doc.getParagraphs().stream()
                    .filter(q -> "Quote".equals(q.getStyle())).findFirst().orElseThrow();
            var source = doc.getParagraphs().get(doc.getParagraphs().indexOf(quote) + 1);
            assertEquals("QuotationSource", source.getStyle());
            assertEquals("en-GB", doc.getStyles().getStyle(source.getStyle()).getCTStyle().getRPr().getLangArray(0)
                    .getVal(), "its source line is the report's words");
        }
        CliRun table = run("report", "sample-projects/wijk-y", "--codes", "Ontkenning", "--table", "--lang", "en",
                "--out", dir.resolve("tabel.docx").toString());
        assertEquals(0, table.status(), table.err());
        try (var in = java.nio.file.Files.newInputStream(dir.resolve("tabel.docx"));
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var cell = doc.getTables().getFirst().getRow(1).getCell(0).getParagraphs().getFirst().getRuns().getFirst();
            assertEquals("nl-NL", cell.getLang(), "a quotation in a table is proofed as one");
            assertEquals(null, doc.getTables().getFirst().getRow(1).getCell(1).getParagraphs().getFirst().getRuns()
                    .getFirst().getLang());
        }
        CliRun csv = run("report", "sample-projects/wijk-y", "--format", "csv", "--lang", "nl", "--out",
                dir.resolve("all.csv").toString());
        assertEquals(0, csv.status(), csv.err());
        String nl = Files.readString(dir.resolve("all.csv"));
        assertTrue(nl.startsWith("\uFEFFCode;Document;ID;"), "Dutch Excel reads semicolons, after the byte-order mark");
        run("report", "sample-projects/wijk-y", "--format", "csv", "--lang", "en", "--out",
                dir.resolve("en.csv").toString());
        assertTrue(Files.readString(dir.resolve("en.csv")).startsWith("\uFEFFCode,Document,ID,"), "English: commas");
        run("report", "sample-projects/wijk-y", "--format", "csv", "--separator", "tab", "--out",
                dir.resolve("tab.csv").toString());
        assertTrue(Files.readString(dir.resolve("tab.csv")).startsWith("\uFEFFCode\tDocument\t"), "as asked");
        CliRun html = run("report", "sample-projects/wijk-y", "--format", "html", "--diagram",
                "Individueel gebruik voorliggende voorzieningen wijk Y", "--out", dir.resolve("r.html").toString());
        assertEquals(0, html.status(), html.err());
        String page = Files.readString(dir.resolve("r.html"));
        assertTrue(page.contains("<svg") && page.contains("<nav>") && page.contains("href=\"#s1\""),
                "the diagram inline and a linked contents list");
        assertFalse(page.contains("<p class=\"meta\"></p>"), "no empty elements");
        CliRun noQuery = run("report", "sample-projects/wijk-y", "--query", "Bestaat niet", "--out",
                dir.resolve("q.docx").toString());
        assertEquals(1, noQuery.status());
        assertTrue(noQuery.err().contains("no saved query named 'Bestaat niet'"), noQuery.err());
        CliRun noDiagram = run("report", "sample-projects/wijk-y", "--diagram", "Figuur 12", "--lang", "nl", "--out",
                dir.resolve("d.docx").toString());
        assertEquals(1, noDiagram.status());
        assertTrue(noDiagram.err().contains("Diagrammen: Individueel gebruik voorliggende voorzieningen wijk Y"),
                "names the diagrams there are, in Dutch: " + noDiagram.err());
        CliRun typo = run("report", "sample-projects/wijk-y", "--codes", "Schaamt", "--out", dir.resolve("x.docx").toString());
        assertEquals(1, typo.status());
        assertTrue(typo.err().contains("These codes are not in the project: Schaamt (asked for: [Schaamt])"), typo.err());
        CliRun lower = run("report", "sample-projects/wijk-y", "--codes", "schaamte", "--out",
                dir.resolve("lower.docx").toString());
        assertEquals(0, lower.status(), "a name in another case finds the code, as search's code: does: " + lower.err());
    }

    @Test
    void badReportRequestsAreRefusedInOneLineAndWriteNothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String sample = "sample-projects/wijk-y";
        CliRun xlsx = run("report", sample, "--out", dir.resolve("r.xlsx").toString());
        assertEquals(0, xlsx.status(), xlsx.err());
        try (var in = Files.newInputStream(dir.resolve("r.xlsx"));
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals("Wijk Y: voorliggende voorzieningen", book.getProperties().getCoreProperties().getTitle(),
                    "the file's ending chose the format, and the workbook carries the title");
            assertEquals(null, book.getSheetAt(0).getRow(1).getCell(11), "an empty comment is an empty cell");
        }
        CliRun mismatch = run("report", sample, "--format", "csv", "--out", dir.resolve("r.docx").toString());
        assertEquals(1, mismatch.status());
        assertTrue(mismatch.err().contains("does not end in .csv"), mismatch.err());
        for (List<String> bad : List.of(List.of("--lang", "fr"), List.of("--group-by", "foo"),
                List.of("--separator", "\r"), List.of("--separator", " "), List.of("--separator", "\""))) {
            List<String> args = new java.util.ArrayList<>(List.of("report", sample, "--out",
                    dir.resolve("bad.csv").toString()));
            args.addAll(bad);
            CliRun refused = run(args.toArray(String[]::new));
            assertEquals(1, refused.status(), bad + ": " + refused.out());
            assertEquals(1, refused.err().lines().count(), bad + " in one line: " + refused.err());
        }
        assertTrue(Files.notExists(dir.resolve("bad.csv")));
        CliRun wrong = run("report", sample, "--format", "pdf", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, wrong.status());
        assertEquals(1, wrong.err().lines().count(), "a wrong command line in one line: " + wrong.err());
        assertTrue(wrong.err().contains("see 'veldwerk report --help'"), wrong.err());
        CliRun unused = run("report", sample, "--table", "--format", "html", "--lang", "en", "--out",
                dir.resolve("r.html").toString());
        assertEquals(0, unused.status());
        assertTrue(unused.err().contains("--table is not used in a .html report"), "said, not dropped: " + unused.err());
        CliRun noFolder = run("report", sample, "--lang", "nl", "--out", dir.resolve("nowhere/r.docx").toString());
        assertEquals(1, noFolder.status());
        assertTrue(noFolder.err().startsWith("veldwerk: Bestand of map bestaat niet: ") && !noFolder.err().contains(".tmp"),
                noFolder.err());
        // A file of one kind under another's ending (QA: a Word file named .xlsx, a project over a .csv report).
        for (List<String> misnamed : List.of(List.of("codebook-report", sample, "--out", dir.resolve("cb.xlsx")
                .toString()), List.of("memo-report", sample, "--out", dir.resolve("m.pdf").toString()),
                List.of("export-qdpx", sample, dir.resolve("x.zip").toString()),
                List.of("export-qdc", sample, dir.resolve("c.xml").toString()))) {
            CliRun refused = run(misnamed.toArray(String[]::new));
            assertEquals(1, refused.status(), misnamed + ": " + refused.out());
            assertTrue(refused.err().contains("does not end in ."), refused.err());
            assertTrue(Files.notExists(Path.of(misnamed.getLast().replace("--out", ""))), misnamed.getLast());
        }
        assertEquals(0, run("codebook-report", sample, "--out", dir.resolve("CB.DOCX").toString()).status(),
                "the ending in capitals is the ending");
        if (Files.isDirectory(Path.of("/sys")) && !Files.isWritable(Path.of("/sys"))) { // a folder no one may write in
            CliRun denied = run("codebook-report", sample, "--out", "/sys/cb.docx");
            assertEquals("veldwerk: Not allowed to write /sys/cb.docx", denied.err().strip(),
                    "the file asked for, not the temporary one beside it");
        }
        assertEquals("names.tmp", Main.asked("names.tmp", new String[] {"pseudonymise", "--key", "x.csv"}),
                "a file of that name that is read keeps it");
        assertEquals(dir.resolve("r.docx").toString(), Main.asked(dir.resolve("r.docx") + ".tmp", new String[] {
            "report", sample, "--out=" + dir.resolve("r.docx")}));
        CliRun folder = run("report", sample, "--out", dir.toString() + "/");
        assertEquals(1, folder.status(), folder.err());

        Path csv = dir.resolve("r.csv");
        assertEquals(0, run("report", sample, "--lang", "nl", "--out", csv.toString()).status());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(1).split(";")[2].matches("=\"\\d+:\\d+\""), "an ID Excel keeps as text: " + lines.get(1));
        assertTrue(lines.stream().skip(1).map(l -> l.split(";", -1)[9]).noneMatch(t -> t.matches("\"?[-=+@].*")),
                "no text that Excel would take for a formula");
    }

    @Test
    void aCodeWhoseNameHoldsACommaCanBeChosen() {
        List<String> existing = List.of("Werk, inkomen", "Schaamte", "Wantrouwen");
        assertEquals(List.of("Werk, inkomen", "Schaamte"), ReportCommand.names(List.of("Werk, inkomen", "Schaamte"),
                existing), "a name that exists is taken whole (--codes 'Werk, inkomen' --codes Schaamte)");
        assertEquals(List.of("Schaamte", "Wantrouwen"), ReportCommand.names(List.of("Schaamte, Wantrouwen"), existing),
                "else split at its commas");
        assertEquals(List.of("Schaamte", "Wantrouwen"), ReportCommand.names(List.of("Schaamte,Wantrouwen"), existing));
    }

    @Test
    void exportDiagramWritesAFigureForAPageAndSaysWhatIsWrong(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path png = dir.resolve("model.png");
        CliRun ok = run("export-diagram", "sample-projects/wijk-y", "--lang", "nl", "--out", png.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("staand voor een A4-pagina"), ok.out());
        javax.imageio.metadata.IIOMetadata meta;
        try (var in = javax.imageio.ImageIO.createImageInputStream(png.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            meta = reader.getImageMetadata(0);
        }
        var physical = ((org.w3c.dom.Element) meta.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs");
        assertEquals("11811", ((org.w3c.dom.Element) physical.item(0)).getAttribute("pixelsPerUnitXAxis"),
                "300 dots per inch, said in the file");
        CliRun none = run("export-diagram", "sample-projects/empty-project", "--out", dir.resolve("x.png").toString());
        assertEquals(1, none.status());
        assertTrue(none.err().contains("has no diagrams"), none.err());
        assertEquals(1, run("export-diagram", "sample-projects/wijk-y", "--number", "0", "--out",
                dir.resolve("y.png").toString()).status());
        assertTrue(Files.notExists(dir.resolve("x.png")) && Files.notExists(dir.resolve("y.png")));
    }

    @Test
    void everyCommandAnswersHelpAndTheVersion() {
        var cli = new picocli.CommandLine(new Main());
        for (String command : cli.getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            CliRun help = run(command, "--help");
            assertEquals(0, help.status(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: veldwerk " + command), command + ": " + help.out());
            CliRun version = run(command, "--version");
            assertTrue(version.out().startsWith("Veldwerk "), command + " --version: " + version.out());
        }
        CliRun version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Veldwerk "), version.out());
        CliRun info = run("info", "--json", "sample-projects/wijk-y");
        assertTrue(info.out().contains("\"diagrams\":[\"Individueel gebruik voorliggende voorzieningen wijk Y\"]")
                && info.out().contains("\"savedQueries\":[]"), info.out());
    }

    @Test
    void writesTheSamplesMemosAndRefusesAProjectWithout(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path docx = dir.resolve("memos.docx");
        CliRun ok = run("memo-report", "sample-projects/wijk-y", "--lang", "nl", "--out", docx.toString());
        assertEquals(0, ok.status(), ok.err());
        try (var in = java.nio.file.Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().getFirst().getText().startsWith("Memo’s: Wijk Y"));
        }
        Path empty = dir.resolve("leeg");
        assertEquals(0, run("new", empty.toString()).status());
        CliRun none = run("memo-report", empty.toString(), "--out", dir.resolve("x.docx").toString());
        assertEquals(1, none.status());
        assertTrue(none.err().contains("no memos yet"), none.err());
        assertTrue(java.nio.file.Files.notExists(dir.resolve("x.docx")));
    }

    @Test
    void writesTheSamplesCodebookForReview(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path docx = dir.resolve("codeboek.docx");
        CliRun ok = run("codebook-report", "sample-projects/wijk-y", "--lang", "nl", "--out", docx.toString());
        assertEquals(0, ok.status(), ok.err());
        try (var in = java.nio.file.Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().getFirst().getText().startsWith("Codeboek: Wijk Y"));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getStyle() != null && p.getStyle().startsWith(
                    "Heading") && p.getText().equals("Schaamte")), "every code is a heading");
            assertTrue(doc.getFooterList().getFirst().getText().startsWith("Pagina"));
        }
    }

    @Test
    void pseudonymisesTheSampleFromAnExcelKeyListAndKeepsNoOlderVersion(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path project = dir.resolve("wijk-y");
        CliRun created = run("new", project.toString(), "--name", "Wijk Y");
        assertEquals(0, created.status(), created.err());
        Path transcript = dir.resolve("A03.txt");
        Files.writeString(transcript, "A03: Die zijn vooral in Immerloo bezig, in Immerloo-Zuid niet.\n");
        assertEquals(0, run("import", project.toString(), transcript.toString()).status());
        Path key = dir.resolve("sleutel.csv");
        Files.writeString(key, "\uFEFFnaam;pseudoniem\nImmerloo;[wijk]\n");

        CliRun dry = run("pseudonymise", project.toString(), "--key", key.toString(), "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        assertTrue(dry.out().contains("Immerloo -> [wijk]") && dry.out().contains("2 occurrences; nothing changed"),
                dry.out());
        assertTrue(nl.veldwerk.store.ProjectReader.read(project).documents().iterator().next().text()
                .contains("Immerloo"), "a dry run changes nothing");

        CliRun done = run("pseudonymise", project.toString(), "--key", key.toString());
        assertEquals(0, done.status(), done.err());
        assertEquals("A03: Die zijn vooral in [wijk] bezig, in [wijk]-Zuid niet.\n",
                nl.veldwerk.store.ProjectReader.read(project).documents().iterator().next().text());
        try (var files = Files.walk(project)) {
            assertTrue(files.filter(Files::isRegularFile).noneMatch(f -> {
                try {
                    return Files.readString(f).contains("Immerloo");
                } catch (java.io.IOException e) {
                    return false; // not text
                }
            }), "no backup or old part keeps the name");
        }

        Files.writeString(key, "Immerloo,\n");
        CliRun bad = run("pseudonymise", project.toString(), "--key", key.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("sleutel.csv: line 1: 'Immerloo' has no pseudonym"), bad.err());
    }
}
