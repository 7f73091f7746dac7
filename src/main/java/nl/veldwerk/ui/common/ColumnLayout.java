package nl.veldwerk.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The widths a table's columns were dragged to, and which of its optional columns the user showed or hid with the
 * table's menu button, kept between sessions as ATLAS.ti and MAXQDA keep them (QA: the quotation list's columns were
 * their first widths again after every restart). Only columns with an id are kept, as they are when the window
 * closes (not at every change: windows opened and dropped, as in the tests, leave nothing behind).
 */
public final class ColumnLayout {
    private final String name;
    private final TableView<?> table;

    private ColumnLayout(String name, TableView<?> table) {
        this.name = name;
        this.table = table;
    }

    /**
     * Gives the table's columns the widths kept under {@code name} and keeps them from now on; the columns in
     * {@code optional} (shown or hidden only by the user) also get back whether they were shown.
     */
    public static ColumnLayout follow(String name, TableView<?> table, List<? extends TableColumn<?, ?>> optional) {
        Map<String, Kept> kept = read(Preferences.tableColumns(name));
        for (TableColumn<?, ?> column : table.getColumns()) {
            Kept k = column.getId() == null ? null : kept.get(column.getId());
            if (k != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), k.width()));
                if (optional.contains(column)) {
                    column.setVisible(k.shown());
                }
            }
        }
        return new ColumnLayout(name, table);
    }

    /** Keeps the columns' widths and which are shown, as the window closes. */
    public void keep() {
        Preferences.setTableColumns(name, table.getColumns().stream().filter(c -> c.getId() != null)
                .map(c -> String.format(Locale.ROOT, "%s=%.0f%s", c.getId(), c.getWidth(),
                        c.isVisible() ? "" : ":hidden"))
                .collect(Collectors.joining(" ")));
    }

    private record Kept(double width, boolean shown) {
    }

    /** The kept columns; a damaged entry (written by hand) is passed over, its column keeps its first width. */
    private static Map<String, Kept> read(String value) {
        Map<String, Kept> kept = new HashMap<>();
        for (String entry : value.isBlank() ? new String[0] : value.strip().split("\\s+")) {
            String[] idAndRest = entry.split("=", 2);
            if (idAndRest.length < 2) {
                continue;
            }
            String[] widthAndState = idAndRest[1].split(":", 2);
            try {
                double width = Double.parseDouble(widthAndState[0]);
                if (width > 0 && width < 10_000) {
                    boolean hidden = widthAndState.length == 2 && widthAndState[1].equals("hidden");
                    kept.put(idAndRest[0], new Kept(width, !hidden));
                }
            } catch (NumberFormatException damaged) {
                // passed over
            }
        }
        return kept;
    }
}
