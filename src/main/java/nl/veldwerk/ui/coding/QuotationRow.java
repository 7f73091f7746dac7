package nl.veldwerk.ui.coding;

import java.time.Instant;

import nl.veldwerk.model.Quotation;

/**
 * A line of the quotation list: the quotation with what the list shows and sorts by: its ID ("3:12"), the
 * paragraphs it spans, numbered as the transcript's margin shows them, its text, codes, coder and date, and
 * its time in the recording (the time mark before it, "" in a transcript without marks), and who speaks in it
 * (the speakers of the turns it overlaps, "" in a text without turns).
 */
public record QuotationRow(Quotation quotation, String id, String document, int firstParagraph, int lastParagraph, String text,
                           String codes, String coder, Instant created, String time, String speaker) {
}
