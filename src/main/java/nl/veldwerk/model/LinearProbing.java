package nl.veldwerk.model;

import java.util.function.IntUnaryOperator;

/**
 * The open-addressing index shared by {@link CompactLinkedMap} and {@link CodingTable}: a table of longs whose slots
 * hold 0 (empty) or an entry's spread hash (high half) beside 1 + its index in the owner's arrays (low half), found
 * by linear probing from the hash. The hash sits in the slot so that a probe passing other entries' slots compares
 * it there: with only the index in the slot, each entry passed was a read of the owner's arrays at a random place,
 * a cache miss, and opening a project of millions of entities passed one or two per entity it put. The owners
 * compare keys themselves; this places, removes and rebuilds.
 */
final class LinearProbing {
    private static final int SMALLEST = 8;

    private LinearProbing() {
    }

    /** A table length (a power of two) at most three quarters full with {@code entries}. */
    static int tableSizeFor(int entries) {
        long wanted = Math.max(SMALLEST, (entries * 4L + 2) / 3);
        return Math.toIntExact(Long.highestOneBit(wanted - 1) << 1);
    }

    /** The slot's value for the entry at {@code index} with this hash. */
    static long slot(int hash, int index) {
        return (long) hash << 32 | (index + 1L);
    }

    static int hashIn(long slot) {
        return (int) (slot >>> 32);
    }

    /** The entry's index in the owner's arrays (the slot must not be empty). */
    static int indexIn(long slot) {
        return (int) slot - 1;
    }

    /** Puts {@code index} in the first free slot from its hash's home. */
    static void place(long[] table, int hash, int index) {
        int mask = table.length - 1;
        int free = hash & mask;
        while (table[free] != 0) {
            free = (free + 1) & mask;
        }
        table[free] = slot(hash, index);
    }

    /**
     * A table of {@code length} slots with the entries of {@code old}, each at the index {@code renumber} gives its
     * old one (-1 leaves it out). Read from the old table, in slot order: the hashes are there, and the owner's
     * arrays are not read at random.
     */
    static long[] rebuilt(long[] old, int length, IntUnaryOperator renumber) {
        long[] table = new long[length];
        for (long slot : old) {
            if (slot != 0) {
                int index = renumber.applyAsInt(indexIn(slot));
                if (index >= 0) {
                    place(table, hashIn(slot), index);
                }
            }
        }
        return table;
    }

    /**
     * Empties a slot and moves up the entries after it that probing would no longer reach (deletion for linear
     * probing without markers, so lookups never slow down with removals).
     */
    static void clear(long[] table, int slot) {
        int mask = table.length - 1;
        int empty = slot;
        table[empty] = 0;
        for (int next = (empty + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
            if (mustMoveUp(empty, next, hashIn(table[next]) & mask)) {
                table[empty] = table[next];
                table[next] = 0;
                empty = next;
            }
        }
    }

    /**
     * Whether the entry at {@code next}, whose home slot is {@code home}, must move to the slot just emptied at
     * {@code empty} to stay reachable: when its home is not cyclically in (empty, next].
     */
    private static boolean mustMoveUp(int empty, int next, int home) {
        boolean reachable = empty <= next ? empty < home && home <= next : empty < home || home <= next;
        return !reachable;
    }
}
