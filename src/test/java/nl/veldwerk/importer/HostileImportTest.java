package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import nl.veldwerk.model.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importers make of odd but valid files: the text that is there, and nothing else. */
class HostileImportTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private final DocumentImporter importer = new DocumentImporter();

    @TempDir
    Path tmp;

    @Test
    void rtfBinaryDataIsPassedOverEvenWhenItHoldsBraces() throws Exception {
        Path rtf = Files.write(tmp.resolve("bin.rtf"), "{\\rtf1 Voor {\\pict\\bin6 {}}{x}} na.}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Voor  na.\n", importer.importFile(rtf, T).text());
    }

    @Test
    void halfASurrogatePairBecomesTheReplacementCharacterAndAWholeOneStays() throws Exception {
        Path rtf = Files.writeString(tmp.resolve("u.rtf"), "{\\rtf1 a\\u-10240?b \\u-10179?\\u-8694?c}");
        String text = importer.importFile(rtf, T).text();
        assertEquals("a\uFFFDb \uD83D\uDE0Ac\n", text, "U+D800 alone; then U+1F60A as a pair");
    }

    @Test
    void aLongParagraphOfRepetitiveTextIsNoZipBomb() throws Exception {
        Path docx = tmp.resolve("lang.docx");
        String paragraph = "Ik ga naar het buurthuis. ".repeat(400_000); // 10 MB of text, compressed over 500 times
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
        }
        assertTrue(Files.size(docx) * 100 < paragraph.length(), "compresses more than POI's ratio allows");
        Document d = importer.importFile(docx, T);
        assertEquals(paragraph.strip() + "\n", d.text().replace('\n', ' ').strip() + "\n",
                "the words whole (broken into lines the view can lay out, LongLines)");
    }

    @Test
    void aPipeOrAFolderIsRefusedWithoutBeingRead() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> importer.importFile(fifo, T));
        assertTrue(e.getMessage().contains("not a plain file"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }

    /**
     * Another kind of file under a text file's name (random bytes, a PNG, a zip) is refused with a message
     * that says so, not imported as a page of mojibake; text with a stray control character, and UTF-16
     * written without a byte-order mark, are still text.
     */
    @Test
    void aBinaryFileNamedLikeTextIsRefusedAndOddTextIsNot() throws Exception {
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        byte[] png = java.util.Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,
            0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0}, 600);
        for (String name : java.util.List.of("ruis.txt", "ruis.srt", "ruis.vtt", "plaatje.txt")) {
            Path file = Files.write(tmp.resolve(name), name.startsWith("plaatje") ? png : random);
            ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                    () -> importer.importFile(file, T), name);
            assertTrue(e.getMessage().contains("does not look like a text file"), e.getMessage());
            assertTrue(e.getMessage().contains("text file's name"), "the apostrophe survives: " + e.getMessage());
        }

        String dutch = "Interviewer: Hoe gaat het met u?\nR1: Goed, dank u. Café één keer per week, €5.\n";
        Path bell = Files.write(tmp.resolve("bel.txt"), (dutch + "\u0007\u0000" + dutch)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(dutch + dutch, importer.importFile(bell, T).text(), "a stray control code is dropped");
        for (var charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path wide = Files.write(tmp.resolve("breed-" + charset.name() + ".txt"), dutch.getBytes(charset));
            Document d = importer.importFile(wide, T);
            assertEquals(dutch, d.text(), charset + " without a byte-order mark");
        }
    }
}
