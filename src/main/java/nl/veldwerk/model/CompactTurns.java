package nl.veldwerk.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A document's speaker turns, unmodifiable, kept as four arrays instead of a turn object (and a boxed time)
 * each: a project of 10,000 interviews holds 1.6 million turns, which were 3.3 million objects and 90 MB of
 * the heap, each copied by the collector while the project opened. A turn is made again when it is asked for;
 * it is equal to the one put in.
 */
final class CompactTurns extends AbstractList<SpeakerTurn> implements RandomAccess {
    static final CompactTurns NONE = new CompactTurns(List.of());

    private final String[] speakers;
    private final int[] starts;
    private final int[] ends;
    private final long[] times;
    /** The turns without a time (their place in {@link #times} says nothing). */
    private final java.util.BitSet untimed = new java.util.BitSet();

    private CompactTurns(List<SpeakerTurn> turns) {
        int n = turns.size();
        speakers = new String[n];
        starts = new int[n];
        ends = new int[n];
        times = new long[n];
        for (int i = 0; i < n; i++) {
            SpeakerTurn turn = Objects.requireNonNull(turns.get(i), "turn");
            speakers[i] = turn.speaker();
            starts[i] = turn.start();
            ends[i] = turn.end();
            if (turn.timestampMillis() == null) {
                untimed.set(i);
            } else {
                times[i] = turn.timestampMillis();
            }
        }
    }

    /** Turns given as their columns, each {@code size} long at least (longer arrays are cut). */
    CompactTurns(String[] speakers, int[] starts, int[] ends, long[] times, java.util.BitSet untimed, int size) {
        this.speakers = java.util.Arrays.copyOf(speakers, size);
        this.starts = java.util.Arrays.copyOf(starts, size);
        this.ends = java.util.Arrays.copyOf(ends, size);
        this.times = java.util.Arrays.copyOf(times, size);
        this.untimed.or(untimed.get(0, size));
    }

    /** An unmodifiable copy of {@code turns} (null elements refused, as {@link List#copyOf} refuses them). */
    static CompactTurns copyOf(List<SpeakerTurn> turns) {
        if (turns instanceof CompactTurns compact) {
            return compact;
        }
        return turns.isEmpty() ? NONE : new CompactTurns(turns instanceof RandomAccess ? turns : List.copyOf(turns));
    }

    @Override
    public SpeakerTurn get(int index) {
        Objects.checkIndex(index, starts.length);
        return new SpeakerTurn(speakers[index], starts[index], ends[index],
                untimed.get(index) ? null : times[index]);
    }

    /** As the list {@link List#copyOf} makes: asking for null is refused. */
    @Override
    public boolean contains(Object o) {
        return super.contains(Objects.requireNonNull(o));
    }

    @Override
    public int indexOf(Object o) {
        return super.indexOf(Objects.requireNonNull(o));
    }

    @Override
    public int lastIndexOf(Object o) {
        return super.lastIndexOf(Objects.requireNonNull(o));
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** The first turn that ends past {@code length}, or -1: checked for every document made, no turn made. */
    int indexOfEndPast(int length) {
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] > length) {
                return i;
            }
        }
        return -1;
    }

    /** Each turn's speaker, in order: a view of what is kept, no turn made. */
    List<String> speakers() {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(speakers));
    }

    /** As {@link Document#speakerAt}, without making the turns (asked for every quotation when indexing). */
    String speakerAt(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= offset && offset <= ends[i]) {
                return speakers[i];
            }
        }
        return null;
    }

    /** As {@link Document#speakersIn}. */
    List<String> speakersIn(int start, int end) {
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < end && start < ends[i]) {
                found.add(speakers[i]);
            }
        }
        if (found.isEmpty()) {
            String at = speakerAt(start);
            return at == null ? List.of() : List.of(at);
        }
        return List.copyOf(found);
    }

    /** As {@link Document#turnOf}: the index of that turn, or -1, without making the turns. */
    int indexOfTurnOf(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= offset && offset < Math.max(ends[i], starts[i] + 1)) {
                return i;
            }
        }
        return -1;
    }
}
