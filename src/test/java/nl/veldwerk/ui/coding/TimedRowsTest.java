package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.veldwerk.model.Quotation;
import org.junit.jupiter.api.Test;

/** The time column follows the rows by counting those with a time, through replacements and removals. */
class TimedRowsTest {
    @Test
    void followsRowsThatComeAndGoWithoutLookingAtTheOthers() {
        ObservableList<QuotationRow> rows = FXCollections.observableArrayList(row("q1", ""), row("q2", ""));
        TimedRows timed = new TimedRows(rows);
        assertFalse(timed.anyProperty().get(), "no row has a time");
        rows.set(1, row("q2", "00:01:22"));
        assertTrue(timed.anyProperty().get(), "a row replaced by one with a time");
        rows.add(row("q3", "00:02:00"));
        rows.remove(1);
        assertTrue(timed.anyProperty().get(), "one timed row is left");
        rows.set(1, row("q3", ""));
        assertFalse(timed.anyProperty().get(), "the last timed row lost its time");
        rows.setAll(row("q4", "00:00:05"));
        assertTrue(timed.anyProperty().get(), "all rows replaced");
        rows.sort((a, b) -> a.id().compareTo(b.id()));
        rows.clear();
        assertFalse(timed.anyProperty().get(), "no rows");
        assertTrue(new TimedRows(FXCollections.observableArrayList(row("q5", "00:00:01"))).anyProperty().get(),
                "counted from the rows there at the start");
    }

    private static QuotationRow row(String id, String time) {
        Quotation q = new Quotation(id, "doc", 0, 5, "", null, Instant.EPOCH);
        return new QuotationRow(q, id, "A01", 1, 1, "tekst", "", "", Instant.EPOCH, time, "");
    }
}
