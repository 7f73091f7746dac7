package nl.veldwerk.ui.media;

import java.nio.file.Path;
import java.util.function.Consumer;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays a recording slower or faster with the voice's pitch kept, where JavaFX's playback rate would make
 * it higher or lower. The JavaFX player keeps running (muted) as the clock the window follows; this plays
 * the sound from the same position: decoded ({@link PcmSource}), stretched ({@link TimeStretch}) and written
 * to the system's sound output through javax.sound.
 *
 * <p>One thread of its own does all the sound work, including opening, stopping and closing the line: those
 * wait on the sound system's lock, which must never hold up the FX thread. {@link #start} and {@link #stop}
 * only say what is wanted; the thread takes the newest wish within a chunk (about 20 ms), keeps its line open
 * between sounds, and closes it after a few idle seconds.
 */
final class PitchKeeper {
    /** About 20 ms of sound per write, and a line buffer of about 150 ms: a seek is heard at once. */
    private static final double CHUNK_SECONDS = 0.02;
    private static final double BUFFER_SECONDS = 0.15;
    /** How long an idle line stays open (a pause, a seek) before it is given back to the system. */
    private static final long IDLE_MILLIS = 3000;

    /** Where a sound was started, where it was to end (-1: the file's end) and at which speed. */
    record Started(long fromMillis, long untilMillis, double rate) {
    }

    /** A sound asked for: the file from a time to a time (or its end, -1) at a speed. */
    private record Wish(long number, Path file, long fromMillis, long untilMillis, double rate, Consumer<String> failed) {
    }

    /** What the line is playing now, to tell the position of the sound heard. */
    private record Heard(long wish, long fromMillis, double rate, float sampleRate, long firstFrame, SourceDataLine line) {
        long position() {
            return fromMillis + Math.round((line.getLongFramePosition() - firstFrame) / sampleRate * 1000.0 * rate);
        }
    }

    private final Object lock = new Object();
    /** The sound wanted now, or null for silence. */
    private Wish wanted;
    private long wishes;
    private Started last;
    private int starts;
    private Thread worker;
    private volatile float volume = 1;
    private volatile Heard heard;

    /** Whether this file's sound can be played with its pitch kept (its format has a decoder here). */
    static boolean canKeep(Path file) {
        return file != null && PcmSource.canRead(file);
    }

    /**
     * Plays {@code file} from {@code fromMillis} to {@code untilMillis} (below 0: its end) at {@code rate}, in
     * place of any sound playing; calls {@code failed} (on the sound's thread) with the reason when it cannot:
     * no sound output, a file it cannot decode. Never waits for the sound system.
     */
    void start(Path file, long fromMillis, long untilMillis, double rate, double newVolume, Consumer<String> failed) {
        synchronized (lock) {
            wanted = new Wish(++wishes, file, Math.max(0, fromMillis), untilMillis, rate, failed);
            last = new Started(wanted.fromMillis(), untilMillis, rate);
            starts++;
            volume = (float) newVolume;
            if (worker == null) {
                worker = Thread.ofPlatform().daemon().name("pitch-kept-sound").start(this::work);
            }
            lock.notifyAll();
        }
    }

    /** Silence; never waits for the sound system. */
    void stop() {
        synchronized (lock) {
            if (wanted != null) {
                wanted = null;
                wishes++;
                lock.notifyAll();
            }
        }
    }

    /** Whether the sound wanted now has begun to be heard (its file opened, its line started). */
    boolean sounding() {
        synchronized (lock) {
            Heard playing = heard;
            return wanted != null && playing != null && playing.wish() == wanted.number();
        }
    }

    /** Whether a sound is wanted and has not ended yet. */
    boolean running() {
        synchronized (lock) {
            return wanted != null;
        }
    }

