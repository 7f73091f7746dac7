package nl.veldwerk.ui.coding;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Whether any quotation row has a time in the recording, kept by counting the rows that come and go. A
 * coding replaces one row; looking through all 5,000 rows of a long transcript at each replacement was
 * some 2 ms of every coding on the FX thread.
 */
final class TimedRows {
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper();
    private int count;

    TimedRows(ObservableList<QuotationRow> rows) {
        rows.forEach(r -> count += timed(r));
        rows.addListener((ListChangeListener<QuotationRow>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> count -= timed(r));
                c.getAddedSubList().forEach(r -> count += timed(r));
            }
            any.set(count > 0);
        });
        any.set(count > 0);
    }

    ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }

    private static int timed(QuotationRow r) {
        return r.time().isEmpty() ? 0 : 1;
    }
}
