package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REFI-QDA sample that ATLAS.ti, NVivo and Taguette wrote (../shared/refi-qda/samples) imports with
 * the expected counts and texts. Skipped, with the reason, where ../shared is not beside the clone.
 */
class RefiSamplesTest {
    private static final Path SAMPLES = Path.of("..", "shared", "refi-qda", "samples");
    private static final ProjectInfo BASE = ProjectInfo.named("Imported", Instant.EPOCH);

    @BeforeAll
    static void needsSamples() {
        assumeTrue(Files.isDirectory(SAMPLES), "the REFI-QDA samples are not at " + SAMPLES.toAbsolutePath()
                + " (../shared beside the clone); these tests need them");
    }

    private static RefiImport.ProjectResult read(String name) throws InteropException {
        return RefiImport.readProject(SAMPLES.resolve("qdpx").resolve(name), BASE);
    }

    private static String text(Project p, Quotation q) {
        return p.document(q.documentId()).orElseThrow().text().substring(q.start(), q.end());
    }

    @Test
    void atlasTiBlankAndNestedCodes() throws Exception {
        RefiImport.ProjectResult blank = read("atlasti-23.2-win_blank-project.qdpx");
        assertEquals(0, blank.project().codes().size());
        assertEquals(2, blank.project().coders().size());
        Project nested = read("atlasti-23.2-win_nested-codes.qdpx").project();
        assertEquals("target-atlas-project", nested.info().name());
        assertEquals(3, nested.codes().size());
        Code commits = nested.codes().stream().filter(c -> c.name().equals("Commits")).findFirst().orElseThrow();
        assertEquals(2, nested.childrenOf(commits.id()).size());
        assertEquals("a182cd3a-d83c-4d8c-bc80-26d9103ec6d6", commits.id(), "GUIDs are kept, normalised");
    }

