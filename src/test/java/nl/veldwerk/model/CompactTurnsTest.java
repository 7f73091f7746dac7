package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompactTurnsTest {
    private static final List<SpeakerTurn> TURNS = List.of(
            new SpeakerTurn("Interviewer", 0, 10, 0L),
            new SpeakerTurn("Respondent", 11, 30, null),
            new SpeakerTurn("Interviewer", 31, 40, 65_000L),
            new SpeakerTurn("Respondent", 41, 50, -5L));

    @Test
    void aDocumentKeepsItsTurnsInArraysAndGivesBackEqualTurns() {
        Document d = Document.of("d", "Interview", "x".repeat(50), SourceFormat.TXT, new ArrayList<>(TURNS),
                Instant.EPOCH);

        assertInstanceOf(CompactTurns.class, d.turns());
        assertEquals(TURNS, d.turns());
        assertEquals(TURNS.hashCode(), d.turns().hashCode());
        assertNull(d.turns().get(1).timestampMillis(), "a turn without a time stays without one");
        assertEquals(-5L, d.turns().get(3).timestampMillis());
        assertSame(d.turns(), d.withName("Other").turns(), "a copy of a compact list is the list itself");
        assertEquals(TURNS, CompactTurns.copyOf(new LinkedList<>(TURNS)));
    }

    @Test
    void theListCannotBeChangedAndRefusesWhatListCopyOfRefuses() {
        List<SpeakerTurn> turns = CompactTurns.copyOf(TURNS);

        assertThrows(UnsupportedOperationException.class, () -> turns.add(TURNS.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> turns.set(0, TURNS.get(1)));
        assertThrows(UnsupportedOperationException.class, () -> turns.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> turns.get(4));
        assertThrows(NullPointerException.class, () -> CompactTurns.copyOf(Arrays.asList(TURNS.get(0), null)));
        assertThrows(NullPointerException.class, () -> turns.contains(null), "as List.copyOf's list");
        assertThrows(NullPointerException.class, () -> turns.indexOf(null));
        assertEquals(2, turns.indexOf(TURNS.get(2)));
        assertEquals(true, turns.contains(new SpeakerTurn("Respondent", 11, 30, null)));
        assertEquals(List.of(), CompactTurns.copyOf(List.of()));
    }

    @Test
    void aTurnAtTheEarliestTimeKeepsItAndATurnWithoutATimeHasNone() {
        List<SpeakerTurn> odd = List.of(new SpeakerTurn("A", 0, 1, Long.MIN_VALUE), new SpeakerTurn("B", 2, 3, null));

        List<SpeakerTurn> copy = CompactTurns.copyOf(odd);

        assertEquals(odd, copy);
        assertEquals(Long.MIN_VALUE, copy.get(0).timestampMillis());
        assertNull(copy.get(1).timestampMillis());
    }

    @Test
    void speakersAndTheSpeakerAtAnOffsetAreAnsweredWithoutMakingTurns() {
        Document compact = Document.of("d", "Interview", "x".repeat(50), SourceFormat.TXT, TURNS, Instant.EPOCH);
        List<SpeakerTurn> odd = List.of(new SpeakerTurn("A", 0, 10, Long.MIN_VALUE), new SpeakerTurn("B", 5, 20, null));
        Document plain = Document.of("e", "Odd", "x".repeat(50), SourceFormat.TXT, odd, Instant.EPOCH);

        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent"), compact.turnSpeakers());
        assertThrows(UnsupportedOperationException.class, () -> compact.turnSpeakers().set(0, "Other"));
        assertEquals("Interviewer", compact.speakerAt(0));
        assertEquals("Interviewer", compact.speakerAt(10), "a turn holds its end offset");
        assertEquals("Respondent", compact.speakerAt(11));
        assertEquals("Respondent", compact.speakerAt(50));
        assertNull(Document.of("f", "None", "x".repeat(60), SourceFormat.TXT, TURNS, Instant.EPOCH).speakerAt(55));
        // Overlapping turns: the last that holds the offset.
        assertEquals("B", plain.speakerAt(7));
        assertEquals("A", plain.speakerAt(3));
        assertEquals(List.of("A", "B"), plain.turnSpeakers());
        Document overlapping = Document.of("g", "Overlap", "x".repeat(50), SourceFormat.TXT, List.of(
                new SpeakerTurn("A", 0, 10, 1L), new SpeakerTurn("B", 5, 20, 2L)), Instant.EPOCH);
        assertInstanceOf(CompactTurns.class, overlapping.turns());
        assertEquals("B", overlapping.speakerAt(7));
        assertEquals("A", overlapping.speakerAt(3));
    }

    @Test
    void theTurnOfAPassageIsTheLastThatHoldsItsStartEndExcludedAnEmptyTurnHoldingItsStart() {
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("A", 0, 10, 1L), new SpeakerTurn("B", 5, 20, null),
                new SpeakerTurn("C", 30, 30, 3L));
        Document compact = Document.of("d", "Interview", "x".repeat(50), SourceFormat.TXT, turns, Instant.EPOCH);
        Document plain = Document.of("e", "Odd", "x".repeat(50), SourceFormat.TXT, List.of(
                new SpeakerTurn("A", 0, 10, Long.MIN_VALUE), new SpeakerTurn("B", 5, 20, null),
                new SpeakerTurn("C", 30, 30, 3L)), Instant.EPOCH);

        for (Document d : List.of(compact, plain)) {
            assertEquals("A", d.turnOf(4).speaker());
            assertEquals("B", d.turnOf(7).speaker(), "the last that holds it");
            assertEquals("B", d.turnOf(10).speaker(), "A's end is not A's");
            assertNull(d.turnOf(20), "B's end is not B's, and no other turn holds it");
            assertEquals("C", d.turnOf(30).speaker(), "an empty turn holds its start");
            assertEquals(3L, d.turnOf(30).timestampMillis());
            assertNull(d.turnOf(31));
        }
        assertInstanceOf(CompactTurns.class, compact.turns());
    }
}
