package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A text's normal form: given back as it is when it is normal already, and otherwise made in full. */
class NormaliseTest {
    /** Every character normalising looks at, beside ordinary ones, so most texts are near the fast path's edge. */
    private static final String ALPHABET = "aéZ .:\n\n\n\t\r\f\u000B\u0085\u2028\u2029\u00A0\u2007\u202F\u00AD\u007F"
            + "\u0080\u009F\u00A1\u00FF\u017F\u02FF\u0301\u0308\u0340\u1100\u1161\uAC00\uFEFF\uD83D\uDE00\uD800\u3000";

    @Test
    void whateverTheCharactersTheShortWayGivesWhatTheFullWayMakes() {
        Random random = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : 'w');
            }
            if (random.nextBoolean()) {
                text.append('\n');
            }
            String t = text.toString();
            assertEquals(TextDecoder.normalisedCopy(t), TextDecoder.normalise(t), () -> escaped(t));
        }
    }

    @Test
    void aNormalTextIsGivenBackAsItIs() {
        String text = "Interviewer: Hoe gaat het met u?\nR01:\tGoed, dank u. Café, één, coöperatie.\n";
        assertSame(text, TextDecoder.normalise(text));
        assertEquals("a\n", TextDecoder.normalise("a \n"), "white space before the last line end goes");
        assertEquals("café\n", TextDecoder.normalise("cafe\u0301\n"), "an accent composed");
        assertEquals("a b\n", TextDecoder.normalise("a\u00A0b\n"), "a no-break space is a space");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
