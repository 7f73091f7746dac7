package nl.veldwerk.analysis;

import java.util.List;

/**
 * A table of numbers with labels, ready for a spreadsheet or a CSV file.
 *
 * @param decimals how many decimals the values deserve (0 for counts)
 */
public record Grid(String title, String corner, List<String> rowLabels, List<String> columnLabels,
                   double[][] values, int decimals) {
    public Grid {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rowLabels.size() + " labels");
        }
    }
}
