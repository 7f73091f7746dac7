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
}
