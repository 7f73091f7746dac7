package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/** A speaker change put right by hand: a new line opening with a speaker's label starts that speaker's turn. */
class EditedTurnsTest {
    private static final String BEFORE = "Interviewer: Hoe vaak?\nA01: Elke week. Waarom vraagt u dat? Gewoon.\n";

    @Test
    void aLabelLineTypedInsideAnotherSpeakersTurnStartsATurn() {
        String after = BEFORE.replace(" Waarom vraagt u dat?", "\nInterviewer: Waarom vraagt u dat?\nA01:");
        // The turns as the edits left them: the answer's turn over all that was typed in it.
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("Interviewer", 0, 23, 1_000L),
                new SpeakerTurn("A01", 23, after.length(), 5_000L));
        List<SpeakerTurn> split = EditedTurns.split(turns, BEFORE, after);
        assertEquals(List.of("Interviewer", "A01", "Interviewer", "A01"), split.stream().map(SpeakerTurn::speaker)
                .toList());
        int asked = after.indexOf("Interviewer: Waarom");
        int answer = after.indexOf("A01: Gewoon");
        assertEquals(List.of(0, 23, asked, answer), split.stream().map(SpeakerTurn::start).toList());
        assertEquals(List.of(23, asked, answer, after.length()), split.stream().map(SpeakerTurn::end).toList());
        assertEquals(5_000L, split.get(1).timestampMillis(), "the turn split keeps its time");
    }

    @Test
    void labelLinesThatWereThereAndOtherLabelsStayAsTheyAre() {
        String before = "Interviewer: Hoe vaak?\nA01: Elke week.\nInterviewer: zei ik toen.\nDatum: maart\n";
        String after = before.replace("Elke week.", "Elke week, echt.") + "Onbekend: iets\n";
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("Interviewer", 0, 23, null),
                new SpeakerTurn("A01", 23, after.length(), null));
        assertSame(turns, EditedTurns.split(turns, before, after),
                "a label line the import left inside a turn, a header field and an unknown name: no turn");
    }
    /**
     * QA: a speaker's name and time alone on a line, as Otter, Teams and Word write a turn's opening ("Pieter Bakker
     * 0:14"), starts a turn with that time; and a label of a speaker the caller names (one the document has no turn of
     * yet) does too.
     */
    @Test
    void aNameAndTimeLineOrALabelOfAnotherSpeakerStartsATurn() {
        String before = "Anneke  0:02\nHoe lang woont u al in deze wijk? Mooi.\n\nPieter Bakker  0:20\nNee.\n";
        String after = before.replace(" Mooi.", "\n\nPieter Bakker  0:14\nTwintig jaar.\n\nAnneke  0:17\nMooi.");
        int pieter = after.indexOf("Pieter Bakker  0:14");
        int anneke = after.indexOf("Anneke  0:17");
        int last = after.indexOf("Pieter Bakker  0:20");
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("Anneke", 0, last - 2, 2_000L),
                new SpeakerTurn("Pieter Bakker", last, after.length() - 1, 20_000L));
        List<SpeakerTurn> split = EditedTurns.split(turns, before, after);
        assertEquals(List.of(0, pieter, anneke, last), split.stream().map(SpeakerTurn::start).toList());
        assertEquals(java.util.Arrays.asList(2_000L, 14_000L, 17_000L, 20_000L), split.stream()
                .map(SpeakerTurn::timestampMillis).toList());

        String boer = BEFORE.replace(" Waarom vraagt u dat?", "\nBoer: Ik ook niet.\nA01: Waarom vraagt u dat?");
        List<SpeakerTurn> had = List.of(new SpeakerTurn("Interviewer", 0, 23, null),
                new SpeakerTurn("A01", 23, boer.length(), null));
        assertSame(had, EditedTurns.split(had, BEFORE, boer), "not named: no speaker");
        assertEquals(List.of("Interviewer", "A01", "Boer", "A01"), EditedTurns.split(had, BEFORE, boer,
                List.of("Boer")).stream().map(SpeakerTurn::speaker).toList());
        String speech = BEFORE.replace(" Waarom vraagt u dat?", "\nA01 10 keer, zei ik.");
        assertSame(had, EditedTurns.split(had, BEFORE, speech), "a label and words without a colon or time: speech");
    }

    /**
     * Review: a label line typed in no turn (after a turn trimmed at its line's end) starts a turn up to the next;
     * one after a time mark, or in other capitals, counts; a repeated label line typed into an answer is new.
     */
    @Test
    void labelLinesInNoTurnAfterATimeMarkOrRepeatedStartTurnsToo() {
        String before = "A01: Ja.\nInterviewer: Ja?\nA01: Nee, want ik weet het niet.\nInterviewer: Ja?\n";
        String after = before.replace("Nee, want", "Nee,\n[00:01:02] interviewer: Ja?\nA01: want")
                .replace("A01: Ja.\n", "A01: Ja.\nInterviewer: Echt?\n");
        int typedInGap = after.indexOf("Interviewer: Echt?");
        int second = after.indexOf("Interviewer: Ja?");
        int inAnswer = after.indexOf("[00:01:02]");
        int answerGoesOn = after.indexOf("A01: want");
        // The turns as the edits left them: the first trimmed at its line's end, the typed line in none.
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("A01", 0, 8, null), new SpeakerTurn("Interviewer", second,
                after.indexOf("A01: Nee"), null), new SpeakerTurn("A01", after.indexOf("A01: Nee"),
                after.lastIndexOf("Interviewer: Ja?"), null), new SpeakerTurn("Interviewer",
                after.lastIndexOf("Interviewer: Ja?"), after.length(), null));
        List<SpeakerTurn> split = EditedTurns.split(turns, before, after);
        assertEquals(List.of(0, typedInGap, second, after.indexOf("A01: Nee"), inAnswer, answerGoesOn,
                after.lastIndexOf("Interviewer: Ja?")), split.stream().map(SpeakerTurn::start).toList());
        assertEquals(List.of("A01", "Interviewer", "Interviewer", "A01", "Interviewer", "A01", "Interviewer"),
                split.stream().map(SpeakerTurn::speaker).toList());
        assertEquals(second, split.get(1).end(), "the line in no turn runs to the next turn");
        assertEquals(62_000L, split.get(4).timestampMillis(), "the mark before the label is the turn's time");
        assertEquals(java.util.Arrays.asList(null, null, null, null, 62_000L, null, null), split.stream()
                .map(SpeakerTurn::timestampMillis).toList());
    }
    /** A time mark typed in front of a turn's label (outside the turn while typing) is that turn's once editing ends. */
    @Test
    void aTimeMarkTypedBeforeALabelJoinsItsTurn() {
        String before = "A01: Ja.\nInterviewer: Echt?\n";
        String after = "A01: Ja.\n[00:00:05] Interviewer: Echt?\n";
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("A01", 0, 9, null),
                new SpeakerTurn("Interviewer", 20, after.length(), null));
        List<SpeakerTurn> split = EditedTurns.split(turns, before, after);
        assertEquals(List.of(0, 9), split.stream().map(SpeakerTurn::start).toList(), "no second Interviewer turn");
        assertEquals(List.of("A01", "Interviewer"), split.stream().map(SpeakerTurn::speaker).toList());
        assertEquals(5_000L, split.get(1).timestampMillis(), "the mark's time is the turn's");
    }

    /**
     * The same when the turn before ends with its line break, so that the mark typed at the line's start went into
     * it while typing: the mark is the label's turn's, and no second turn of that speaker starts at it.
     */
    @Test
    void aTimeMarkTypedBeforeALabelLeavesTheTurnBeforeIt() {
        String before = "A01: Ja.\nInterviewer: Echt?\n";
        String after = "A01: Ja.\n[00:00:05] Interviewer: Echt?\n";
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("A01", 0, 20, null),
                new SpeakerTurn("Interviewer", 20, after.length(), null));
        List<SpeakerTurn> split = EditedTurns.split(turns, before, after);
        assertEquals(List.of(new SpeakerTurn("A01", 0, 9, null), new SpeakerTurn("Interviewer", 9, after.length(),
                5_000L)), split, "with the mark's time");
    }
}
