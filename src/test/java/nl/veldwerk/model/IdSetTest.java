package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ids an index keeps under a key: added as a list, then a set once looked up or taken out; either way in
 * the order they were added, each once, and what the project's queries give back follows that order.
 */
class IdSetTest {
    @Test
    void keepsTheOrderOfAddingBeforeAndAfterBecomingASet() {
        IdSet ids = new IdSet();
        List.of("c", "a", "b", "d").forEach(ids::add);
        assertEquals(List.of("c", "a", "b", "d"), List.copyOf(ids));
        assertTrue(ids.contains("b"));
        assertFalse(ids.contains("x"));
        assertTrue(ids.remove("a"));
        assertFalse(ids.remove("a"));
        ids.add("e");
        assertEquals(List.of("c", "b", "d", "e"), List.copyOf(ids));
        assertEquals(4, ids.size());
        // A long one becomes a set on its first removal, in the same order.
        IdSet many = new IdSet();
        java.util.List<String> added = new java.util.ArrayList<>();
        for (int i = 40; i > 0; i--) {
            many.add("k" + i);
            added.add("k" + i);
        }
        assertTrue(many.remove("k20"));
        added.remove("k20");
        assertFalse(many.add("k7"), "a set now: an id it holds is not added twice");
        many.add("k0");
        added.add("k0");
        assertEquals(added, List.copyOf(many));
        assertTrue(many.contains("k1") && !many.contains("k20"));
    }

    @Test
    void anIteratorTakesOutInEitherForm() {
        IdSet list = new IdSet();
        List.of("a", "b", "c").forEach(list::add);
        var it = list.iterator();
        it.next();
        it.remove();
        assertEquals(List.of("b", "c"), List.copyOf(list));
    }

    @Test
    void theProjectsQueriesFollowTheOrderOfPuttingThroughRemovalsAndPutsAgain() {
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Project p = new Project(ProjectInfo.named("Volgorde", t));
        p.put(Document.of("d", "A01", "een twee drie vier vijf", SourceFormat.TXT, List.of(), t));
        p.put(Code.of("c", "Bereik", null, null));
        for (String q : List.of("q3", "q1", "q2")) {
            p.put(new Quotation(q, "d", 0, 3, "", null, t));
            p.put(new Coding("k" + q, q, "c", null, t));
        }
        assertEquals(List.of("q3", "q1", "q2"), p.quotationsOf("d").stream().map(Quotation::id).toList());
        p.remove(EntityKind.CODING, "kq1");
        p.put(new Coding("kq1", "q1", "c", null, t));
        p.put(new Quotation("q3", "d", 4, 8, "", null, t)); // put again in its place: unindexed, then last
        assertEquals(List.of("q1", "q2", "q3"), p.quotationsOf("d").stream().map(Quotation::id).toList());
        assertEquals(List.of("kq3", "kq2", "kq1"), p.codingsWithCode("c").stream().map(Coding::id).toList());
        // A copy (reports, search and analysis work on one) lists them as the project itself does.
        Project copy = p.copy();
        assertEquals(List.of("q1", "q2", "q3"), copy.quotationsOf("d").stream().map(Quotation::id).toList());
        assertEquals(List.of("kq3", "kq2", "kq1"), copy.codingsWithCode("c").stream().map(Coding::id).toList());
        assertEquals(List.of("kq1"), copy.codingsOf("q1").stream().map(Coding::id).toList());
        copy.remove(EntityKind.CODING, "kq2");
        assertEquals(List.of("kq3", "kq2", "kq1"), p.codingsWithCode("c").stream().map(Coding::id).toList(),
                "the project keeps its own index when the copy changes");
    }
}
