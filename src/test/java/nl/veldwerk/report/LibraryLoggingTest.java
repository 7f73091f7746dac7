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
}
