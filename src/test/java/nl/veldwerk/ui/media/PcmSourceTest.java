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
