package nl.veldwerk.model;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The ids an index keeps under one key (a document's quotations, a code's codings), in the order they were
 * added. It starts as a plain list and becomes a hash set the first time an id is taken out of a long one:
 * opening a project only adds (three million ids at 10,000 documents), and a list takes an id for a slot
 * of four bytes where a linked hash set takes a forty-byte entry and a hash lookup in a table that does not
 * fit the processor's cache. Callers add only ids not in it yet (an entity is unindexed before it is put
 * again), so the list never holds one twice.
 */
final class IdSet extends AbstractSet<String> {
    private ArrayList<String> list = new ArrayList<>(4);
    /**
     * How many ids the list has room for: it doubles when full. A list grown by half each time (its own way) was
     * copied about twice as often, a tenth of the time the opening thread spent putting a large project's parts.
     */
    private int room = 4;
    private LinkedHashSet<String> set;

    @Override
    public boolean add(String id) {
        if (set != null) {
            return set.add(id);
        }
        if (list.size() == room) {
            room *= 2;
            list.ensureCapacity(room);
        }
        list.add(id);
        return true;
    }

    /** Up to this many ids a removal scans the list rather than making a set. */
    private static final int SCANNED = 16;

    @Override
    public boolean remove(Object id) {
        return set == null && list.size() <= SCANNED ? list.remove(id) : hashed().remove(id);
    }

    /** A pure read in either form (never makes the set: readers on other threads may share a copy). */
    @Override
    public boolean contains(Object id) {
        return set != null ? set.contains(id) : list.contains(id);
    }

    @Override
    public Iterator<String> iterator() {
        return set != null ? set.iterator() : list.iterator();
    }

    @Override
    public int size() {
        return set != null ? set.size() : list.size();
    }

    /** A copy in the same order, in the same form. */
    IdSet copy() {
        IdSet copy = new IdSet();
        if (set != null) {
            copy.list = null;
            copy.set = new LinkedHashSet<>(set);
        } else {
            copy.list = new ArrayList<>(list);
            copy.room = Math.max(1, list.size());
        }
        return copy;
    }

    private LinkedHashSet<String> hashed() {
        if (set == null) {
            set = LinkedHashSet.newLinkedHashSet(list.size());
            set.addAll(list);
            list = null;
        }
        return set;
    }
}
