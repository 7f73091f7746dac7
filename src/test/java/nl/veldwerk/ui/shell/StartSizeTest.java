package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's first size fits the screen with its frame: at 1366 × 768 it opened larger, its edges out of sight. */
class StartSizeTest {
    @Test
    void theWindowFitsTheScreen() {
        assertArrayEquals(new double[] {1400, 860}, VeldwerkApp.startSize(new Rectangle2D(0, 0, 1920, 1050)));
        assertArrayEquals(new double[] {1350, 728}, VeldwerkApp.startSize(new Rectangle2D(0, 0, 1366, 768)));
    }
}
