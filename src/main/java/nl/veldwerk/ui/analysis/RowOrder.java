package nl.veldwerk.ui.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The order in which a table's rows are shown: as given (the code tree's order), or by the figures of one column,
 * largest first or smallest first, a click on its heading at a time. Rows of totals at the end stay there.
 */
final class RowOrder {
    /** How a column sorts the rows: not, largest first, smallest first (a heading's clicks go round these). */
    enum Direction { NONE, DESCENDING, ASCENDING }

    private final int rows;
    private final int keptLast;
    private int[] shown;
    private int column = -1;
    private Direction direction = Direction.NONE;

    RowOrder(int rows, int keptLast) {
        this.rows = rows;
        this.keptLast = Math.min(keptLast, rows);
        reset();
    }

    /** The row of the table shown at {@code place}. */
    int rowAt(int place) {
        return shown[place];
    }

    /** Whether the table's {@code row} is one of the totals at its end. */
    boolean isTotal(int row) {
        return row >= rows - keptLast;
    }

    int column() {
        return direction == Direction.NONE ? -1 : column;
    }

    Direction direction() {
        return direction;
    }

    /** Back to the order given. */
    void reset() {
        shown = IntStream.range(0, rows).toArray();
        column = -1;
        direction = Direction.NONE;
    }

    /**
     * A click on a column's heading: largest first, then smallest first, then the order given; another column
     * starts at largest first. Rows without a figure ("—") go last either way; equal figures keep their order.
     */
    void click(int clicked, double[][] values) {
        Direction next = clicked != column || direction == Direction.NONE ? Direction.DESCENDING
                : direction == Direction.DESCENDING ? Direction.ASCENDING : Direction.NONE;
        if (next == Direction.NONE) {
            reset();
            return;
        }
        column = clicked;
        direction = next;
        Comparator<Integer> byValue = Comparator.comparingDouble(row -> values[row][clicked]);
        if (next == Direction.DESCENDING) {
            byValue = byValue.reversed();
        }
        Comparator<Integer> order = Comparator.<Integer, Boolean>comparing(row -> Double.isNaN(values[row][clicked]))
                .thenComparing(byValue);
        Integer[] sorted = IntStream.range(0, rows - keptLast).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, order); // stable: equal figures keep the order given
        for (int i = 0; i < sorted.length; i++) {
            shown[i] = sorted[i];
        }
        for (int i = rows - keptLast; i < rows; i++) {
            shown[i] = i;
        }
    }
}
