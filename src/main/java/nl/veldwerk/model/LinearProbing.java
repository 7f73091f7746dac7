package nl.veldwerk.model;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The open-addressing index shared by {@link CompactLinkedMap} and {@link CodingTable}: an int table whose slots
 * hold 0 (empty) or 1 + an entry's index in the owner's arrays, found by linear probing from the entry's hash. The
 * owners keep the hashes and compare keys themselves; this places, removes and rebuilds.
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

    /** Puts {@code index} in the first free slot from its hash's home. */
    static void place(int[] table, int hash, int index) {
        int mask = table.length - 1;
        int free = hash & mask;
        while (table[free] != 0) {
            free = (free + 1) & mask;
        }
        table[free] = index + 1;
    }

    /** A table of {@code length} slots holding the indexes below {@code used} that are {@code live}. */
    static int[] rebuilt(int length, int used, IntPredicate live, IntUnaryOperator hashOf) {
        int[] table = new int[length];
        for (int index = 0; index < used; index++) {
            if (live.test(index)) {
                place(table, hashOf.applyAsInt(index), index);
            }
        }
        return table;
    }

    /**
     * Empties a slot and moves up the entries after it that probing would no longer reach (deletion for linear
     * probing without markers, so lookups never slow down with removals).
     */
    static void clear(int[] table, int slot, IntUnaryOperator hashOfIndex) {
        int mask = table.length - 1;
        int empty = slot;
        table[empty] = 0;
        for (int next = (empty + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
            if (mustMoveUp(empty, next, hashOfIndex.applyAsInt(table[next] - 1) & mask)) {
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
    static boolean mustMoveUp(int empty, int next, int home) {
        boolean reachable = empty <= next ? empty < home && home <= next : empty < home || home <= next;
        return !reachable;
    }
}
