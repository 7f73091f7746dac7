package nl.veldwerk.ui;

import java.time.Instant;

import nl.veldwerk.model.Quotation;

/** A line of the quotation list: the quotation with what the list shows and sorts by. */
public record QuotationRow(Quotation quotation, String document, String text, String codes, String coder,
                           Instant created) {
}
