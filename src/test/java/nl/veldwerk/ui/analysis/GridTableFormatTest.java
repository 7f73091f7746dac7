package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The analysis tables write numbers as their reader does: a decimal comma in Dutch, as the exports do. */
class GridTableFormatTest {
    @Test
    void numbersInTheReadersLanguage() {
        assertEquals("18,2", GridText.format(18.2, 1, Locale.of("nl")));
        assertEquals("18.2", GridText.format(18.2, 1, Locale.ENGLISH));
        assertEquals("7", GridText.format(7, 0, Locale.of("nl")));
        assertEquals("—", GridText.format(Double.NaN, 1, Locale.of("nl")));
    }
}
