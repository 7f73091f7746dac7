package nl.veldwerk.ui.coding;

import java.util.Comparator;

/** Quotation IDs ("3:12") as the user types and sorts them: by document number, then quotation number. */
public final class QuotationIds {
    /** "2:9" before "2:10" before "10:1", as numbers; anything else after, as text. */
    public static final Comparator<String> ORDER = Comparator.<String, Long>comparing(id -> part(id, 0))
            .thenComparing(id -> part(id, 1)).thenComparing(Comparator.naturalOrder());

    private QuotationIds() {
    }

    private static long part(String id, int index) {
        String[] parts = id.split(":");
        try {
            return parts.length == 2 ? Long.parseLong(parts[index].strip()) : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
