package nl.veldwerk.ui.media;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * A recording's sound as frames of floats (-1..1, interleaved), from a chosen time on: WAV, AIFF and AU
 * through javax.sound, MP3 through JLayer. Used to play slower or faster with the pitch kept; the other
 * formats JavaFX plays (M4A, MP4) have no decoder here.
 */
abstract class PcmSource implements Closeable {
    private static final Set<String> SAMPLED = Set.of("wav", "wave", "aif", "aiff", "aifc", "au", "snd");

    /** Whether the sound of a file with this name can be read here. */
    static boolean canRead(Path file) {
        String ending = ending(file);
        return SAMPLED.contains(ending) || ending.equals("mp3");
    }

    /** Opens the file's sound at {@code fromMillis} (the end, when that is past it). */
    static PcmSource open(Path file, long fromMillis) throws IOException {
        return open(file, fromMillis, () -> false);
    }

    /**
     * Opens the file's sound at {@code fromMillis}; gives up (an {@link java.io.InterruptedIOException}) when
     * {@code abandoned} says so while it looks for that time: an MP3 is read from its start to find it.
     */
    static PcmSource open(Path file, long fromMillis, java.util.function.BooleanSupplier abandoned) throws IOException {
        if (ending(file).equals("mp3")) {
            return new Mp3(file, fromMillis, abandoned);
        }
        if (SAMPLED.contains(ending(file))) {
            return new Sampled(file, fromMillis);
        }
        throw new IOException("no decoder for " + file.getFileName());
    }

    private static String ending(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Refuses what no recording has (a header claiming 2 GHz would make buffers of gigabytes). */
    static void check(float sampleRate, int channels) throws IOException {
        if (!(sampleRate >= 4000 && sampleRate <= 192_000) || channels < 1 || channels > 8) {
            throw new IOException("unplayable sound: " + sampleRate + " Hz, " + channels + " channels");
        }
    }

    abstract float sampleRate();

    abstract int channels();

    /** Reads up to {@code maxFrames} frames into {@code into}; the number read, or -1 at the end. */
    abstract int read(float[] into, int maxFrames) throws IOException;

    /** WAV, AIFF, AU: javax.sound's readers, turned into 16-bit signed little-endian frames. */
    private static final class Sampled extends PcmSource {
        private final AudioInputStream stream;
        private final AudioFormat format;
        private byte[] bytes = new byte[0];

        Sampled(Path file, long fromMillis) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file));
            try {
                AudioInputStream opened = AudioSystem.getAudioInputStream(raw);
                AudioFormat source = opened.getFormat();
                check(source.getSampleRate(), source.getChannels());
                AudioFormat wanted = new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
                stream = source.matches(wanted) ? opened : AudioSystem.getAudioInputStream(wanted, opened);
                format = wanted;
                long frames = Math.round(fromMillis / 1000.0 * source.getSampleRate());
                skipFully(stream, frames * format.getFrameSize(), format.getFrameSize());
            } catch (UnsupportedAudioFileException | IllegalArgumentException | IOException e) {
                raw.close();
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }

        private static void skipFully(InputStream in, long count, int frameSize) throws IOException {
            byte[] frame = new byte[frameSize];
            long left = count;
            while (left > 0) {
                long skipped;
                try {
                    skipped = in.skip(left);
                } catch (IOException cutMidFrame) {
                    // A file cut off inside a frame, asked for a time past the cut: there is nothing to play.
                    return;
                }
                if (skipped <= 0) {
                    // A stream that skips nothing (a converted one): read a frame instead.
                    skipped = in.read(frame);
                    if (skipped < 0) {
                        return; // asked for a time past the end: reads nothing
                    }
                }
                left -= skipped;
            }
        }

        @Override
        float sampleRate() {
            return format.getSampleRate();
        }

        @Override
        int channels() {
            return format.getChannels();
        }

