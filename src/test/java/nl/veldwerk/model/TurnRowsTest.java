package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TurnRowsTest {
    @Test
    void rowsGiveTheTurnsAddedAsADocumentKeepsThem() {
        List<SpeakerTurn> expected = new ArrayList<>();
        TurnRows rows = new TurnRows();
        for (int i = 0; i < 150; i++) { // past the first room
            Long time = i % 3 == 0 ? null : i * 1_000L - 7;
            expected.add(new SpeakerTurn(i % 2 == 0 ? "Interviewer" : "R" + i, i * 10, i * 10 + 9, time));
            rows.add(expected.get(i).speaker(), i * 10, i * 10 + 9, time != null, time == null ? 99 : time);
        }

        List<SpeakerTurn> turns = rows.turns();

        assertInstanceOf(CompactTurns.class, turns);
        assertEquals(expected, turns);
        assertNull(turns.get(0).timestampMillis(), "untimed stays untimed");
        Document d = Document.of("d", "Interview", "x".repeat(1_500), SourceFormat.TXT, turns, Instant.EPOCH);
        assertSame(turns, d.turns(), "the document keeps the rows' list, no copy");
    }

    @Test
    void clearedRowsStartAgainAndEarlierListsStayAsTheyWere() {
        TurnRows rows = new TurnRows();
        rows.add("A", 0, 5, true, 10);
        rows.add("B", 6, 9, false, 0);
        List<SpeakerTurn> first = rows.turns();
        rows.clear();
        rows.add("C", 1, 2, false, 0);

        assertEquals(List.of(new SpeakerTurn("A", 0, 5, 10L), new SpeakerTurn("B", 6, 9, null)), first);
        assertEquals(List.of(new SpeakerTurn("C", 1, 2, null)), rows.turns());
        rows.clear();
        assertEquals(List.of(), rows.turns());
    }

    @Test
    void rowsRefuseWhatATurnRefuses() {
        TurnRows rows = new TurnRows();
        assertThrows(ModelException.class, () -> rows.add(" ", 0, 1, false, 0));
        assertThrows(ModelException.class, () -> rows.add(null, 0, 1, false, 0));
        assertThrows(ModelException.class, () -> rows.add("A", 5, 4, false, 0));
        assertThrows(ModelException.class, () -> rows.add("A", -1, 4, false, 0));
        assertThrows(ModelException.class, () -> rows.add("x".repeat(100_000), 0, 1, false, 0));
        assertEquals(0, rows.size(), "nothing refused was kept");
    }

    @Test
    void aDocumentRefusesATurnPastItsTextAndNamesIt() {
        TurnRows rows = new TurnRows();
        rows.add("A", 0, 5, false, 0);
        rows.add("B", 6, 12, false, 0);
        rows.add("C", 12, 20, false, 0);

        ModelException refused = assertThrows(ModelException.class,
                () -> Document.of("d", "Interview", "x".repeat(11), SourceFormat.TXT, rows.turns(), Instant.EPOCH));
        assertEquals("turn.outsideText", refused.userText().key());
        assertEquals(List.of("[6, 12)", "Interview", 11), refused.userText().args(), "the first turn past the text");
    }
}
