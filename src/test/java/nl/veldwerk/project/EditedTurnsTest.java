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
}
