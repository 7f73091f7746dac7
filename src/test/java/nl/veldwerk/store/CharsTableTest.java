package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Values found by the characters of a key, as a map from strings finds them, whatever the hashes. */
class CharsTableTest {
    @Test
    void findsWhatAMapFindsByTheKeysCharacters() {
        Random random = new Random(3);
        CharsTable<String> table = new CharsTable<>(2);
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            String key = randomKey(random);
            // The key inside a larger buffer, as the parser holds it.
            char[] buffer = ("..." + key + "...").toCharArray();
            if (random.nextInt(4) > 0) {
                String value = key + "#" + i;
                if (random.nextBoolean()) {
                    table.put(new String(key), value);
                } else {
                    table.put(("x" + key).toCharArray(), 1, key.length(), value); // by characters, as times are
                }
                map.put(key, value);
            }
            assertEquals(CharsTable.hash(key.toCharArray(), 0, key.length()), CharsTable.hash(buffer, 3, key.length()), key);
            assertEquals(map.get(key), table.get(buffer, 3, key.length()), key);
            assertEquals(map.size(), table.size());
        }
    }

    @Test
    void theHashOfUpToFourCharactersIsTheStrings() {
        for (String key : new String[] {"", "a", "Aa", "BB", "abc", "AaAa", "BBBB"}) {
            assertEquals(key.hashCode(), CharsTable.hash(key.toCharArray(), 0, key.length()), key);
        }
    }

    @Test
    void keysWithTheSameHashAreToldApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        CharsTable<Integer> table = new CharsTable<>(1);
        table.put("Aa", 1);
        assertNull(table.get("BB".toCharArray(), 0, 2));
        table.put("BB", 2);
        table.put("AaAa", 3); // hashes as "BBBB", "AaBB" and "BBAa" do
        assertEquals(1, table.get("Aa".toCharArray(), 0, 2));
        assertEquals(2, table.get("BB".toCharArray(), 0, 2));
        assertEquals(3, table.get("AaAa".toCharArray(), 0, 4));
        assertNull(table.get("BBBB".toCharArray(), 0, 4));
        assertNull(table.get("xAa".toCharArray(), 0, 2));
        assertEquals(1, table.get("xAa".toCharArray(), 1, 2));
        assertNull(table.get(new char[0], 0, 0));
        table.put("", 4);
        assertEquals(4, table.get(new char[0], 0, 0));
        table.put("Aa", 5);
        assertEquals(5, table.get("Aa".toCharArray(), 0, 2));
        assertEquals(4, table.size());
        table.put("BBAa".toCharArray(), 2, 2, 6);
        assertEquals(6, table.get("Aa".toCharArray(), 0, 2), "put by characters replaces the same key");
        assertEquals(4, table.size());
    }

    @Test
    void emptiedItFindsNothingOfBeforeAndFillsAgain() {
        CharsTable<Integer> table = withIds(100);
        int pool = table.poolCapacity();
        table.clear();
        assertEquals(0, table.size());
        for (int i = 0; i < 100; i++) {
            assertNull(table.get(("id-" + i).toCharArray(), 0, ("id-" + i).length()));
        }
        table.put("other", 7);
        table.put("id-3", 3);
        assertEquals(7, table.get("other".toCharArray(), 0, 5));
        assertEquals(3, table.get("id-3".toCharArray(), 0, 4));
        assertEquals(2, table.size());
        for (int i = 0; i < 100; i++) {
            table.put("id-" + i, i);
        }
        assertEquals(pool, table.poolCapacity(), "the same keys again fit in the pool emptied");
    }

    @Test
    void puttingAKeyAgainTakesNoMoreRoomForItsCharacters() {
        CharsTable<Integer> table = withIds(4);
        int pool = table.poolCapacity();
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < 4; i++) {
                table.put(("x id-" + i).toCharArray(), 2, 4, round);
                table.put("id-" + i, round);
            }
        }
        assertEquals(pool, table.poolCapacity(), "the characters of a key put again are not kept twice");
        assertEquals(4, table.size());
        assertEquals(99, table.get("id-2".toCharArray(), 0, 4));
    }

    /** A table made for four keys holding "id-0" to "id-{count - 1}", each with its number. */
    private static CharsTable<Integer> withIds(int count) {
        CharsTable<Integer> table = new CharsTable<>(4);
        for (int i = 0; i < count; i++) {
            table.put("id-" + i, i);
        }
        return table;
    }

    @Test
    void givesTheInstanceItWasGiven() {
        CharsTable<String> table = new CharsTable<>(8);
        String id = new String("4f0c1a2e-7d1b-4c5e-9a8f-0123456789ab");
        table.put(id, id);
        assertSame(id, table.get(id.toCharArray(), 0, id.length()));
    }

    private static String randomKey(Random random) {
        // Few characters and short keys: many equal keys, and many with equal hashes ("Aa"/"BB").
        String alphabet = random.nextBoolean() ? "AaBb" : "0123456789abcdef-é中";
        StringBuilder key = new StringBuilder();
        for (int n = random.nextInt(random.nextBoolean() ? 7 : 40); n > 0; n--) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }
}
