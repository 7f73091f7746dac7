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
        assertEquals(List.of(), CompactTurns.copyOf(List.of()));
    }

    @Test
    void aTurnAtTheOneTimeTheArraysCannotHoldIsKeptAsItIs() {
        List<SpeakerTurn> odd = List.of(new SpeakerTurn("A", 0, 1, Long.MIN_VALUE), new SpeakerTurn("B", 2, 3, null));

        List<SpeakerTurn> copy = CompactTurns.copyOf(odd);

        assertEquals(odd, copy);
        assertEquals(Long.MIN_VALUE, copy.get(0).timestampMillis());
        assertNull(copy.get(1).timestampMillis());
    }
}
