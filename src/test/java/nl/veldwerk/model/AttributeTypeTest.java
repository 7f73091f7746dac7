package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values typed as people type them are kept in the form a type keeps (and REFI-QDA exchanges). */
class AttributeTypeTest {
    @Test
    void yesAndNoInEnglishOrDutchAndADecimalCommaAreKeptInTheTypesForm() {
        for (String yes : new String[] {"ja", "Ja", "yes", "waar", "true", " j "}) {
            assertEquals("true", AttributeType.BOOLEAN.normalized(yes), yes);
        }
        for (String no : new String[] {"nee", "No", "onwaar", "false", "n"}) {
            assertEquals("false", AttributeType.BOOLEAN.normalized(no), no);
        }
        assertEquals("misschien", AttributeType.BOOLEAN.normalized("misschien"), "left to be refused");
        assertEquals("1.5", AttributeType.NUMBER.normalized("1,5"));
        assertEquals("1,500,000", AttributeType.NUMBER.normalized("1,500,000"), "not a decimal comma");
        assertEquals("1,500", AttributeType.NUMBER.normalized("1,500"), "thousands, perhaps: refused, not guessed");
        assertEquals("2.25", AttributeType.NUMBER.normalized("2,25"));
        assertEquals("Ja", AttributeType.TEXT.normalized(" Ja "));
        assertTrue(AttributeType.NUMBER.accepts(AttributeType.NUMBER.normalized("-3,25")));
    }
}
