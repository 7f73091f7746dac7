package nl.veldwerk.ui.analysis;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import nl.veldwerk.analysis.Grid;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;

/**
 * An analysis tab that is a table above the list of what is behind the selected cell, with its settings
 * and .xlsx/.csv export buttons on a bar above both.
 */
abstract class GridTab extends BorderPane {
    protected final AnalysisViewModel vm;
    protected final Dialogs dialogs;
    protected final DetailList details;
    protected final GridTable table;
    private final String id;
    private final javafx.scene.control.Label note = new javafx.scene.control.Label();
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty();
    /** How many listings were asked for: one that ends after a later one was asked for is not shown. */
    private int listings;

    GridTab(String id, AnalysisViewModel vm, Dialogs dialogs, AnalysisWindow.QuotationJump jump) {
        this.id = id;
        this.vm = vm;
        this.dialogs = dialogs;
        this.details = new DetailList(jump);
        // A row's label selected (column -1) has nothing behind it: the list is emptied, not left stale.
        this.table = new GridTable((row, column) -> {
            if (row < 0 || column < 0) { // a row's label, or the rows sorted anew
                forgetListing();
            } else {
                list(itemsOf(row, column));
            }
        });
        table.setId(id + "-table");
        details.setId(id + "-details");
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        // A window made larger gives the room to the table, and one made smaller takes it from the table last.
        SplitPane.setResizableWithParent(details, false);
        setCenter(split);
    }

    /** Puts the tab's own settings on the bar, followed by the export buttons. */
    protected void settings(Node... controls) {
        Button xlsx = new Button(I18n.text("export.xlsx"));
        xlsx.setOnAction(e -> export(true));
        Button csv = new Button(I18n.text("export.csv"));
        csv.setOnAction(e -> export(false));
        // Nothing to write while the table is being counted (the buttons looked ready and did nothing).
        xlsx.disableProperty().bind(shown.not());
        csv.disableProperty().bind(shown.not());
        // A row that wraps rather than cut labels short (Dutch labels are long, screens 1,366 wide).
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, controls);
        bar.getChildren().addAll(xlsx, csv);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setPadding(new Insets(0, 8, 6, 8));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        setTop(new javafx.scene.layout.VBox(bar, note));
    }

    /** Whether the table may be written to a file now (not while what it shows is being worked out). */
    protected void exportable(boolean ready) {
        shown.set(ready && table.grid() != null); // the grid shown, not worked out anew
    }

    /** Says under the settings how to read the table as shown; empty for nothing to say. */
    protected void note(String text) {
        note.setText(text);
    }

    /** How many rows at the end of the table are totals (kept last when the rows are sorted). */
    protected int totalRows() {
        return 0;
    }

    /** How many columns at the end of the table are totals (in bold, as the totals rows are). */
    protected int totalColumns() {
        return 0;
    }

    /**
     * What is behind a cell (row and column without totals), worked out off the FX thread: a total of a large
     * project is a million quotations to put in document order. The job reads only what does not change.
     */
    protected abstract nl.veldwerk.ui.common.TaskRunner.Job<List<DetailList.Item>> itemsOf(int row, int column);

    private void list(nl.veldwerk.ui.common.TaskRunner.Job<List<DetailList.Item>> items) {
        int asked = ++listings;
        details.clear(true);
        vm.listing(items, found -> {
            if (asked == listings) {
                details.show(found);
            }
        }, e -> {
            if (asked == listings) {
                details.clear(false);
            }
            dialogs.showError(I18n.text("error.analysis"), I18n.message(e));
        });
    }

    /** Empties the list, and leaves unshown a listing still at work. */
    private void forgetListing() {
        listings++;
        details.clear(false);
    }

    /** The table as the settings ask for it; null until it is computed. */
    protected abstract Grid grid();

    /** The sheets of a spreadsheet export: the table as shown, unless a tab has more to give. */
    protected List<Grid> sheets() {
        return List.of(grid());
    }

    /** Shows the table anew (after computing, or when a setting changes how it is shown). */
    protected void redraw() {
        Grid grid = grid();
        if (grid != null) {
            table.show(grid, totalRows(), totalColumns());
            shown.set(true);
            forgetListing();
        }
    }

    /**
     * Shows the same cells in another measure or share: the selected cell stays selected and its list stays
     * (what is behind a cell does not depend on how it is counted; it was cleared on every switch).
     */
    protected void redrawSameCells() {
        int row = table.selectedRow();
        int column = table.selectedColumn();
        Grid grid = grid();
        if (grid != null) {
            table.show(grid, totalRows(), totalColumns()); // keeps the sort: the row shown there is the same one
            shown.set(true);
            if (row >= 0 && row < grid.rowLabels().size() && column < grid.columnLabels().size()) {
                table.select(row, column);
            } else {
                forgetListing();
            }
        }
    }

    private void export(boolean spreadsheet) {
        if (grid() == null) {
            return;
        }
        // In the order shown: a table sorted by a column is written so (the file kept the codebook's order).
        vm.exportTables(dialogs, id, spreadsheet ? FileType.XLSX : FileType.CSV, sheets().stream()
                .map(table::inShownOrder).toList(), table.inShownOrder(grid()));
    }
}
