package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A refused search says what is wrong in the user's words, not the query parser's grammar. */
class QuerySyntaxTest {
    private static String why(String query) {
        Search.BadQuery e = assertThrows(Search.BadQuery.class, () -> Search.requireValid(query));
        return e.userText().text(Locale.ENGLISH).replaceFirst("^.* is not a query Veldwerk understands: ", "");
    }

    @Test
    void theCommonMistakesAreNamed() {
        assertEquals("a quote is not closed", why("\"kapot generen"));
        assertEquals("a '(' is not closed", why("(buurt OR wijk"));
        assertEquals("unexpected ')'", why("buurt)"));
        assertEquals("'*': a word cannot start with * or ? (write at least one letter before it)", why("*"));
        assertEquals("'text:?uurt': a word cannot start with * or ? (write at least one letter before it)",
                why("text:?uurt"));
        assertEquals("AND needs a word on either side", why("buurt AND"));
        assertEquals("OR needs a word on either side", why("OR buurt"));
    }

    @Test
    void aQuoteOrBracketInsideQuotesOrEscapedIsNoMistakeAndValidQueriesPass() throws Exception {
        Search.requireValid("\"de (buurt\" AND wijk*");
        Search.requireValid("buurt\\)");
        Search.requireValid("NOT buurt AND wijk");
        assertEquals("een aanhalingsteken wordt niet gesloten", QuerySyntax.problem("\"open").text(new Locale("nl")));
    }
}
