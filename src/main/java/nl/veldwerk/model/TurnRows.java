package nl.veldwerk.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A document's speaker turns as a reader reads them, without a {@link SpeakerTurn} and a boxed time each: a project
 * of 10,000 interviews holds 1.6 million turns, and each was made (with its time boxed) only for the document to
 * copy its fields into columns ({@link CompactTurns}) and let it go. {@link #turns()} gives those columns as the
 * document keeps them. Reusable after {@link #clear()}; not thread-safe.
 */
public final class TurnRows {
    private String[] speakers = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private long[] times = new long[64];
    private final BitSet untimed = new BitSet();
    private int size;

    /**
     * Adds a turn, checked as {@link SpeakerTurn} checks one (a {@link ModelException} when it is wrong).
     *
     * @param timed whether the turn has a time in its recording; {@code millis} says nothing when not
     */
    public void add(String speaker, int start, int end, boolean timed, long millis) {
        SpeakerTurn.check(speaker, start, end);
        if (size == starts.length) {
            int room = size * 2;
            speakers = Arrays.copyOf(speakers, room);
            starts = Arrays.copyOf(starts, room);
            ends = Arrays.copyOf(ends, room);
            times = Arrays.copyOf(times, room);
        }
        speakers[size] = speaker;
        starts[size] = start;
        ends[size] = end;
        times[size] = timed ? millis : 0;
        untimed.set(size, !timed);
        size++;
    }

    public int size() {
        return size;
    }

    /** The turns added, unmodifiable, as a document keeps them (it takes this list without copying it again). */
    public List<SpeakerTurn> turns() {
        return size == 0 ? CompactTurns.NONE : new CompactTurns(speakers, starts, ends, times, untimed, size);
    }

    /** How many turns it has room for before it grows. */
    public int capacity() {
        return starts.length;
    }

    /**
     * Empties it, keeping its room. The last list's speakers stay referenced until overwritten or the rows are let
     * go (a few names; clearing them for every document showed in the open's profile).
     */
    public void clear() {
        untimed.clear();
        size = 0;
    }
}
