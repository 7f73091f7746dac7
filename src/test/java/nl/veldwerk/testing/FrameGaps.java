package nl.veldwerk.testing;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;

/**
 * The gaps between frames the window draws (how long the FX thread did not draw), for the window benchmarks:
 * the longest since the last reset, when it ended, and every gap over 50 ms. Started and read on the FX thread.
 * A gap under way at a reset counts for the period after it (the action measured next).
 */
public final class FrameGaps extends AnimationTimer {
    private static final long NOTED = 50_000_000L;
    private long last;
    private long longest;
    private long longestEnd;
    private final List<long[]> gaps = new ArrayList<>();

    @Override
    public void handle(long ignored) {
        long now = System.nanoTime();
        if (last != 0) {
            long gap = now - last;
            if (gap > longest) {
                longest = gap;
                longestEnd = now;
            }
            if (gap > NOTED) {
                gaps.add(new long[] {now, gap});
            }
        }
        last = now;
    }

    /** Forgets the gaps seen so far. */
    public void reset() {
        longest = 0;
        longestEnd = 0;
        gaps.clear();
    }

    /** The longest gap since the last reset in ms, then a reset. */
    public double takeLongestMs() {
        double ms = longest / 1e6;
        reset();
        return ms;
    }

    /** The longest gap since the last reset, in ns (0: none). */
    public long longest() {
        return longest;
    }

    /** When (System.nanoTime) the longest gap ended. */
    public long longestEnd() {
        return longestEnd;
    }

    /** Every gap over 50 ms since the last reset: {end (System.nanoTime), length in ns}. */
    public List<long[]> over50ms() {
        return List.copyOf(gaps);
    }
}
