package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recordings' sound decoded for playing with the pitch kept: from the start and from any time. */
class PcmSourceTest {
    private static final Path WAV = PlayerWorkflowTest.FIXTURES.resolve("interview-nl.wav");
    private static final Path MP3 = PlayerWorkflowTest.FIXTURES.resolve("interview-nl.mp3");

    @Test
    void aWavReadFromATimeIsTheSameSoundAsFromTheStart() throws IOException {
        float[] all = TimeStretchTest.readAll(WAV, 0);
        assertEquals(8.0, all.length / 16000.0, 0.05);
        float[] later = TimeStretchTest.readAll(WAV, 4000);
        assertEquals(all.length - 64000, later.length);
        assertTrue(Arrays.equals(Arrays.copyOfRange(all, 64000, all.length), later));
    }

    @Test
    void anMp3DecodesToTheSameVoiceAsItsWav() throws IOException {
        float[] wav = TimeStretchTest.readAll(WAV, 0);
        float[] mp3 = TimeStretchTest.readAll(MP3, 0); // lame made it 44.1 kHz
        // lame pads the start and end by a few frames
        assertEquals(wav.length / 16000.0, mp3.length / 44100.0, 0.15);
        assertEquals(TimeStretchTest.fundamental(wav, 16000), TimeStretchTest.fundamental(mp3, 44100), 8);
    }

    @Test
    void anMp3ReadFromATimeStartsThereWithinAFewMilliseconds() throws IOException {
        float[] all = TimeStretchTest.readAll(MP3, 0);
        float[] later = TimeStretchTest.readAll(MP3, 4000);
        int fourSeconds = 4 * 44100;
        assertEquals(all.length - fourSeconds, later.length, 2);
        // the same samples as decoding from the start (layer III's borrowed bits are decoded too)
        double difference = 0;
        for (int i = 0; i < 44100; i++) {
            difference = Math.max(difference, Math.abs(all[fourSeconds + i] - later[i]));
        }
        assertTrue(difference < 0.02, "largest difference " + difference);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"interview-nl-8k.mp3, 8000", "interview-nl-vbr16k.mp3, 16000"})
    void shortFramesAndLowOrVaryingBitRatesSeekToTheTimeAsked(String name, int rate) throws IOException {
        // MPEG-2 and 2.5 frames hold 576 samples, not 1152; at 8 kbit/s a frame borrows from many before it.
        Path file = PlayerWorkflowTest.FIXTURES.resolve(name);
        float[] all = TimeStretchTest.readAll(file, 0, rate);
        assertEquals(8.0, all.length / (double) rate, 0.3, "the length in seconds (lame pads a few frames)");
        for (long from : new long[] {1000, 4000, 6500}) {
            float[] later = TimeStretchTest.readAll(file, from, rate);
            int skipped = (int) (from * rate / 1000);
            assertEquals(all.length - skipped, later.length, 2, "read from " + from + " ms");
            double difference = 0;
            for (int i = 0; i < Math.min(later.length, rate / 2); i++) {
                difference = Math.max(difference, Math.abs(all[skipped + i] - later[i]));
            }
            assertTrue(difference < 0.02, "from " + from + " ms: the same sound as decoded from the start, largest"
                    + " difference " + difference);
        }
    }

    @Test
    void aWavCutOffInsideAFrameReadsNothingPastTheCut(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(WAV);
        Path cut = Files.write(dir.resolve("afgebroken.wav"), Arrays.copyOf(whole, whole.length / 2 + 1));
        assertEquals(0, TimeStretchTest.readAll(cut, 7000).length);
        assertTrue(TimeStretchTest.readAll(cut, 1000).length > 16000);
    }

    @Test
    void aHeaderClaimingAnImpossibleRateIsRefused(@TempDir Path dir) throws IOException {
        byte[] wav = Files.readAllBytes(WAV);
        java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(24, 2_000_000_000)
                .putInt(28, 2_000_000_000);
        Path hostile = Files.write(dir.resolve("vreemd.wav"), wav);
        assertThrows(IOException.class, () -> PcmSource.open(hostile, 0));
    }

    @Test
    void lookingForALateTimeInAnMp3CanBeAbandoned() throws IOException {
        // A newer wish (a second skip) stops the first one's reading through the file from its start.
        assertThrows(java.io.InterruptedIOException.class, () -> PcmSource.open(MP3, 7000, () -> true));
        try (PcmSource source = PcmSource.open(MP3, 7000, () -> false)) {
            assertTrue(source.read(new float[1000], 1000) > 0);
        }
    }

    @Test
    void aWavWhoseHeaderSaysItIsEmptyReadsNothing(@TempDir Path dir) throws IOException {
        // As a recorder that crashed leaves it: the window then lets the player be heard (see MediaViewModel).
        byte[] wav = Files.readAllBytes(WAV);
        java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 0);
        Path empty = Files.write(dir.resolve("leeg-kop.wav"), wav);
        try (PcmSource source = PcmSource.open(empty, 0)) {
            assertEquals(-1, source.read(new float[1000], 1000));
        }
    }

    @Test
    void aTimePastTheEndReadsNothing() throws IOException {
        assertEquals(0, TimeStretchTest.readAll(WAV, 60_000).length);
        assertEquals(0, TimeStretchTest.readAll(MP3, 60_000).length);
    }

    @Test
    void formatsWithoutADecoderAndBrokenFilesAreSaid(@TempDir Path dir) throws IOException {
        assertFalse(PcmSource.canRead(Path.of("gesprek.m4a")));
        assertTrue(PcmSource.canRead(Path.of("GESPREK.MP3")));
        Path broken = Files.write(dir.resolve("kapot.wav"), "RIFF nonsense".getBytes());
        assertThrows(IOException.class, () -> PcmSource.open(broken, 0));
        Path notMp3 = Files.write(dir.resolve("leeg.mp3"), new byte[4096]);
        try (PcmSource source = PcmSource.open(notMp3, 0)) {
            assertEquals(-1, source.read(new float[2000], 1000));
        } catch (IOException refused) {
            // either is fine: nothing is played, and the window falls back to JavaFX's player
        }
    }
}
