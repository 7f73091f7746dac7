package nl.veldwerk.store;

import java.util.Arrays;

/**
 * Values found by a string's characters as the JSON parser holds them in its buffer, so that a value a part
 * repeats (a quotation's document, a coding's quotation, code, coder and time) is looked up without first
 * being made into a new string: opening a million-quotation project made and dropped about five million of
 * those. Eleven million lookups at 10,000 documents made the hash and the comparison count: the hash runs four
 * characters at a time in separate sums (no chain of one multiplication waiting for the last), and the keys'
 * characters are kept in one array, compared a run at a time ({@link Arrays#equals(char[], int, int, char[], int,
 * int)}). Open addressing, kept at most half full. Not thread-safe for writing: a table filled before the parsing threads start may
 * be read by all of them.
 */
final class CharsTable<V> {
    /** Each key's characters, from {@link #starts} on in {@link #pool}: compared without a call per character. */
    private int[] starts;
    /** Each key's length, so a probe past another key does not read that key (a miss in the processor's cache). */
    private int[] lengths;
    private char[] pool;
    private int pooled;
    /** Each slot's value; null in an empty slot (no value is null). */
    private Object[] values;
    private int[] hashes;
    private int size;

    CharsTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        starts = new int[capacity];
        lengths = new int[capacity];
        pool = new char[capacity * 8];
        values = new Object[capacity];
        hashes = new int[capacity];
    }

    /** The value of the key with these characters, or null. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int mask = values.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            Object value = values[slot];
            if (value == null) {
                return null;
            }
            if (hashes[slot] == hash && lengths[slot] == length
                    && Arrays.equals(pool, starts[slot], starts[slot] + length, chars, offset, offset + length)) {
                return (V) value;
            }
        }
    }

    /** Puts the value (not null) for the key, replacing a value for an equal key. */
    void put(String key, V value) {
        java.util.Objects.requireNonNull(value, "value");
        int start = room(key.length());
        key.getChars(0, key.length(), pool, start);
        putPooled(start, key.length(), value);
    }

    /**
     * Puts the value (not null) for the key with these characters, replacing a value for an equal key: no string
     * made for a key that is only ever looked up by characters (a time).
     */
    void put(char[] chars, int offset, int length, V value) {
        java.util.Objects.requireNonNull(value, "value");
        int start = room(length);
        System.arraycopy(chars, offset, pool, start, length);
        putPooled(start, length, value);
    }

    /** Puts the value for the key whose characters were just added at the end of the pool. */
    private void putPooled(int start, int length, V value) {
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        int hash = hash(pool, start, length);
        int mask = values.length - 1;
        int slot = spread(hash) & mask;
        while (values[slot] != null) {
            if (hashes[slot] == hash && lengths[slot] == length
                    && Arrays.equals(pool, starts[slot], starts[slot] + length, pool, start, start + length)) {
                values[slot] = value;
                pooled = start; // the key's characters are there already
                return;
            }
            slot = (slot + 1) & mask;
        }
        size++;
        starts[slot] = start;
        lengths[slot] = length;
        values[slot] = value;
        hashes[slot] = hash;
    }

    int size() {
        return size;
    }

    /** Room for how many keys before it grows. */
    int capacity() {
        return values.length / 2;
    }

    /** How many characters of keys it has room for before its pool grows. */
    int poolCapacity() {
        return pool.length;
    }

    /** Empties it, keeping its arrays (the values are let go). */
    void clear() {
        Arrays.fill(values, null);
        size = 0;
        pooled = 0;
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        starts = new int[oldValues.length * 2];
        lengths = new int[oldValues.length * 2];
        values = new Object[oldValues.length * 2];
        hashes = new int[oldValues.length * 2];
        int mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) { // the keys are distinct and their characters pooled already
                int slot = spread(oldHashes[i]) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                starts[slot] = oldStarts[i];
                lengths[slot] = oldLengths[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Room for {@code length} more characters at the end of the pool; where they go. */
    private int room(int length) {
        if (pooled + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, pooled + length));
        }
        int start = pooled;
        pooled += length;
        return start;
    }

    /**
     * A hash of these characters: four sums over every fourth character, joined, then the last few; for up to
     * four characters it is {@link String#hashCode()}'s.
     */
    static int hash(char[] chars, int offset, int length) {
        int h0 = 0;
        int h1 = 0;
        int h2 = 0;
        int h3 = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 3 < end; i += 4) {
            h0 = 31 * h0 + chars[i];
            h1 = 31 * h1 + chars[i + 1];
            h2 = 31 * h2 + chars[i + 2];
            h3 = 31 * h3 + chars[i + 3];
        }
        int hash = ((h0 * 31 + h1) * 31 + h2) * 31 + h3;
        for (; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** Ids that differ in their last characters hash close together: the high bits are folded in. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
