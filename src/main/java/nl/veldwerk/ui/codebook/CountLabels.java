package nl.veldwerk.ui.codebook;

import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.ui.common.I18n;

/** A code's counts as the tree and the code manager label them, short and in full (for a tooltip). */
final class CountLabels {
    private CountLabels() {
    }

    /** "27 quot. · 9 doc.", with "Σ" in front when a category's sub-codes are counted in. */
    static String short_(CodeCounts.Count n) {
        return I18n.text(n.withSubcodes() ? "codes.countsSum" : "codes.counts", n.quotations(), n.documents());
    }

    /** "27 quotations in 9 documents, with its sub-codes (itself: 3)". */
    static String full(CodeCounts.Count n) {
        return n.withSubcodes() ? I18n.text("codes.countsSumFull", n.quotations(), n.documents(), n.own())
                : I18n.text("codes.countsFull", n.quotations(), n.documents());
    }
}
