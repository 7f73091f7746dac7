package nl.veldwerk.model;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Each key's first row in {@link CodingTable} (each quotation's, each code's), found by linear probing. The keys are
 * not kept here: a row's key is read from the row itself ({@code keyOfRow}), so a key is always that of the row it
 * maps to. Absent keys read as -1. Unordered. Reads change nothing, so threads may read one no thread is changing.
 *
 * <p>Each slot's key hash and row share one long, so a probe reads one array, and a row's key only when the hashes
 * match. Opening a project starts a million quotations' rings in random order; with the keys in an array of their
 * own, each start also wrote a reference at a random place of a large array, which the collector's write barrier
 * follows with a write to its card table, at another random place: that was half the opening thread's time.
 */
final class FirstRows {
    private final IntFunction<String> keyOfRow;
    /** The key's spread hash in the high half, its row plus one in the low half; 0 for an empty slot. */
    private long[] slots;
    private int size;

    FirstRows(int expected, IntFunction<String> keyOfRow) {
        this.keyOfRow = keyOfRow;
        slots = new long[LinearProbing.tableSizeFor(expected)];
    }

    /** A copy of {@code other} whose keys are read from another table's rows (a copy of its table). */
    FirstRows(FirstRows other, IntFunction<String> keyOfRow) {
        this.keyOfRow = keyOfRow;
        slots = other.slots.clone();
        size = other.size;
    }

    private static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private int slotOf(String key) {
        int h = hash(key);
        int mask = slots.length - 1;
        for (int at = h & mask; ; at = (at + 1) & mask) {
            long slot = slots[at];
            if (slot == 0) {
                return -1 - at; // where it would go
            }
            if (LinearProbing.hashIn(slot) == h && key.equals(keyOfRow.apply(LinearProbing.indexIn(slot)))) {
                return at;
            }
        }
    }

    /** The slot where {@code key} is looked for first: see {@link CodingTable#lookAhead}. */
    long lookAhead(String key) {
        long[] table = slots; // read once: one array for both the length and the slot
        return table[hash(key) & (table.length - 1)];
    }

    /** The key's first row, or -1 when it has none. */
    int get(String key) {
        int at = slotOf(key);
        return at < 0 ? -1 : LinearProbing.indexIn(slots[at]);
    }

    /** Makes {@code row} the key's first row; the row's key must be {@code key}. */
    void put(String key, int row) {
        int at = slotOf(key);
        if (at >= 0) {
            slots[at] = LinearProbing.slot(LinearProbing.hashIn(slots[at]), checked(row));
        } else {
            add(key, row, at);
        }
    }

    /** The key's first row; when it has none, {@code row} becomes it and -1 is returned (one probe for both). */
    int putIfAbsent(String key, int row) {
        int at = slotOf(key);
        if (at >= 0) {
            return LinearProbing.indexIn(slots[at]);
        }
        add(key, row, at);
        return -1;
    }

    private static int checked(int row) {
        if (row < 0 || row == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("row out of range: " + row);
        }
        return row;
    }

    private void add(String key, int row, int missedAt) {
        checked(row);
        int at = -1 - missedAt;
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
            at = -1 - slotOf(key);
        }
        slots[at] = LinearProbing.slot(hash(key), row);
        size++;
    }

    void remove(String key) {
        int at = slotOf(key);
        if (at >= 0) {
            size--;
            LinearProbing.clear(slots, at);
        }
    }

    /** Each row replaced by what {@code change} makes of it (rows renumbered). */
    void replaceValues(IntUnaryOperator change) {
        for (int at = 0; at < slots.length; at++) {
            if (slots[at] != 0) {
                int row = LinearProbing.indexIn(slots[at]);
                slots[at] = LinearProbing.slot(LinearProbing.hashIn(slots[at]), checked(change.applyAsInt(row)));
            }
        }
    }

    private void grow() {
        slots = LinearProbing.rebuilt(slots, slots.length * 2, row -> row);
    }
}
