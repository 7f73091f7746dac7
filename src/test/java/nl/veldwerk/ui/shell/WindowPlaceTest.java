package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window comes back where it was, kept on the screens there are now. */
class WindowPlaceTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1050);

    @Test
    void aPlaceOnAScreenComesBackAsItWas() {
        assertArrayEquals(new double[] {100, 50, 1000, 600}, WindowPlace.restored(new double[] {100, 50, 1000, 600},
                List.of(LAPTOP)).orElseThrow());
        assertArrayEquals(new double[] {1500, 80, 1200, 900}, WindowPlace.restored(new double[] {1500, 80, 1200, 900},
                List.of(LAPTOP, MONITOR)).orElseThrow(), "on the second monitor");
    }

    @Test
    void aPlaceOnAMonitorNoLongerThereOrTooLargeIsBroughtOntoAScreen() {
        assertTrue(WindowPlace.restored(new double[] {1500, 80, 1200, 900}, List.of(LAPTOP)).isEmpty(),
                "wholly on a monitor unplugged since: the first place again");
        assertArrayEquals(new double[] {0, 0, 1366, 740}, WindowPlace.restored(new double[] {-20, -10, 1900, 1040},
                List.of(LAPTOP)).orElseThrow(), "larger than the laptop's screen: as large as it, on it");
        assertArrayEquals(new double[] {366, 140, 1000, 600}, WindowPlace.restored(new double[] {900, 400, 1000, 600},
                List.of(LAPTOP)).orElseThrow(), "partly off the screen: moved onto it, its size kept");
    }

    @Test
    void nothingKeptOrNonsenseKeptIsTheFirstPlace() {
        assertTrue(WindowPlace.restored(null, List.of(LAPTOP)).isEmpty());
        assertTrue(WindowPlace.restored(new double[] {0, 0, 10, 10}, List.of(LAPTOP)).isEmpty(), "too small to use");
        assertTrue(WindowPlace.restored(new double[] {1, 2}, List.of(LAPTOP)).isEmpty());
    }
}
