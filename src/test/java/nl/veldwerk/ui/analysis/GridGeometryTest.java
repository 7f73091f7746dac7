package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where cells lie in the table drawn on a canvas: hit-testing and what is in view. */
class GridGeometryTest {
    // Three columns 50, 100 and 30 wide after a label column of 120; rows 20 high under a heading 24 high.
    private final GridGeometry geometry = new GridGeometry(10, 120, new double[] {50, 100, 30}, 20, 24);

    @Test
    void columnsAndRowsAreFoundByTheirEdges() {
        assertEquals(0, geometry.columnAt(0));
        assertEquals(0, geometry.columnAt(49.9));
        assertEquals(1, geometry.columnAt(50));
        assertEquals(2, geometry.columnAt(179.9));
        assertEquals(-1, geometry.columnAt(180), "past the last column");
        assertEquals(-1, geometry.columnAt(-1));
        assertEquals(0, geometry.rowAt(19.9));
        assertEquals(1, geometry.rowAt(20));
        assertEquals(-1, geometry.rowAt(200), "past the last row");
        assertEquals(180, geometry.contentWidth());
        assertEquals(200, geometry.contentHeight());
    }

    @Test
    void onlyTheCellsInViewAreDrawn() {
        assertArrayEquals(new int[] {0, 1}, geometry.columnsInView(0, 100), "50 + part of 100");
        assertArrayEquals(new int[] {1, 2}, geometry.columnsInView(60, 500), "scrolled past the first");
        assertArrayEquals(new int[] {2, 4}, geometry.rowsInView(45, 50), "rows 2 to 4 show from 45 to 95");
        assertArrayEquals(new int[] {0, -1}, geometry.columnsInView(0, 0), "no room, nothing");
        assertArrayEquals(new int[] {0, -1}, geometry.columnsInView(500, 100), "scrolled past the end: nothing");
        assertArrayEquals(new int[] {0, -1}, geometry.rowsInView(900, 100), "not every row");
    }

    @Test
    void showingACellScrollsAsLittleAsItCan() {
        assertEquals(0, geometry.scrollToShowColumn(0, 0, 100), "in view: stays");
        assertEquals(150 - 100, geometry.scrollToShowColumn(1, 0, 100), "its right edge brought to the view's");
        assertEquals(50, geometry.scrollToShowColumn(1, 120, 100), "left of the view: its left edge");
        assertEquals(100, geometry.scrollToShowRow(9, 0, 100), "the last row at the bottom");
        assertEquals(40, geometry.scrollToShowRow(2, 90, 100));
    }

    @Test
    void aDraggedColumnMovesTheOnesAfterIt() {
        geometry.resizeColumn(0, 80, 30);
        assertEquals(80, geometry.columnLeft(1));
        assertEquals(210, geometry.contentWidth());
        geometry.resizeColumn(2, 5, 30);
        assertEquals(30, geometry.columnWidth(2), "never narrower than the least");
    }
}
