package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.veldwerk.analysis.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A code × document table of a thousand documents: shown without a node per cell (a TableView took 7 s to show
 * it and 6 s to redraw it on every change of measure), a cell far off brought into view, keys move the selection.
 */
@ExtendWith(ApplicationExtension.class)
class GridTableTest {
    private final List<int[]> reported = new ArrayList<>();
    private GridTable table;

    @Start
    void start(Stage stage) {
        table = new GridTable((row, column) -> reported.add(new int[] {row, column}));
        stage.setScene(new Scene(table, 900, 600));
        stage.show();
    }

    private static Grid grid(int rows, int columns) {
        List<String> rowLabels = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        double[][] values = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            rowLabels.add("code " + r);
            for (int c = 0; c < columns; c++) {
                values[r][c] = r * 10_000 + c;
            }
        }
        for (int c = 0; c < columns; c++) {
            columnLabels.add(c == 7 ? "Een heel lange naam van een interview met een bewoner" : "Interview " + c);
        }
        return new Grid("t", "Code", rowLabels, columnLabels, values, 0);
    }

    @Test
    void aThousandColumnsAreDrawnNotBuilt(FxRobot robot) {
        int nodesBefore = table.getChildrenUnmodifiable().size();
        robot.interact(() -> table.show(grid(1001, 1001)));
        assertEquals(nodesBefore, table.getChildrenUnmodifiable().size(), "no node per row, column or cell");
        assertEquals(1, table.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).count());
        GridGeometry at = table.geometry();
        assertEquals(1001, at.columns());
        assertEquals("10007", table.cellText(1, 7));
        javafx.scene.text.Text bold = new javafx.scene.text.Text(table.grid().columnLabels().get(7));
        bold.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize()));
        assertTrue(at.columnWidth(7) >= bold.getLayoutBounds().getWidth() + 12, "a long heading whole");

        // A cell far down and to the right: selected, reported, and scrolled whole into view.
        robot.interact(() -> table.select(800, 900));
        assertEquals(800, reported.getLast()[0]);
        assertEquals(900, reported.getLast()[1]);
        Canvas canvas = (Canvas) table.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas)
                .findFirst().orElseThrow();
        double left = at.labelWidth() + at.columnLeft(900) - scroll(true);
        double top = at.headerHeight() + 800 * at.rowHeight() - scroll(false);
        assertTrue(left >= at.labelWidth() && left + at.columnWidth(900) <= canvas.getWidth(), "whole across");
        assertTrue(top >= at.headerHeight() && top + at.rowHeight() <= canvas.getHeight(), "whole down");

        // A click on a cell selects the cell under the pointer.
        robot.clickOn(table.localToScreen(left + at.columnWidth(900) / 2, top - at.rowHeight() / 2));
        assertEquals(799, table.selectedRow());
        assertEquals(900, table.selectedColumn());
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertEquals(801, table.selectedRow());
        assertEquals(901, table.selectedColumn());
        assertEquals(801, reported.getLast()[0]);
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        assertEquals(0, table.selectedRow());
        assertEquals(-1, table.selectedColumn(), "home: the row's label");
        assertEquals(0, scroll(false), "back at the top");
        assertEquals(0, scroll(true), "back at the left");
    }

    @Test
    void showingAnotherTableKeepsNoCellItDoesNotHave(FxRobot robot) {
        robot.interact(() -> table.show(grid(50, 50)));
        robot.interact(() -> table.select(40, 40));
        robot.interact(() -> table.show(grid(5, 5)));
        assertEquals(-1, table.selectedRow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll(false));
    }

    @Test
    void ctrlCCopiesTheTableForASpreadsheet(FxRobot robot) {
        robot.interact(() -> table.show(new Grid("t", "Code", List.of("Schaamte", "Geld\tzorgen"), List.of("A01", "B02"),
                new double[][] {{1, 2}, {3, Double.NaN}}, 0)));
        robot.interact(() -> {
            table.select(0, 0);
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals("Code\tA01\tB02\nSchaamte\t1\t2\nGeld zorgen\t3\t—\n", copied[0]);
    }

    @Test
    void theFirstArrowPicksTheFirstCellAndALabelReportsNoCell(FxRobot robot) {
        robot.interact(() -> table.show(grid(20, 20)));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.DOWN);
        assertEquals(0, table.selectedRow(), "Down with nothing selected skipped the first row");
        assertEquals(0, table.selectedColumn());
        robot.type(KeyCode.HOME);
        assertEquals(-1, reported.getLast()[1], "the row's label: reported, so the list behind is emptied");
    }

    @Test
    void aLabelCutShortEndsInAnEllipsisAndFits(FxRobot robot) {
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        String label = "Σ Factoren uit het theoretisch kader";
        String[] cut = new String[1];
        robot.interact(() -> cut[0] = table.fitted(label, font, 120));
        assertTrue(cut[0].endsWith("…") && label.startsWith(cut[0].substring(0, cut[0].length() - 1)), cut[0]);
        javafx.scene.text.Text measured = new javafx.scene.text.Text(cut[0]);
        measured.setFont(font);
        assertTrue(measured.getLayoutBounds().getWidth() <= 120, cut[0]);
        assertEquals("Kort", table.fitted("Kort", font, 120), "what fits is left whole");
    }

    /** A 30 × 30 table shown, the pointer resting on its second row's first figure long enough for a tooltip. */
    private GridGeometry restOnTheSecondRowsFirstCell(FxRobot robot) throws InterruptedException {
        robot.interact(() -> table.show(grid(30, 30)));
        GridGeometry at = table.geometry();
        robot.moveTo(table.localToScreen(at.labelWidth() + at.columnWidth(0) / 2, at.headerHeight() + at.rowHeight() * 1.5));
        Thread.sleep(1000);
        return at;
    }

    @Test
    void theTooltipIsTheCellUnderThePointerAndFollowsIt(FxRobot robot) throws Exception {
        GridGeometry at = restOnTheSecondRowsFirstCell(robot);
        javafx.stage.PopupWindow tip = shownTooltip();
        assertEquals("code 1 × Interview 0: 10000", ((javafx.scene.control.Tooltip) tip).getText());
        double firstX = tip.getX();
        robot.moveTo(table.localToScreen(at.labelWidth() + at.columnLeft(2) + at.columnWidth(2) / 2,
                at.headerHeight() + at.rowHeight() * 3.5));
        Thread.sleep(1000);
        javafx.stage.PopupWindow moved = shownTooltip();
        assertEquals("code 3 × Interview 2: 30002", ((javafx.scene.control.Tooltip) moved).getText());
        assertTrue(moved.getX() > firstX + at.columnWidth(0), "shown by the pointer, not where it first was");
    }

    @Test
    void theTooltipGoesWhenTheTableIsResizedUnderIt(FxRobot robot) throws Exception {
        restOnTheSecondRowsFirstCell(robot);
        assertEquals("code 1 × Interview 0: 10000", ((javafx.scene.control.Tooltip) shownTooltip()).getText());
        // Made narrower (a divider dragged, the window resized): the cells moved from under the pointer.
        robot.interact(() -> table.resize(table.getWidth() - 200, table.getHeight()));
        assertTrue(javafx.stage.Window.getWindows().stream().noneMatch(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing()), "no tooltip of a cell no longer there");
    }

    @Test
    void aWheelNotchAcrossMovesThreeTimesAsFarAsDown(FxRobot robot) {
        robot.interact(() -> table.show(grid(1000, 1000)));
        GridGeometry at = table.geometry();
        wheel(robot, at, false);
        double down = scroll(false);
        assertTrue(down > 0, "the wheel scrolls down");
        assertEquals(0, scroll(true));
        wheel(robot, at, true);
        assertEquals(down, scroll(false), 0.001, "Shift+wheel does not move down");
        // Along a thousand columns a notch moves about a column, not 40 px.
        assertEquals(3 * down, scroll(true), 0.001, "Shift+wheel moves across, three times as far");
    }

    @Test
    void aHeadingsClickSortsTheRowsByItsFiguresTheTotalLast(FxRobot robot) {
        robot.interact(() -> table.show(new Grid("t", "Code", List.of("Schaamte", "Geld", "Netwerk", "Totaal"),
                List.of("A01", "A02"), new double[][] {{1, 4}, {3, 0}, {2, 1}, {6, 5}}, 0), 1, 0));
        GridGeometry at = table.geometry();
        javafx.geometry.Point2D a01 = table.localToScreen(at.labelWidth() + at.columnWidth(0) / 2,
                at.headerHeight() / 2);
        robot.clickOn(a01);
        assertEquals(List.of("Geld", "Netwerk", "Schaamte", "Totaal"), labelsShown(), "largest first, total last");
        robot.clickOn(table.localToScreen(at.labelWidth() + at.columnWidth(0) / 2, at.headerHeight()
                + at.rowHeight() / 2));
        assertEquals(1, reported.getLast()[0], "the first row shown is the table's row of Geld");
        robot.sleep(600); // not a double-click
        robot.clickOn(a01);
        assertEquals(List.of("Schaamte", "Netwerk", "Geld", "Totaal"), labelsShown(), "smallest first");
        // Another measure of the same rows and columns: still smallest first by A01; a file in the order shown.
        robot.interact(() -> table.show(new Grid("t", "Code", List.of("Schaamte", "Geld", "Netwerk", "Totaal"),
                List.of("A01", "A02"), new double[][] {{10, 4}, {30, 0}, {20, 1}, {60, 5}}, 1), 1, 0));
        assertEquals(List.of("Schaamte", "Netwerk", "Geld", "Totaal"), labelsShown(), "the sort kept");
        Grid written = table.inShownOrder(table.grid());
        assertEquals(List.of("Schaamte", "Netwerk", "Geld", "Totaal"), written.rowLabels());
        assertEquals(20, written.values()[1][0], 1e-9, "each row's figures with it");
        robot.sleep(600);
        robot.clickOn(a01);
        assertEquals(List.of("Schaamte", "Geld", "Netwerk", "Totaal"), labelsShown(), "as given again");
        robot.clickOn(a01, javafx.scene.input.MouseButton.SECONDARY);
        assertEquals(-1, table.rowOrder().column(), "a right-click does not sort");
    }

    @Test
    void inANarrowWindowTheLabelsTakeAtMostSixtyPercent(FxRobot robot) {
        // A window of its own: resizing the shared one explicitly stops it fitting the next test class's scene.
        GridTable[] made = new GridTable[1];
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            made[0] = new GridTable((row, column) -> { });
            window[0] = new Stage();
            window[0].setScene(new Scene(made[0], 900, 300));
            window[0].show();
            made[0].show(grid(10, 10));
        });
        GridTable narrow = made[0];
        try {
            double wide = narrow.geometry().labelWidth();
            robot.interact(() -> window[0].setWidth(260));
            robot.interact(narrow::layout);
            assertTrue(narrow.geometry().labelWidth() <= 260 * 0.6 + 1, "narrowed: " + narrow.geometry().labelWidth());
            robot.interact(() -> window[0].setWidth(900));
            robot.interact(narrow::layout);
            assertEquals(wide, narrow.geometry().labelWidth(), 0.5, "back as wide as its labels ask");
        } finally {
            robot.interact(() -> window[0].close());
        }
    }

    private List<String> labelsShown() {
        return java.util.stream.IntStream.range(0, table.grid().rowLabels().size())
                .mapToObj(i -> table.grid().rowLabels().get(table.rowOrder().rowAt(i))).toList();
    }

    private static javafx.stage.PopupWindow shownTooltip() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing()).map(w -> (javafx.stage.PopupWindow) w).findFirst()
                .orElseThrow(() -> new AssertionError("no tooltip shown"));
    }

    /** A notch of the wheel (40 px, as a mouse's) over the figures, with Shift held or not. */
    private void wheel(FxRobot robot, GridGeometry at, boolean shift) {
        javafx.scene.Node canvas = table.getChildrenUnmodifiable().stream().filter(n -> n instanceof
                javafx.scene.canvas.Canvas).findFirst().orElseThrow();
        double x = at.labelWidth() + 200;
        double y = at.headerHeight() + 200;
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, x, y, x, y, shift, false, false, false, false, false, 0, -40, 0,
                -40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
    }

    private double scroll(boolean across) {
        return table.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.ScrollBar)
                .map(n -> (javafx.scene.control.ScrollBar) n)
                .filter(b -> (b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) == across)
                .findFirst().orElseThrow().getValue();
    }
}
