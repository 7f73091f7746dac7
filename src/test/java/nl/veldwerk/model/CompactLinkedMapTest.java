package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CompactLinkedMapTest {

    /** Keys that collide in the table: equal hash codes, different keys. */
    private record Colliding(int n) {
        @Override
        public int hashCode() {
            return n % 7;
        }
    }

    @Test
    void behavesAsALinkedHashMapThroughRandomPutsRemovalsAndMerges() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            int keys = 1 + random.nextInt(seed % 3 == 0 ? 8 : 300);
            LinkedHashMap<Object, String> expected = new LinkedHashMap<>();
            CompactLinkedMap<Object, String> actual = new CompactLinkedMap<>(random.nextInt(50));
            for (int step = 0; step < 4_000; step++) {
                Object key = seed % 2 == 0 ? new Colliding(random.nextInt(keys)) : "k" + random.nextInt(keys);
                String value = "v" + step;
                switch (random.nextInt(6)) {
                    case 0, 1 -> assertEquals(expected.put(key, value), actual.put(key, value));
                    case 2 -> assertEquals(expected.remove(key), actual.remove(key));
                    case 3 -> assertEquals(expected.merge(key, value, (a, b) -> a.length() > 6 ? null : a + b),
                            actual.merge(key, value, (a, b) -> a.length() > 6 ? null : a + b));
                    case 4 -> {
                        // Take away the entry put last, as an undo does.
                        Object last = expected.isEmpty() ? key : expected.sequencedKeySet().getLast();
                        assertEquals(expected.remove(last), actual.remove(last));
                    }
                    default -> assertEquals(expected.get(key), actual.get(key));
                }
                assertEquals(expected.containsKey(key), actual.containsKey(key));
                assertEquals(expected.size(), actual.size());
                if (step % 97 == 0) {
                    assertSameOrder(expected, actual, "seed " + seed + " step " + step);
                }
            }
            assertSameOrder(expected, actual, "seed " + seed);
            for (Object key : List.copyOf(expected.keySet())) {
                assertEquals(expected.get(key), actual.get(key), "every key is found after the removals");
            }
        }
    }

    private static void assertSameOrder(Map<Object, String> expected, CompactLinkedMap<Object, String> actual,
                                        String when) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), when);
        assertEquals(List.copyOf(expected.values()), List.copyOf(actual.values()), when);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()), when);
        assertEquals(expected, actual, when);
        assertEquals(actual, expected, when);
        assertEquals(expected.hashCode(), actual.hashCode(), when);
    }

    @Test
    void aReplacedValueKeepsItsPlaceAndAKeyPutAgainGoesLast() {
        CompactLinkedMap<String, Integer> map = new CompactLinkedMap<>();
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        map.put("a", 10);
        assertEquals(List.of("a", "b", "c"), List.copyOf(map.keySet()));
        map.remove("a");
        map.put("a", 11);
        assertEquals(List.of("b", "c", "a"), List.copyOf(map.keySet()));
        assertEquals(List.of(2, 3, 11), List.copyOf(map.values()));
    }

    @Test
    void addingAndUndoingDoesNotGrowIt() throws ReflectiveOperationException {
        CompactLinkedMap<String, String> map = new CompactLinkedMap<>(1_000);
        for (int i = 0; i < 1_000; i++) {
            map.put("k" + i, "v");
        }
        map.put("new", "v");
        map.remove("new");
        int capacity = arrayLength(map);
        for (int i = 0; i < 100_000; i++) {
            map.put("new", "v");
            map.remove("new");
        }
        assertEquals(capacity, arrayLength(map));
        assertEquals(1_000, intField(map, "used"), "an addition undone leaves no gap behind to be closed later");
        for (int i = 0; i < 100_000; i++) {
            map.remove("k" + (i % 1_000));
            map.put("k" + (i % 1_000), "v");
        }
        assertTrue(arrayLength(map) <= 2 * capacity, "gaps left in the middle are closed, not grown past");
        assertEquals(1_000, map.size());
    }

    @Test
    void aMapMadeForSomeEntriesTakesAnEighthMoreWithoutCopyingItsArraysOrItsTable()
            throws ReflectiveOperationException {
        CompactLinkedMap<String, String> map = new CompactLinkedMap<>(80_000);
        for (int i = 0; i < 80_000; i++) {
            map.put("k" + i, "v");
        }
        Object keys = field(map, "keys");
        Object table = field(map, "table");
        for (int i = 0; i < 10_000; i++) {
            map.put("more" + i, "v"); // a session's new codings, after opening
        }
        assertSame(keys, field(map, "keys"), "the arrays were not copied");
        assertSame(table, field(map, "table"), "the table was not made anew");

        for (int i = 0; i < 20_000; i++) {
            map.put("yet more" + i, "v");
        }
        assertEquals(110_000, map.size());
        for (int i = 0; i < 80_000; i += 997) {
            assertEquals("v", map.get("k" + i), "found after growing");
        }
    }

    private static Object field(CompactLinkedMap<?, ?> map, String name) throws ReflectiveOperationException {
        var field = CompactLinkedMap.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(map);
    }

    private static int intField(CompactLinkedMap<?, ?> map, String name) throws ReflectiveOperationException {
        var field = CompactLinkedMap.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.getInt(map);
    }

    private static int arrayLength(CompactLinkedMap<?, ?> map) throws ReflectiveOperationException {
        var field = CompactLinkedMap.class.getDeclaredField("keys");
        field.setAccessible(true);
        return ((Object[]) field.get(map)).length;
    }

    @Test
    void aCopyIntoAnEmptyMapIsEqualAndIndependent() {
        CompactLinkedMap<String, String> original = new CompactLinkedMap<>();
        for (int i = 0; i < 50; i++) {
            original.put("k" + i, "v" + i);
        }
        original.remove("k3");
        CompactLinkedMap<String, String> copy = new CompactLinkedMap<>();
        copy.putAll(original);
        assertEquals(List.copyOf(original.entrySet()), List.copyOf(copy.entrySet()));
        copy.put("k3", "again");
        copy.remove("k4");
        assertFalse(original.containsKey("k3"));
        assertEquals("v4", original.get("k4"));
        assertEquals("again", copy.get("k3"));

        Map<String, String> plain = new LinkedHashMap<>(Map.of("x", "1"));
        copy.putAll(plain);
        assertEquals("1", copy.get("x"), "any other map is put entry by entry");
    }

    @Test
    void refusesNullsFindsNoNullAndIteratorsFailFast() {
        CompactLinkedMap<String, String> map = new CompactLinkedMap<>();
        map.put("a", "1");
        assertNull(map.get(null));
        assertFalse(map.containsKey(null));
        assertNull(map.remove(null));
        assertThrows(NullPointerException.class, () -> map.put(null, "1"));
        assertThrows(NullPointerException.class, () -> map.put("b", null));

        Iterator<String> values = map.values().iterator();
        map.put("b", "2");
        assertThrows(ConcurrentModificationException.class, values::next);
        Iterator<String> untilTheLast = map.values().iterator();
        untilTheLast.next();
        map.remove("b"); // the last entry: the arrays end before it now
        assertTrue(untilTheLast.hasNext(), "a change is not taken for the end");
        assertThrows(ConcurrentModificationException.class, untilTheLast::next);
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        assertThrows(UnsupportedOperationException.class, keys::remove);

        map.clear();
        assertTrue(map.isEmpty());
        assertEquals(List.of(), new ArrayList<>(map.values()));
        map.put("c", "3");
        assertEquals(Map.of("c", "3"), map);
    }
}
