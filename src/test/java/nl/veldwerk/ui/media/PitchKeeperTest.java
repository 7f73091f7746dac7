package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The kept-pitch sound played through javax.sound (headless: ALSA's null device, set for the tests in the
 * pom): it starts where asked, its position moves on from there, it stops when told, and a file it cannot
 * decode is reported rather than played.
 */
class PitchKeeperTest {
    @ParameterizedTest
    @ValueSource(strings = {"interview-nl.wav", "interview-en.mp3"})
    void playsFromTheTimeAskedAndStops(String file) throws Exception {
        PitchKeeper keeper = new PitchKeeper();
        CompletableFuture<String> failed = new CompletableFuture<>();
        keeper.start(PlayerWorkflowTest.FIXTURES.resolve(file), 2000, 0.5, 0.8, failed::complete);
        assertTrue(keeper.running());
        assertEquals(new PitchKeeper.Started(2000, 0.5), keeper.last());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (keeper.position() <= 2000 && System.nanoTime() < deadline && !failed.isDone()) {
            Thread.sleep(20);
        }
        assertFalse(failed.isDone(), () -> "failed: " + failed.getNow(""));
        assertTrue(keeper.position() > 2000, "the sound moves on from 2 s: " + keeper.position());

        keeper.stop();
        assertFalse(keeper.running());
        assertEquals(-1, keeper.position());
        assertEquals(1, keeper.starts());
    }

    @Test
    void aStartReplacesTheSoundPlaying() {
        PitchKeeper keeper = new PitchKeeper();
        Path wav = PlayerWorkflowTest.FIXTURES.resolve("interview-nl.wav");
        keeper.start(wav, 1000, 0.7, 1, reason -> { });
        keeper.start(wav, 5000, 1.5, 1, reason -> { });
        assertEquals(new PitchKeeper.Started(5000, 1.5), keeper.last());
        assertTrue(keeper.position() >= 5000);
        keeper.stop();
        assertEquals(2, keeper.starts());
    }

    @Test
    void aFileItCannotDecodeIsReported(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("kapot.wav"), "RIFF, but not a wave".getBytes());
        PitchKeeper keeper = new PitchKeeper();
        CompletableFuture<String> failed = new CompletableFuture<>();
        keeper.start(broken, 0, 0.5, 1, failed::complete);
        assertFalse(failed.get(10, TimeUnit.SECONDS).isBlank());
        keeper.stop();
    }
}
