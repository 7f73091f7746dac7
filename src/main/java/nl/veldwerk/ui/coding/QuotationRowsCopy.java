package nl.veldwerk.ui.coding;

import java.util.List;

import javafx.scene.control.TableColumn;
import nl.veldwerk.model.ModelException;

/**
 * Quotation manager lines as a spreadsheet takes them from the clipboard: the columns as shown, a line per
 * quotation, cells apart by tabs, except that the words are the whole quotation (the column shows its start).
 * A list filtered by code, document or speaker can so be handed on.
 */
final class QuotationRowsCopy {
    private QuotationRowsCopy() {
    }

    /**
     * @param columns the table's columns in the order shown
     * @param words   the column of the quotation's words, copied whole
     */
    static String of(List<? extends TableColumn<QuotationManagerRow, ?>> columns,
                     TableColumn<QuotationManagerRow, ?> words, List<QuotationManagerRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", columns.stream().map(c -> cell(c.getText())).toList())).append('\n');
        for (QuotationManagerRow row : rows) {
            out.append(String.join("\t", columns.stream().map(c -> cell(c == words ? whole(row)
                    : String.valueOf(c.getCellObservableValue(row) == null ? ""
                    : java.util.Objects.toString(c.getCellObservableValue(row).getValue(), "")))).toList()))
                    .append('\n');
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
