package nl.veldwerk.ui.analysis;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import nl.veldwerk.analysis.Grid;

/**
 * Shows a {@link Grid} as a table with a row per label; selecting a cell reports its row and column
 * (without the totals) so the caller can list what is behind it.
 */
final class GridTable extends TableView<Integer> {
    private Grid grid;

    GridTable(BiConsumer<Integer, Integer> onCell) {
        getSelectionModel().setCellSelectionEnabled(true);
        // Until the figures are there (seconds in a large project): said in the user's language, not JavaFX's
        // English "No columns in table".
        setPlaceholder(new javafx.scene.control.Label(nl.veldwerk.ui.common.I18n.text("analysis.computing")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<TablePosition>) c -> {
            if (grid == null || getSelectionModel().getSelectedCells().isEmpty()) {
                return;
            }
            TablePosition<?, ?> at = getSelectionModel().getSelectedCells().getFirst();
            int column = at.getColumn() - 1;
            if (column >= 0) {
                onCell.accept(at.getRow(), column);
            }
        });
    }

    void show(Grid newGrid) {
        this.grid = newGrid;
        getColumns().clear();
        TableColumn<Integer, String> labels = new TableColumn<>(newGrid.corner());
        labels.setCellValueFactory(c -> new ReadOnlyStringWrapper(newGrid.rowLabels().get(c.getValue())));
        labels.setPrefWidth(200);
        labels.setSortable(false);
        getColumns().add(labels);
        for (int i = 0; i < newGrid.columnLabels().size(); i++) {
            int column = i;
            TableColumn<Integer, String> col = new TableColumn<>(newGrid.columnLabels().get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(format(newGrid.values()[c.getValue()][column],
                    newGrid.decimals())));
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            col.setSortable(false);
            // Wide enough for its heading in the header's bold font ("Percentage overeenstemming" was cut short).
            col.setPrefWidth(Math.max(70, nl.veldwerk.ui.common.Labels.widthOf(newGrid.columnLabels().get(i)) * 1.1
                    + 24));
            getColumns().add(col);
        }
        setItems(FXCollections.observableArrayList(IntStream.range(0, newGrid.rowLabels().size()).boxed().toList()));
    }

    /** A value as the reader writes numbers: "18,2" in Dutch (the Dutch window showed "18.2", its files "18,2"). */
    static String format(double value, int decimals) {
        return format(value, decimals, nl.veldwerk.ui.common.I18n.locale());
    }

    static String format(double value, int decimals, Locale locale) {
        if (Double.isNaN(value)) {
            return "—"; // no figure here (a code nobody applied, a code with itself), not an empty cell to doubt
        }
        return String.format(locale, "%." + decimals + "f", value);
    }
}
