package nl.veldwerk.model;

import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's codings held in columns, one row each, a {@link Coding} made only when one is asked for. A project
 * of 10,000 documents has two million codings: kept as records with their id strings, in a map by id and in
 * indexes by quotation and by code, they were two thirds of what opening it did beyond parsing (the puts, and the
 * collector copying two million records and id strings). Here an id in the form the application makes (a
 * lower-case UUID) is two longs, the quotation, code and coder are references to the strings the project holds
 * anyway, and each quotation's and each code's codings are a ring of rows linked both ways. A row's values sit
 * side by side in three arrays (its id's numbers, its references, its links), not one array per column: a
 * code's codings are rows all over the table, and reading one touched a dozen arrays, each a cache miss.
 *
 * <p>Rows are listed in the order their ids were first put; a coding put again keeps its row (its place in the
 * project) but goes last among its quotation's and its code's codings, as an index lists an entity put again.
 * A removal leaves a gap, closed when the rows are next full; the last row's removal (an undone coding) closes
 * its own gap at once. Reads change nothing, so threads may read a table no thread is changing. Not checked:
 * {@link Project} checks a coding's references before it puts it. While codings are appended
 * ({@link #startAppending}) a put adds a row whatever its id, and an id put twice is only told at the end.
 */
final class CodingTable {
    private static final int SMALLEST = 4;
    private static final int NONE = -1;

    /** Per row: the id's high and low numbers when it is a lower-case UUID. */
    private static final int ID_LONGS = 2;
    /** Per row: quotation (null marks a gap a removal left), code, coder, created, and the id when not a UUID. */
    private static final int REFS = 5;
    private static final int QUOTATION = 0;
    private static final int CODE = 1;
    private static final int CODER = 2;
    private static final int CREATED = 3;
    private static final int OTHER_ID = 4;
    /** Per row: the next and previous rows of its quotation's ring and of its code's ring. */
    private static final int LINKS = 4;
    private static final int NEXT_OF_QUOTATION = 0;
    private static final int PREVIOUS_OF_QUOTATION = 1;
    private static final int NEXT_OF_CODE = 2;
    private static final int PREVIOUS_OF_CODE = 3;

    private long[] ids;
    private Object[] refs;
    private int[] links;
    /** Each quotation's and code's first row; the last is that row's previous (rings). */
    private final FirstRows firstOfQuotation;
    private final FirstRows firstOfCode;
    /** Open addressing by id with linear probing ({@link LinearProbing}): each slot the id's hash and its row. */
    private long[] table;
    /** Rows there is room for. */
    private int rows;
    /** Rows in use, gaps included. */
    private int used;
    private int size;
    private int changes;
    /** What {@link #lookAhead} read, kept so that the compiler does not leave the reads out. */
    private long lookedAhead;
    /**
     * While codings are appended ({@link #startAppending}): the first row appended, else -1. Those rows' ids are not
     * in {@link #table} yet, their hashes wait in {@link #appendedHashes}.
     */
    private int appendedFrom = NONE;
    private int[] appendedHashes;
    /** Set when appending ended with an id put twice: the id table is incomplete, and no lookup is answered. */
    private boolean unusable;

    /** A table with room for {@code expected} codings of {@code quotations} quotations before it grows. */
    CodingTable(int expected, int quotations) {
        rows = Math.max(SMALLEST, expected + expected / 8);
        ids = new long[rows * ID_LONGS];
        refs = new Object[rows * REFS];
        links = new int[rows * LINKS];
        table = new long[LinearProbing.tableSizeFor(rows)];
        firstOfQuotation = new FirstRows(quotations, this::quotation);
        firstOfCode = new FirstRows(64, this::code);
    }

    private CodingTable(CodingTable other) {
        other.requireIndexed();
        ids = other.ids.clone();
        refs = other.refs.clone();
        links = other.links.clone();
        firstOfQuotation = new FirstRows(other.firstOfQuotation, this::quotation);
        firstOfCode = new FirstRows(other.firstOfCode, this::code);
        table = other.table.clone();
        rows = other.rows;
        used = other.used;
        size = other.size;
    }

    /** A copy sharing nothing that changes (array by array: a project's copy at two million codings). */
    CodingTable copy() {
        return new CodingTable(this);
    }

    private String quotation(int row) {
        return (String) refs[row * REFS + QUOTATION];
    }

    private String code(int row) {
        return (String) refs[row * REFS + CODE];
    }

    private String otherId(int row) {
        return (String) refs[row * REFS + OTHER_ID];
    }

    private long high(int row) {
        return ids[row * ID_LONGS];
    }

    private long low(int row) {
        return ids[row * ID_LONGS + 1];
    }

    private int link(int row, int which) {
        return links[row * LINKS + which];
    }

    private void setLink(int row, int which, int value) {
        links[row * LINKS + which] = value;
    }

    int size() {
        return size;
    }

    boolean contains(String id) {
        return id != null && slotOf(Key.of(id)) >= 0;
    }

    /** The coding with this id, or null. */
    Coding get(String id) {
        if (id == null) {
            return null;
        }
        int slot = slotOf(Key.of(id));
        return slot < 0 ? null : at(LinearProbing.indexIn(table[slot]));
    }

    /** A quotation's codings, in the order they were put. */
    List<Coding> ofQuotation(String quotationId) {
        return quotationId == null ? List.of() : ring(firstOfQuotation.get(quotationId), NEXT_OF_QUOTATION, this::at);
    }

    /** A code's codings, in the order they were put. */
    List<Coding> withCode(String codeId) {
        return codeId == null ? List.of() : ring(firstOfCode.get(codeId), NEXT_OF_CODE, this::at);
    }

    /**
     * The quotations of a code's codings, in the order of its codings (a quotation twice when two coders coded it):
     * no coding made, so no id written out. Counting and listing a code's quotations need only these.
     */
    List<String> quotationsCodedWith(String codeId) {
        return codeId == null ? List.of() : ring(firstOfCode.get(codeId), NEXT_OF_CODE, this::quotation);
    }

    /**
     * Whether the coding's quotation has another coding (another id) with the same code by the same coder. Read
     * from the rows, no coding made: every coding put is checked so, three million when a project opens.
     */
    boolean codedAlike(Coding coding) {
        Key id = Key.of(coding.id());
        return codedAlike(coding.quotationId(), coding.codeId(), coding.coderId(), id.high(), id.low(), id.other());
    }

    /** As {@link #codedAlike(Coding)}, for a row that {@link #append(CodingRows, int)} would add. */
    boolean codedAlike(CodingRows rows, int i) {
        return codedAlike(rows.quotationId(i), rows.codeId(i), rows.coderId(i), rows.high(i), rows.low(i),
                rows.otherId(i));
    }

    /** The coding's id is given as a row holds one: a UUID's numbers, or the id itself ({@code otherId}). */
    private boolean codedAlike(String quotationId, String codeId, String coderId, long high, long low,
                               String otherId) {
        int first = firstOfQuotation.get(quotationId);
        if (first == NONE) {
            return false;
        }
        int row = first;
        do {
            int at = row * REFS;
            if (codeId.equals(refs[at + CODE]) && Objects.equals(coderId, refs[at + CODER])
                    && !hasId(row, high, low, otherId)) {
                return true;
            }
            row = link(row, NEXT_OF_QUOTATION);
        } while (row != first);
        return false;
    }

    boolean quotationHasCodings(String quotationId) {
        return quotationId != null && firstOfQuotation.get(quotationId) != NONE;
    }

    boolean codeHasCodings(String codeId) {
        return codeId != null && firstOfCode.get(codeId) != NONE;
    }

    /** What {@code of} makes of each row of the ring that starts at {@code first}, in ring order. */
    private <T> List<T> ring(int first, int next, java.util.function.IntFunction<T> of) {
        if (first == NONE) {
            return List.of();
        }
        List<T> values = new ArrayList<>(2);
        int row = first;
        do {
            values.add(of.apply(row));
            row = link(row, next);
        } while (row != first);
        return values;
    }

    /** Puts the coding, or replaces the one with its id; the one replaced, or null (always null while appending). */
    Coding put(Coding coding) {
        Key key = Key.of(coding.id());
        if (appendedFrom != NONE) {
            append(coding, key);
            return null;
        }
        int slot = slotOf(key);
        if (slot >= 0) {
            int row = LinearProbing.indexIn(table[slot]);
            Coding previous = at(row);
            unlinkFromRings(row);
            write(row, coding);
            linkIntoRings(row);
            return previous; // its row kept: a walk through the rows under way goes on (as the map's did)
        }
        if (used == rows) {
            makeRoom();
        }
        if ((size + 1) * 4L > table.length * 3L) {
            rebuildTable(table.length * 2);
        }
        int row = used++;
        ids[row * ID_LONGS] = key.high;
        ids[row * ID_LONGS + 1] = key.low;
        refs[row * REFS + OTHER_ID] = key.other;
        write(row, coding);
        linkIntoRings(row);
        size++;
        changes++;
        LinearProbing.place(table, key.hash, row);
        return null;
    }

    /**
     * From now until {@link #finishAppending}, every coding put is appended as a new row, its id not looked up, and
     * nothing may be looked up by id. Opening a project puts two million codings with ids that are all new, unless
     * the files are damaged: looking each up in a table of millions was a cache miss (and on a virtual machine a
     * walk through two levels of page tables) apiece, a third of what the opening thread did. Done at the end in
     * the order of the table's slots, the same work writes the table a few pages at a time.
     */
    void startAppending() {
        requireIndexed();
        if (size < used) {
            makeRoom(); // gaps closed now: appending must not renumber rows
        }
        appendedFrom = used;
        appendedHashes = new int[Math.max(SMALLEST, rows - used)];
    }

    /** Whether codings are being appended ({@link #startAppending}). */
    boolean appending() {
        return appendedFrom != NONE;
    }

    private void append(Coding coding, Key key) {
        int row = appendRow(key);
        write(row, coding);
        linkIntoRings(row);
    }

    /** Appends the row {@code i} of a part's codings as it is, no coding made (only while appending). */
    void append(CodingRows codings, int i) {
        if (!appending()) {
            throw new IllegalStateException("not appending");
        }
        int row = appendRow(Key.of(codings.high(i), codings.low(i), codings.otherId(i)));
        write(row, codings.quotationId(i), codings.codeId(i), codings.coderId(i), codings.created(i));
        linkIntoRings(row);
    }

    /** A new row with this id, its values and rings still to be written. */
    private int appendRow(Key key) {
        if (used == rows) {
            makeRoom(); // no removal while appending, so no gaps: the rows keep their numbers
        }
        int row = used++;
        if (row - appendedFrom == appendedHashes.length) {
            appendedHashes = Arrays.copyOf(appendedHashes, appendedHashes.length + appendedHashes.length / 2);
        }
        appendedHashes[row - appendedFrom] = key.hash;
        ids[row * ID_LONGS] = key.high;
        ids[row * ID_LONGS + 1] = key.low;
        refs[row * REFS + OTHER_ID] = key.other;
        size++;
        changes++;
        return row;
    }

    /**
     * Puts the ids of the rows appended since {@link #startAppending} in the table, in the order of their slots
     * (counted into buckets by where their slot is, rows in their order within a bucket). False when an id was
     * appended twice (or was there before): the table is then incomplete, and the caller must drop it and put the
     * codings again one by one, as a put over an id already there means more than an append (see {@link #put}).
     */
    boolean finishAppending() {
        if (!appending()) {
            throw new IllegalStateException("not appending");
        }
        int from = appendedFrom;
        int[] hashes = appendedHashes;
        unusable = true; // until the table is complete: an error meanwhile leaves no table that misses ids
        appendedFrom = NONE;
        appendedHashes = null;
        int appended = used - from;
        if (size * 4L > table.length * 3L) {
            rebuildTable(LinearProbing.tableSizeFor(size));
        }
        int mask = table.length - 1;
        int slotBits = Integer.numberOfTrailingZeros(table.length);
        int shift = slotBits - Math.min(12, slotBits); // at most 4,096 buckets, each a few pages of the table
        int[] starts = new int[(mask >>> shift) + 2];
        for (int i = 0; i < appended; i++) {
            starts[((hashes[i] & mask) >>> shift) + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        int[] inOrder = new int[appended];
        for (int i = 0; i < appended; i++) {
            inOrder[starts[(hashes[i] & mask) >>> shift]++] = i;
        }
        for (int i : inOrder) {
            int row = from + i;
            int hash = hashes[i];
            int slot = hash & mask;
            for (long entry = table[slot]; entry != 0; entry = table[slot]) {
                int other = LinearProbing.indexIn(entry);
                if (LinearProbing.hashIn(entry) == hash && hasId(other, high(row), low(row), otherId(row))) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = LinearProbing.slot(hash, row);
        }
        unusable = false;
        return true;
    }

    private void requireIndexed() {
        if (appendedFrom != NONE || unusable) {
            throw new IllegalStateException(unusable
                    ? "appending did not end well (an id came twice): this table is to be dropped"
                    : "codings are being appended: none can be looked up by id until that ends");
        }
    }

    /** Removes the coding with this id; the one removed, or null if there was none. */
    Coding remove(String id) {
        int slot = id == null ? -1 : slotOf(Key.of(id));
        if (slot < 0) {
            return null;
        }
        int row = LinearProbing.indexIn(table[slot]);
        Coding removed = at(row);
        unlinkFromRings(row);
        java.util.Arrays.fill(refs, row * REFS, row * REFS + REFS, null);
        size--;
        changes++;
        LinearProbing.clear(table, slot);
        while (used > 0 && quotation(used - 1) == null) {
            used--; // the last rows gone: free again
        }
        return removed;
    }

    /** Every coding, in the order their ids were first put. The iterator fails on a change made meanwhile. */
    Collection<Coding> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Coding> iterator() {
                return new InOrder();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Whether both hold equal codings under the same ids (order aside). */
    boolean sameCodings(CodingTable other) {
        if (size != other.size) {
            return false;
        }
        for (int row = 0; row < used; row++) {
            if (quotation(row) != null) {
                int slot = other.slotOf(Key.of(high(row), low(row), otherId(row)));
                if (slot < 0 || !sameRow(row, other, LinearProbing.indexIn(other.table[slot]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The same coding but for its id, compared reference by reference (no coding made). */
    private boolean sameRow(int row, CodingTable other, int otherRow) {
        for (int i = QUOTATION; i <= CREATED; i++) {
            if (!Objects.equals(refs[row * REFS + i], other.refs[otherRow * REFS + i])) {
                return false;
            }
        }
        return true;
    }

    /** As a map of ids to codings would have it: the sum of the codings' hashes. */
    int codingsHash() {
        int hash = 0;
        for (int row = 0; row < used; row++) {
            if (quotation(row) != null) {
                Coding c = at(row);
                hash += c.id().hashCode() ^ c.hashCode();
            }
        }
        return hash;
    }

    private Coding at(int row) {
        int at = row * REFS;
        String other = (String) refs[at + OTHER_ID];
        String id = other != null ? other : new UUID(high(row), low(row)).toString();
        return new Coding(id, (String) refs[at + QUOTATION], (String) refs[at + CODE], (String) refs[at + CODER],
                (Instant) refs[at + CREATED]);
    }

    private void write(int row, Coding coding) {
        write(row, coding.quotationId(), coding.codeId(), coding.coderId(), coding.created());
    }

    private void write(int row, String quotationId, String codeId, String coderId, Instant created) {
        int at = row * REFS;
        refs[at + QUOTATION] = quotationId;
        refs[at + CODE] = codeId;
        refs[at + CODER] = coderId;
        refs[at + CREATED] = created;
    }

    /** Puts the row last in its quotation's ring and in its code's. */
    private void linkIntoRings(int row) {
        addToRing(row, quotation(row), firstOfQuotation, NEXT_OF_QUOTATION, PREVIOUS_OF_QUOTATION);
        addToRing(row, code(row), firstOfCode, NEXT_OF_CODE, PREVIOUS_OF_CODE);
    }

    private void unlinkFromRings(int row) {
        detach(row, quotation(row), firstOfQuotation, NEXT_OF_QUOTATION, PREVIOUS_OF_QUOTATION);
        detach(row, code(row), firstOfCode, NEXT_OF_CODE, PREVIOUS_OF_CODE);
    }

    private void addToRing(int row, String key, FirstRows firsts, int next, int previous) {
        int first = firsts.putIfAbsent(key, row);
        if (first == NONE) {
            setLink(row, next, row);
            setLink(row, previous, row);
            return;
        }
        int last = link(first, previous);
        setLink(last, next, row);
        setLink(row, previous, last);
        setLink(row, next, first);
        setLink(first, previous, row);
    }

    private void detach(int row, String key, FirstRows firsts, int next, int previous) {
        int after = link(row, next);
        if (after == row) {
            firsts.remove(key);
            return;
        }
        int before = link(row, previous);
        setLink(before, next, after);
        setLink(after, previous, before);
        if (firsts.get(key) == row) {
            firsts.put(key, after);
        }
    }

    /**
     * Reads the slot where the coding with this id is looked for first, changing nothing: when a project opens,
     * the ids of a part's codings are looked ahead all at once before they are put, so that the processor waits
     * for those slots (each a cache miss in a table of millions) side by side instead of one after the other.
     */
    void lookAhead(String id) {
        if (appendedFrom != NONE) {
            return; // appended, not looked up
        }
        long[] slots = table; // read once: one array for both the length and the slot
        lookedAhead += slots[Key.of(id).hash & (slots.length - 1)];
    }

    /** As {@link #lookAhead}, for where a quotation's codings start. */
    void lookAheadQuotation(String quotationId) {
        lookedAhead += firstOfQuotation.lookAhead(quotationId);
    }

    /**
     * Whether the row's id is the one given as a row holds one: a UUID's numbers (then {@code otherId} is null), or
     * the id itself with both numbers 0.
     */
    private boolean hasId(int row, long high, long low, String otherId) {
        return high(row) == high && low(row) == low && Objects.equals(otherId(row), otherId);
    }

    /** The table slot holding the key, or -1. */
    private int slotOf(Key key) {
        requireIndexed();
        int mask = table.length - 1;
        for (int slot = key.hash & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (LinearProbing.hashIn(entry) == key.hash) {
                int row = LinearProbing.indexIn(entry);
                if (hasId(row, key.high, key.low, key.other)) {
                    return slot;
                }
            }
        }
    }

    /**
     * Room for one more row: gaps closed (rows renumbered, their rings and the table with them), the arrays grown
     * by half when less than a quarter would be free after.
     */
    private void makeRoom() {
        int capacity = size >= rows * 3 / 4 ? rows + Math.max(SMALLEST, rows / 2) : rows;
        if (size == used) {
            ids = Arrays.copyOf(ids, capacity * ID_LONGS);
            refs = Arrays.copyOf(refs, capacity * REFS);
            links = Arrays.copyOf(links, capacity * LINKS);
            rows = capacity;
            return;
        }
        int[] renumbered = new int[used];
        int kept = 0;
        for (int row = 0; row < used; row++) {
            renumbered[row] = quotation(row) == null ? NONE : kept++;
        }
        long[] oldIds = ids;
        Object[] oldRefs = refs;
        int[] oldLinks = links;
        ids = new long[capacity * ID_LONGS];
        refs = new Object[capacity * REFS];
        links = new int[capacity * LINKS];
        for (int row = 0; row < used; row++) {
            int to = renumbered[row];
            if (to != NONE) {
                System.arraycopy(oldIds, row * ID_LONGS, ids, to * ID_LONGS, ID_LONGS);
                System.arraycopy(oldRefs, row * REFS, refs, to * REFS, REFS);
                for (int which = NEXT_OF_QUOTATION; which <= PREVIOUS_OF_CODE; which++) {
                    setLink(to, which, renumbered[oldLinks[row * LINKS + which]]);
                }
            }
        }
        rows = capacity;
        used = kept;
        firstOfQuotation.replaceValues(row -> renumbered[row]);
        firstOfCode.replaceValues(row -> renumbered[row]);
        table = LinearProbing.rebuilt(table, Math.max(table.length, LinearProbing.tableSizeFor(kept + 1)),
                row -> renumbered[row]);
    }

    private void rebuildTable(int length) {
        table = LinearProbing.rebuilt(table, length, row -> row);
    }

    /** A coding's id as the table compares it: two longs for a lower-case UUID, else the string. */
    private record Key(long high, long low, String other, int hash) {
        /** Two longs when the id is a UUID as {@link UUID#toString} writes one ({@link UuidText}), else the string. */
        static Key of(String id) {
            long[] numbers = new long[2];
            return UuidText.read(id, numbers) ? of(numbers[0], numbers[1], null) : of(0, 0, id);
        }

        /** The key of a row: its id's numbers, or the id itself when it is not a UUID ({@code other}). */
        static Key of(long high, long low, String other) {
            int h;
            if (other == null) {
                long mixed = high * 0x9E3779B97F4A7C15L ^ low;
                h = (int) (mixed ^ (mixed >>> 32));
            } else {
                h = other.hashCode();
            }
            return new Key(high, low, other, h ^ (h >>> 16));
        }
    }

    /** Walks the rows in order, skipping gaps; fails on a change made meanwhile. */
    private final class InOrder implements Iterator<Coding> {
        private final int expected = changes;
        private int next = skipGaps(0);

        private int skipGaps(int from) {
            while (from < used && quotation(from) == null) {
                from++;
            }
            return from;
        }

        @Override
        public boolean hasNext() {
            return next < used || changes != expected;
        }

        @Override
        public Coding next() {
            if (changes != expected) {
                throw new ConcurrentModificationException();
            }
            if (next >= used) {
                throw new NoSuchElementException();
            }
            Coding coding = at(next);
            next = skipGaps(next + 1);
            return coding;
        }
    }
}
