package nl.veldwerk.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.DocumentText;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Texts;

/**
 * A document's text with what the quotation list needs of it found once: its paragraphs and time marks. Made
 * on any thread (reading the text may read a file); a text that cannot be read gives rows that say so.
 */
record TextFacts(DocumentText of, String text, Paragraphs paragraphs, List<TimeMark> marks) {
    /** Reads the text (which may read a file) and finds its paragraphs and time marks. */
    static TextFacts of(DocumentText body) {
        try {
            String text = body.get();
            return new TextFacts(body, text, Paragraphs.of(text), TimeMarks.find(text));
        } catch (ModelException e) {
            return new TextFacts(body, null, null, List.of());
        }
    }

    /** What a row of this quotation shows of the text: its paragraphs, its words on one line, the time before it. */
    TextPart partOf(Quotation q) {
        if (text == null) {
            return new TextPart(0, 0, I18n.text("quotations.unreadable"), "");
        }
        int[] span = paragraphs.span(q.start(), q.end());
        TimeMark before = TimeMarks.startOf(text, marks, q.start(), q.end());
        return new TextPart(span[0], span[1], Texts.oneLine(text, q.start(), q.end()),
                before == null ? "" : TimeMarks.clockExact(before.millis()));
    }

    /** The text parts of these quotations, each document's text read once (by id, in the map's order). */
    static Map<String, TextPart> partsOf(Map<String, DocumentText> texts, List<Quotation> quotations) {
        Map<String, List<Quotation>> byDocument = new HashMap<>();
        quotations.forEach(q -> byDocument.computeIfAbsent(q.documentId(), k -> new java.util.ArrayList<>()).add(q));
        Map<String, TextPart> parts = new HashMap<>();
        texts.forEach((documentId, body) -> {
            TextFacts facts = of(body);
            byDocument.getOrDefault(documentId, List.of()).forEach(q -> parts.put(q.id(), facts.partOf(q)));
        });
        return parts;
    }

    /** What a quotation row shows that comes from its document's text (paragraph 0: the text cannot be read). */
    record TextPart(int firstParagraph, int lastParagraph, String text, String time) {
        boolean readable() {
            return firstParagraph > 0;
        }
    }
}
