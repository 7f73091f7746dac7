package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A new code's colour: never one in use, and as unlike those in use as the palette allows (QA). */
class ColorsTest {
    private static double nearest(String colour, List<String> inUse) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return inUse.stream().mapToDouble(c -> Colors.distance(rgb, Integer.parseInt(c.substring(1), 16))).min()
                .orElse(Double.MAX_VALUE);
    }

    @Test
    void theFirstCodeGetsThePalettesFirstColour() {
        assertEquals(Colors.palette(0), Colors.unused(List.of()));
    }

    /** Eight codes, one merged away: the n-th colour for the n-th code was the colour of a code still there. */
    @Test
    void aCodeAfterAMergeOrDeleteGetsAColourNotInUseAndFarFromThem() {
        List<String> inUse = new ArrayList<>(IntStream.range(0, 9).mapToObj(Colors::palette).toList());
        inUse.remove(Colors.palette(3));
        String given = Colors.unused(inUse);
        assertFalse(inUse.contains(given), given);
        assertEquals(Colors.palette(8), inUse.get(7), "the old choice, palette(codes), is in use");
        for (int i = 0; i < 64; i++) { // none of the palette's first colours is farther from those in use
            String other = Colors.palette(i);
            assertTrue(inUse.contains(other) || nearest(other, inUse) <= nearest(given, inUse), other + " vs " + given);
        }
        assertTrue(nearest(given, inUse) > 100, "not a near copy of one in use: " + nearest(given, inUse));
    }

    @Test
    void coloursGivenOneAfterAnotherAreAllDifferentAlsoPastThePalettesChoices() {
        List<String> inUse = List.of("#FFFFFF", "not a colour", Colors.palette(0).toUpperCase(java.util.Locale.ROOT));
        Colors.NewColours colours = new Colors.NewColours(inUse);
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String next = colours.next();
            assertTrue(given.add(next), "given twice: " + next);
            assertFalse(next.equals("#ffffff") || next.equals(Colors.palette(0)), next);
        }
    }

    /**
     * Past every colour the palette makes (some 6,900), colours are given again, and each still promptly (QA: the
     * search for one not in use never ended, so a codebook of 7,000 codes never came in).
     */
    @Test
    @org.junit.jupiter.api.Timeout(60) // the search that never ended fails here, not by hanging the build
    void pastEveryColourThePaletteMakesColoursAreGivenAgain() {
        Colors.NewColours colours = new Colors.NewColours(List.of());
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 12_000; i++) {
            given.add(colours.next());
        }
        assertTrue(given.size() > 6_000 && given.size() < 12_000, given.size() + " different colours");
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < Colors.NewColours.BEYOND_TRIED + 64; i++) {
            distinct.add(Colors.palette(i));
        }
        assertTrue(given.size() >= distinct.size(), "every colour the palette makes before any is given again: "
                + given.size() + " of " + distinct.size());
    }
}
