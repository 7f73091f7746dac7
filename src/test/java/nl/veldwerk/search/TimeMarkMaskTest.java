package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Time marks become spaces of their length, and nothing else changes: compared with the expression it replaces. */
class TimeMarkMaskTest {
    private static final Pattern MARK = Pattern.compile(
            "\\[\\d{1,2}(?::\\d{2}){1,2}(?:[.,-]\\d{1,3})?]|#\\d{1,2}(?::\\d{2}){1,2}(?:[.,-]\\d{1,3})?#");

    private static String masked(String text) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Reader r = new TimeMarkMask(new StringReader(text))) {
            char[] buffer = new char[7]; // small reads, to cross the buffer's ends
            int n;
            while ((n = r.read(buffer, 0, buffer.length)) != -1) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static String byExpression(String text) {
        return MARK.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    @Test
    void marksAreMaskedAndTheRestKept() throws Exception {
        for (String text : List.of("[00:00:04.0] A01: Ja.", "#00:01:22-6# en [1:02] ook", "[sic] [123:45] #1# [00:0]",
                "[00:00:04.1234] [00:00:04,25] [00:00:04]x", "[", "#", "", "om 10:30 [10:30] uur", "[00:01:02:03]")) {
            assertEquals(byExpression(text), masked(text), text);
            assertEquals(text.length(), masked(text).length());
        }
        Random random = new Random(7);
        String alphabet = "[]#0123456789:.,- ab";
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(3_000); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byExpression(text.toString()), masked(text.toString()), text.toString());
        }
    }
}
