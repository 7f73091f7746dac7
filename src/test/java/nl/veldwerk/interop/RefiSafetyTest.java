package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .qdpx is untrusted input: hostile or broken archives are refused with a clear message. */
class RefiSafetyTest {
    private static final ProjectInfo BASE = ProjectInfo.named("x", Instant.EPOCH);
    private static final String MINIMAL = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
            + "<TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"d\" plainTextPath=\"internal://"
            + "11111111-2222-3333-4444-555555555555.txt\"/></Sources></Project>";

    @TempDir
    Path tmp;

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private InteropException refused(Path qdpx) {
        return assertThrows(InteropException.class, () -> RefiImport.readProject(qdpx, BASE));
    }

    @Test
    void entriesWithPathsOutsideTheArchiveAreRefused() throws Exception {
        Path evil = zip("slip.qdpx", Map.of("project.qde", utf8(MINIMAL), "sources/../../evil.txt", utf8("x")));
        assertTrue(refused(evil).getMessage().contains("unsafe path"));
        Path absolute = zip("abs.qdpx", Map.of("project.qde", utf8(MINIMAL), "/etc/evil.txt", utf8("x")));
        assertTrue(refused(absolute).getMessage().contains("unsafe path"));
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&c;\"><Description>&c;</Description></Project>";
        InteropException e = refused(zip("laughs.qdpx", Map.of("project.qde", utf8(laughs))));
        assertTrue(e.getMessage().contains("not valid REFI-QDA XML"), e.getMessage());
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "geheim");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Description>&x;</Description></Project>";
        InteropException x = refused(zip("xxe.qdpx", Map.of("project.qde", utf8(xxe))));
        assertTrue(!x.getMessage().contains("geheim"));
    }

    @Test
    void zipBombsAndHugeArchivesAreRefused() throws Exception {
        byte[] zeros = new byte[20 * 1024 * 1024]; // compresses to a few kilobytes
        Path bomb = zip("bomb.qdpx", Map.of("project.qde", utf8(MINIMAL),
                "sources/11111111-2222-3333-4444-555555555555.txt", zeros));
        InteropException e = assertThrows(InteropException.class, () -> RefiImport.readProject(bomb, BASE,
                new QdpxArchive.Limits(100, 1024 * 1024, 1L << 30)));
        assertTrue(e.getMessage().contains("refused as unsafe"), e.getMessage());
        Path media = zip("media.qdpx", Map.of("project.qde", utf8(MINIMAL), "sources/video.mp4", zeros));
        assertThrows(InteropException.class, () -> RefiImport.readProject(media, BASE,
                new QdpxArchive.Limits(100, 1 << 20, 1 << 20)));
        Path many = zip("many.qdpx", Map.of("project.qde", utf8(MINIMAL), "sources/a.txt", utf8("a"),
                "sources/b.txt", utf8("b"), "sources/c.txt", utf8("c")));
        InteropException count = assertThrows(InteropException.class, () -> RefiImport.readProject(many, BASE,
                new QdpxArchive.Limits(3, 1 << 20, 1 << 20)));
        assertTrue(count.getMessage().contains("more than 3 files"), count.getMessage());
    }

    @Test
    void brokenArchivesGetAClearMessage() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.qdpx"), "just some text");
        assertTrue(refused(text).getMessage().startsWith("notes.qdpx: is not a REFI-QDA project export (a .qdpx is a"
                + " zip archive"), refused(text).getMessage());
        Path noQde = zip("empty.qdpx", Map.of("sources/a.txt", utf8("a")));
        assertTrue(refused(noQde).getMessage().contains("holds no project file"));
        // One source's text twice (names differ in case only, as tools disagree on case): the later would win.
        Path twice = zip("twice.qdpx", Map.of("project.qde", utf8(MINIMAL), "sources/A.txt", utf8("echt"),
                "Sources/a.txt", utf8("XXXX")));
        assertTrue(refused(twice).getMessage().contains("twice; which of the two is meant cannot be told"),
                refused(twice).getMessage());
        Path two = zip("two.qdpx", Map.of("project.qde", utf8(MINIMAL), "Other.qde", utf8(MINIMAL)));
        assertTrue(refused(two).getMessage().contains("two project files"));
        Path cut = zip("cut.qdpx", Map.of("project.qde", utf8(MINIMAL.substring(0, 120))));
        assertTrue(refused(cut).getMessage().contains("not valid REFI-QDA XML"), refused(cut).getMessage());
        // An archive cut off in the middle (a download that did not finish): said so, not the library's words.
        byte[] whole = Files.readAllBytes(zip("whole.qdpx", Map.of("project.qde", utf8(MINIMAL),
                "sources/11111111-2222-3333-4444-555555555555.txt", new byte[200_000])));
        Path truncated = Files.write(tmp.resolve("trunc.qdpx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        String said = refused(truncated).getMessage();
        assertTrue(said.startsWith("trunc.qdpx: ends before its last file does: it is incomplete"), said);
        assertFalse(said.contains("ZLIB"), said);
        // Cut off exactly where one of its files ends: read entry by entry it looked whole, and came in without the
        // rest (QA: "11 documents, 0 quotations" from the command line).
        int second = indexOf(whole, new byte[] {'P', 'K', 3, 4}, 1);
        assertTrue(second > 0, "the archive has a second file");
        Path atABoundary = Files.write(tmp.resolve("boundary.qdpx"), java.util.Arrays.copyOf(whole, second));
        assertTrue(refused(atABoundary).getMessage().startsWith("boundary.qdpx: ends before its last file does"),
                refused(atABoundary).getMessage());
        // The same when the entry cut off was stored uncompressed, as ATLAS.ti and NVivo store some (QA: "is not a
        // zip archive or is damaged (unexpected EOF)" on the command line, which reads without the quick check).
        java.io.ByteArrayOutputStream storedZip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(storedZip)) {
            byte[] qde = utf8(MINIMAL);
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("project.qde");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(qde.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(qde);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(qde);
            out.closeEntry();
        }
        Path storedCut = Files.write(tmp.resolve("stored.qdpx"), java.util.Arrays.copyOf(storedZip.toByteArray(),
                60 + MINIMAL.length() / 2));
        assertTrue(refused(storedCut).getMessage().startsWith("stored.qdpx: ends before its last file does"),
                refused(storedCut).getMessage());
        Path wrongRoot = zip("root.qdpx", Map.of("project.qde", utf8("<html><body/></html>")));
        assertTrue(refused(wrongRoot).getMessage().contains("<html>"));
        Path dangling = zip("dangling.qdpx", Map.of("project.qde", utf8(MINIMAL.replace("</Sources>",
                "</Sources><Links><Link guid=\"11111111-2222-3333-4444-666666666666\" originGUID="
                        + "\"11111111-2222-3333-4444-777777777777\" targetGUID=\"11111111-2222-3333-4444-888888888888\"/>"
                        + "</Links>"))));
        RefiImport.ProjectResult lenient = RefiImport.readProject(dangling, BASE);
        assertEquals(0, lenient.project().relations().size(), "a link to nothing is skipped, not fatal");
    }

    /** The memo that keeps what an import said stays within a memo's limit, however much there is to say. */
    @Test
    void theImportsMemoIsCutAtAMemosLimit() throws Exception {
        RefiImport.ProjectResult result = RefiImport.readProject(zip("memo.qdpx", Map.of("project.qde",
                utf8(MINIMAL))), BASE);
        java.util.List<String> much = java.util.Collections.nCopies(120_000, "a note of some length");
        RefiImport.keepSummary(result, tmp.resolve("memo.qdpx"), java.time.Instant.EPOCH, java.util.Locale.ENGLISH,
                much);
        nl.veldwerk.model.Memo memo = result.project().memos().stream().filter(m -> m.title().equals(
                "Import of memo.qdpx")).findFirst().orElseThrow();
        assertTrue(memo.text().length() <= nl.veldwerk.model.Limits.NOTE && memo.text().endsWith("\n…"),
                memo.text().length() + " characters");
    }

    /** REFI-QDA does not say the transcripts' language: their words suggest it, for the question that asks it. */
    @Test
    void theTranscriptsLanguageIsSuggestedByTheirWords() throws Exception {
        String dutch = "I: Hoe vaak komt u in het buurthuis?\nR: Nou, eigenlijk niet zo vaak. Ik weet wel dat het er is, "
                + "maar ik ga er niet naartoe. Mijn buurvrouw gaat er elke week heen voor de koffie.\n";
        String english = "I: How often do you go to the community centre?\nR: Well, not that often really. I know it "
                + "is there, but I just don't go. My neighbour goes every week for the coffee, and she asks me.\n";
        Path nl = zip("nl.qdpx", Map.of("project.qde", utf8(MINIMAL), "sources/11111111-2222-3333-4444-555555555555.txt",
                utf8(dutch)));
        Path en = zip("en.qdpx", Map.of("project.qde", utf8(MINIMAL), "Sources/11111111-2222-3333-4444-555555555555.TXT",
                utf8(english)));
        Path none = zip("none.qdpx", Map.of("project.qde", utf8(MINIMAL)));
        assertEquals("nl", RefiImport.suggestedLanguage(nl, "en"));
        assertEquals("en", RefiImport.suggestedLanguage(en, "nl"), "the folder's name in any case");
        assertEquals("de", RefiImport.suggestedLanguage(none, "de"), "no texts: the fallback");
        assertEquals("de", RefiImport.suggestedLanguage(tmp.resolve("weg.qdpx"), "de"), "no file: the fallback");
    }

    @Test
    void theQuickCheckBeforeAnyQuestionRefusesWhatTheReadWouldAndPassesAWholeArchive() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.qdpx"), "just some text");
        assertTrue(checkRefuses(text).startsWith("notes.qdpx: is not a REFI-QDA project export"), checkRefuses(text));
        Path empty = Files.write(tmp.resolve("leeg.qdpx"), new byte[0]);
        assertTrue(checkRefuses(empty).contains("is not a REFI-QDA project export"), checkRefuses(empty));
        Path noQde = zip("empty.qdpx", Map.of("sources/a.txt", utf8("a")));
        assertTrue(checkRefuses(noQde).contains("holds no project file"), checkRefuses(noQde));
        Path nested = zip("nested.qdpx", Map.of("sub/project.qde", utf8(MINIMAL)));
        assertTrue(checkRefuses(nested).contains("holds no project file"), checkRefuses(nested));
        byte[] whole = Files.readAllBytes(zip("whole.qdpx", Map.of("project.qde", utf8(MINIMAL),
                "sources/11111111-2222-3333-4444-555555555555.txt", new byte[200_000])));
        Path truncated = Files.write(tmp.resolve("trunc.qdpx"), java.util.Arrays.copyOf(whole, whole.length - 30));
        assertTrue(checkRefuses(truncated).startsWith("trunc.qdpx: ends before its last file does"),
                checkRefuses(truncated));
        assertTrue(checkRefuses(tmp.resolve("weg.qdpx")).contains("does not exist"));
        // A project file that is no REFI-QDA XML, before the questions too (QA: asked where and which language first).
        Path broken = zip("broken.qdpx", Map.of("project.qde", utf8(MINIMAL.substring(0, 120))));
        assertTrue(checkRefuses(broken).contains("not valid REFI-QDA XML"), checkRefuses(broken));
        Path html = zip("html.qdpx", Map.of("project.qde", utf8("<html><body/></html>")));
        assertTrue(checkRefuses(html).contains("<html>"), checkRefuses(html));
        RefiImport.checkArchive(tmp.resolve("whole.qdpx"));
        RefiImport.checkArchive(zip("Upper.qdpx", Map.of("Project.QDE", utf8(MINIMAL))));
    }

    /** Where {@code part} first is in {@code bytes} from {@code from} on, or -1. */
    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private String checkRefuses(Path qdpx) {
        return assertThrows(InteropException.class, () -> RefiImport.checkArchive(qdpx)).getMessage();
    }

    @Test
    void aLenientReadOfVariantSpellings() throws Exception {
        String qde = "\uFEFF<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"v\" origin=\"ATLAS.ti 9\">"
                + "<Sources><TextSource guid=\"{AAAAAAAA-2222-3333-4444-555555555555}\" name=\"\" "
                + "plainTextPath=\"internal://aaaaaaaa-2222-3333-4444-555555555555.TXT\">"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555555\" name=\"\" startPosition=\"6\" "
                + "endPosition=\"11\"><Description/></PlainTextSelection></TextSource></Sources><Sets/></Project>";
        // ATLAS.ti stores CRLF but counts a line break once; the file has a BOM.
        Path file = zip("variants.qdpx", Map.of("Project.qde", utf8(qde),
                "Sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8("\uFEFFaa\r\nb wereld\r\n")));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        var doc = result.project().document("aaaaaaaa-2222-3333-4444-555555555555").orElseThrow();
        assertEquals("aa\nb wereld\n", doc.text());
        assertEquals("Source 1", doc.name());
        var q = result.project().quotations().iterator().next();
        assertEquals("ereld", doc.text().substring(q.start(), q.end()));
    }

    @Test
    void theSubCodesOfACodeWhoseGuidCameBeforeGoUpToItsPlaceNotUnderTheOtherCode() throws Exception {
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"d\"><CodeBook><Codes>"
                + "<Code guid=\"11111111-0000-0000-0000-000000000001\" name=\"Individueel gebruik\" isCodable=\"true\"/>"
                + "<Code guid=\"11111111-0000-0000-0000-000000000002\" name=\"Factoren\" isCodable=\"true\">"
                + "<Code guid=\"11111111-0000-0000-0000-000000000001\" name=\"Sociaal netwerk\" isCodable=\"true\">"
                + "<Code guid=\"11111111-0000-0000-0000-000000000003\" name=\"Strong ties\" isCodable=\"true\"/>"
                + "</Code></Code></Codes></CodeBook></Project>";
        Path file = zip("guid-twice.qdpx", Map.of("project.qde", utf8(qde)));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        assertEquals("Factoren > Strong ties", result.project().pathOf("11111111-0000-0000-0000-000000000003"),
                "in the place of the code left out, not under 'Individueel gebruik'");
        assertTrue(result.summary().describe(java.util.Locale.ENGLISH).contains(
                "code 'Sociaal netwerk': its GUID appears twice"));
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("code 'Sociaal netwerk': its GUID appears twice in the file (the first is imported); "
                + "its sub-codes are imported one level up, in its place"), said);
    }

    /** The text of each quotation, in the project's order. */
    private static java.util.List<String> quoted(nl.veldwerk.model.Project p) {
        return p.quotations().stream().map(q -> p.document(q.documentId()).orElseThrow().text()
                .substring(q.start(), q.end())).toList();
    }

    /**
     * NVivo writes one selection per code on a passage: selections of exactly the same text are one quotation with
     * all their codes, so an AND query finds the passage (QA); one with a comment of its own stays apart.
     */
    @Test
    void selectionsOfTheSameTextAreOneQuotationWithAllTheirCodes() throws Exception {
        String code = "<Code guid=\"DDDDDDDD-2222-3333-4444-55555555555%d\" name=\"c%d\" isCodable=\"true\"/>";
        String selection = "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-55555555555%d\" startPosition=\"%d\" "
                + "endPosition=\"%d\">%s<Coding guid=\"CCCCCCCC-2222-3333-4444-55555555555%d\"><CodeRef "
                + "targetGUID=\"DDDDDDDD-2222-3333-4444-55555555555%d\"/></Coding></PlainTextSelection>";
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"n\" origin=\"NVivo\"><CodeBook><Codes>"
                + String.format(code, 1, 1) + String.format(code, 2, 2) + String.format(code, 3, 3)
                + "</Codes></CodeBook><Sources><TextSource guid=\"AAAAAAAA-2222-3333-4444-555555555555\" name=\"A\" "
                + "plainTextPath=\"internal://AAAAAAAA-2222-3333-4444-555555555555.txt\">"
                + String.format(selection, 1, 6, 10, "", 1, 1)
                + String.format(selection, 2, 6, 10, "", 2, 2)
                + String.format(selection, 3, 6, 10, "<Description>eigen opmerking</Description>", 3, 3)
                + String.format(selection, 4, 0, 5, "", 4, 1)
                + "</TextSource></Sources></Project>";
        Path file = zip("nvivo-same-text.qdpx", Map.of("project.qde", utf8(qde),
                "sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8("Alpha beta gamma\n")));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        nl.veldwerk.model.Project p = result.project();
        assertEquals(3, p.quotations().size(), "the first two joined; the one with its own comment apart");
        var at6 = p.quotations().stream().filter(q -> q.start() == 6).toList();
        assertEquals(2, at6.size(), at6.toString());
        var joined = at6.stream().filter(q -> q.comment().isEmpty()).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("c1", "c2"), p.codingsOf(joined.id()).stream().map(k -> p.code(k.codeId())
                .orElseThrow().name()).collect(java.util.stream.Collectors.toSet()));
        var apart = at6.stream().filter(q -> !q.comment().isEmpty()).findFirst().orElseThrow();
        assertEquals("eigen opmerking", apart.comment());
        assertEquals(java.util.Set.of("c3"), p.codingsOf(apart.id()).stream().map(k -> p.code(k.codeId())
                .orElseThrow().name()).collect(java.util.stream.Collectors.toSet()));
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("one selection in 'A' with exactly the text of another: joined to it"), said);
        // From a tool whose quotations are things of their own (ATLAS.ti, Veldwerk): two of the same text stay two.
        Path atlas = zip("atlas-same-text.qdpx", Map.of("project.qde", utf8(qde.replace("origin=\"NVivo\"",
                "origin=\"ATLAS.ti 9\"")), "sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8("Alpha beta gamma\n")));
        assertEquals(4, RefiImport.readProject(atlas, BASE).project().quotations().size());
    }

    /** A note on a selection that could not be placed is kept as a project memo, and that is said (QA). */
    @Test
    void aNoteOnASelectionLeftOutIsKeptAsAProjectMemoAndSaidSo() throws Exception {
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"n\"><Sources>"
                + "<TextSource guid=\"AAAAAAAA-2222-3333-4444-555555555555\" name=\"A\" "
                + "plainTextPath=\"internal://AAAAAAAA-2222-3333-4444-555555555555.txt\">"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555551\" startPosition=\"50\" "
                + "endPosition=\"60\"><NoteRef targetGUID=\"EEEEEEEE-2222-3333-4444-555555555551\"/></PlainTextSelection>"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555552\" startPosition=\"0\" "
                + "endPosition=\"5\"><NoteRef targetGUID=\"EEEEEEEE-2222-3333-4444-555555555552\"/></PlainTextSelection>"
                + "</TextSource></Sources><Notes>"
                + "<Note guid=\"EEEEEEEE-2222-3333-4444-555555555551\" name=\"selnote\"><PlainTextContent>over niets"
                + "</PlainTextContent></Note>"
                + "<Note guid=\"EEEEEEEE-2222-3333-4444-555555555552\" name=\"geplaatst\"><PlainTextContent>over alpha"
                + "</PlainTextContent></Note></Notes></Project>";
        Path file = zip("note-left-out.qdpx", Map.of("project.qde", utf8(qde),
                "sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8("Alpha beta gamma\n")));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        var memos = result.project().memos();
        assertEquals(2, memos.size(), "both notes kept");
        assertEquals(EntityKind.PROJECT_INFO, memos.stream().filter(m -> m.title().equals("selnote")).findFirst()
                .orElseThrow().target().kind());
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("one note about something not imported (a selection that could not be placed, say): "
                + "kept as project memos"), said);
    }

    @Test
    void aSelectionOfNoTextIsLeftOutAndSaidSo() throws Exception {
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"e\"><CodeBook><Codes>"
                + "<Code guid=\"DDDDDDDD-2222-3333-4444-555555555555\" name=\"\" isCodable=\"true\"/></Codes></CodeBook><Sources>"
                + "<TextSource guid=\"AAAAAAAA-2222-3333-4444-555555555555\" name=\"A\" "
                + "plainTextPath=\"internal://AAAAAAAA-2222-3333-4444-555555555555.txt\">"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555551\" startPosition=\"5\" endPosition=\"5\"/>"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555553\" startPosition=\"10\" endPosition=\"999\">"
                + "<Coding guid=\"CCCCCCCC-2222-3333-4444-555555555553\"><CodeRef targetGUID=\"DDDDDDDD-2222-3333-4444-555555555555\"/></Coding>"
                + "</PlainTextSelection>"
                + "<PlainTextSelection guid=\"BBBBBBBB-2222-3333-4444-555555555552\" startPosition=\"0\" endPosition=\"4\">"
                + "<Coding guid=\"CCCCCCCC-2222-3333-4444-555555555551\"><CodeRef targetGUID=\"DDDDDDDD-2222-3333-4444-555555555555\"/></Coding>"
                + "<Coding guid=\"CCCCCCCC-2222-3333-4444-555555555552\"><CodeRef targetGUID=\"DDDDDDDD-2222-3333-4444-555555555555\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>";
        Path file = zip("empty-selection.qdpx", Map.of("project.qde", utf8(qde),
                "sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8("Alpha beta gamma\n")));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        assertEquals(java.util.List.of("Alph"), quoted(result.project()));
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("the selection of characters 5–5 in 'A' holds no text (it ends where it begins): left "
                + "out\n"), said);
        assertTrue(said.contains("the selection of characters 10–999 in 'A' does not lie within its text, which has 17 "
                + "characters: left out, with its coding ((unnamed code))"), said);
        assertEquals(1, result.project().codings().size());
        assertTrue(said.contains("code '(unnamed code)' applied twice to one selection in 'A' by the same user: kept once"),
                said);
        assertTrue(said.contains("a code without a name: imported as '(unnamed code)'"), said);
    }

    @Test
    void aCountingOfLineBreaksTheOriginDoesNotSuggestIsFoundByTheSelectionsNames() throws Exception {
        // QualCoder's "CR for MAXQDA" text: CRLF stored, a line break counted once, origin not ATLAS.ti. Counted
        // as two, every selection after the first line would still lie inside the text, one place per line off.
        String text = "I: Hoe was het?\r\nR1: Ik voel me kwetsbaar.\r\nI: En nu?\r\nR1: Die is er nooit. Echt niet.\r\n";
        String lf = text.replace("\r\n", "\n");
        StringBuilder selections = new StringBuilder();
        int n = 0;
        for (String words : new String[] {"kwetsbaar", "En nu?", "Die is er nooit", "Echt niet"}) {
            int at = lf.indexOf(words);
            selections.append("<PlainTextSelection guid=\"CCCCCCCC-2222-3333-4444-55555555555").append(n++)
                    .append("\" name=\"").append(words).append("\" startPosition=\"").append(at)
                    .append("\" endPosition=\"").append(at + words.length()).append("\"/>");
        }
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"q\" origin=\"QualCoder 3.5\">"
                + "<Sources><TextSource guid=\"AAAAAAAA-2222-3333-4444-555555555555\" name=\"R1\" "
                + "plainTextPath=\"internal://AAAAAAAA-2222-3333-4444-555555555555.txt\">" + selections
                + "</TextSource></Sources></Project>";
        Path file = zip("crlf-once.qdpx", Map.of("project.qde", utf8(qde),
                "sources/AAAAAAAA-2222-3333-4444-555555555555.txt", utf8(text)));
        var project = RefiImport.readProject(file, BASE).project();
        var doc = project.documents().iterator().next();
        assertEquals(lf, doc.text());
        assertEquals(java.util.Set.of("kwetsbaar", "En nu?", "Die is er nooit", "Echt niet"),
                java.util.Set.copyOf(quoted(project)));
    }

    @Test
    void aSelectionsNameAgreesWhenItIsItsTextOrTheStartOfIt() {
        assertTrue(OffsetMapper.nameAgrees("Die is  er\nnooit", "Die is er nooit. Echt niet."));
        assertTrue(OffsetMapper.nameAgrees("Die is er…", "Die is er nooit."));
        assertFalse(OffsetMapper.nameAgrees("Quotation 3", "Die is er nooit."));
        assertFalse(OffsetMapper.nameAgrees("Di", "Die is er nooit."), "too short to tell");
        assertFalse(OffsetMapper.nameAgrees(null, "Die"));
    }

    @Test
    void aTextNotInUtf8IsReadAsWindows1252AndATextOutsideTheArchiveIsNotReadBothSaidPlainly() throws Exception {
        Path outsideFile = Files.writeString(tmp.resolve("geheim.txt"), "mijn eigen bestand");
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
                + "<TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"Café\" plainTextPath=\"internal://"
                + "11111111-2222-3333-4444-555555555555.txt\"/>"
                + "<TextSource guid=\"11111111-2222-3333-4444-666666666666\" name=\"Buiten\" plainTextPath=\"absolute:///"
                + outsideFile.toString().substring(1) + "\"><PlainTextSelection guid=\"11111111-2222-3333-4444-777777777777\""
                + " startPosition=\"0\" endPosition=\"4\"/></TextSource>"
                + "<TextSource guid=\"11111111-2222-3333-4444-888888888888\" name=\"Leeg\"/></Sources></Project>";
        Path file = zip("latin1.qdpx", Map.of("project.qde", utf8(qde),
                "sources/11111111-2222-3333-4444-555555555555.txt", "Het café in de wijk\n".getBytes(
                        java.nio.charset.Charset.forName("windows-1252"))));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        assertEquals("Het café in de wijk\n", result.project().document("11111111-2222-3333-4444-555555555555")
                .orElseThrow().text(), "no replacement characters where the accents were");
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("Left out or changed (3):"), said);
        assertTrue(said.contains("the text of source 'Café' is not UTF-8, as REFI-QDA requires: read as Windows-1252"),
                said);
        assertTrue(said.contains("is a file outside the archive, which is not read (the source is imported without text;"
                + " its 1 selection cannot be placed and is left out)"), said);
        assertTrue(said.contains("the text of source 'Leeg': the file names none (the source is imported without text)"),
                "nothing said of selections it does not have: " + said);
        assertEquals("", result.project().document("11111111-2222-3333-4444-666666666666").orElseThrow().text());
    }

    /**
     * UTF-8 with a few damaged bytes is UTF-8 still: read as such, the damage shown as U+FFFD and said (QA: a
     * Hungarian transcript with four bad bytes was read whole as Windows-1252, every selection on other words).
     */
    @Test
    void aUtf8TextWithADamagedByteStaysUtf8AndTheSelectionsStayOnTheirWords() throws Exception {
        String text = "Kötelező óra. Az iskolában tanultam. Szép idő van.\n";
        byte[] good = utf8(text);
        int at = utf8(text.substring(0, text.indexOf("Az"))).length;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xC3; // a lead byte whose continuation was lost, before "Az"
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        int start = text.indexOf("Szép") + 1; // a code point after the damage: the one replacement character
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
                + "<TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"Magyar\" plainTextPath=\"internal://"
                + "11111111-2222-3333-4444-555555555555.txt\"><PlainTextSelection guid=\"11111111-2222-3333-4444-77777777"
                + "7777\" startPosition=\"" + start + "\" endPosition=\"" + (start + 8) + "\"/></TextSource></Sources>"
                + "</Project>";
        Path file = zip("hongaars.qdpx", Map.of("project.qde", utf8(qde),
                "sources/11111111-2222-3333-4444-555555555555.txt", bad));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        nl.veldwerk.model.Document d = result.project().document("11111111-2222-3333-4444-555555555555").orElseThrow();
        assertTrue(d.text().startsWith("Kötelező óra. \uFFFDAz iskolában"), d.text());
        nl.veldwerk.model.Quotation q = result.project().quotations().iterator().next();
        assertEquals("Szép idő", d.text().substring(q.start(), q.end()));
        String said = result.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.contains("the text of source 'Magyar' has one damaged place in its UTF-8"), said);
    }

    /** A second source of a GUID already read comes in as a document of its own, with its selections (QA). */
    @Test
    void aSourceWhoseGuidAppearsTwiceIsImportedWithItsSelections() throws Exception {
        String guid = "11111111-2222-3333-4444-555555555555";
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
                + "<TextSource guid=\"" + guid + "\" name=\"Een\" plainTextPath=\"internal://een.txt\"/>"
                + "<TextSource guid=\"" + guid + "\" name=\"Twee\" plainTextPath=\"internal://twee.txt\">"
                + "<PlainTextSelection guid=\"11111111-2222-3333-4444-777777777777\" startPosition=\"0\" "
                + "endPosition=\"4\"/></TextSource></Sources></Project>";
        Path file = zip("tweemaal.qdpx", Map.of("project.qde", utf8(qde), "sources/een.txt", utf8("Eerste tekst.\n"),
                "sources/twee.txt", utf8("Twee keer.\n")));
        RefiImport.ProjectResult result = RefiImport.readProject(file, BASE);
        assertEquals(java.util.Set.of("Een", "Twee"), result.project().documents().stream()
                .map(nl.veldwerk.model.Document::name).collect(java.util.stream.Collectors.toSet()));
        nl.veldwerk.model.Quotation q = result.project().quotations().iterator().next();
        nl.veldwerk.model.Document twee = result.project().document(q.documentId()).orElseThrow();
        assertEquals("Twee", twee.name());
        assertEquals("Twee", twee.text().substring(q.start(), q.end()));
        assertTrue(result.summary().describe(java.util.Locale.ENGLISH).contains("source 'Twee': its GUID appears "
                + "twice: imported as a document of its own, with its selections"));
    }

    /** A project archive or an empty file given as a codebook says what it is (QA: "is not valid UTF-8 text"). */
    @Test
    void aProjectArchiveOrAnEmptyFileGivenAsACodebookSaysWhatItIs() throws Exception {
        Path archive = zip("project.qdc", Map.of("project.qde", utf8("<Project/>")));
        assertTrue(assertThrows(InteropException.class, () -> RefiImport.readCodebook(archive)).getMessage()
                .contains("is a zip archive, not a REFI-QDA codebook (.qdc)"));
        Path empty = Files.write(tmp.resolve("leeg.qdc"), new byte[0]);
        assertTrue(assertThrows(InteropException.class, () -> RefiImport.readCodebook(empty)).getMessage()
                .contains("is empty (0 bytes)"));
    }

    @Test
    void aBrokenCodebookIsNamedOnceInItsMessage() throws Exception {
        Path qdc = Files.writeString(tmp.resolve("kapot.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        InteropException e = assertThrows(InteropException.class, () -> RefiImport.readCodebook(qdc));
        assertTrue(e.getMessage().startsWith("kapot.qdc: is not valid REFI-QDA XML"), e.getMessage());
        assertFalse(e.getMessage().substring("kapot.qdc".length()).contains("kapot.qdc"), e.getMessage());
    }
}
