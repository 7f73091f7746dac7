package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kept-pitch sound played through javax.sound (headless: ALSA's null device, set for the tests in the
 * pom): it starts where asked, moves on from there, ends by itself at the end asked for or the file's end,
 * stops when told without the caller waiting for the sound system, serves every start from one thread, and
 * reports a file it cannot decode rather than playing silence.
 */
class PitchKeeperTest {
    private static final Path WAV = PlayerWorkflowTest.FIXTURES.resolve("interview-nl.wav");

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited for: " + what);
            }
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview-nl.wav", "interview-en.mp3"})
    void playsFromTheTimeAskedAndStopsWhenTold(String file) throws Exception {
        PitchKeeper keeper = new PitchKeeper();
        CompletableFuture<String> failed = new CompletableFuture<>();
        keeper.start(PlayerWorkflowTest.FIXTURES.resolve(file), 2000, -1, 0.5, 0.8, failed::complete);
        assertTrue(keeper.running());
        assertEquals(new PitchKeeper.Started(2000, -1, 0.5), keeper.last());
        waitFor(() -> keeper.position() > 2000 || failed.isDone(), "the sound moves on from 2 s");
        assertFalse(failed.isDone(), () -> "failed: " + failed.getNow(""));

        keeper.stop();
        assertFalse(keeper.running());
        assertEquals(-1, keeper.position());
    }

    @Test
    void endsByItselfAtTheEndAskedForAndAtTheFilesEnd() throws Exception {
        PitchKeeper keeper = new PitchKeeper();
        keeper.start(WAV, 1000, 1300, 1.5, 1, reason -> { });
        waitFor(() -> !keeper.running(), "the stretch from 1 s to 1.3 s ends");
        keeper.start(WAV, 7700, -1, 2.0, 1, reason -> { });
        waitFor(() -> !keeper.running(), "the last 0.3 s end");
        assertEquals(-1, keeper.position());
    }

    @Test
    void oneThreadServesEveryStartAndTheNewestWins() throws Exception {
        long threadsBefore = soundThreads();
        PitchKeeper keeper = new PitchKeeper();
        for (int i = 0; i < 200; i++) { // a slider dragged: a start for every step
            keeper.start(WAV, i * 30L, -1, 0.7, 1, reason -> { });
        }
        keeper.start(WAV, 5000, -1, 1.5, 1, reason -> { });
        assertEquals(new PitchKeeper.Started(5000, -1, 1.5), keeper.last());
        waitFor(() -> keeper.position() > 5000, "the newest sound plays");
        assertEquals(threadsBefore + 1, soundThreads(), "one sound thread for all of them");
        keeper.stop();
        assertEquals(201, keeper.starts());
    }

    /** The sound threads alive (those of keepers made by other tests live on as daemons). */
    private static long soundThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("pitch-kept-sound") && t.isAlive()).count();
    }

    @Test
    void aFileItCannotDecodeIsReported(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("kapot.wav"), "RIFF, but not a wave".getBytes());
        PitchKeeper keeper = new PitchKeeper();
        CompletableFuture<String> failed = new CompletableFuture<>();
        keeper.start(broken, 0, -1, 0.5, 1, failed::complete);
        assertFalse(failed.get(10, TimeUnit.SECONDS).isBlank());
        waitFor(() -> !keeper.running(), "a failed sound is not running");
    }
}
