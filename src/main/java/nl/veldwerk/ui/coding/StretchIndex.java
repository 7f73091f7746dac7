package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Values by id, each over a stretch [start, end) of a text, that also says which of them overlap a stretch
 * without a walk over all of them: a coding in a long transcript restyles a few lines, and looking at every
 * one of its thousands of quotations to find those over them cost more than the restyling. Only those that
 * start less than the longest value's length before the stretch are looked at: one quotation over a whole
 * interview makes that all that start before it (no more than the walk), until the next {@link #clear()}.
 */
final class StretchIndex<V> {
    private final Map<String, V> byId = new HashMap<>();
    private final NavigableMap<Integer, Map<String, V>> byStart = new TreeMap<>();
    private final ToIntFunction<V> start;
    private final ToIntFunction<V> end;
    /** No value put since the last clear is longer: a value over {@code from} starts less than this before it. */
    private int longest;

    StretchIndex(ToIntFunction<V> start, ToIntFunction<V> end) {
        this.start = start;
        this.end = end;
    }

    void put(String id, V value) {
        remove(id);
        byId.put(id, value);
        byStart.computeIfAbsent(start.applyAsInt(value), s -> new HashMap<>(2)).put(id, value);
        longest = Math.max(longest, end.applyAsInt(value) - start.applyAsInt(value));
    }

    /** The value that was under the id, or null. */
    V remove(String id) {
        V old = byId.remove(id);
        if (old != null) {
            int at = start.applyAsInt(old);
            Map<String, V> same = byStart.get(at);
            same.remove(id);
            if (same.isEmpty()) {
                byStart.remove(at);
            }
        }
        return old;
    }

    void clear() {
        byId.clear();
        byStart.clear();
        longest = 0;
    }

    Collection<V> values() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    Map<String, V> asMap() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** The values that share at least one character with [from, to); none of an empty stretch. */
    List<V> overlapping(int from, int to) {
        List<V> over = new ArrayList<>();
        if (from >= to) {
            return over;
        }
        for (Map<String, V> same : byStart.subMap(from - longest, false, to, false).values()) {
            for (V v : same.values()) {
                if (end.applyAsInt(v) > from && end.applyAsInt(v) > start.applyAsInt(v)) {
                    over.add(v);
                }
            }
        }
        return over;
    }
}
