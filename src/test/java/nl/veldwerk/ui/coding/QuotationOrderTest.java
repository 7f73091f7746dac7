package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veldwerk.model.Quotation;

/**
 * Quotations that start at one place are listed in one order however the list came about (QA: 3:1 and 3:14 swapped
 * places between views): by their ends, then their numbers.
 */
class QuotationOrderTest {

    private static QuotationRow row(String id, int start, int end, int number) {
        Quotation q = new Quotation(id, "d", start, end, "", "c", Instant.EPOCH, number);
        return new QuotationRow(q, "3:" + number, "A03", 7, 7, "", "", "", Instant.EPOCH, "", "");
    }

    @Test
    void quotationsStartingTogetherAreOrderedByEndThenNumberWhateverTheyCameIn() {
        List<QuotationRow> rows = List.of(row("q14", 100, 180, 14), row("q1", 100, 180, 1), row("q2", 100, 150, 2),
                row("q0", 40, 300, 5));
        List<String> expected = List.of("q0", "q2", "q1", "q14");
        for (int round = 0; round < 24; round++) {
            List<QuotationRow> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, new java.util.Random(round));
            // A rebuild sorts; a row-by-row update inserts where a binary search says: both give one order.
            List<QuotationRow> sorted = new ArrayList<>(shuffled);
            sorted.sort(QuotationList.ORDER);
            List<QuotationRow> inserted = new ArrayList<>();
            for (QuotationRow r : shuffled) {
                int at = Collections.binarySearch(inserted, r, QuotationList.ORDER);
                inserted.add(at < 0 ? -at - 1 : at, r);
            }
            assertEquals(expected, sorted.stream().map(r -> r.quotation().id()).toList());
            assertEquals(expected, inserted.stream().map(r -> r.quotation().id()).toList());
        }
    }
}
