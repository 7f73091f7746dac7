package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the quotation list's text column is given: a short text whole, a long one's opening. */
class QuotationOpeningTest {
    @Test
    void aShortTextIsShownWholeALongOneByItsOpening() {
        String shortText = "Ik heb wel eens, of redelijk zelfs vaak, daar schrik ik echt heel van.";
        assertSame(shortText, QuotationPane.opening(shortText));
        String longText = "De buren helpen elkaar wel maar niet iedereen durft om hulp te vragen. ".repeat(40);
        String shown = QuotationPane.opening(longText);
        assertEquals(401, shown.length());
        assertTrue(longText.startsWith(shown.substring(0, 400)));
        assertTrue(shown.endsWith("…"));
    }

    @Test
    void anEmojiIsNotCutInHalf() {
        String text = "a".repeat(399) + "😀" + "b".repeat(50);
        String shown = QuotationPane.opening(text);
        assertEquals("a".repeat(399) + "…", shown);
    }
}
