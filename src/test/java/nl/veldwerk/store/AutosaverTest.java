package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    @TempDir
    Path tmp;

    @Test
    void changesReachARecoverySaveWithinTheIntervalAndNothingIsWrittenWhenIdle() throws Exception {
        Path dir = tmp.resolve("p");
        ExecutorService owner = Executors.newSingleThreadExecutor(); // stands in for the FX thread
        BlockingQueue<Autosaver.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (ProjectStore store = owner.submit(() -> StoreTestSupport.createFixtureProject(dir)).get();
             Autosaver autosaver = new Autosaver(store, owner, Duration.ofMillis(100), outcomes::add)) {
            assertTrue(outcomes.poll(400, TimeUnit.MILLISECONDS) == null, "nothing to write while unchanged");
            owner.submit(() -> store.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)))).get();
            Autosaver.Outcome outcome = outcomes.poll(5, TimeUnit.SECONDS);
            assertTrue(outcome != null && outcome.written(), "a recovery save follows a change: " + outcome);
            assertTrue(ProjectStore.recoverableSince(dir).isPresent());
            assertFalse(owner.submit(store::hasUnpersistedChanges).get());
        } finally {
            owner.shutdown();
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().code("n").isPresent());
        }
    }
}
