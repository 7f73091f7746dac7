package nl.veldwerk.model;

import java.util.function.IntUnaryOperator;

/**
 * Strings to non-negative ints without an object per entry (a boxed Integer each was a million objects more at
 * a million quotations), found by linear probing. {@link CodingTable} keeps each quotation's and each code's first
 * coding in one. Absent keys read as -1. Unordered. Reads change nothing, so threads may read a map no thread is
 * changing.
 *
 * <p>Each slot's key hash and value share one long, so a probe reads one array and a key's string only when the
 * hashes match: opening a project looks up a million quotations in random order, and with keys, hashes and values
 * in three arrays each lookup missed the processor's cache (and its page table) three times.
 */
final class StringIntMap {
    private static final int SMALLEST = 8;

    private String[] keys;
    /** The key's spread hash in the high half, its value plus one in the low half; 0 for an empty slot. */
    private long[] slots;
    private int size;

    StringIntMap(int expected) {
        int wanted = Math.max(SMALLEST, (int) Math.min(1 << 30, (expected * 4L + 2) / 3));
        keys = new String[Integer.highestOneBit(wanted - 1) << 1];
        slots = new long[keys.length];
    }

    private StringIntMap(StringIntMap other) {
        keys = other.keys.clone();
        slots = other.slots.clone();
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

    private static long slot(int hash, int value) {
        return (long) hash << 32 | (value + 1L);
    }

    private static int hashIn(long slot) {
        return (int) (slot >>> 32);
    }

    private static int valueIn(long slot) {
        return (int) slot - 1;
    }

    private int slotOf(String key) {
        int h = hash(key);
        int mask = slots.length - 1;
        for (int at = h & mask; ; at = (at + 1) & mask) {
            long slot = slots[at];
            if (slot == 0) {
                return -1 - at; // where it would go
            }
            if (hashIn(slot) == h && keys[at].equals(key)) {
                return at;
            }
        }
    }

    /** The key's value, or -1 when it has none. */
    int get(String key) {
        int at = slotOf(key);
        return at < 0 ? -1 : valueIn(slots[at]);
    }

    void put(String key, int value) {
        int at = slotOf(key);
        if (at >= 0) {
            slots[at] = slot(hashIn(slots[at]), checked(value));
        } else {
            add(key, value, at);
        }
    }

    /** The key's value; when it has none, it gets {@code value} and -1 is returned (one probe for both). */
    int putIfAbsent(String key, int value) {
        int at = slotOf(key);
        if (at >= 0) {
            return valueIn(slots[at]);
        }
        add(key, value, at);
        return -1;
    }

    private static int checked(int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("value out of range: " + value);
        }
        return value;
    }

    private void add(String key, int value, int missedAt) {
        checked(value);
        int at = -1 - missedAt;
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
            at = -1 - slotOf(key);
        }
        keys[at] = key;
        slots[at] = slot(hash(key), value);
        size++;
    }

    void remove(String key) {
        int at = slotOf(key);
        if (at < 0) {
            return;
        }
        size--;
        // Deletion for linear probing without markers: later keys that could no longer be reached move up.
        int mask = slots.length - 1;
        int empty = at;
        keys[empty] = null;
        slots[empty] = 0;
        for (int next = (empty + 1) & mask; slots[next] != 0; next = (next + 1) & mask) {
            if (LinearProbing.mustMoveUp(empty, next, hashIn(slots[next]) & mask)) {
                keys[empty] = keys[next];
                slots[empty] = slots[next];
                keys[next] = null;
                slots[next] = 0;
                empty = next;
            }
        }
    }

    /** Each value replaced by what {@code change} makes of it (rows renumbered). */
    void replaceValues(IntUnaryOperator change) {
        for (int at = 0; at < slots.length; at++) {
            if (slots[at] != 0) {
                slots[at] = slot(hashIn(slots[at]), checked(change.applyAsInt(valueIn(slots[at]))));
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new long[keys.length];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int at = hashIn(oldSlots[i]) & mask;
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[i];
                slots[at] = oldSlots[i];
            }
        }
    }
}
