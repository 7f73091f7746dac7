package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where a turn's label stands in its text, which the view sets off and search and word counts leave out. */
class SpeakerTurnLabelTest {

    private static String label(String speaker, String text) {
        int[] at = new SpeakerTurn(speaker, 0, text.length(), null).label(text);
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void theSpeakersNameWithItsColon() {
        assertEquals("Interviewer:", label("Interviewer", "Interviewer: hoe gaat het?"));
        assertEquals("INTERVIEWER :", label("Interviewer", "INTERVIEWER : hoe gaat het?"));
    }

    @Test
    void aNameRenamedAtImportTakesTheWholeTypedLabel() {
        assertEquals("Interviewer (Jan):", label("Interviewer", "Interviewer (Jan): hoe gaat het?"),
                "renamed from \"Interviewer (Jan)\": the rest of the label is no spoken text");
        assertEquals("Interviewer Jan:", label("Interviewer", "Interviewer Jan: hoe gaat het?"));
    }

    @Test
    void theNameInTheSpokenTextIsNoLabel() {
        assertEquals("I:", label("Jan", "I: ik heb Jan gisteren gezien"),
                "renamed from I to Jan: the typed label, not Jan in what is said");
    }

    @Test
    void aLabelAloneOnItsLine() {
        assertEquals("INTERVIEWER", label("Interviewer", "INTERVIEWER\nhoe gaat het?"));
        assertEquals("Interviewer (Jan)", label("Interviewer", "Interviewer (Jan)\nhoe gaat het?"));
        assertEquals("Jordan Lee", label("Jordan Lee", "Jordan Lee   0:01\nHallo allemaal.\n"),
                "the name, not the time beside it (Teams, Otter)");
        assertEquals("Speaker 1", label("Speaker 1", "00:00:03 Speaker 1\nHallo.\n"), "after the time (Word)");
        assertEquals("Anna", label("Anna", "Anna 00:01:02 Ik zei: nee\n"), "not up to a colon in what is said");
    }

    @Test
    void noLabelAtAll() {
        assertNull(label("Jan", "en toen zei ik dat het zo niet langer kon, want niemand luisterde meer"));
    }
}
