package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableColumn;
import nl.veldwerk.model.ModelException;

/**
 * Quotation manager lines as a spreadsheet takes them from the clipboard: the columns as shown, a line per
 * quotation, cells apart by tabs, except that the words are the whole quotation (the column shows its start).
 * A list filtered by code, document or speaker can so be handed on. Made in two steps: the cells as shown on the
 * FX thread, the whole words (which may read document parts from disk) off it.
 */
final class QuotationRowsCopy {
    private final List<String> headings;
    private final List<String[]> cells;
    private final List<QuotationManagerRow> rows;
    private final int wordsAt;

    private QuotationRowsCopy(List<String> headings, List<String[]> cells, List<QuotationManagerRow> rows,
                              int wordsAt) {
        this.headings = headings;
        this.cells = cells;
        this.rows = rows;
        this.wordsAt = wordsAt;
    }

    /**
     * The cells as shown, on the FX thread (where the table's values are read).
     *
     * @param columns the table's columns in the order shown
     * @param words   the column of the quotation's words, filled in whole by {@link #text}
     */
    static QuotationRowsCopy of(List<? extends TableColumn<QuotationManagerRow, ?>> columns,
                                TableColumn<QuotationManagerRow, ?> words, List<QuotationManagerRow> rows) {
        List<String> headings = columns.stream().map(c -> cell(c.getText())).toList();
        List<String[]> cells = new ArrayList<>(rows.size());
        for (QuotationManagerRow row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                TableColumn<QuotationManagerRow, ?> column = columns.get(i);
                var value = column == words ? null : column.getCellObservableValue(row);
                line[i] = value == null ? "" : cell(java.util.Objects.toString(value.getValue(), ""));
            }
            cells.add(line);
        }
        return new QuotationRowsCopy(headings, cells, rows, columns.indexOf(words));
    }

    /** The whole table as text, the words read whole: off the FX thread. */
    String text() {
        StringBuilder out = new StringBuilder(String.join("\t", headings)).append('\n');
        for (int r = 0; r < cells.size(); r++) {
            String[] line = cells.get(r);
            if (wordsAt >= 0) {
                line[wordsAt] = cell(whole(rows.get(r)));
            }
            out.append(String.join("\t", line)).append('\n');
        }
        return out.toString();
    }

    private static String whole(QuotationManagerRow row) {
        try {
            return row.wholeLine(row.document().text());
        } catch (ModelException e) {
            return ""; // a text that can no longer be read (the transcript says why)
        }
    }

    /** A value on one line without tabs, so it stays in its own cell. */
    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
