package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Slower and faster with the pitch kept: a tone keeps its frequency and a voice its fundamental at every
 * speed the player offers, the length changes by the speed, and the windows join without clicks. Plain
 * resampling (JavaFX's rate) fails every pitch assertion here: it doubles or halves the frequency.
 */
class TimeStretchTest {
    private static final float RATE = 16000;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.7, 1.3, 2.0})
    void aToneKeepsItsFrequencyAndTheLengthFollowsTheSpeed(double speed) {
        float[] tone = sine(440, 4.0, 1);
        float[] out = stretchInChunks(tone, 1, speed, 320);

        assertEquals(tone.length / speed, out.length, RATE * 0.05, "length at " + speed + "×");
        double frequency = frequency(Arrays.copyOfRange(out, out.length / 4, 3 * out.length / 4), RATE);
        assertEquals(440, frequency, 440 * 0.01, "pitch at " + speed + "×");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.0})
    void theWindowsJoinWithoutClicks(double speed) {
        float[] tone = sine(220, 3.0, 1);
        float[] out = stretchInChunks(tone, 1, speed, 441);
        // A 220 Hz sine of amplitude 0.8 moves at most 0.8 × 2π × 220 / 16000 ≈ 0.069 per sample; a seam
        // between badly matched windows jumps by far more.
        double steepest = 0;
        for (int i = 1 + 480; i < out.length - 480; i++) {
            steepest = Math.max(steepest, Math.abs(out[i] - out[i - 1]));
        }
        assertTrue(steepest < 0.08, "largest step between samples " + steepest);
        // and the level stays that of the tone (the windows add up to one)
        double peak = 0;
        for (int i = out.length / 4; i < 3 * out.length / 4; i++) {
            peak = Math.max(peak, Math.abs(out[i]));
        }
        assertEquals(0.8, peak, 0.03);
    }

    @Test
    void atHighSampleRatesTheCoarseSearchStillFindsTheSeam() {
        float rate = 96000;
        float[] tone = new float[(int) (rate * 2)];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.8 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        TimeStretch stretch = new TimeStretch(1, rate, 0.5);
        float[] out = concat(stretch.process(tone, tone.length), stretch.finish());
        double steepest = 0;
        for (int i = 4000; i < out.length - 4000; i++) {
            steepest = Math.max(steepest, Math.abs(out[i] - out[i - 1]));
        }
        assertTrue(steepest < 0.8 * 2 * Math.PI * 440 / rate * 1.1, "largest step " + steepest);
        assertEquals(440, frequency(Arrays.copyOfRange(out, out.length / 4, 3 * out.length / 4), rate), 4.4);
    }

    @Test
    void atOneTimesTheSoundComesOutUnchanged() {
        float[] tone = sine(300, 1.0, 1);
        float[] out = stretchInChunks(tone, 1, 1.0, 256);
        int hop = Math.round(RATE * 0.015f);
        // after the first window's fade-in, sample for sample
        for (int i = hop; i < tone.length; i++) {
            assertEquals(tone[i], out[i], 1e-5, "sample " + i);
        }
    }

    @Test
    void stereoChannelsStayApartAndInStep() {
        float[] left = sine(440, 2.0, 1);
        float[] right = sine(660, 2.0, 1);
        float[] both = new float[left.length * 2];
        for (int i = 0; i < left.length; i++) {
            both[2 * i] = left[i];
            both[2 * i + 1] = right[i];
        }
        float[] out = stretchInChunks(both, 2, 0.5, 500);
        float[] outLeft = new float[out.length / 2];
        float[] outRight = new float[out.length / 2];
        for (int i = 0; i < outLeft.length; i++) {
            outLeft[i] = out[2 * i];
            outRight[i] = out[2 * i + 1];
        }
        assertEquals(440, frequency(Arrays.copyOfRange(outLeft, 4000, outLeft.length - 4000), RATE), 5);
        assertEquals(660, frequency(Arrays.copyOfRange(outRight, 4000, outRight.length - 4000), RATE), 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview-nl.wav", "interview-en.mp3"})
    void aVoiceKeepsItsPitchAtHalfAndDoubleSpeed(String file) throws IOException {
        float[] voice = readAll(PlayerWorkflowTest.FIXTURES.resolve(file), 0);
        float rate = file.endsWith(".mp3") ? 44100 : RATE;
        double original = fundamental(voice, rate);
        for (double speed : new double[] {0.5, 2.0}) {
            float[] out = stretchInChunks(voice, 1, speed, 320, rate);
            assertEquals(voice.length / speed, out.length, rate * 0.05);
            double stretched = fundamental(out, rate);
            assertEquals(original, stretched, original * 0.06,
                    file + " at " + speed + "×: " + stretched + " Hz, was " + original + " Hz");
        }
    }

    @Test
    void theFixtureVoiceHasAFundamentalInTheRangeOfSpeech() throws IOException {
        // Guards the pitch test above: a pitch measure that returned a constant would pass it too.
        double nl = fundamental(readAll(PlayerWorkflowTest.FIXTURES.resolve("interview-nl.wav"), 0), RATE);
        assertTrue(nl > 70 && nl < 300, nl + " Hz");
        float[] octaveUp = sine(2 * nl, 2.0, 1);
        assertEquals(2 * nl, fundamental(octaveUp, RATE), nl * 0.1);
    }

    /** The file's sound from a time on (the interviews are mono: 16 kHz WAV, 44.1 kHz MP3). */
    static float[] readAll(Path file, long fromMillis) throws IOException {
        return readAll(file, fromMillis, file.toString().endsWith(".mp3") ? 44100 : 16000);
    }

    /** The file's mono sound from a time on, checking it comes at {@code sampleRate}. */
    static float[] readAll(Path file, long fromMillis, float sampleRate) throws IOException {
        try (PcmSource source = PcmSource.open(file, fromMillis)) {
            assertEquals(sampleRate, source.sampleRate());
            assertEquals(1, source.channels());
            float[] all = new float[0];
            float[] chunk = new float[1000];
            int read;
            while ((read = source.read(chunk, 1000)) >= 0) {
                all = Arrays.copyOf(all, all.length + read);
                System.arraycopy(chunk, 0, all, all.length - read, read);
            }
            return all;
        }
    }

    private static float[] stretchInChunks(float[] samples, int channels, double speed, int chunkFrames) {
        return stretchInChunks(samples, channels, speed, chunkFrames, RATE);
    }

    private static float[] stretchInChunks(float[] samples, int channels, double speed, int chunkFrames, float rate) {
        TimeStretch stretch = new TimeStretch(channels, rate, speed);
        float[] out = new float[0];
        int frames = samples.length / channels;
        for (int at = 0; at < frames; at += chunkFrames) {
            int n = Math.min(chunkFrames, frames - at);
            out = concat(out, stretch.process(Arrays.copyOfRange(samples, at * channels, (at + n) * channels), n));
        }
        return concat(out, stretch.finish());
    }

    private static float[] concat(float[] a, float[] b) {
        float[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static float[] sine(double hz, double seconds, float amplitudeScale) {
        float[] s = new float[(int) (RATE * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.8 * amplitudeScale * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return s;
    }

    /** A tone's frequency from its upward zero crossings (interpolated). */
    private static double frequency(float[] s, float rate) {
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                double at = i - 1 + s[i - 1] / (s[i - 1] - s[i]);
                if (first < 0) {
                    first = at;
                } else {
                    crossings++;
                }
                last = at;
            }
        }
        return crossings * rate / (last - first);
    }

    /**
     * A voice's typical fundamental: the median over 40 ms frames with enough energy of the lag (70–400 Hz)
     * where the frame's normalised autocorrelation peaks.
     */
    static double fundamental(float[] s, float rate) {
        int frame = (int) (rate * 0.04);
        int minLag = (int) (rate / 400);
        int maxLag = (int) (rate / 70);
        double loudest = 0;
        for (float v : s) {
            loudest = Math.max(loudest, Math.abs(v));
        }
        java.util.List<Double> pitches = new java.util.ArrayList<>();
        for (int start = 0; start + frame + maxLag + 1 < s.length; start += frame / 2) {
            double energy = 0;
            for (int i = start; i < start + frame; i++) {
                energy += s[i] * s[i];
            }
            if (Math.sqrt(energy / frame) < loudest * 0.1) {
                continue;
            }
            double[] score = new double[maxLag + 2];
            double best = 0;
            for (int lag = minLag; lag <= maxLag + 1; lag++) {
                double dot = 0;
                double other = 0;
                for (int i = start; i < start + frame; i++) {
                    dot += s[i] * s[i + lag];
                    other += s[i + lag] * s[i + lag];
                }
                score[lag] = dot / Math.sqrt(energy * other + 1e-12);
                best = Math.max(best, score[lag]);
            }
            // the shortest lag that nearly matches the best: a period, not a multiple of it
            for (int lag = minLag + 1; best > 0.6 && lag <= maxLag; lag++) {
                if (score[lag] >= 0.9 * best && score[lag] >= score[lag - 1] && score[lag] >= score[lag + 1]) {
                    pitches.add(rate / (double) lag);
                    break;
                }
            }
        }
        assertTrue(pitches.size() > 10, "voiced frames: " + pitches.size());
        java.util.Collections.sort(pitches);
        return pitches.get(pitches.size() / 2);
    }
}
