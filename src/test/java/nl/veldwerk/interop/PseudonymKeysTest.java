package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key lists as Excel and people write them, and the ones that cannot be used. */
class PseudonymKeysTest {
    @TempDir
    Path dir;

    @Test
    void dutchExcelEnglishExcelAndWindows1252AllRead() throws Exception {
        Path dutch = dir.resolve("nl.csv");
        Files.writeString(dir.resolve("nl.csv"), "\uFEFFnaam;pseudoniem\nZoë de Vries;R1\n\nKerkstraat;[straat]\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(new Replacement("Zoë de Vries", "R1"), new Replacement("Kerkstraat", "[straat]")),
                PseudonymKeys.read(dutch));
        Path english = dir.resolve("en.csv");
        Files.writeString(english, "\"Jansen, J.\",R2\n", StandardCharsets.UTF_8);
        assertEquals(List.of(new Replacement("Jansen, J.", "R2")), PseudonymKeys.read(english), "no header, quoted");
        Path legacy = dir.resolve("cp1252.csv");
        Files.writeString(legacy, "Zoë;R1\n", Charset.forName("windows-1252"));
        assertEquals(List.of(new Replacement("Zoë", "R1")), PseudonymKeys.read(legacy));
    }

    @Test
    void writtenListsReadBack() throws Exception {
        Path file = dir.resolve("sleutel.csv");
        List<Replacement> key = List.of(new Replacement("Zoë", "R1"), new Replacement("Jansen, J.", "R2"));
        PseudonymKeys.write(key, file);
        assertEquals(key, PseudonymKeys.read(file));
    }

    @Test
    void anEmptyListOrAMissingPseudonymSaysWhere() throws Exception {
        Path empty = dir.resolve("leeg.csv");
        Files.writeString(empty, "naam;pseudoniem\n");
        assertEquals("leeg.csv: holds no names (one name and its pseudonym per line)",
                assertThrows(InteropException.class, () -> PseudonymKeys.read(empty)).userText().text(Locale.ENGLISH));
        Path gap = dir.resolve("gat.csv");
        Files.writeString(gap, "Jansen;R1\nPietersen\n");
        assertEquals("gat.csv: regel 2: ‘Pietersen’ heeft geen pseudoniem om door te vervangen.",
                assertThrows(InteropException.class, () -> PseudonymKeys.read(gap)).userText().text(Locale.of("nl")));
    }
}
