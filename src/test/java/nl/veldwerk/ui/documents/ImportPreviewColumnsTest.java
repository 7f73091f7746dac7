package nl.veldwerk.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.importer.TranscriptLayoutsTest;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** The import preview's columns: hard-wrapped lines joined is said beside the layout, not among the speakers. */
class ImportPreviewColumnsTest {
    @Test
    void joinedLinesAreSaidWithTheLayout() throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        TranscriptAnalysis a = new DocumentImporter().analyse(TranscriptLayoutsTest.fixture("hard-wrapped.txt"));
        assertTrue(a.wrapsJoined());
        assertTrue(ImportPreviewWindow.layoutColumn(a).startsWith(ImportPreviewWindow.layout(a) + " "),
                ImportPreviewWindow.layoutColumn(a));
        assertTrue(ImportPreviewWindow.layoutColumn(a).endsWith(I18n.text("importPreview.joined")));
        assertFalse(ImportPreviewWindow.speakers(a).contains(I18n.text("importPreview.joined")),
                ImportPreviewWindow.speakers(a));
        TranscriptAnalysis plain = new DocumentImporter().analyse(TranscriptLayoutsTest.fixture("colon.txt"));
        assertEquals(ImportPreviewWindow.layout(plain), ImportPreviewWindow.layoutColumn(plain));
    }

    /** A line too long for the view is broken into paragraphs at spaces: the preview says how many, not nothing. */
    @Test
    void longLinesBrokenAreSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        String answer = "Ik ga elke week naar het buurthuis want daar zijn mensen die ik ken. ".repeat(150);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("lang.txt"), "I: Hoe vaak?\nR: "
                + answer + "\nI: Dank u.\nR: Graag.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertTrue(a.text().lines().count() - 4 >= 2, "a line of " + answer.length() + " characters, in paragraphs");
        assertEquals(1, a.longLinesBroken(), "one line of the file");
        assertTrue(ImportPreviewWindow.details(a).endsWith("(one line over 4,000 characters broken into paragraphs "
                + "at a space, for the transcript view)"), ImportPreviewWindow.details(a));
    }
}
