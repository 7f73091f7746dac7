package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** F9 types marks of the kind the transcript already has, so one text does not mix two. */
class TimeMarkStyleTest {
    @Test
    void marksFollowTheTranscriptsOwn() {
        assertFalse(TranscriptTypist.f4Marks("[00:00:10] I: Hoe gaat het?\n[00:00:14] R: Goed."),
                "bracketed marks: bracketed");
        assertTrue(TranscriptTypist.f4Marks("I: Hoe gaat het? #00:00:10-2#\nR: Goed. #00:00:14-0#"), "f4's: f4's");
        assertFalse(TranscriptTypist.f4Marks("Om 10:30 begon het. [00:01:02] R: ja"),
                "a clock time in the text is no mark");
    }

    @Test
    void marksHaveAsManyDigitsAsTheTranscriptsOwn() {
        org.junit.jupiter.api.Assertions.assertEquals("[00:00:08.2]",
                TranscriptTypist.bracketedAsHere("[00:00:00.5] A01: Ja.\n", 8_250));
        org.junit.jupiter.api.Assertions.assertEquals("[00:00:08.25]",
                TranscriptTypist.bracketedAsHere("[00:00:00.50] A01: Ja.\n", 8_250));
        org.junit.jupiter.api.Assertions.assertEquals("[00:00:08]",
                TranscriptTypist.bracketedAsHere("[00:00:01] A01: Ja.\n", 8_250));
        org.junit.jupiter.api.Assertions.assertEquals("[00:00:08]",
                TranscriptTypist.bracketedAsHere("Geen tijden.", 8_250));
    }

    @Test
    void anF4MarkClosesATurnButOpensOneAfterItsLabel() {
        String f4 = "I: Hoe gaat het? #00:00:01-0#\n";
        org.junit.jupiter.api.Assertions.assertEquals(" #00:00:03-2#",
                TranscriptTypist.markTyped(f4 + "R: Goed", (f4 + "R: Goed").length(), 3_200), "closing: no space after");
        org.junit.jupiter.api.Assertions.assertEquals("#00:00:03-2# ",
                TranscriptTypist.markTyped(f4 + "R: ", (f4 + "R: ").length(), 3_200), "after the label: text follows");
        org.junit.jupiter.api.Assertions.assertEquals(" #00:00:03-2# ",
                TranscriptTypist.markTyped(f4 + "Jan de Vries:", (f4 + "Jan de Vries:").length(), 3_200),
                "a label of more words, no space typed yet: one before and one after");
        org.junit.jupiter.api.Assertions.assertEquals("#00:00:03-2# ",
                TranscriptTypist.markTyped(f4, f4.length(), 3_200), "on a line of its own");
        String labelled = f4 + "R: Goed.";
        org.junit.jupiter.api.Assertions.assertEquals(" #00:00:03-2#",
                TranscriptTypist.markTyped(labelled, labelled.indexOf(" Goed."), 3_200),
                "between a label and its words: their space is the one after the mark");
        String inside = f4 + "R: Goed zo.";
        org.junit.jupiter.api.Assertions.assertEquals("#00:00:03-2# ",
                TranscriptTypist.markTyped(inside, inside.indexOf("zo."), 3_200), "before a word: a space after it");
        org.junit.jupiter.api.Assertions.assertEquals(" #00:00:03-2# ",
                TranscriptTypist.markTyped(inside, inside.indexOf("ed zo.") + 1, 3_200), "inside a word: split by spaces");
        org.junit.jupiter.api.Assertions.assertEquals(" #00:00:03-2#",
                TranscriptTypist.markTyped(f4 + "R: Goed: ja", (f4 + "R: Goed: ja").length(), 3_200),
                "a colon later in a sentence is no label");
    }

    @Test
    void aBracketedMarkAlwaysOpensText() {
        String text = "[00:00:01] I: Hoe gaat het?\n";
        org.junit.jupiter.api.Assertions.assertEquals("[00:00:03] ",
                TranscriptTypist.markTyped(text, text.length(), 3_200));
        org.junit.jupiter.api.Assertions.assertEquals(" [00:00:03] ",
                TranscriptTypist.markTyped(text + "R: Goed", (text + "R: Goed").length(), 3_200));
    }

    /** F9 with the player before the mark above (a skip back): typed, but said (QA: 00:00:03 after 00:00:04, unsaid). */
    @Test
    void aMarkEarlierThanTheOneAboveIsFound() {
        String text = "I: Vraag #00:00:04-0#\nR: Antwoord ";
        org.junit.jupiter.api.Assertions.assertEquals(4000, TranscriptTypist.laterMarkAbove(text, text.length(), 3000)
                .orElseThrow().millis());
        org.junit.jupiter.api.Assertions.assertTrue(TranscriptTypist.laterMarkAbove(text, text.length(), 4500).isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(TranscriptTypist.laterMarkAbove(text, 3, 1000).isEmpty(),
                "a mark after the caret is not above it");
    }
}
