package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A title between single quotation marks, or double ones when it quotes itself; an apostrophe is no quotation. */
class QuotingTest {
    @Test
    void aTitleThatQuotesIsSetBetweenDoubleMarks() {
        assertEquals("‘Halal en identiteit’", Quoting.quoted("Halal en identiteit"));
        assertEquals("“Over ‘halal’”", Quoting.quoted("Over ‘halal’"));
        assertEquals("‘Foto’s van de wijk’", Quoting.quoted("Foto’s van de wijk"), "an apostrophe (review)");
    }
}
