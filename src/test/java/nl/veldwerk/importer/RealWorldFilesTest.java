package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transcripts as word processors write them, made for this test (LibreOffice saving one document as .docx, .odt
 * and .rtf; Word's structures written out by hand: content controls, tracked moves, text boxes, fields; a PDF
 * converted to a document; a Cyrillic RTF with Greek and Chinese fonts) and imported to the text Word or
 * LibreOffice shows, beside each file as {@code NAME.txt}, checked by eye when written. Two adversarial passes
 * found text doubled, lost, hidden text and placeholders read, list numbers hiding turns, a date style's "//"
 * opening a transcript.
 */
class RealWorldFilesTest {
    private static final Path FILES = Path.of("src/test/resources/nl/veldwerk/importer/realworld");
    private final DocumentImporter importer = new DocumentImporter();

    static Stream<Path> files() throws Exception {
        try (Stream<Path> all = Files.list(FILES)) {
            return all.filter(f -> !f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsAsItsWordProcessorShowsIt(Path file) throws Exception {
        Path expected = Path.of(file + ".txt");
        assertTrue(Files.exists(expected), "the text it should give: " + expected);
        assertEquals(Files.readString(expected), importer.importFile(file, Instant.EPOCH).text(), file.toString());
    }

    /** One document saved by LibreOffice in three formats gives one text, whichever is imported. */
    @Test
    void oneDocumentInThreeFormatsGivesOneText() throws Exception {
        for (String name : List.of("tracked", "hidden", "lists", "table", "frame")) {
            String docx = importer.importFile(FILES.resolve(name + ".docx"), Instant.EPOCH).text();
            assertEquals(docx, importer.importFile(FILES.resolve(name + ".odt"), Instant.EPOCH).text(), name + ".odt");
            assertEquals(docx, importer.importFile(FILES.resolve(name + ".rtf"), Instant.EPOCH).text(), name + ".rtf");
        }
    }
}
