package nl.veldwerk.model;

/**
 * Strings to non-negative ints without an object per entry (a boxed Integer each was a million objects more at
 * a million quotations): keys and values in arrays found by linear probing. {@link CodingTable} keeps each
 * quotation's and each code's first coding in one. Absent keys read as -1. Unordered. Reads change nothing, so
 * threads may read a map no thread is changing.
 */
final class StringIntMap {
    private static final int SMALLEST = 8;

    private String[] keys;
    private int[] values;
    /**
     * Each key's spread hash: a probe compares ints before keys. Without them a lookup of a new quotation walked
     * its probe's run of slots reading each key's string, a third of the opening thread's time at 10,000 documents.
     */
    private int[] hashes;
    private int size;

    StringIntMap(int expected) {
        int wanted = Math.max(SMALLEST, (int) Math.min(1 << 30, (expected * 4L + 2) / 3));
        keys = new String[Integer.highestOneBit(wanted - 1) << 1];
        values = new int[keys.length];
        hashes = new int[keys.length];
    }

    private StringIntMap(StringIntMap other) {
        keys = other.keys.clone();
        values = other.values.clone();
        hashes = other.hashes.clone();
        size = other.size;
    }

    StringIntMap copy() {
        return new StringIntMap(this);
    }

    int size() {
        return size;
    }

    private static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private int slotOf(String key) {
        int h = hash(key);
        int mask = keys.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            String at = keys[slot];
            if (at == null) {
                return -1 - slot; // where it would go
            }
            if (hashes[slot] == h && at.equals(key)) {
                return slot;
            }
        }
    }

    /** The key's value, or -1 when it has none. */
    int get(String key) {
        int slot = slotOf(key);
        return slot < 0 ? -1 : values[slot];
    }

    void put(String key, int value) {
        int slot = slotOf(key);
        if (slot >= 0) {
            values[slot] = value;
        } else {
            add(key, value, slot);
        }
    }

    /** The key's value; when it has none, it gets {@code value} and -1 is returned (one probe for both). */
    int putIfAbsent(String key, int value) {
        int slot = slotOf(key);
        if (slot >= 0) {
            return values[slot];
        }
        add(key, value, slot);
        return -1;
    }

    private void add(String key, int value, int missedAt) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int slot = -1 - missedAt;
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
            slot = -1 - slotOf(key);
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash(key);
        size++;
    }

    void remove(String key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return;
        }
        size--;
        // Deletion for linear probing without markers: later keys that could no longer be reached move up.
        int mask = keys.length - 1;
        int empty = slot;
        keys[empty] = null;
        for (int next = (empty + 1) & mask; keys[next] != null; next = (next + 1) & mask) {
            int home = hashes[next] & mask;
            boolean reachable = empty <= next ? empty < home && home <= next : empty < home || home <= next;
            if (!reachable) {
                keys[empty] = keys[next];
                values[empty] = values[next];
                hashes[empty] = hashes[next];
                keys[next] = null;
                empty = next;
            }
        }
    }

    /** Each value replaced by what {@code change} makes of it (rows renumbered). */
    void replaceValues(java.util.function.IntUnaryOperator change) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                values[slot] = change.applyAsInt(values[slot]);
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        values = new int[keys.length];
        hashes = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
