package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Values typed as people type them are kept in the form a type keeps (and REFI-QDA exchanges). */
class AttributeTypeTest {
    private static final java.util.Locale DUTCH = java.util.Locale.of("nl");
    private static final java.util.Locale ENGLISH = java.util.Locale.ENGLISH;

    @Test
    void yesAndNoInEnglishOrDutchAndADecimalCommaAreKeptInTheTypesForm() {
        for (String yes : new String[] {"ja", "Ja", "yes", "waar", "true", " j "}) {
            assertEquals("true", AttributeType.BOOLEAN.normalized(yes, ENGLISH), yes);
        }
        for (String no : new String[] {"nee", "No", "onwaar", "false", "n"}) {
            assertEquals("false", AttributeType.BOOLEAN.normalized(no, ENGLISH), no);
        }
        assertEquals("misschien", AttributeType.BOOLEAN.normalized("misschien", ENGLISH), "left to be refused");
        assertEquals("1.5", AttributeType.NUMBER.normalized("1,5", ENGLISH));
        assertEquals("1,500,000", AttributeType.NUMBER.normalized("1,500,000", ENGLISH), "not a decimal comma");
        assertEquals("1,500", AttributeType.NUMBER.normalized("1,500", ENGLISH),
                "thousands, perhaps: refused, not guessed");
        assertEquals("2.25", AttributeType.NUMBER.normalized("2,25", ENGLISH));
        assertEquals("Ja", AttributeType.TEXT.normalized(" Ja ", ENGLISH));
        assertTrue(AttributeType.NUMBER.accepts(AttributeType.NUMBER.normalized("-3,25", ENGLISH)));
    }

    /**
     * A number is shown with the decimal mark of the user's language (QA: "34,5" typed in the Dutch window came
     * back as "34.5"), only in the forms typed back in that language keep the same value.
     */
    @Test
    void aNumberIsShownWithTheLanguagesDecimalMarkAndReadsBackTheSame() {
        java.util.Locale dutch = java.util.Locale.of("nl");
        assertEquals("34,5", AttributeType.NUMBER.shown("34.5", dutch));
        assertEquals("34.5", AttributeType.NUMBER.shown("34.5", java.util.Locale.ENGLISH));
        assertEquals("-0,25", AttributeType.NUMBER.shown("-0.25", dutch));
        assertEquals("1,125", AttributeType.NUMBER.shown("1.125", dutch),
                "three decimals too: a point there reads as a thousand in Dutch (QA: it showed \"1.125\")");
        assertEquals("12", AttributeType.NUMBER.shown("12", dutch));
        assertEquals("1.5", AttributeType.TEXT.shown("1.5", dutch), "a text as it is");
        assertEquals("ja", AttributeType.BOOLEAN.shown("true", dutch), "not 'true' in a Dutch window (review)");
        assertEquals("no", AttributeType.BOOLEAN.shown("false", ENGLISH));
        for (String kept : new String[] {"true", "false"}) {
            assertEquals(kept, AttributeType.BOOLEAN.normalized(AttributeType.BOOLEAN.shown(kept, dutch), dutch));
            assertEquals(kept, AttributeType.BOOLEAN.normalized(AttributeType.BOOLEAN.shown(kept, ENGLISH), ENGLISH));
        }
        assertEquals("misschien", AttributeType.BOOLEAN.shown("misschien", dutch));
        for (String kept : new String[] {"34.5", "-0.25", "3.14159", "1.125", "2.500", "12"}) {
            assertEquals(kept, AttributeType.NUMBER.normalized(AttributeType.NUMBER.shown(kept, dutch), dutch), kept);
            assertEquals(kept, AttributeType.NUMBER.normalized(AttributeType.NUMBER.shown(kept, ENGLISH), ENGLISH),
                    kept);
        }
    }

    /** In Dutch a comma between digits is always the decimal mark; in English "1,500" may be thousands. */
    @Test
    void aCommaIsReadAsTheTypingLanguageReadsIt() {
        assertEquals("1.125", AttributeType.NUMBER.normalized("1,125", DUTCH));
        assertEquals("1,125", AttributeType.NUMBER.normalized("1,125", ENGLISH), "left to be refused, not guessed");
        assertEquals("1,500,000", AttributeType.NUMBER.normalized("1,500,000", DUTCH), "not one number: refused");
        assertEquals("0.5", AttributeType.NUMBER.normalized("0,5", DUTCH));
        assertFalse(AttributeType.NUMBER.accepts(AttributeType.NUMBER.normalized("2.500", DUTCH)),
                "a thousand in Dutch, perhaps: refused, not kept as 2.5 (review)");
        assertFalse(AttributeType.NUMBER.accepts(AttributeType.NUMBER.normalized("1.250.000", DUTCH)));
        assertEquals("2.5", AttributeType.NUMBER.normalized("2.5", DUTCH), "one decimal after a point is no thousand");
        assertEquals("2.500", AttributeType.NUMBER.normalized("2.500", ENGLISH));
    }

    @Test
    void numbersCompareByValue() {
        List<String> values = new java.util.ArrayList<>(List.of("10", "9.5", "abc", "-2", "100"));
        values.sort(AttributeType::compareNumbers);
        assertEquals(List.of("-2", "9.5", "10", "100", "abc"), values);
    }
}
