package nl.veldwerk.ui.analysis;

import java.util.Arrays;

/**
 * Where the rows and columns of a {@link GridTable} lie, in content pixels (before scrolling): the label column
 * and the heading row stay put, the data cells scroll under them. Finds the cell under a point and the cells in
 * view by arithmetic and binary search, so a table of a thousand columns costs no more to draw than one of ten.
 */
final class GridGeometry {
    private final double rowHeight;
    private final double headerHeight;
    private final int rows;
    private double labelWidth;
    private final double[] widths;
    /** left[i] is where data column i begins, counted from the end of the label column; left[n] is the total. */
    private final double[] left;

    GridGeometry(int rows, double labelWidth, double[] columnWidths, double rowHeight, double headerHeight) {
        this.rows = rows;
        this.labelWidth = labelWidth;
        this.widths = columnWidths.clone();
        this.left = new double[widths.length + 1];
        this.rowHeight = rowHeight;
        this.headerHeight = headerHeight;
        sum(0);
    }

    private void sum(int from) {
        for (int i = from; i < widths.length; i++) {
            left[i + 1] = left[i] + widths[i];
        }
    }

    int rows() {
        return rows;
    }

    int columns() {
        return widths.length;
    }

    double rowHeight() {
        return rowHeight;
    }

    double headerHeight() {
        return headerHeight;
    }

    double labelWidth() {
        return labelWidth;
    }

    double columnWidth(int column) {
        return widths[column];
    }

    /** Where a data column begins, from the end of the label column, unscrolled. */
    double columnLeft(int column) {
        return left[column];
    }

    double contentWidth() {
        return left[widths.length];
    }

    double contentHeight() {
        return rows * rowHeight;
    }

    /** Gives a column a new width (dragged by its heading's edge); never narrower than {@code min}. */
    void resizeColumn(int column, double width, double min) {
        widths[column] = Math.max(min, width);
        sum(column);
    }

    void resizeLabels(double width, double min) {
        labelWidth = Math.max(min, width);
    }

    /** The data column at {@code x} pixels into the scrolling area (scroll already added), or -1 past the last. */
    int columnAt(double x) {
        if (x < 0 || x >= contentWidth()) {
            return -1;
        }
        int at = Arrays.binarySearch(left, x);
        return at >= 0 ? at : -at - 2;
    }

    /** The row at {@code y} pixels into the scrolling area (scroll already added), or -1 past the last. */
    int rowAt(double y) {
        if (y < 0) {
            return -1;
        }
        int row = (int) (y / rowHeight);
        return row < rows ? row : -1;
    }

    /** The first and last column (inclusive) that show in a viewport {@code width} wide scrolled by {@code x}. */
    int[] columnsInView(double x, double width) {
        if (widths.length == 0 || width <= 0 || x >= contentWidth()) {
            return new int[] {0, -1}; // scrolled past the end (a smaller table, before layout clamps): nothing
        }
        int first = Math.max(0, columnAt(Math.max(0, x)));
        int last = columnAt(x + width - 0.001);
        return new int[] {first, last < 0 ? widths.length - 1 : last};
    }

    /** The first and last row (inclusive) that show in a viewport {@code height} high scrolled by {@code y}. */
    int[] rowsInView(double y, double height) {
        if (rows == 0 || height <= 0 || y >= contentHeight()) {
            return new int[] {0, -1};
        }
        int first = Math.max(0, rowAt(Math.max(0, y)));
        int last = rowAt(y + height - 0.001);
        return new int[] {first, last < 0 ? rows - 1 : last};
    }

    /** The scroll that brings a column whole into a viewport {@code width} wide, moving as little as it can. */
    double scrollToShowColumn(int column, double scroll, double width) {
        double from = left[column];
        double to = left[column + 1];
        if (from < scroll || to - from > width) {
            return from;
        }
        return to > scroll + width ? to - width : scroll;
    }

    /** The scroll that brings a row whole into a viewport {@code height} high, moving as little as it can. */
    double scrollToShowRow(int row, double scroll, double height) {
        double from = row * rowHeight;
        double to = from + rowHeight;
        if (from < scroll || rowHeight > height) {
            return from;
        }
        return to > scroll + height ? to - height : scroll;
    }
}
