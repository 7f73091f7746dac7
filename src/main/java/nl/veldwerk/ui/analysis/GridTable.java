package nl.veldwerk.ui.analysis;

import java.util.Locale;
import java.util.function.BiConsumer;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import nl.veldwerk.analysis.Grid;
import nl.veldwerk.ui.common.I18n;

/**
 * Shows a {@link Grid}: a row per label, the labels and the headings held in place while the figures scroll.
 * Selecting a cell (click or arrow keys) reports its row and column so the caller can list what is behind it.
 *
 * <p>Drawn on a canvas, only the cells in view: a code × document table of a thousand documents took a
 * TableView 7 s to show and 6 s to redraw on every change of measure (a cell node per column for every row in
 * view), here it costs what a table of ten does. Columns are as wide as their heading; a heading's edge can be
 * dragged; the pointer's cell shows what it is as a tooltip (a heading or label cut short, whole).
 */
final class GridTable extends Region {
    private static final double MIN_COLUMN = 30;
    private static final String SORTED_DOWN = " ▼";
    private static final String SORTED_UP = " ▲";
    private static final double RESIZE_GRIP = 4;
    private static final Color LINE = Color.web("#d4d4d4");
    private static final Color HEADING = Color.web("#eeeeee");
    private static final Color LABELS = Color.web("#f7f7f7");
    private static final Color STRIPE = Color.web("#fafafa");
    private static final Color CROSS = Color.web("#e3eff8");
    private static final Color SELECTED = Color.web("#0096c9");
    private static final Color TEXT = Color.web("#1f1f1f");

    private final BiConsumer<Integer, Integer> onCell;
    private final Canvas canvas = new Canvas();
    private final ScrollBar across = new ScrollBar();
    private final ScrollBar down = new ScrollBar();
    /** What the cell under the pointer is, at the pointer. */
    private final PointerTip tip = new PointerTip(canvas);
    private final Font font = Font.getDefault();
    private final Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    /** How many of the last columns are totals. */
    private int totalColumns;
    private final javafx.scene.layout.StackPane placeholder = new javafx.scene.layout.StackPane();
    private Grid grid;
    private GridGeometry geometry;
    private RowOrder order;
    private final FittedText fitting = new FittedText();
    /** How wide the labels' column is asked to be (by its labels, or dragged); narrowed to fit a small window. */
    private double wantedLabels;
    private int selectedRow = -1;
    private int selectedColumn = -1;
    /** The column whose right edge is being dragged: -1 the labels, -2 none. */
    private int resizing = -2;