    /** Where the sound heard now is in the recording, in milliseconds; -1 when none is playing. */
    long position() {
        Wish now;
        synchronized (lock) {
            now = wanted;
        }
        if (now == null) {
            return -1;
        }
        Heard playing = heard;
        return playing == null || playing.wish() != now.number() ? now.fromMillis() : playing.position();
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

    void setVolume(double newVolume) {
        volume = (float) newVolume;
    }

    // ---- the sound's thread ---------------------------------------------------------------------

    private void work() {
        try {
            serve();
        } finally {
            // Should the thread ever end (an error even the loop could not survive), the next start makes another.
            synchronized (lock) {
                worker = null;
            }
        }
    }

    private void serve() {
        SourceDataLine line = null;
        while (true) {
            Wish wish;
            synchronized (lock) {
                long idleSince = System.nanoTime();
                while (wanted == null) {
                    long idle = (System.nanoTime() - idleSince) / 1_000_000;
                    if (line != null && idle >= IDLE_MILLIS) {
                        break;
                    }
                    waitQuietly(line == null ? 0 : IDLE_MILLIS - idle);
                }
                wish = wanted;
            }
            if (wish == null) {
                closeQuietly(line); // idle: given back to the system
                line = null;
                continue;
            }
            try {
                line = play(wish, line);
                ended(wish, null);
            } catch (Throwable e) { // anything: the window must hear of it, or it stays muted in silence
                closeQuietly(line);
                line = null;
                ended(wish, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
    }

    private void waitQuietly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            // a daemon that lives as long as the window: keep serving
        }
    }

    private static void closeQuietly(SourceDataLine line) {
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException e) {
                // a line the system already took back
            }
        }
    }

    /** The wish has played to its end or failed: no longer wanted, unless another replaced it meanwhile. */
    private void ended(Wish wish, String failure) {
        boolean current;
        synchronized (lock) {
            current = wanted == wish;
            if (current) {
                wanted = null;
                wishes++;
            }
        }
        heard = null;
        if (current && failure != null) {
            try {
                wish.failed().accept(failure);
            } catch (RuntimeException e) {
                // the window's own handler failed: the thread must go on serving
            }
        }
    }

    private boolean superseded(Wish wish) {
        synchronized (lock) {
            return wanted != wish;
        }
    }

    /** Plays one wish on {@code line} (opened anew when missing or of another format); returns the line. */
    private SourceDataLine play(Wish wish, SourceDataLine reused) throws Exception {
        SourceDataLine line = reused;
        try (PcmSource source = PcmSource.open(wish.file(), wish.fromMillis(), () -> superseded(wish))) {
            int channels = source.channels();
            float sampleRate = source.sampleRate();
            AudioFormat format = new AudioFormat(sampleRate, 16, channels, true, false);
            if (line != null && !line.getFormat().matches(format)) {
                line.close();
                line = null;
            }
            if (line == null) {
                line = AudioSystem.getSourceDataLine(format);
                line.open(format, Math.max(1, (int) (sampleRate * BUFFER_SECONDS)) * format.getFrameSize());
            }
            if (superseded(wish)) {
                return line;
            }
            line.flush();
            heard = new Heard(wish.number(), wish.fromMillis(), wish.rate(), sampleRate, line.getLongFramePosition(), line);
            line.start();
            boolean finished = stream(source, wish, line);
            if (finished) {
                line.drain();
            }
            line.stop();
            line.flush();
            return line;
        } catch (Exception | Error e) {
            if (line != null) {
                line.close();
            }
            throw e;
        }
    }

    /** Streams until the wish's end (true) or until another wish replaced it (false). */
    private boolean stream(PcmSource source, Wish wish, SourceDataLine line) throws java.io.IOException {
        int channels = source.channels();
        float sampleRate = source.sampleRate();
        int chunk = Math.max(64, (int) (sampleRate * CHUNK_SECONDS));
        long framesLeft = wish.untilMillis() < 0 ? Long.MAX_VALUE
                : Math.max(0, Math.round((wish.untilMillis() - wish.fromMillis()) / 1000.0 * sampleRate));
        TimeStretch stretch = new TimeStretch(channels, sampleRate, wish.rate());
        float[] frames = new float[chunk * channels];
        byte[] bytes = new byte[0];
        while (!superseded(wish)) {
            int read = framesLeft <= 0 ? -1 : source.read(frames, (int) Math.min(chunk, framesLeft));
            if (read > 0) {
                framesLeft -= read;
            }
            float[] out = read < 0 ? stretch.finish() : stretch.process(frames, read);
            if (bytes.length < out.length * 2) {
                bytes = new byte[out.length * 2];
            }
            float gain = volume;
            for (int i = 0; i < out.length; i++) {
                int sample = Math.round(Math.max(-1f, Math.min(1f, out[i] * gain)) * 32767f);
                bytes[2 * i] = (byte) sample;
                bytes[2 * i + 1] = (byte) (sample >> 8);
            }
            line.write(bytes, 0, out.length * 2);
            if (read < 0) {
                return true;
            }
        }
        return false;
    }
}
