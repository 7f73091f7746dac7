package nl.veldwerk.ui.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays a recording slower or faster with the voice's pitch kept, where JavaFX's playback rate would make
 * it higher or lower. The JavaFX player keeps running (muted) as the clock the window follows; this plays
 * the sound from the same position on a thread of its own: decoded ({@link PcmSource}), stretched
 * ({@link TimeStretch}) and written to the system's sound output through javax.sound. The owner starts it
 * again where the player is after a seek, a speed change, or when the two drift apart.
 */
final class PitchKeeper {
    /** About 20 ms of sound per write, and a line buffer of about 150 ms: a seek is heard at once. */
    private static final double CHUNK_SECONDS = 0.02;
    private static final double BUFFER_SECONDS = 0.15;

    private final Object lock = new Object();
    /** The sound being played, or null when stopped. */
    private Run current;
    /** The last sound started, kept after it stopped: where from and how fast (what the window asked). */
    private Started last;
    private int starts;

    /** Where a sound was started and at which speed. */
    record Started(long fromMillis, double rate) {
    }

    /** One playing of the sound from a time at a speed; stopping it ends its thread. */
    private static final class Run {
        final long fromMillis;
        final double rate;
        volatile float volume;
        volatile boolean stopped;
        volatile SourceDataLine line;
        volatile float sampleRate;

        Run(long fromMillis, double rate, double volume) {
            this.fromMillis = fromMillis;
            this.rate = rate;
            this.volume = (float) volume;
        }

        /** Where in the recording the sound heard now is, in milliseconds. */
        long position() {
            SourceDataLine l = line;
            if (l == null || sampleRate <= 0) {
                return fromMillis;
            }
            return fromMillis + Math.round(l.getLongFramePosition() / sampleRate * 1000.0 * rate);
        }

        void stop() {
            stopped = true;
            SourceDataLine l = line;
            if (l != null) {
                l.stop();
                l.flush();
            }
        }
    }

    /** Whether this file's sound can be played with its pitch kept (its format has a decoder here). */
    static boolean canKeep(Path file) {
        return file != null && PcmSource.canRead(file);
    }

    /**
     * Plays {@code file} from {@code fromMillis} at {@code rate}, in place of any sound playing; calls
     * {@code failed} (on the playing thread) with the reason when it cannot: no sound output, a file it cannot
     * decode.
     */
    void start(Path file, long fromMillis, double rate, double volume, Consumer<String> failed) {
        Run run = new Run(Math.max(0, fromMillis), rate, volume);
        synchronized (lock) {
            if (current != null) {
                current.stop();
            }
            current = run;
            last = new Started(run.fromMillis, rate);
            starts++;
        }
        Thread.ofPlatform().daemon().name("pitch-kept-sound").start(() -> play(file, run, failed));
    }

    void stop() {
        synchronized (lock) {
            if (current != null) {
                current.stop();
                current = null;
            }
        }
    }

    boolean running() {
        synchronized (lock) {
            return current != null;
        }
    }

    /** Where the sound heard now is in the recording, in milliseconds; -1 when stopped. */
    long position() {
        synchronized (lock) {
            return current == null ? -1 : current.position();
        }
    }

    /** The last sound started (also after it stopped), or null. */
    Started last() {
        synchronized (lock) {
            return last;
        }
    }

    /** How many times a sound was started. */
    int starts() {
        synchronized (lock) {
            return starts;
        }
    }

    void setVolume(double volume) {
        synchronized (lock) {
            if (current != null) {
                current.volume = (float) volume;
            }
        }
    }

    private void play(Path file, Run run, Consumer<String> failed) {
        try (PcmSource source = PcmSource.open(file, run.fromMillis)) {
            if (run.stopped) {
                return;
            }
            int channels = source.channels();
            float sampleRate = source.sampleRate();
            AudioFormat format = new AudioFormat(sampleRate, 16, channels, true, false);
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            int chunk = Math.max(64, (int) (sampleRate * CHUNK_SECONDS));
            line.open(format, (int) (sampleRate * BUFFER_SECONDS) * format.getFrameSize());
            try {
                run.sampleRate = sampleRate;
                run.line = line;
                if (run.stopped) {
                    return;
                }
                line.start();
                stream(source, new TimeStretch(channels, sampleRate, run.rate), line, run, chunk);
            } finally {
                run.line = null;
                line.close();
            }
        } catch (IOException | LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!run.stopped) {
                failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
    }

    private static void stream(PcmSource source, TimeStretch stretch, SourceDataLine line, Run run, int chunk)
            throws IOException {
        int channels = source.channels();
        float[] frames = new float[chunk * channels];
        byte[] bytes = new byte[0];
        while (!run.stopped) {
            int read = source.read(frames, chunk);
            float[] out = read < 0 ? stretch.finish() : stretch.process(frames, read);
            if (bytes.length < out.length * 2) {
                bytes = new byte[out.length * 2];
            }
            float volume = run.volume;
            for (int i = 0; i < out.length; i++) {
                int sample = Math.round(Math.max(-1f, Math.min(1f, out[i] * volume)) * 32767f);
                bytes[2 * i] = (byte) sample;
                bytes[2 * i + 1] = (byte) (sample >> 8);
            }
            if (!run.stopped) {
                line.write(bytes, 0, out.length * 2);
            }
            if (read < 0) {
                if (!run.stopped) {
                    line.drain();
                }
                return;
            }
        }
    }
}
