package nl.veldwerk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What keyword in context and code the hits look for in a query: words, and a quoted phrase as one. */
class QueryWordsTest {
    @Test
    void aQuotedPhraseStaysOneFieldsAndOperatorsGo() {
        assertEquals(List.of("\"de wijk\"", "buurthuis"), SearchAndCodeDialog.words("\"de  wijk\" AND buurthuis"));
        assertEquals(List.of("schaamte", "geld"), SearchAndCodeDialog.words("schaamte OR (geld*) speaker:A01"));
        assertEquals(List.of(), SearchAndCodeDialog.words("\"\" *"));
        // A wildcard in a word looked for is said not to be used; one in a field, an excluded word or a phrase is not.
        org.junit.jupiter.api.Assertions.assertTrue(SearchAndCodeDialog.wildcardsLeftOut("geen voorzien*"));
        org.junit.jupiter.api.Assertions.assertTrue(SearchAndCodeDialog.wildcardsLeftOut("buurt~"));
        org.junit.jupiter.api.Assertions.assertFalse(SearchAndCodeDialog.wildcardsLeftOut(
                "zorg speaker:A0* -wijk* NOT buurt* \"gaat het?\""));
        assertEquals(List.of("\"de\"", "wijk"), SearchAndCodeDialog.words("\"de\" wijk"), "a quoted word as written");
        assertEquals(List.of("zorg"), SearchAndCodeDialog.words("speaker:\"Piet Jansen\" zorg"),
                "a field's value is not a word to code");
        assertEquals(List.of("wijk"), SearchAndCodeDialog.words("wijk NOT buurt -geld -\"de zorg\""),
                "words left out are not looked for");
    }
}