    GridTable(BiConsumer<Integer, Integer> onCell) {
        this.onCell = onCell;
        getStyleClass().add("grid-table");
        // The canvas is sized to the table, not the table to the canvas: a table asks for a modest room, as a
        // TableView does, and fills whatever it is given.
        setPrefSize(480, 320);
        setMinSize(0, 0);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        across.setOrientation(Orientation.HORIZONTAL);
        down.setOrientation(Orientation.VERTICAL);
        across.valueProperty().addListener((o, was, now) -> {
            tip.hide(); // its text was of the cell that scrolled away
            draw();
        });
        down.valueProperty().addListener((o, was, now) -> {
            tip.hide();
            draw();
        });
        getChildren().addAll(canvas, across, down, placeholder);
        // Until the figures are there (seconds in a large project): said in the user's language.
        setPlaceholder(new javafx.scene.control.Label(I18n.text("analysis.computing")));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> resizing = -2);
        // A heading sorts on a click of the main button that did not drag (a drag that missed the edge's grip, or
        // a right-click, sorted the table when it was done on the press).
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] cell = geometry == null || e.getButton() != javafx.scene.input.MouseButton.PRIMARY
                    || !e.isStillSincePress() || edgeAt(e.getX(), e.getY()) != -2 ? null : cellAt(e.getX(), e.getY());
            if (cell != null && cell[0] < 0 && e.getClickCount() == 1) {
                sortBy(cell[1]);
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::wheel);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((o, was, now) -> draw());
        // Resized, the cells move under the pointer: its tooltip was of the cell that was there.
        widthProperty().addListener((o, was, now) -> tip.hide());
        heightProperty().addListener((o, was, now) -> tip.hide());
    }

    /** What shows while there is no table (being computed, or nothing asked for yet). */
    void setPlaceholder(Node node) {
        placeholder.getChildren().setAll(node);
        placeholder.setVisible(grid == null);
    }

    void show(Grid newGrid) {
        show(newGrid, 0, 0);
    }

    /**
     * Shows a table whose last {@code totalRows} rows are totals: kept last when a heading's click sorts the rows
     * by its figures. Those rows and the last {@code totalColumns} columns are in bold.
     */
    void show(Grid newGrid, int totalRows, int totalColumns) {
        this.totalColumns = totalColumns;
        Grid before = this.grid;
        RowOrder was = this.order;
        this.grid = newGrid;
        this.order = new RowOrder(newGrid.rowLabels().size(), totalRows);
        // The same rows and columns in another measure: still sorted by the column chosen (the sort was lost).
        if (was != null && was.column() >= 0 && before.rowLabels().equals(newGrid.rowLabels())
                && before.columnLabels().equals(newGrid.columnLabels())) {
            order.click(was.column(), newGrid.values());
            if (was.direction() == RowOrder.Direction.ASCENDING) {
                order.click(was.column(), newGrid.values());
            }
        }
        double rowHeight = Math.ceil(lineHeight() + 9);
        double[] widths = new double[newGrid.columnLabels().size()];
        for (int i = 0; i < widths.length; i++) {
            // Wide enough for its heading in bold ("Percentage overeenstemming" was cut short) and its figures.
            // (And its sorting mark, " ▼", when a click sorts by it.)
            widths[i] = Math.ceil(Math.max(70, textWidth(newGrid.columnLabels().get(i) + SORTED_DOWN, bold) + 24));
        }
        double labels = textWidth(newGrid.corner(), bold) + 24;
        for (String label : newGrid.rowLabels()) {
            labels = Math.max(labels, textWidth(label, font) + 20);
        }
        wantedLabels = Math.ceil(Math.min(380, Math.max(160, labels)));
        geometry = new GridGeometry(newGrid.rowLabels().size(), wantedLabels, widths, rowHeight, rowHeight + 4);
        // A new table (another measure, other columns) has nothing selected: a cell highlighted over an empty
        // list, or over the quotations of what it meant before, would mislead.
        selectedRow = -1;
        selectedColumn = -1;
        placeholder.setVisible(false);
        requestLayout();
        draw();
    }

    /** The font of a cell by where it is shown: bold for a total, in a totals row or a totals column. */
    Font fontOf(int shownRow, int column) {
        return order.isTotal(order.rowAt(shownRow)) || column >= grid.columnLabels().size() - totalColumns ? bold
                : font;
    }

    Grid grid() {
        return grid;
    }

    GridGeometry geometry() {
        return geometry;
    }

    /** The selected row as shown (the table's own row when its rows are in the order given). */
    int selectedRow() {
        return selectedRow;
    }

    int selectedColumn() {
        return selectedColumn;
    }

    /**
     * Selects a cell by where it is shown (data column, without the labels; -1 a row's label), scrolls it into view
     * and reports it as the table's row and column.
     */
    void select(int row, int column) {
        if (geometry == null || row < 0 || row >= geometry.rows() || column < -1 || column >= geometry.columns()) {
            return;
        }
        selectedRow = row;
        selectedColumn = column;
        down.setValue(geometry.scrollToShowRow(row, down.getValue(), bodyHeight()));
        // The label column never scrolls: a row's label selected brings the first figures back beside it.
        across.setValue(column >= 0 ? geometry.scrollToShowColumn(column, across.getValue(), bodyWidth()) : 0);
        setAccessibleText(describe(order.rowAt(row), column));
        draw();
        onCell.accept(order.rowAt(row), column); // column -1: a row's label, behind which nothing is listed
    }

    /** The text a cell shows: its figure, or the row's label for column -1. */
    String cellText(int row, int column) {
        return column < 0 ? grid.rowLabels().get(row) : format(grid.values()[row][column], grid.decimals(column));
    }

    private String describe(int row, int column) {
        return column < 0 ? cellText(row, column) : grid.rowLabels().get(row) + " × " + grid.columnLabels().get(column)
                + ": " + cellText(row, column);
    }

    private double bodyWidth() {
        return Math.max(0, canvas.getWidth() - geometry.labelWidth());
    }

    private double bodyHeight() {
        return Math.max(0, canvas.getHeight() - geometry.headerHeight());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        placeholder.resizeRelocate(0, 0, width, height);
        if (geometry == null) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            across.setVisible(false);
            down.setVisible(false);
            draw();
            return;
        }
        // In a narrow window the labels take at most 60 % of it (they ran under the scroll bar, cut without "…").
        geometry.resizeLabels(Math.min(wantedLabels, width * 0.6), 2 * MIN_COLUMN);
        double bar = down.prefWidth(-1);
        double barHigh = across.prefHeight(-1);
        // A bar takes room from the other side, which may make the other bar needed too: settle both.
        boolean needDown = false;
        boolean needAcross = false;
        for (int i = 0; i < 2; i++) {
            needAcross = geometry.contentWidth() > width - geometry.labelWidth() - (needDown ? bar : 0);
            needDown = geometry.contentHeight() > height - geometry.headerHeight() - (needAcross ? barHigh : 0);
        }
        double canvasWidth = Math.max(0, width - (needDown ? bar : 0));
        double canvasHeight = Math.max(0, height - (needAcross ? barHigh : 0));
        canvas.setWidth(canvasWidth);
        canvas.setHeight(canvasHeight);
        across.setVisible(needAcross);
        down.setVisible(needDown);
        across.resizeRelocate(0, canvasHeight, canvasWidth, barHigh);
        down.resizeRelocate(canvasWidth, 0, bar, canvasHeight);
        fit(across, geometry.contentWidth(), bodyWidth(), 40);
        fit(down, geometry.contentHeight(), bodyHeight(), geometry.rowHeight());
        draw();
    }

    private static void fit(ScrollBar bar, double content, double view, double step) {
        double max = Math.max(0, content - view);
        bar.setMin(0);
        bar.setMax(max);
        // The thumb is visibleAmount / (max - min) of the track: the share of the content in view.
        bar.setVisibleAmount(max == 0 ? 0 : view * max / content);
        bar.setUnitIncrement(step);
        bar.setBlockIncrement(Math.max(step, view * 0.9));
        bar.setValue(Math.min(bar.getValue(), max));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (geometry == null) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        double x0 = geometry.labelWidth() - across.getValue();
        double y0 = geometry.headerHeight() - down.getValue();
        double rowHeight = geometry.rowHeight();
        int[] rows = geometry.rowsInView(down.getValue(), bodyHeight());
        int[] columns = geometry.columnsInView(across.getValue(), bodyWidth());

        g.setFont(font);
        for (int r = rows[0]; r <= rows[1]; r++) {
            double y = y0 + r * rowHeight;
            if (r % 2 == 1 || r == selectedRow) {
                g.setFill(r == selectedRow ? CROSS : STRIPE);
                g.fillRect(geometry.labelWidth(), y, width, rowHeight);
            }
            for (int c = columns[0]; c <= columns[1]; c++) {
                double x = x0 + geometry.columnLeft(c);
                double w = geometry.columnWidth(c);
                boolean selected = r == selectedRow && c == selectedColumn;
                if (selected || c == selectedColumn) {
                    g.setFill(selected ? SELECTED : CROSS);
                    g.fillRect(x, y, w, rowHeight);
                }
                g.setFill(selected ? Color.WHITE : TEXT);
                g.setFont(fontOf(r, c)); // totals stand out from the figures
                text(g, cellText(order.rowAt(r), c), x, y, w, rowHeight, TextAlignment.RIGHT);
            }
        }
        g.setStroke(LINE);
        g.setLineWidth(1);
        for (int r = rows[0]; r <= rows[1] + 1; r++) {
            double y = snap(y0 + r * rowHeight);
            g.strokeLine(0, y, width, y);
        }
        for (int c = columns[0]; c <= columns[1]; c++) {
            double x = snap(x0 + geometry.columnLeft(c) + geometry.columnWidth(c));
            g.strokeLine(x, 0, x, height);
        }

        // The labels, held in place over the figures scrolled under them.
        g.setFill(LABELS);
        g.fillRect(0, geometry.headerHeight(), geometry.labelWidth(), height);
        for (int r = rows[0]; r <= rows[1]; r++) {
            double y = y0 + r * rowHeight;
            boolean selected = r == selectedRow && selectedColumn < 0;
            if (r == selectedRow) {
                g.setFill(selected ? SELECTED : CROSS);
                g.fillRect(0, y, geometry.labelWidth(), rowHeight);
            }
            g.setFill(selected ? Color.WHITE : TEXT);
            g.setFont(order.isTotal(order.rowAt(r)) ? bold : font);
            text(g, grid.rowLabels().get(order.rowAt(r)), 0, y, geometry.labelWidth(), rowHeight, TextAlignment.LEFT);
            g.setStroke(LINE);
            g.strokeLine(0, snap(y + rowHeight), geometry.labelWidth(), snap(y + rowHeight));
        }

        // The headings, held in place over the rows.
        g.setFill(HEADING);
        g.fillRect(0, 0, width, geometry.headerHeight());
        g.setFont(bold);
        for (int c = columns[0]; c <= columns[1]; c++) {
            double x = x0 + geometry.columnLeft(c);
            if (c == selectedColumn) {
                g.setFill(CROSS);
                g.fillRect(x, 0, geometry.columnWidth(c), geometry.headerHeight());
            }
            g.setFill(TEXT);
            String heading = grid.columnLabels().get(c) + (c != order.column() ? ""
                    : order.direction() == RowOrder.Direction.DESCENDING ? SORTED_DOWN : SORTED_UP);
            text(g, heading, x, 0, geometry.columnWidth(c), geometry.headerHeight(), TextAlignment.CENTER);
            g.setStroke(LINE);
            double edge = snap(x + geometry.columnWidth(c));
            g.strokeLine(edge, 0, edge, geometry.headerHeight());
        }
        g.setFill(HEADING);
        g.fillRect(0, 0, geometry.labelWidth(), geometry.headerHeight());
        g.setFill(TEXT);
        text(g, grid.corner(), 0, 0, geometry.labelWidth(), geometry.headerHeight(), TextAlignment.LEFT);
        g.setStroke(Color.web("#b5b5b5"));
        g.strokeLine(0, snap(geometry.headerHeight()), width, snap(geometry.headerHeight()));
        g.strokeLine(snap(geometry.labelWidth()), 0, snap(geometry.labelWidth()), height);
        if (isFocused()) {
            g.setStroke(SELECTED);
            g.strokeRect(0.5, 0.5, width - 1, height - 1);
        }
    }

    private static double snap(double at) {
        return Math.floor(at) + 0.5; // a crisp one-pixel line
    }

    /** Writes {@code s} in a cell, padded, ending in "…" where it is cut short at the cell's edge. */
    private void text(GraphicsContext g, String s, double x, double y, double w, double h, TextAlignment a) {
        double pad = 6;
        s = fitted(s, g.getFont(), w - 2 * pad);
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setTextAlign(a);
        double at = a == TextAlignment.LEFT ? x + pad : a == TextAlignment.RIGHT ? x + w - pad : x + w / 2;
        g.fillText(s, at, y + h / 2);
        g.restore();
    }

    /** Texts cut to a width with "…" (package-private for the tests). */
    String fitted(String s, Font f, double width) {
        return fitting.fitted(s, f, width);
    }

    private double lineHeight() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Mg");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    private static double textWidth(String s, Font f) {
        return nl.veldwerk.ui.common.Labels.widthOf(s, f);
    }

    /** The column whose right edge is under {@code x} in the heading row: -1 the labels', -2 none. */
    private int edgeAt(double x, double y) {
        if (geometry == null || y > geometry.headerHeight()) {
            return -2;
        }
        if (Math.abs(x - geometry.labelWidth()) <= RESIZE_GRIP) {
            return -1;
        }
        double inside = x - geometry.labelWidth() + across.getValue();
        int column = geometry.columnAt(inside + RESIZE_GRIP);
        if (column > 0 && Math.abs(inside - geometry.columnLeft(column)) <= RESIZE_GRIP) {
            return column - 1;
        }
        int last = geometry.columns() - 1;
        if (last >= 0 && x > geometry.labelWidth()
                && Math.abs(inside - geometry.columnLeft(last) - geometry.columnWidth(last)) <= RESIZE_GRIP) {
            return last;
        }
        return -2;
    }

    private void hover(MouseEvent e) {
        if (geometry == null) {
            return;
        }
        canvas.setCursor(edgeAt(e.getX(), e.getY()) != -2 ? Cursor.H_RESIZE : Cursor.DEFAULT);
        int[] cell = cellAt(e.getX(), e.getY());
        String text;
        if (cell == null) {
            text = null;
        } else if (cell[0] < 0) {
            text = cell[1] < 0 ? grid.corner() : grid.columnLabels().get(cell[1]);
        } else {
            text = describe(order.rowAt(cell[0]), cell[1]);
        }
        tip.pointerAt(text, e.getScreenX(), e.getScreenY());
    }

    /** {row, column} under a point: row -1 is the heading row, column -1 the label column; null for neither. */
    private int[] cellAt(double x, double y) {
        int row = y < geometry.headerHeight() ? -1 : geometry.rowAt(y - geometry.headerHeight() + down.getValue());
        int column = x < geometry.labelWidth() ? -1
                : geometry.columnAt(x - geometry.labelWidth() + across.getValue());
        if ((y >= geometry.headerHeight() && row < 0) || (x >= geometry.labelWidth() && column < 0)) {
            return null;
        }
        return new int[] {row, column};
    }

    private void press(MouseEvent e) {
        requestFocus();
        if (geometry == null) {
            return;
        }
        resizing = edgeAt(e.getX(), e.getY());
        if (resizing != -2) {
            return;
        }
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell != null && cell[0] >= 0) {
            select(cell[0], cell[1]);
        }
    }

    /**
     * A heading's click sorts the rows by its figures (largest first, smallest first, as given); the corner's
     * puts them back as given. The selection goes: the row it named has moved.
     */
    void sortBy(int column) {
        if (column < 0) {
            order.reset();
        } else {
            order.click(column, grid.values());
        }
        selectedRow = -1;
        selectedColumn = -1;
        onCell.accept(-1, -1);
        draw();
    }

    /**
     * A table with the rows of the one shown in the order they are shown (a file written as the reader sees the
     * table); another table, or one not sorted, as it is.
     */
    Grid inShownOrder(Grid table) {
        if (grid == null || order.column() < 0 || !table.rowLabels().equals(grid.rowLabels())) {
            return table;
        }
        int n = table.rowLabels().size();
        java.util.List<String> labels = new java.util.ArrayList<>(n);
        double[][] values = new double[n][];
        for (int i = 0; i < n; i++) {
            labels.add(table.rowLabels().get(order.rowAt(i)));
            values[i] = table.values()[order.rowAt(i)];
        }
        return new Grid(table.title(), table.corner(), labels, table.columnLabels(), values, table.decimals(),
                table.columnDecimals());
    }

    /** Which column the rows are sorted by (-1: as given) and whether largest first. */
    RowOrder rowOrder() {
        return order;
    }

    private void drag(MouseEvent e) {
        if (resizing == -1) {
            // Never so wide that the figures and the edge to drag it back leave the view.
            wantedLabels = Math.max(2 * MIN_COLUMN, Math.min(e.getX(), canvas.getWidth() - 2 * MIN_COLUMN));
            geometry.resizeLabels(wantedLabels, MIN_COLUMN * 2);
        } else if (resizing >= 0) {
            double left = geometry.labelWidth() + geometry.columnLeft(resizing) - across.getValue();
            geometry.resizeColumn(resizing, e.getX() - left, MIN_COLUMN);
        } else {
            return;
        }
        requestLayout();
    }

    private void wheel(ScrollEvent e) {
        if (geometry == null) {
            return;
        }
        // Across, a notch moves as far as a column is wide or so (40 px went nowhere along a thousand columns).
        double dx = 3 * (e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX());
        double dy = e.isShiftDown() ? 0 : e.getDeltaY();
        across.setValue(clamp(across.getValue() - dx, across.getMax()));
        down.setValue(clamp(down.getValue() - dy, down.getMax()));
        e.consume();
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private void key(KeyEvent e) {
        if (geometry == null || geometry.rows() == 0) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.C) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(tabSeparated());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
            return;
        }
        if (selectedRow < 0 && e.getCode().isArrowKey()) {
            select(0, 0); // the first key press picks the first cell (Down skipped a row when none was selected)
            e.consume();
            return;
        }
        int row = Math.max(0, selectedRow);
        int column = selectedRow < 0 ? 0 : selectedColumn;
        int page = Math.max(1, (int) (bodyHeight() / geometry.rowHeight()) - 1);
        switch (e.getCode()) {
            case UP -> row--;
            case DOWN -> row++;
            case LEFT -> column--;
            case RIGHT -> column++;
            case PAGE_UP -> row -= page;
            case PAGE_DOWN -> row += page;
            case HOME -> {
                column = -1;
                if (e.isShortcutDown()) {
                    row = 0;
                }
            }
            case END -> {
                column = geometry.columns() - 1;
                if (e.isShortcutDown()) {
                    row = geometry.rows() - 1;
                }
            }
            default -> {
                return;
            }
        }
        select(Math.clamp(row, 0, geometry.rows() - 1), Math.clamp(column, -1, geometry.columns() - 1));
        e.consume();
    }

    /** The whole table as the clipboard takes it, the rows in the order shown. */
    String tabSeparated() {
        return GridText.tabSeparated(grid, order::rowAt);
    }

    private static String format(double value, int decimals) {
        return GridText.format(value, decimals, I18n.locale());
    }
}
