package nl.veldwerk.ui;

import java.time.Instant;

import nl.veldwerk.model.Quotation;

/**
 * A line of the quotation list: the quotation with what the list shows and sorts by, including the
 * paragraphs it spans ({@code paragraphs[0]} to {@code paragraphs[1]}, numbered as the margin shows them).
 */
public record QuotationRow(Quotation quotation, String document, int[] paragraphs, String text, String codes,
                           String coder, Instant created) {
    @Override
    public boolean equals(Object o) {
        return o instanceof QuotationRow r && quotation.equals(r.quotation) && document.equals(r.document)
                && java.util.Arrays.equals(paragraphs, r.paragraphs) && text.equals(r.text) && codes.equals(r.codes)
                && coder.equals(r.coder) && java.util.Objects.equals(created, r.created);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(quotation, document, java.util.Arrays.hashCode(paragraphs), text, codes, coder,
                created);
    }

    @Override
    public String toString() {
        return document + " ¶ " + nl.veldwerk.model.Paragraphs.label(paragraphs) + ": " + text;
    }
}
