package nl.veldwerk.model;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * A part's codings as its reader reads them, without a {@link Coding} and an id string each: a coding whose id is a
 * UUID in the application's form keeps the id's two numbers, as {@link CodingTable} does. Opening a large project
 * reads two million codings; each was made into a string and a record only for the table to read the numbers back
 * out of the string and let both go. A coding is made when one is asked for ({@link #get}); a project opening puts
 * the rows as they are ({@link Project#putPart}). No nulls. Not thread-safe for adding.
 */
public final class CodingRows extends AbstractList<Coding> implements RandomAccess {
    /** Per row: quotation, code, coder, created, and the id when it is not a UUID in that form. */
    private static final int REFS = 5;

    /** Room for a part's usual codings at once (a few hundred): grown row by row, the copies showed in the open. */
    private static final int ROWS = 256;

    private long[] ids = new long[ROWS * 2];
    private Object[] refs = new Object[ROWS * REFS];
    private int size;

    /**
     * Adds a coding whose id is a UUID given as its two numbers, checked as {@link Coding} checks its fields (a
     * {@link ModelException} when one is wrong).
     */
    public void add(long high, long low, String quotationId, String codeId, String coderId, Instant created) {
        Coding.check(quotationId, codeId);
        int row = room();
        ids[row * 2] = high;
        ids[row * 2 + 1] = low;
        set(row, quotationId, codeId, coderId, created, null);
    }

    /** Adds a coding; its id is kept as numbers when it is a UUID in that form. */
    @Override
    public boolean add(Coding coding) {
        Objects.requireNonNull(coding, "coding");
        long[] numbers = new long[2];
        boolean uuid = UuidText.read(coding.id(), numbers);
        int row = room();
        ids[row * 2] = numbers[0];
        ids[row * 2 + 1] = numbers[1];
        set(row, coding.quotationId(), coding.codeId(), coding.coderId(), coding.created(), uuid ? null : coding.id());
        return true;
    }

    private int room() {
        if (size == refs.length / REFS) {
            ids = Arrays.copyOf(ids, ids.length * 2);
            refs = Arrays.copyOf(refs, refs.length * 2);
        }
        modCount++;
        return size++;
    }

    private void set(int row, String quotationId, String codeId, String coderId, Instant created, String otherId) {
        int at = row * REFS;
        refs[at] = quotationId;
        refs[at + 1] = codeId;
        refs[at + 2] = coderId;
        refs[at + 3] = created;
        refs[at + 4] = otherId;
    }

    @Override
    public Coding get(int row) {
        Objects.checkIndex(row, size);
        String other = otherId(row);
        return new Coding(other != null ? other : new UUID(high(row), low(row)).toString(), quotationId(row),
                codeId(row), coderId(row), created(row));
    }

    @Override
    public int size() {
        return size;
    }

    /** No row is null: asked by the reader of every part, answered without making each coding. */
    @Override
    public boolean contains(Object o) {
        return o != null && super.contains(o);
    }

    long high(int row) {
        return ids[row * 2];
    }

    long low(int row) {
        return ids[row * 2 + 1];
    }

    /** The id when it is not a UUID in the application's form, else null (the id is {@link #high}, {@link #low}). */
    String otherId(int row) {
        return (String) refs[row * REFS + 4];
    }

    String quotationId(int row) {
        return (String) refs[row * REFS];
    }

    String codeId(int row) {
        return (String) refs[row * REFS + 1];
    }

    String coderId(int row) {
        return (String) refs[row * REFS + 2];
    }

    Instant created(int row) {
        return (Instant) refs[row * REFS + 3];
    }
}
