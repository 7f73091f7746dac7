package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CodingTableTest {

    /**
     * The table checked against what the maps and indexes it replaced did: a map in the order ids were first put
     * (a coding put again keeps its place), and per quotation and per code a list where one put again goes last.
     */
    private static final class Expected {
        final LinkedHashMap<String, Coding> byId = new LinkedHashMap<>();
        final Map<String, List<Coding>> byQuotation = new LinkedHashMap<>();
        final Map<String, List<Coding>> byCode = new LinkedHashMap<>();

        void put(Coding c) {
            Coding previous = byId.put(c.id(), c);
            if (previous != null) {
                unindex(previous);
            }
            byQuotation.computeIfAbsent(c.quotationId(), k -> new ArrayList<>()).add(c);
            byCode.computeIfAbsent(c.codeId(), k -> new ArrayList<>()).add(c);
        }

        void remove(String id) {
            Coding previous = byId.remove(id);
            if (previous != null) {
                unindex(previous);
            }
        }

        private void unindex(Coding c) {
            byQuotation.get(c.quotationId()).remove(c);
            byCode.get(c.codeId()).remove(c);
        }

        Expected copy() {
            Expected copy = new Expected();
            copy.byId.putAll(byId);
            byQuotation.forEach((q, codings) -> copy.byQuotation.put(q, new ArrayList<>(codings)));
            byCode.forEach((c, codings) -> copy.byCode.put(c, new ArrayList<>(codings)));
            return copy;
        }
    }

    /** Quotation or code names, every other one of the first a string that hashes as another ("Aa", "BB"). */
    private static List<String> names(String prefix, int count) {
        List<String> alike = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(i % 2 == 1 && i / 2 < alike.size() ? alike.get(i / 2) : prefix + i);
        }
        return names;
    }

    @Test
    void behavesAsTheMapsAndIndexesItReplacedThroughRandomPutsRecodingsAndRemovals() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            List<String> ids = new ArrayList<>();
            int idCount = 1 + random.nextInt(seed % 3 == 0 ? 6 : 400);
            for (int i = 0; i < idCount; i++) {
                ids.add(switch (i % 4) {
                    case 0, 1 -> new UUID(random.nextLong(), random.nextLong()).toString();
                    case 2 -> new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
                    default -> "coding-" + i; // an imported project's own ids
                });
            }
            Expected expected = new Expected();
            CodingTable actual = new CodingTable(random.nextInt(40), random.nextInt(20));
            List<String> quotations = names("q", 1 + random.nextInt(30));
            List<String> codes = names("c", 1 + random.nextInt(12));
            Expected atCopy = null;
            CodingTable copy = null;
            for (int step = 0; step < 3_000; step++) {
                String id = ids.get(random.nextInt(ids.size()));
                if (random.nextInt(3) == 0) {
                    assertEquals(expected.byId.get(id), actual.remove(id), "removed " + id);
                    expected.remove(id);
                } else {
                    Coding c = new Coding(id, quotations.get(random.nextInt(quotations.size())),
                            codes.get(random.nextInt(codes.size())), random.nextBoolean() ? null : "coder",
                            Instant.ofEpochSecond(step));
                    assertEquals(expected.byId.get(id), actual.put(c), "replaced by " + c);
                    expected.put(c);
                }
                if (step % 97 == 0 || step == 2_999) {
                    assertSame(expected, actual, quotations, codes);
                    if (copy != null) { // changes to the table since leave its copy as it was
                        assertSame(atCopy, copy, quotations, codes);
                    }
                    copy = actual.copy();
                    atCopy = expected.copy();
                    assertSame(expected, copy, quotations, codes);
                }
            }
        }
    }

    private static void assertSame(Expected expected, CodingTable actual, List<String> quotations, List<String> codes) {
        assertEquals(expected.byId.size(), actual.size());
        assertEquals(List.copyOf(expected.byId.values()), List.copyOf(actual.values()), "project order");
        for (String id : expected.byId.keySet()) {
            assertTrue(actual.contains(id));
            assertEquals(expected.byId.get(id), actual.get(id));
        }
        for (String q : quotations) {
            List<Coding> of = expected.byQuotation.getOrDefault(q, List.of());
            assertEquals(of, actual.ofQuotation(q), "codings of " + q);
            assertEquals(!of.isEmpty(), actual.quotationHasCodings(q));
        }
        for (String c : codes) {
            List<Coding> with = expected.byCode.getOrDefault(c, List.of());
            assertEquals(with, actual.withCode(c), "codings with " + c);
            assertEquals(with.stream().map(Coding::quotationId).toList(), actual.quotationsCodedWith(c));
            assertEquals(!with.isEmpty(), actual.codeHasCodings(c));
        }
    }

    @Test
    void codingsAppendedWhileOpeningMakeTheSameTableAsPuttingEachOne() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Expected expected = new Expected();
            CodingTable put = new CodingTable(0, 0);
            CodingTable appended = new CodingTable(random.nextInt(50), random.nextInt(20));
            int before = random.nextInt(30);
            int count = 1 + random.nextInt(seed % 4 == 0 ? 10 : 3_000); // beyond the room made: rows grow
            List<String> quotations = names("q", 1 + random.nextInt(200));
            List<String> codes = names("c", 1 + random.nextInt(12));
            List<Coding> codings = new ArrayList<>();
            for (int i = 0; i < before + count; i++) {
                String id = switch (i % 5) {
                    case 0, 1, 2 -> new UUID(random.nextLong(), random.nextLong()).toString();
                    case 3 -> new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
                    default -> "coding-" + i;
                };
                codings.add(new Coding(id, quotations.get(random.nextInt(quotations.size())),
                        codes.get(random.nextInt(codes.size())), random.nextBoolean() ? null : "coder",
                        Instant.ofEpochSecond(i)));
            }
            for (int i = 0; i < codings.size(); i++) {
                if (i == before) {
                    appended.startAppending();
                    assertThrows(IllegalStateException.class, () -> appended.get(codings.get(0).id()),
                            "nothing is looked up by id while appending");
                }
                expected.put(codings.get(i));
                put.put(codings.get(i));
                assertNull(appended.put(codings.get(i)));
                if (i < before && random.nextInt(3) == 0) { // removals before appending leave gaps it must close
                    String gone = codings.get(random.nextInt(i + 1)).id();
                    expected.remove(gone);
                    put.remove(gone);
                    appended.remove(gone);
                }
            }
            assertTrue(appended.finishAppending(), "every id new");
            assertSame(expected, appended, quotations, codes);
            assertTrue(appended.sameCodings(put));
            Coding another = new Coding("another", "q0", "c0", null, null);
            assertNull(appended.put(another), "put as before once appending ended");
            assertEquals(another, appended.get("another"));
        }
    }

    @Test
    void anIdAppendedTwiceIsToldWhenAppendingEnds() {
        for (String twice : List.of(UUID.randomUUID().toString(), "ATLAS-17")) {
            CodingTable before = new CodingTable(4, 4);
            before.put(new Coding(twice, "q", "c", null, null));
            before.startAppending();
            before.put(new Coding("x", "q", "d", null, null));
            before.put(new Coding(twice, "q", "e", null, null));
            assertFalse(before.finishAppending(), "an id put before appending, appended again");

            CodingTable within = new CodingTable(0, 0);
            within.startAppending();
            within.put(new Coding(twice, "q", "c", null, null));
            for (int i = 0; i < 100; i++) {
                within.put(new Coding(UUID.randomUUID().toString(), "q" + i, "c", null, null));
            }
            within.put(new Coding(twice, "q", "d", null, null));
            assertFalse(within.finishAppending(), "an id appended twice");
        }
    }

    @Test
    void anIdComesBackExactlyAsItWasPutWhateverItsForm() {
        CodingTable table = new CodingTable(0, 0);
        String lower = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        String upper = lower.toUpperCase(Locale.ROOT);
        String other = "ATLAS-coding-17";
        List<String> nearly = List.of("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fg", "0f1e2d3c4-b5a-6978-8796-a5b4c3d2e1f0",
                "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f00", "0f1e2d3cx4b5a-6978-8796-a5b4c3d2e1f0",
                "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1\u00e9");
        List<String> all = new ArrayList<>(List.of(lower, upper, other));
        all.addAll(nearly);
        for (String id : all) {
            table.put(new Coding(id, "q", "c-" + id, null, null));
        }
        assertEquals(all, table.values().stream().map(Coding::id).toList());
        for (String id : all) {
            assertEquals("c-" + id, table.get(id).codeId());
        }
        assertEquals("c-" + upper, table.get(upper).codeId(), "the upper-case id is another coding");
        assertNull(table.get("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f1"));
        assertFalse(table.contains(null));
    }

    @Test
    void aCodingPutAgainKeepsItsPlaceInTheProjectButGoesLastAmongItsQuotationsCodings() {
        CodingTable table = new CodingTable(0, 0);
        Coding a = new Coding("a", "q", "c1", null, null);
        Coding b = new Coding("b", "q", "c2", null, null);
        table.put(a);
        table.put(b);
        table.put(a.withCode("c3"));
        assertEquals(List.of("a", "b"), table.values().stream().map(Coding::id).toList());
        assertEquals(List.of("b", "a"), table.ofQuotation("q").stream().map(Coding::id).toList());
        assertEquals(List.of(), table.withCode("c1"));
        assertEquals(List.of(a.withCode("c3")), table.withCode("c3"));
    }

    @Test
    void aCodingPutAgainDuringAWalkIsSeenThereAndAnAdditionFailsTheWalk() {
        CodingTable table = new CodingTable(2, 2);
        table.put(new Coding("a", "q", "c", null, null));
        table.put(new Coding("b", "q", "c", null, null));
        List<String> seen = new ArrayList<>();
        for (Coding c : table.values()) { // recoding each as it is walked, as the map of codings allowed
            table.put(c.withCode("d"));
            seen.add(table.get(c.id()).codeId());
        }
        assertEquals(List.of("d", "d"), seen);
        assertEquals(List.of(), table.ofQuotation(null), "no quotation, no codings");
        assertEquals(List.of(), table.withCode(null));
        Iterator<Coding> walk = table.values().iterator();
        table.put(new Coding("c", "q", "c", null, null));
        assertThrows(ConcurrentModificationException.class, walk::next);
    }

    @Test
    void twoTablesWithTheSameCodingsInAnotherOrderAreTheSame() {
        CodingTable one = new CodingTable(0, 0);
        CodingTable two = new CodingTable(0, 0);
        Coding a = new Coding(UUID.randomUUID().toString(), "q", "c", null, null);
        Coding b = new Coding("b", "q", "d", "coder", Instant.EPOCH);
        one.put(a);
        one.put(b);
        two.put(b);
        two.put(a);
        assertTrue(one.sameCodings(two));
        assertEquals(one.codingsHash(), two.codingsHash());
        two.put(b.withCode("e"));
        assertFalse(one.sameCodings(two));
    }
}
