package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;
import org.junit.jupiter.api.Test;

/**
 * Time marks as places in the recording: which stretch of text is said at a time (marks opening their
 * line, and f4's marks closing a turn), which stretch of the recording a quotation covers, whose label is
 * typed next, and the marks as transcription mode types them.
 */
class PlayedStretchTest {
    private static final String OPENING = "[00:00:00] I: Hoe vaak?\n\n[00:00:04] R: Elke week.\n\n[00:00:09] I: Waarom?\n";
    private static final String F4 = "I: Hoe vaak? #00:00:04-0#\n\nR: Elke week. #00:00:09-5#\n\nI: Waarom?\n";

    @Test
    void marksOpeningTheirLinePlayTheirOwnLine() {
        List<TimeMark> marks = TimeMarks.find(OPENING);
        int second = OPENING.indexOf("[00:00:04]");
        int third = OPENING.indexOf("[00:00:09]");
        assertArrayEquals(new int[] {0, second}, PlayedStretch.at(OPENING, List.of(), marks, 2_000));
        assertArrayEquals(new int[] {second, third}, PlayedStretch.at(OPENING, List.of(), marks, 4_000));
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("I", 0, second, 0L), new SpeakerTurn("R", second, third, 4000L),
                new SpeakerTurn("I", third, OPENING.length(), 9000L));
        assertArrayEquals(new int[] {third, OPENING.length()}, PlayedStretch.at(OPENING, turns, marks, 60_000),
                "past the last mark: the last turn");
    }

    @Test
    void f4MarksClosingATurnNameTheTimeTheNextBegins() {
        List<TimeMark> marks = TimeMarks.find(F4);
        int respondent = F4.indexOf("R: Elke");
        int interviewer = F4.indexOf("I: Waarom");
        assertNull(PlayedStretch.at(F4, List.of(), marks, 1_000), "before the first mark nothing is known");
        assertArrayEquals(new int[] {respondent, F4.indexOf("#00:00:09-5#") + "#00:00:09-5#".length()},
                PlayedStretch.at(F4, List.of(), marks, 5_000), "between 4.0 s and 9.5 s: the respondent's turn");
        assertEquals(interviewer, PlayedStretch.at(F4, List.of(), marks, 10_000)[0]);
    }

    @Test
    void aQuotationPlaysFromTheMarkBeforeItToTheMarkAfterIt() {
        List<TimeMark> marks = TimeMarks.find(OPENING);
        int start = OPENING.indexOf("Elke");
        assertArrayEquals(new long[] {4_000, 9_000}, PlayedStretch.recordingOf(OPENING, marks, start, start + 4));
        int last = OPENING.indexOf("Waarom");
        assertArrayEquals(new long[] {9_000, -1}, PlayedStretch.recordingOf(OPENING, marks, last, last + 6), "to the end");
        assertArrayEquals(new long[] {0, -1}, PlayedStretch.recordingOf(OPENING, List.of(), 5, 10), "no marks: all of it");
        List<TimeMark> f4 = TimeMarks.find(F4);
        int answer = F4.indexOf("Elke");
        assertArrayEquals(new long[] {4_000, 9_500}, PlayedStretch.recordingOf(F4, f4, answer, answer + 4),
                "f4: from the mark closing the turn before to the one closing its own");
        int respondent = F4.indexOf("R: Elke");
        assertArrayEquals(new long[] {4_000, 9_500}, PlayedStretch.recordingOf(F4, f4, respondent, respondent + 12),
                "f4: a turn selected with its label too");
        // A turn selected whole, its label and all, plays from its own mark (QA: from the turn before's).
        String labelled = "I: [00:00:00] Hoe vaak?\n\nR: [00:00:04] Elke week.\n\nI: [00:00:09] Waarom?\n";
        int turn = labelled.indexOf("R: [");
        assertArrayEquals(new long[] {4_000, 9_000}, PlayedStretch.recordingOf(labelled, TimeMarks.find(labelled),
                turn, labelled.indexOf("\n\nI: [00:00:09]")));
    }

    @Test
    void theNextSpeakerTakesTurnsAfterTheOneWhoSpokeLast() {
        assertEquals("I", NextSpeaker.after("", 0, List.of()), "a new transcript starts with the interviewer");
        assertEquals("R", NextSpeaker.after("I: Hallo", 8, List.of()));
        assertEquals("I", NextSpeaker.after("I: Hallo\n\nR: Dag", 16, List.of()));
        assertEquals("R", NextSpeaker.after("Interviewer: Hoe gaat het?", 26, List.of()),
                "after the interviewer alone, the respondent: not a second interviewer named I");
        assertEquals("I", NextSpeaker.after("R07: Goed.", 10, List.of()), "after a respondent alone, the interviewer");
        assertEquals("I", NextSpeaker.after("Jan: Goed.", 10, List.of()));
        assertEquals("I", NextSpeaker.after("Ingrid: Goed.", 13, List.of()), "a name is no role, though it starts with I");
        assertEquals("I", NextSpeaker.after("Respondent 3: Goed.", 19, List.of()));
        assertEquals("R", NextSpeaker.after("Int: Hoe gaat het?", 18, List.of()));
        String typed = "Interviewer: Hoe?\n\nJan: Zo.\n\nPiet: Ja.\n\n";
        assertEquals("Jan", NextSpeaker.after(typed, typed.indexOf("Jan") - 1, List.of()));
        assertEquals("Interviewer", NextSpeaker.after(typed, typed.length(), List.of()), "round again after Piet");
        String text = "[00:00:01] Interviewer: Hoe?\n[00:00:03] Respondent: Zo.\n";
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("Interviewer", 0, 29, 1000L),
                new SpeakerTurn("Respondent", 29, text.length(), 3000L));
        assertEquals("Interviewer", NextSpeaker.after(text, text.length(), turns), "the document's own speakers");
    }

    @Test
    void marksAreTypedInF4sFormatOrInBrackets() {
        assertEquals("#00:01:22-6#", TimeMarks.f4(82_650));
        assertEquals("[01:02:03]", TimeMarks.bracketed(3_723_900));
        assertEquals("00:00:04", TimeMarks.clock(4_000));
        List<TimeMark> read = TimeMarks.find("R: Ja. " + TimeMarks.f4(82_650));
        assertEquals(82_600, read.getFirst().millis(), "what is typed reads back, to the tenth");
    }
}
