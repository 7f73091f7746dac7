package nl.veldwerk.ui.analysis;

import java.util.Locale;
import java.util.function.IntUnaryOperator;

import nl.veldwerk.analysis.Grid;

/** A table's figures as text: one as the reader writes numbers, and the whole table as the clipboard takes it. */
final class GridText {
    private GridText() {
    }

    /** A value as the reader writes numbers: "18,2" in Dutch (the Dutch window showed "18.2", its files "18,2"). */
    static String format(double value, int decimals, Locale locale) {
        if (Double.isNaN(value)) {
            return "—"; // no figure here (a code nobody applied, a code with itself), not an empty cell to doubt
        }
        return String.format(locale, "%." + decimals + "f", value);
    }

    /**
     * The whole table as a spreadsheet takes it from the clipboard (Ctrl+C): a line per row in the order shown
     * ({@code rowAt} gives the table's row at each place), cells apart by tabs, the figures as shown ("18,2" in
     * Dutch), headings first.
     */
    static String tabSeparated(Grid grid, IntUnaryOperator rowAt) {
        Locale locale = nl.veldwerk.ui.common.I18n.locale();
        StringBuilder out = new StringBuilder(cleaned(grid.corner()));
        grid.columnLabels().forEach(label -> out.append('\t').append(cleaned(label)));
        for (int r = 0; r < grid.rowLabels().size(); r++) {
            int row = rowAt.applyAsInt(r);
            out.append('\n').append(cleaned(grid.rowLabels().get(row)));
            for (int c = 0; c < grid.columnLabels().size(); c++) {
                out.append('\t').append(format(grid.values()[row][c], grid.decimals(c), locale));
            }
        }
        return out.append('\n').toString();
    }

    /** A label on one line without tabs, so it stays in its own cell. */
    private static String cleaned(String label) {
        return label.replaceAll("[\\t\\r\\n]+", " ");
    }
}
