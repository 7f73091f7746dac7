package nl.veldwerk.ui.coding;

import java.time.Instant;

import nl.veldwerk.model.Quotation;

/**
 * A line of the quotation list: the quotation with what the list shows and sorts by, including the
 * paragraphs it spans, numbered as the transcript's margin shows them.
 */
public record QuotationRow(Quotation quotation, String document, int firstParagraph, int lastParagraph, String text,
                           String codes, String coder, Instant created) {
}
