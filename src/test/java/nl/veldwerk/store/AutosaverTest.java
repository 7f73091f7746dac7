package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Makes a change and waits for the recovery save of it; the store is then left as a crash leaves it. */
    private static void changedAndRecoverySaved(ProjectStore store, ExecutorService owner, String code)
            throws Exception {
        BlockingQueue<Autosaver.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (Autosaver autosaver = new Autosaver(store, owner, Duration.ofMillis(50), outcomes::add)) {
            owner.submit(() -> store.session().execute(CodeCommands.add(Code.of(code, code, null, null)))).get();
            Autosaver.Outcome outcome = outcomes.poll(5, TimeUnit.SECONDS);
            assertTrue(outcome != null && outcome.written(), "recovery saved: " + outcome);
        }
    }

    /**
     * "Throw it away" throws away the recovery save the user was asked about only: one written since (another window
     * recovered it, worked on and crashed again) stays, to be asked about (QA: a dialog left open deleted it).
     */
    @Test
    void discardingARecoverySaveLeavesOneWrittenSinceTheQuestion() throws Exception {
        Path dir = tmp.resolve("p");
        ExecutorService owner = Executors.newSingleThreadExecutor();
        try {
            try (ProjectStore store = owner.submit(() -> StoreTestSupport.createFixtureProject(dir)).get()) {
                changedAndRecoverySaved(store, owner, "old");
            }
            java.time.Instant askedAbout = ProjectStore.recoverableSince(dir).orElseThrow();
            Thread.sleep(20);
            try (ProjectStore other = owner.submit(() -> ProjectStore.openRecovered(dir)).get()) {
                changedAndRecoverySaved(other, owner, "new");
            }
            java.time.Instant newer = ProjectStore.recoverableSince(dir).orElseThrow();
            assertTrue(newer.isAfter(askedAbout), newer + " after " + askedAbout);
            try (ProjectStore store = ProjectStore.open(dir)) {
                assertFalse(store.discardRecoveryFrom(askedAbout), "not the one asked about");
                assertEquals(java.util.Optional.of(newer), ProjectStore.recoverableSince(dir), "kept");
                assertTrue(store.discardRecoveryFrom(newer));
                assertTrue(ProjectStore.recoverableSince(dir).isEmpty());
            }
        } finally {
            owner.shutdown();
        }
    }

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

    /**
     * Saved, then undone (a recovery save follows) and redone: the session is back at the save, and a crash then
     * offered the recovery save as unsaved work (QA). It goes; work after it is saved for recovery again.
     */
    @Test
    void aRecoverySaveGoesWhenTheSessionIsBackAtTheSave() throws Exception {
        Path dir = tmp.resolve("terug");
        ExecutorService owner = Executors.newSingleThreadExecutor();
        BlockingQueue<Autosaver.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (ProjectStore store = owner.submit(() -> StoreTestSupport.createFixtureProject(dir)).get();
             Autosaver autosaver = new Autosaver(store, owner, Duration.ofMillis(100), outcomes::add)) {
            owner.submit(() -> {
                store.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
                store.save();
                store.session().undo();
                return null;
            }).get();
            Autosaver.Outcome outcome = outcomes.poll(5, TimeUnit.SECONDS);
            assertTrue(outcome != null && outcome.written(), "the undo is saved for recovery: " + outcome);
            assertTrue(ProjectStore.recoverableSince(dir).isPresent());
            owner.submit(() -> store.session().redo()).get();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (ProjectStore.recoverableSince(dir).isPresent() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(ProjectStore.recoverableSince(dir).isEmpty(), "back at the save: nothing to recover");

            owner.submit(() -> store.session().execute(CodeCommands.add(Code.of("m", "Meer", null, null)))).get();
            until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (ProjectStore.recoverableSince(dir).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(ProjectStore.recoverableSince(dir).isPresent(), "a change after it is kept for recovery");
        } finally {
            owner.shutdown();
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().code("m").isPresent());
            assertTrue(recovered.session().project().code("n").isPresent());
        }
    }
}
