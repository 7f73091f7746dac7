package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines too long for the transcript view become paragraphs, at spaces, the text's length and offsets kept. */
class LongLinesTest {
    @Test
    void aLongLineIsBrokenAfterASentenceWhereItCanAndAtASpaceWhereItCannot() {
        String sentence = "Ik ga elke week naar het buurthuis. "; // 36 characters
        String text = "R1: " + sentence.repeat(10) + "\nI: Kort.\n";
        String broken = LongLines.broken(text, 100);
        assertEquals(text.length(), broken.length(), "a space became a line break: nothing moved");
        for (String line : broken.split("\n")) {
            assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
        assertTrue(broken.lines().limit(3).allMatch(l -> l.endsWith("buurthuis.")),
                "each break after a sentence: " + broken);
        assertEquals(text.replace('\n', ' '), broken.replace('\n', ' '));
        assertTrue(broken.lines().count() - text.lines().count() >= 3, "broken more than once");
        assertEquals(1, LongLines.linesBroken(text, broken), "one line of the text was broken (into several), "
                + "so an import can say how many lines it broke");
        assertEquals(0, LongLines.linesBroken(text, text));
        String two = text.replace("\nI: Kort.\n", "\nI: " + sentence.repeat(4) + "\n");
        assertEquals(2, LongLines.linesBroken(two, LongLines.broken(two, 100)));

        String words = "woord ".repeat(50);
        String atSpaces = LongLines.broken(words, 100);
        assertTrue(atSpaces.lines().allMatch(l -> l.length() <= 100), "no sentence end: at the last space");
    }

    @Test
    void textWithoutLongLinesOrWithoutSpacesIsLeftAsItIs() {
        String ordinary = "I: Hoe gaat het?\nR: Goed.\n";
        assertSame(ordinary, LongLines.broken(ordinary));
        String oneWord = "x".repeat(250);
        assertEquals(oneWord, LongLines.broken(oneWord, 100), "no space to break at: nothing inserted");
        String megabyte = ("Zin " + "woord ".repeat(30) + "einde. ").repeat(6_000);
        assertTrue(LongLines.broken(megabyte).lines().allMatch(l -> l.length() <= LongLines.MAX));
    }

    /** A line exactly as long as the limit is kept; one character more is broken, first, middle or last line. */
    @Test
    void aLineIsLongFromOneCharacterOverTheLimitWhereverItIs() {
        String atLimit = "a ".repeat(50); // 100 characters
        for (String text : List.of(atLimit, atLimit + "\n", "kort\n" + atLimit + "\nkort", "\n\n" + atLimit)) {
            assertSame(text, LongLines.broken(text, 100), text);
        }
        String over = atLimit + "b";
        for (String text : List.of(over, over + "\n", "kort\n" + over + "\nkort", "\n\n" + over)) {
            assertNotSame(text, LongLines.broken(text, 100), text);
        }
    }
}
