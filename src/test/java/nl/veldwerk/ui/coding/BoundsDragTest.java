package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/**
 * Where the pointer grabs a quotation's edge: anywhere on its first or last letter, not beside it (QA: a drag begun
 * on the space after a quotation, to select the next words, resized it).
 */
class BoundsDragTest {
    /** A letter 12 pixels wide and 18 high, at x 100-112. */
    private final Bounds letter = new BoundingBox(100, 50, 12, 18);

    @Test
    void theWholeFirstLetterGrabsTheStart() {
        assertTrue(BoundsDrag.grabs(letter, 100, 60, true), "its outer edge");
        assertFalse(BoundsDrag.grabs(letter, 99, 60, true), "the space before it selects text");
        assertTrue(BoundsDrag.grabs(letter, 108, 60, true), "on the letter, far from its outer edge");
        assertTrue(BoundsDrag.grabs(letter, 112, 60, true));
        assertFalse(BoundsDrag.grabs(letter, 113, 60, true), "the next letter selects text");
        assertFalse(BoundsDrag.grabs(letter, 106, 70, true), "below the line");
    }

    @Test
    void theWholeLastLetterGrabsTheEnd() {
        assertTrue(BoundsDrag.grabs(letter, 103, 60, false), "on the letter, far from its outer edge");
        assertTrue(BoundsDrag.grabs(letter, 112, 60, false), "its outer edge");
        assertFalse(BoundsDrag.grabs(letter, 113, 60, false), "the space after it selects text (QA)");
        assertFalse(BoundsDrag.grabs(letter, 99, 60, false));
    }

    @Test
    void aNarrowLetterStillGivesFivePixelsInside() {
        Bounds i = new BoundingBox(100, 50, 3, 18);
        assertTrue(BoundsDrag.grabs(i, 104.5, 60, true));
        assertTrue(BoundsDrag.grabs(i, 98.5, 60, false));
    }
}
