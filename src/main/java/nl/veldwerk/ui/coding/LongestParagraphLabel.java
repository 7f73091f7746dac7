package nl.veldwerk.ui.coding;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * How many characters the longest ¶ label of the quotation rows has ("7", "10412–10415"), so the column can be
 * as wide as it needs: a fixed width showed "59…" for a five-digit paragraph (QA). Kept by counting the rows of
 * each label length as they come and go, like {@link TimedRows}: no pass over every row at each coding.
 */
final class LongestParagraphLabel {
    /** Two numbers of at most ten digits and a dash. */
    private final int[] rowsOfLength = new int[22];
    private final ReadOnlyIntegerWrapper longest = new ReadOnlyIntegerWrapper();

    LongestParagraphLabel(ObservableList<QuotationRow> rows) {
        rows.forEach(r -> rowsOfLength[length(r)]++);
        rows.addListener((ListChangeListener<QuotationRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> rowsOfLength[length(r)]--);
                c.getAddedSubList().forEach(r -> rowsOfLength[length(r)]++);
            }
            update();
        });
        update();
    }

    ReadOnlyIntegerProperty longestProperty() {
        return longest.getReadOnlyProperty();
    }

    private void update() {
        int length = rowsOfLength.length - 1;
        while (length > 0 && rowsOfLength[length] == 0) {
            length--;
        }
        longest.set(length);
    }

    /** The length of {@link nl.veldwerk.model.Paragraphs#label}, without making the label. */
    static int length(QuotationRow row) {
        int first = row.firstParagraph();
        int last = row.lastParagraph();
        return first == last ? digits(first) : digits(first) + 1 + digits(last);
    }

    private static int digits(int number) {
        int digits = number < 0 ? 2 : 1;
        for (long rest = Math.abs((long) number); rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }
}