    @Test
    void atlasTiSpecExampleWithMissingSourcesImportsItsStructure() throws Exception {
        RefiImport.ProjectResult result = read("atlasti-8.4-mac_spec-example_repackaged-no-sources.qdpx");
        Project p = result.project();
        assertEquals(14, p.codes().size());
        Code coke = p.codes().stream().filter(c -> c.name().equals("Coke")).findFirst().orElseThrow();
        assertEquals("the breakfast of champions", coke.definition());
        assertEquals("#966450", coke.color());
        assertEquals(11, p.documents().size(), "6 text sources, 2 PDF texts and 3 transcripts, without their text");
        assertEquals(0, p.quotations().size(), "no selection can be placed without its text");
        assertEquals(2, p.memos().size());
        assertEquals(12, p.groups().size(), "11 sets of documents and the empty set '<3'");
        assertEquals(3, p.coders().size());
        java.util.function.Function<String, List<String>> members = group -> {
            String id = p.groups().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().id();
            return p.documents().stream().filter(d -> d.groupIds().contains(id)).map(d -> d.name()).sorted().toList();
        };
        assertEquals(2, members.apply("PDFs").size(), "a set holds a PDF's text by the PDF's GUID");
        assertEquals(3, members.apply("Video and Audio").size(), "and each of a recording's transcripts");
        assertTrue(members.apply("Coke").stream().anyMatch(n -> n.endsWith("(transcript 2)")), members.apply("Coke")
                .toString());
        assertTrue(members.apply("<3").isEmpty());
        List<String> skipped = result.summary().skipped().stream().map(Object::toString).toList();
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("picture 'cornflakes-n-milk.jpg'")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("set '<3' holds nothing")), skipped.toString());
        assertTrue(skipped.stream().anyMatch(s -> s.contains("Mabel.txt") && s.contains("not in the archive")
                && s.matches(".*its \\d+ selections? with \\d+ codings? cannot be placed and (is|are) left out\\)")),
                "what goes with the missing text is counted: " + skipped);
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("link 'Memo-Quotation Relation'")));
        assertTrue(skipped.contains("graph 'Netzwerk' (3 boxes, 2 arrows): none of its boxes is a code, and a Veldwerk "
                + "diagram shows codes and their relations"), "a network view of other things is not dropped without "
                + "a word: " + skipped);
        assertTrue(p.diagrams().isEmpty());
        assertTrue(p.memos().stream().anyMatch(m -> m.title().equals("Research Plan") && m.text().contains(
                "day to day log")), "a note's description is kept beside its text");
        assertTrue(p.documents().stream().allMatch(d -> d.text().isEmpty() && d.description().contains("not in")));
    }

    @Test
    void nvivoWindowsCountsUtf16UnitsAndTheEmojiQuotationsComeOutWhole() throws Exception {
        RefiImport.ProjectResult result = read("nvivo-12.6-win_oltas0517.qdpx");
        Project p = result.project();
        assertEquals(2, p.documents().size());
        // 303 selections, one per code on a passage: those of exactly the same text joined, every coding kept.
        assertEquals(188, p.quotations().size());
        assertEquals(303, p.codings().size());
        assertEquals(152, p.codes().size());
        List<String> said = result.summary().skipped().stream().map(Object::toString).toList();
        assertEquals("1 code marked as not for coding (Attituderoots): Veldwerk keeps no such mark, so it can be"
                + " applied like any code", said.getLast(), "the one mark Veldwerk does not keep is said");
        // Its two sources are lines of tens of thousands of characters: broken into paragraphs, and said so.
        assertEquals(p.documents().size(), said.stream().filter(s -> s.matches("source '.*': (one line|\\d+ lines) "
                + "over 4,000 characters broken into paragraphs at a space .*")).count(), said.toString());
        long joined = said.stream().filter(s -> s.matches("(one selection|\\d+ selections) in '.*' with exactly the "
                + "text of another: joined to it.*")).count();
        assertTrue(joined >= 1, said.toString());
        assertEquals(p.documents().size() + 1 + joined, said.size(), "nothing else left out or changed: " + said);
        List<String> texts = p.quotations().stream().map(q -> text(p, q)).toList();
        assertTrue(texts.contains("Rohadt életbe, hogy az emberre rá akarnak erőszakolni valamit, ami csak ajánlott "
                + "😤😤😤"), "a quotation ending in emoji, after earlier emoji in the text");
        assertMostlyWholeWords(p);
    }

    @Test
    void nvivoMacToo() throws Exception {
        Project p = read("nvivo-12.7-mac_OltasSzkepticizmus_17June.qdpx").project();
        assertEquals(187, p.quotations().size(), "297 selections, those of the same text joined");
        assertEquals(297, p.codings().size());
        assertTrue(p.quotations().stream().map(q -> text(p, q)).anyMatch("Nem tehetik kötelezővé! 😡😡"::equals));
        assertMostlyWholeWords(p);
    }

    @Test
    void nvivo15CodebookWithOneByteSources() throws Exception {
        Project p = read("nvivo-15.0-mac_codebook-262-codes.qdpx").project();
        assertEquals(262, p.codes().size());
        assertEquals(2, p.documents().size());
    }

    /** Read with the wrong unit, selections start and end inside words; NVivo's own data has a few such. */
    private static void assertMostlyWholeWords(Project p) {
        long cut = p.quotations().stream().filter(q -> {
            String t = p.document(q.documentId()).orElseThrow().text();
            boolean startCut = q.start() > 0 && Character.isLetter(t.charAt(q.start() - 1))
                    && Character.isLetter(t.charAt(q.start()));
            boolean endCut = q.end() < t.length() && Character.isLetter(t.charAt(q.end()))
                    && Character.isLetter(t.charAt(q.end() - 1));
            return startCut || endCut;
        }).count();
        assertTrue(cut * 50 < p.quotations().size(), cut + " of " + p.quotations().size() + " cut words");
    }

    @Test
    void codebooksFromTaguetteAndAtlasTi() throws Exception {
        Project project = new Project(BASE);
        ProjectSession session = new ProjectSession(project);
        RefiImport.CodebookImport taguette = RefiImport.readCodebook(SAMPLES.resolve("qdc")
                .resolve("taguette-1.4.1_uto_tag_codebook.qdc"));
        session.execute(taguette.command());
        assertEquals(List.of("xsd:element name", "CodeBook", "Variables"),
                project.codes().stream().map(Code::name).toList());
        RefiImport.CodebookImport atlas = RefiImport.readCodebook(SAMPLES.resolve("qdc")
                .resolve("atlasti-23.4-win_requal-test-literal.qdc"));
        session.execute(atlas.command());
        Code code1 = project.code("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294").orElseThrow();
        assertEquals("#46aa00", code1.color());
        assertEquals("description", code1.definition());
        assertEquals(1, atlas.summary().count("codes"));
        assertTrue(atlas.summary().skipped().getFirst().toString().startsWith("code set 'code group 1'"));
        session.undo();
        assertTrue(project.find(EntityKind.CODE, code1.id()).isEmpty(), "a codebook import is one undoable step");
    }
}
