package nl.veldwerk.analysis;

import java.util.List;

/**
 * A table of numbers with labels, ready for a spreadsheet or a CSV file.
 *
 * @param decimals how many decimals the values deserve (0 for counts)
 * @param columnDecimals each column's, where columns differ (a percentage beside a kappa), else null
 */
public record Grid(String title, String corner, List<String> rowLabels, List<String> columnLabels,
                   double[][] values, int decimals, int[] columnDecimals) {
    public Grid {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rowLabels.size() + " labels");
        }
        if (columnDecimals != null && columnDecimals.length != columnLabels.size()) {
            throw new IllegalArgumentException(columnDecimals.length + " decimals for " + columnLabels.size()
                    + " columns");
        }
    }

    /** A grid whose columns all have as many decimals. */
    public Grid(String title, String corner, List<String> rowLabels, List<String> columnLabels, double[][] values,
                int decimals) {
        this(title, corner, rowLabels, columnLabels, values, decimals, null);
    }

    /** How many decimals the values of this column deserve. */
    public int decimals(int column) {
        return columnDecimals == null ? decimals : columnDecimals[column];
    }
}