        @Override
        int read(float[] into, int maxFrames) throws IOException {
            int frameSize = format.getFrameSize();
            if (bytes.length < maxFrames * frameSize) {
                bytes = new byte[maxFrames * frameSize];
            }
            int filled = 0;
            while (filled < frameSize || filled % frameSize != 0) {
                int n = stream.read(bytes, filled, maxFrames * frameSize - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
                if (filled == maxFrames * frameSize) {
                    break;
                }
            }
            int frames = filled / frameSize;
            if (frames == 0) {
                return -1;
            }
            int samples = frames * format.getChannels();
            for (int i = 0; i < samples; i++) {
                into[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768f;
            }
            return frames;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** MP3: JLayer's decoder, frame by frame; frames before the start are passed over without decoding. */
    private static final class Mp3 extends PcmSource {
        private final Bitstream bitstream;
        private final Decoder decoder = new Decoder();
        private float sampleRate;
        private int channels;
        /** Decoded samples not read yet (interleaved shorts), from {@code pending[offset]}. */
        private short[] pending = new short[0];
        private int pendingLength;
        private int offset;

        Mp3(Path file, long fromMillis, java.util.function.BooleanSupplier abandoned) throws IOException {
            bitstream = new Bitstream(new BufferedInputStream(Files.newInputStream(file)));
            try {
                start(fromMillis, abandoned);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private void start(long fromMillis, java.util.function.BooleanSupplier abandoned) throws IOException {
            double at = 0;
            for (int frame = 0; ; frame++) {
                if (frame % 64 == 63 && abandoned.getAsBoolean()) {
                    throw new java.io.InterruptedIOException("abandoned");
                }
                Header header = readHeader();
                if (header == null) {
                    return; // past the end: reads nothing
                }
                sampleRate = header.frequency();
                channels = header.mode() == Header.SINGLE_CHANNEL ? 1 : 2;
                check(sampleRate, channels);
                double length = millisOf(header);
                if (at + length > fromMillis - runUpMillis(header, length)) {
                    decode(header);
                    if (at + length > fromMillis) {
                        int skip = (int) Math.round((fromMillis - at) / 1000.0 * sampleRate) * channels;
                        offset = Math.min(pendingLength, Math.max(0, skip));
                        return;
                    }
                    pendingLength = 0;
                } else {
                    bitstream.closeFrame();
                }
                at += length;
            }
        }

        /** A frame's length: its samples (layer III: 1152 in MPEG-1, 576 in MPEG-2 and 2.5) at its rate. */
        private static double millisOf(Header header) {
            return samplesPerFrame(header) * 1000.0 / header.frequency();
        }

        private static int samplesPerFrame(Header header) {
            return switch (header.layer()) {
                case 1 -> 384;
                case 2 -> 1152;
                default -> header.version() == Header.MPEG1 ? 1152 : 576;
            };
        }

        /**
         * How far before the start frames are decoded and dropped: a layer III frame borrows up to 511 bytes
         * from the frames before it, and each frame's transform overlaps the last. Those bytes are counted at
         * the lowest bit rate a frame may have (8 kbit/s in MPEG-2 and 2.5, 32 in MPEG-1): a variable-rate
         * file's quiet stretches are that low, whatever its header says.
         */
        private static double runUpMillis(Header header, double frameMillis) {
            double lowestBytesPerMilli = (header.version() == Header.MPEG1 ? 32 : 8) / 8.0;
            return 511 / lowestBytesPerMilli + 2 * frameMillis;
        }

        private Header readHeader() throws IOException {
            try {
                return bitstream.readFrame();
            } catch (BitstreamException e) {
                throw new IOException("MP3: " + e.getMessage(), e);
            }
        }

        private void decode(Header header) throws IOException {
            try {
                SampleBuffer decoded = (SampleBuffer) decoder.decodeFrame(header, bitstream);
                channels = decoded.getChannelCount();
                sampleRate = decoded.getSampleFrequency();
                int length = decoded.getBufferLength();
                int full = samplesPerFrame(header) * channels;
                if (length < full) {
                    // A frame the decoder could not fill (its borrowed bytes missing): silence of its length,
                    // so the time stays right.
                    java.util.Arrays.fill(decoded.getBuffer(), length, Math.min(full, decoded.getBuffer().length), (short) 0);
                    length = Math.min(full, decoded.getBuffer().length);
                }
                if (pending.length < length) {
                    pending = new short[length];
                }
                System.arraycopy(decoded.getBuffer(), 0, pending, 0, length);
                pendingLength = length;
                offset = 0;
            } catch (DecoderException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("MP3: " + e.getMessage(), e);
            } finally {
                bitstream.closeFrame();
            }
        }

        @Override
        float sampleRate() {
            return sampleRate;
        }

        @Override
        int channels() {
            return Math.max(1, channels);
        }

        @Override
        int read(float[] into, int maxFrames) throws IOException {
            if (offset >= pendingLength) {
                Header header = readHeader();
                if (header == null) {
                    return -1;
                }
                decode(header);
            }
            int frames = Math.min(maxFrames, (pendingLength - offset) / channels());
            int samples = frames * channels();
            for (int i = 0; i < samples; i++) {
                into[i] = pending[offset + i] / 32768f;
            }
            offset += samples;
            return frames;
        }

        @Override
        public void close() throws IOException {
            try {
                bitstream.close();
            } catch (BitstreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
