package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextEditTest {
    @Test
    void rangesBeforeTheEditStayAndRangesAfterItShift() {
        TextEdit fixTypo = new TextEdit(10, 12, "abcd"); // +2
        assertArrayEquals(new int[] {0, 10}, fixTypo.mapRange(0, 10));
        assertArrayEquals(new int[] {14, 22}, fixTypo.mapRange(12, 20));
        assertEquals("0123456789abcd2345", fixTypo.applyTo("0123456789xx2345"));
    }

    @Test
    void aRangeAroundTheEditStretchesOrShrinks() {
        assertArrayEquals(new int[] {5, 22}, new TextEdit(10, 12, "abcd").mapRange(5, 20));
        assertArrayEquals(new int[] {5, 15}, new TextEdit(10, 15, "").mapRange(5, 20));
    }

    @Test
    void aRangeOverlappingOneSideOfTheEditKeepsItsOtherEnd() {
        // Edit replaces [10, 20) by "xy": a range [5, 15) ends inside the replaced text.
        assertArrayEquals(new int[] {5, 12}, new TextEdit(10, 20, "xy").mapRange(5, 15));
        // A range [15, 30) starts inside it.
        assertArrayEquals(new int[] {10, 22}, new TextEdit(10, 20, "xy").mapRange(15, 30));
    }

    @Test
    void aRangeWhollyReplacedCoversTheReplacementAndIsNotLost() {
        assertArrayEquals(new int[] {8, 11}, new TextEdit(8, 20, "Jan").mapRange(10, 15));
        assertArrayEquals(new int[] {8, 8}, new TextEdit(8, 20, "").mapRange(10, 15));
    }

    @Test
    void anInsertionAtABoundaryDoesNotGrowTheRange() {
        TextEdit insert = new TextEdit(10, 10, "abc");
        assertArrayEquals(new int[] {13, 23}, insert.mapRange(10, 20), "insert at start: the range moves right");
        assertArrayEquals(new int[] {0, 10}, insert.mapRange(0, 10), "insert at end: the range stays");
        assertArrayEquals(new int[] {5, 18}, insert.mapRange(5, 15), "insert inside: the range grows");
    }
}
