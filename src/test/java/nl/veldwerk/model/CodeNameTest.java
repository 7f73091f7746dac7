package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A code's name is one line: tabs and line breaks pasted into it become spaces. */
class CodeNameTest {
    @Test
    void tabsAndLineBreaksBecomeOneSpace() {
        assertEquals("Regel een Regel twee", Code.of("c", "Regel een\r\nRegel twee", null, null).name());
        assertEquals("Buren en familie", Code.of("c", "Buren\ten familie", null, null).name());
        String plain = "Informele hulp";
        assertSame(plain, Code.of("c", plain, null, null).name(), "a name without them is kept as it is");
    }
}
