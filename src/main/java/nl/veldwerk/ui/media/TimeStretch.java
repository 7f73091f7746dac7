package nl.veldwerk.ui.media;

import java.util.Arrays;

/**
 * Makes sound slower or faster without changing its pitch, by WSOLA (waveform-similarity overlap-add).
 * The input is cut into overlapping Hann windows taken every {@code rate × hop} frames and laid down every
 * {@code hop} frames; each window is shifted, within a small tolerance, to where its waveform best continues
 * the sound laid down before it, so a voice's periods line up and no echo or warble is heard. Resampling
 * (what JavaFX's playback rate does) would instead make a voice higher or lower with the speed.
 *
 * <p>It streams: {@link #process} takes any number of frames and returns the frames that are ready. Frames
 * are interleaved floats in -1..1. Not thread-safe: one playing thread owns it.
 */
final class TimeStretch {
    private final int channels;
    private final float sampleRate;
    private final double rate;
    /** Frames in a window (an even number), and half of it: the overlap and the output step. */
    private final int window;
    private final int hop;
    /** How far a window may be shifted to match, in frames: a low voice's period (about 12 ms). */
    private final int tolerance;
    private final float[] hann;
    /** Input not used up yet, interleaved, and how many frames of it there are. */
    private float[] input = new float[0];
    private int inputFrames;
    /** Where the next window would start without a shift, in frames of {@link #input}. */
    private double next;
    /** Whether a window has been laid down: the next one is matched to it. */
    private boolean started;
    /**
     * Where the last window laid down started, in frames of {@link #input} (negative once the input up to its
     * second half has been let go: only that half is still compared with).
     */
    private int previous;
    /** The last window's second half, already windowed: added to the next window's first half. */
    private final float[] tail;

    TimeStretch(int channels, float sampleRate, double rate) {
        if (channels < 1 || sampleRate <= 0 || !(rate > 0)) {
            throw new IllegalArgumentException("channels " + channels + ", rate " + sampleRate + ", speed " + rate);
        }
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.rate = rate;
        this.hop = Math.max(16, Math.round(sampleRate * 0.015f)); // 30 ms windows: a few periods of speech
        this.window = 2 * hop;
        this.tolerance = Math.max(4, Math.round(sampleRate * 0.0125f));
        this.hann = new float[window];
        for (int i = 0; i < window; i++) {
            // The periodic Hann window: two halves a hop apart add up to exactly one.
            hann[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / window));
        }
        this.tail = new float[hop * channels];
    }

    /** Takes {@code frames} frames from {@code samples} and returns the stretched frames ready so far. */
    float[] process(float[] samples, int frames) {
        append(samples, frames);
        float[] out = layDownWhile(Integer.MAX_VALUE);
        forgetUsedInput();
        return out;
    }

    /**
     * The stretched sound of the input's end (after the last {@link #process}): the windows that waited for
     * more input, laid over silence, and the last one's fading half. Starts over afterwards.
     */
    float[] finish() {
        int end = inputFrames;
        int padding = window + 2 * tolerance;
        append(new float[padding * channels], padding);
        float[] last = layDownWhile(end);
        float[] rest = started ? tail.clone() : new float[0];
        Arrays.fill(tail, 0);
        started = false;
        previous = 0;
        inputFrames = 0;
        next = 0;
        float[] all = Arrays.copyOf(last, last.length + rest.length);
        System.arraycopy(rest, 0, all, last.length, rest.length);
        return all;
    }

    /** Lays down windows while there is input for them and they would start before {@code end}. */
    private float[] layDownWhile(int end) {
        int steps = 0;
        float[] out = new float[0];
        while (next < end) {
            int start = nextStart();
            if (start < 0) {
                break;
            }
            if ((steps + 1) * hop * channels > out.length) {
                out = Arrays.copyOf(out, Math.max(hop * channels, out.length * 2));
            }
            layDown(start, out, steps * hop * channels);
            steps++;
        }
        return Arrays.copyOf(out, steps * hop * channels);
    }

    private void append(float[] samples, int frames) {
        int needed = (inputFrames + frames) * channels;
        if (needed > input.length) {
            input = Arrays.copyOf(input, Math.max(needed, input.length * 2));
        }
        System.arraycopy(samples, 0, input, inputFrames * channels, frames * channels);
        inputFrames += frames;
    }

    /** Where the next window starts (shifted to match), or -1 when not enough input has come. */
    private int nextStart() {
        int nominal = (int) Math.round(next);
        if (!started) {
            return nominal + window <= inputFrames ? nominal : -1;
        }
        int from = Math.max(0, nominal - tolerance);
        int to = nominal + tolerance;
        // The reference (what followed the last window in the input) must be there too.
        if (to + window > inputFrames || previous + 2 * hop > inputFrames) {
            return -1;
        }
        return bestMatch(from, to);
    }

    /**
     * The start within [from, to] whose first half looks most like the input that followed the last window
     * (normalised cross-correlation over the channels' sum). At 16 kHz every start is tried, comparing every
     * second frame; at higher rates first every few starts comparing every few frames (about 16 kHz's worth),
     * then every start near the best, so 96 kHz costs about what 16 kHz does.
     */
    private int bestMatch(int from, int to) {
        int coarse = Math.max(1, Math.round(sampleRate / 16000f));
        int best = bestMatch(from, to, coarse, coarse);
        return coarse == 1 ? best : bestMatch(Math.max(from, best - coarse), Math.min(to, best + coarse), 1, 2);
    }

    private int bestMatch(int from, int to, int startStep, int frameStep) {
        int reference = previous + hop;
        int best = from;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int start = from; start <= to; start += startStep) {
            double dot = 0;
            double energy = 0;
            for (int i = 0; i < hop; i += frameStep) {
                float candidate = mono(start + i);
                dot += candidate * mono(reference + i);
                energy += candidate * candidate;
            }
            double score = energy == 0 ? 0 : dot / Math.sqrt(energy);
            if (score > bestScore) {
                bestScore = score;
                best = start;
            }
        }
        return best;
    }

    private float mono(int frame) {
        float sum = 0;
        int at = frame * channels;
        for (int c = 0; c < channels; c++) {
            sum += input[at + c];
        }
        return sum;
    }

    /** Adds the window at {@code start} to the output: its first half onto the last one's tail. */
    private void layDown(int start, float[] out, int at) {
        for (int i = 0; i < hop; i++) {
            for (int c = 0; c < channels; c++) {
                int k = i * channels + c;
                out[at + k] = tail[k] + input[(start + i) * channels + c] * hann[i];
                tail[k] = input[(start + hop + i) * channels + c] * hann[hop + i];
            }
        }
        previous = start;
        started = true;
        next += hop * rate;
    }

    /** Drops the input no later window or reference can reach, so a long play holds only a few windows. */
    private void forgetUsedInput() {
        int reach = Math.max(0, (int) Math.floor(next) - tolerance);
        int drop = started ? Math.min(Math.min(previous + hop, reach), inputFrames) : Math.min(reach, inputFrames);
        if (drop <= 0) {
            return;
        }
        System.arraycopy(input, drop * channels, input, 0, (inputFrames - drop) * channels);
        inputFrames -= drop;
        next -= drop;
        previous -= drop;
    }
}
