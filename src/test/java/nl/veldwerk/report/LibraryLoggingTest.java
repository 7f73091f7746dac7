package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LibraryLoggingTest {
    /** Through System.Logger, as JavaFX's own logger writes: its controls' notes are not logged, their warnings are. */
    @Test
    void javafxControlsNotesAreLeftOutButNotTheirWarnings() {
        LibraryLogging.quiet();
        System.Logger controls = System.getLogger("javafx.scene.control");
        assertFalse(controls.isLoggable(System.Logger.Level.INFO), "a note like 'index exceeds maxCellCount'");
        assertTrue(controls.isLoggable(System.Logger.Level.WARNING));
        assertFalse(System.getLogger("org.apache.lucene.internal.vectorization").isLoggable(
                System.Logger.Level.WARNING), "Lucene's Vector API notice");
    }

    /**
     * POI's note, with a stack trace, when it closes a damaged .docx it refused: not printed (QA: it was, on the
     * command line, before the refusal itself). A logger context made as the program's first is (in this JVM POI
     * may have made its loggers before).
     */
    @Test
    void poisNoteOnClosingADamagedFileIsNotPrinted() {
        LibraryLogging.quiet();
        var context = new org.apache.logging.log4j.simple.SimpleLoggerContext();
        assertFalse(context.getLogger(LibraryLogging.POI_CLOSING).isErrorEnabled());
        assertTrue(context.getLogger("org.apache.poi.xwpf.usermodel.XWPFDocument").isErrorEnabled(),
                "POI's other errors are still printed");
    }
}
