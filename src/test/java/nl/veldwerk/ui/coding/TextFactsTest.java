package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.DocumentText;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** What a quotation row shows of its document's text: paragraphs, words on one line, time mark; unreadable said. */
class TextFactsTest {
    private static final String TEXT = "Interviewer: Waarom? [00:01:05]\nA01: Omdat\nschaamte groot is.\n";

    private static Quotation quotation(String id, String document, String words) {
        int start = TEXT.indexOf(words);
        return new Quotation(id, document, start, start + words.length(), "", null, Fixtures.T, 1);
    }

    @Test
    void eachQuotationsPartComesFromItsDocumentsTextReadOnce() {
        int[] reads = new int[1];
        DocumentText counted = new DocumentText() {
            @Override
            public String get() {
                reads[0]++;
                return TEXT;
            }

            @Override
            public int length() {
                return TEXT.length();
            }
        };
        Map<String, DocumentText> texts = new LinkedHashMap<>();
        texts.put("a", counted);
        List<Quotation> quotations = List.of(quotation("q1", "a", "Omdat\nschaamte"), quotation("q2", "a", "Waarom"));
        var parts = TextFacts.partsOf(texts, quotations);
        assertEquals(1, reads[0]);
        assertEquals(new TextFacts.TextPart(2, 3, "Omdat schaamte", "00:01:05"), parts.get("q1"));
        assertEquals(new TextFacts.TextPart(1, 1, "Waarom", ""), parts.get("q2"));
    }

    @Test
    void aTextThatCannotBeReadIsSaidInItsRows() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        DocumentText gone = new DocumentText() {
            @Override
            public String get() {
                throw new ModelException("document.textUnreadable", "x.json", "is gone");
            }

            @Override
            public int length() {
                return TEXT.length();
            }
        };
        var parts = TextFacts.partsOf(Map.of("a", gone), List.of(quotation("q1", "a", "Waarom")));
        assertEquals(new TextFacts.TextPart(0, 0, I18n.text("quotations.unreadable"), ""), parts.get("q1"));
    }
}
