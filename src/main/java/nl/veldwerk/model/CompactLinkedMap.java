package nl.veldwerk.model;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A map that lists its entries in the order their keys were first put, as {@link java.util.LinkedHashMap}
 * does, but without an object per entry: keys and values sit in arrays in that order, and an open-addressing
 * table of longs (each a key's hash and its index, {@link LinearProbing}) finds a key's place. A project of
 * 10,000 documents keeps three million entities in such maps; as linked-map entries they were three million
 * objects (120 MB) that the collector copied while the project opened, a large part of the open's time.
 *
 * <p>Keys and values are never null (a null key is simply never found). Putting a key already there replaces
 * its value and keeps its place; a key removed and put again goes last. A removal leaves a gap in the arrays,
 * closed when they are next full; the last entry's removal (an undone addition) closes its own gap at once, so
 * adding and undoing does not grow the arrays. Reads change nothing, so threads may read a map no thread is
 * changing. Iterators fail fast on a change, and cannot remove; nor can the key, value and entry views (nothing
 * removes through them). Not serializable.
 */
final class CompactLinkedMap<K, V> extends AbstractMap<K, V> {
    private static final int SMALLEST = 4;

    /** Keys in the order they were put; null where one was removed. */
    private Object[] keys;
    private Object[] values;
    /** Slots of {@link #keys} in use, gaps included. */
    private int used;
    private int size;
    /** Open addressing with linear probing ({@link LinearProbing}): each slot the key's hash and its index. */
    private long[] table;
    private int changes;
    /** What {@link #lookAhead} read, kept so that the compiler does not leave the reads out. */
    private long lookedAhead;

    CompactLinkedMap() {
        this(0);
    }

    /**
     * A map with room for {@code expected} entries and an eighth more before it grows: a project opened with a
     * million quotations gets its next ones without copying its arrays, or rebuilding the table, on the
     * thread that adds them (that took a quarter of a second on the FX thread at the first coding).
     */
    CompactLinkedMap(int expected) {
        int capacity = Math.max(SMALLEST, expected + expected / 8);
        keys = new Object[capacity];
        values = new Object[capacity];
        table = new long[LinearProbing.tableSizeFor(capacity)];
    }

    private static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The table slot holding {@code key}, or -1. */
    private int slotOf(Object key) {
        if (key == null) {
            return -1;
        }
        int h = hash(key);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (LinearProbing.hashIn(entry) == h && key.equals(keys[LinearProbing.indexIn(entry)])) {
                return slot;
            }
        }
    }

    /**
     * Reads the slot where {@code key} is looked for first, changing nothing: see {@link CodingTable#lookAhead}.
     */
    void lookAhead(Object key) {
        long[] slots = table; // read once: one array for both the length and the slot
        lookedAhead += slots[hash(key) & (slots.length - 1)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return slotOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int slot = slotOf(key);
        return slot < 0 ? null : (V) values[LinearProbing.indexIn(table[slot])];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int slot = slotOf(key);
        if (slot >= 0) {
            int index = LinearProbing.indexIn(table[slot]);
            V previous = (V) values[index];
            values[index] = value;
            return previous;
        }
        if (used == keys.length) {
            makeRoom();
        }
        if ((size + 1) * 4L > table.length * 3L) {
            rebuildTable(table.length * 2);
        }
        int h = hash(key);
        keys[used] = key;
        values[used] = value;
        used++;
        size++;
        changes++;
        LinearProbing.place(table, h, used - 1);
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return null;
        }
        int index = LinearProbing.indexIn(table[slot]);
        V previous = (V) values[index];
        keys[index] = null;
        values[index] = null;
        size--;
        changes++;
        LinearProbing.clear(table, slot);
        while (used > 0 && keys[used - 1] == null) {
            used--; // the last entries gone: their slots are free again
        }
        return previous;
    }

    /**
     * Room for one more at the end of the arrays: the gaps removals left are closed (and the table made anew,
     * as indexes move), and the arrays grow by half when less than a quarter would be free after. Without gaps
     * they are only copied longer: every index stays, and so does the table.
     */
    private void makeRoom() {
        boolean gaps = size < used;
        int capacity = size >= keys.length * 3 / 4 ? keys.length + Math.max(SMALLEST, keys.length / 2) : keys.length;
        if (!gaps) {
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
            return;
        }
        Object[] newKeys = new Object[capacity];
        Object[] newValues = new Object[capacity];
        int[] renumbered = new int[used];
        int kept = 0;
        for (int i = 0; i < used; i++) {
            renumbered[i] = keys[i] == null ? -1 : kept;
            if (keys[i] != null) {
                newKeys[kept] = keys[i];
                newValues[kept] = values[i];
                kept++;
            }
        }
        keys = newKeys;
        values = newValues;
        used = kept;
        table = LinearProbing.rebuilt(table, Math.max(table.length, LinearProbing.tableSizeFor(kept + 1)),
                index -> renumbered[index]);
    }

    private void rebuildTable(int length) {
        table = LinearProbing.rebuilt(table, length, index -> index);
    }

    /** Into an empty map, another such map is copied array by array (a project's copy at a million entries). */
    @Override
    public void putAll(Map<? extends K, ? extends V> other) {
        if (size == 0 && other instanceof CompactLinkedMap<?, ?> same) {
            keys = Arrays.copyOf(same.keys, same.keys.length);
            values = Arrays.copyOf(same.values, same.values.length);
            table = Arrays.copyOf(same.table, same.table.length);
            used = same.used;
            size = same.size;
            changes++;
            return;
        }
        super.putAll(other);
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, used, null);
        Arrays.fill(values, 0, used, null);
        Arrays.fill(table, 0);
        used = 0;
        size = 0;
        changes++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new InOrder<>(index -> (V) values[index]);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<K> keySet() {
        return new SetView<>(index -> (K) keys[index]) {
            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<K, V>> entrySet() {
        return new SetView<>(index -> new SimpleImmutableEntry<>((K) keys[index], (V) values[index]));
    }

    /** The keys or the entries, each made from its index, in order. */
    private class SetView<T> extends AbstractSet<T> {
        private final IntFunction<T> at;

        SetView(IntFunction<T> at) {
            this.at = at;
        }

        @Override
        public Iterator<T> iterator() {
            return new InOrder<>(at);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Walks the entries in order, skipping gaps; fails on a change made meanwhile. */
    private final class InOrder<T> implements Iterator<T> {
        private final IntFunction<T> at;
        private final int expected = changes;
        private int next = skipGaps(0);

        InOrder(IntFunction<T> at) {
            this.at = at;
        }

        private int skipGaps(int from) {
            while (from < used && keys[from] == null) {
                from++;
            }
            return from;
        }

        @Override
        public boolean hasNext() {
            return next < used || changes != expected; // a change (the last entry removed) is told by next()
        }

        @Override
        public T next() {
            if (changes != expected) {
                throw new ConcurrentModificationException();
            }
            if (next >= used) {
                throw new NoSuchElementException();
            }
            T value = at.apply(next);
            next = skipGaps(next + 1);
            return value;
        }
    }
}
