package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rows sorted by a column's figures, a heading's click at a time, the totals row kept last. */
class RowOrderTest {
    // Rows: three codes and a totals row; column 0 figures 2, NaN, 5, 7 (total), column 1 figures 1, 1, 0, 2.
    private final double[][] values = {{2, 1}, {Double.NaN, 1}, {5, 0}, {7, 2}};
    private final RowOrder order = new RowOrder(4, 1);

    private int[] shown() {
        return IntStream.range(0, 4).map(order::rowAt).toArray();
    }

    @Test
    void aHeadingsClicksGoLargestFirstSmallestFirstThenAsGiven() {
        order.click(0, values);
        assertArrayEquals(new int[] {2, 0, 1, 3}, shown(), "5, 2, then the row without a figure; the total last");
        assertEquals(RowOrder.Direction.DESCENDING, order.direction());
        assertEquals(java.util.List.of(false, false, false, true), java.util.stream.IntStream.range(0, 4)
                .mapToObj(order::isTotal).toList(), "the last row is the total (drawn in bold)");
        order.click(0, values);
        assertArrayEquals(new int[] {0, 2, 1, 3}, shown(), "2, 5, the row without a figure still last");
        order.click(0, values);
        assertArrayEquals(new int[] {0, 1, 2, 3}, shown(), "as given again");
        assertEquals(-1, order.column());
    }

    @Test
    void equalFiguresKeepTheOrderGivenAndAnotherColumnStartsLargestFirst() {
        order.click(0, values);
        order.click(1, values);
        assertArrayEquals(new int[] {0, 1, 2, 3}, shown(), "1 and 1 in their order, then 0");
        assertEquals(1, order.column());
    }
}
