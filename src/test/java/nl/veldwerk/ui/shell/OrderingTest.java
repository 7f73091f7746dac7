package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.testing.StepExecutor;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.UiThreads;
import nl.veldwerk.ui.search.SearchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's threads as steps: this test is the FX thread and runs each queued task itself, in the order
 * it wants to check (a save behind a long report, a recovery save written before the save, a close while a
 * recovery save waits), so the orderings that lost work before are run every time, not by chance.
 */
class OrderingTest {
    @TempDir
    Path tmp;
    private final StepExecutor fx = new StepExecutor("fx");
    private final StepExecutor work = new StepExecutor("work");
    private final StepExecutor saves = new StepExecutor("saves");
    private final StepExecutor index = new StepExecutor("index");
    private final List<Runnable> ticks = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Workbench workbench;
    private MainViewModel vm;
    private Path dir;

    @BeforeEach
    void open() throws Exception {
        dir = tmp.resolve("p");
        ProjectStore.create(dir, ProjectInfo.named("Volgorde", Fixtures.T)).close();
        workbench = new Workbench(dialogs, new UiThreads(fx, work, saves, index, (interval, tick) -> {
            ticks.add(tick);
            return () -> ticks.remove(tick);
        }));
        vm = workbench.main();
        vm.open(dir);
        work.runAll();
        fx.runAll();
        assertTrue(vm.storeProperty().get() != null, dialogs.errors.toString());
        assertEquals(1, saves.size(), "the saves are prepared on their queue after opening");
        saves.runAll();
    }

    @AfterEach
    void close() {
        if (vm.storeProperty().get() != null) {
            vm.close();
        }
        saves.runAll();
    }

    private void change(String id) {
        vm.run(() -> vm.session().execute(CodeCommands.add(Code.of(id, "Code " + id, null, null))));
    }

    /** The autosave timer fires and the FX thread captures: a recovery save waits on the save queue. */
    private void autosaveTick() {
        List.copyOf(ticks).forEach(Runnable::run);
        fx.runAll();
    }

    @Test
    void aSaveNeverWaitsBehindALongReportAndQuitFollowsOnlyOnceItIsOnDisk() {
        change("a");
        boolean[] reportDone = {false};
        vm.background().run(() -> "report", r -> reportDone[0] = true, e -> { }); // a long report, not yet run
        boolean[] quit = {false};
        vm.saveAndThen(() -> quit[0] = true);
        assertFalse(quit[0], "nothing is on disk yet");
        saves.runAll();
        fx.runAll();
        assertTrue(quit[0], "the save went first on its own queue, then quit followed");
        assertFalse(reportDone[0]);
        assertTrue(readBack().code("a").isPresent());
        assertEquals(1, work.size(), "the report is still waiting");
    }

    @Test
    void aRecoverySaveWrittenBeforeTheSaveNeverMakesTheSaveBeSkipped() {
        change("a");
        boolean[] quit = {false};
        vm.saveAndThen(() -> quit[0] = true); // captured first
        autosaveTick();                       // captured second
        assertEquals(2, saves.size());
        saves.runLast();                      // the recovery save reaches the disk first
        saves.runAll();
        fx.runAll();
        assertTrue(quit[0], "the save was written, so quitting went ahead");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(readBack().code("a").isPresent(), "the quit left the work on disk");
        assertFalse(ProjectStore.recoverableSince(dir).isPresent(), "and no 'not closed properly' next time");
    }

    @Test
    void closingNeverWaitsForTheDiskAndATickAfterwardsDoesNothing() {
        change("a");
        autosaveTick();
        assertEquals(1, saves.size(), "a recovery save waits");
        assertTimeoutPreemptively(Duration.ofSeconds(5), vm::close, "close returns without the save queue");
        saves.shutdown(); // as when the window has gone
        List.copyOf(ticks).forEach(Runnable::run); // a tick that was already due
        fx.runAll();
        saves.runAll();
        ProjectStore.recoverableSince(dir).ifPresent(t -> {
            throw new AssertionError("the recovery save of a closed project was written or kept");
        });
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ProjectStore.open(dir).close(),
                "the lock was let go once the queue got to it");
    }

    @Test
    void anErrorInABackgroundJobStopsTheSpinnerAndIsReported() {
        Exception[] failure = {null};
        vm.background().run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, r -> { }, e -> failure[0] = e);
        assertTrue(vm.busyProperty().get());
        work.runAll();
        fx.runAll();
        assertFalse(vm.busyProperty().get(), "the spinner stopped");
        assertTrue(failure[0] != null && failure[0].getMessage().contains("Java heap space"), String.valueOf(failure[0]));
    }

    @Test
    void twoQuickRebuildsOfTheSearchIndexBuildItOnce() {
        SearchViewModel search = workbench.search(); // opens the index: building from now on
        int queued = index.size();
        search.rebuild();
        search.rebuild();
        assertEquals(queued, index.size(), "no rebuild while the index is being built");
        settleIndex();
        search.rebuild();
        search.rebuild();
        assertEquals(2, index.size(), "one rebuild: forget the old index, build the new one");
        index.runAll();
        fx.runAll();
    }

    /** Runs the index and FX queues until both are empty (an opening may hand work back and forth). */
    private void settleIndex() {
        while (index.size() > 0 || fx.size() > 0) {
            index.runAll();
            fx.runAll();
        }
    }

    /**
     * An index stamped with the saved state opens on the index thread alone, and one that is gone is built
     * there alone too: the copy of the project it is built from is made on the index thread, not asked of the
     * FX thread (a second at a million quotations).
     */
    @Test
    void theIndexOpensOrIsBuiltWithoutTheFxThread() throws Exception {
        assertNull(searchRightAfterReopening(false), "the stamped index answers at once");
        assertNull(searchRightAfterReopening(true), "the index built anew answers as soon as the index thread ran");
    }

    /** Reopens the saved project and searches before the FX thread ran anything; the search's failure, if any. */
    private Exception searchRightAfterReopening(boolean forgetTheIndex) throws Exception {
        SearchViewModel search = workbench.search();
        settleIndex();
        vm.close(); // nothing unsaved: the index is stamped
        index.runAll();
        saves.runAll();
        fx.runAll();
        if (forgetTheIndex) {
            nl.veldwerk.search.SearchIndex.forget(dir);
        }
        vm.open(dir);
        work.runAll();
        fx.runAll(); // the store is set: the index opens
        saves.runAll();
        index.runAll(); // the index thread only
        Exception[] failed = {null};
        boolean[] answered = {false};
        search.search("woord", nl.veldwerk.search.Search.Scope.ALL, hits -> answered[0] = true, e -> failed[0] = e);
        index.runAll();
        fx.runAll();
        assertTrue(answered[0] || failed[0] != null);
        settleIndex();
        return failed[0];
    }

    /**
     * An index built from a copy made after the project changed holds more than the saved state: it must
     * not be stamped with it, or a close without saving would leave an index the next opening trusts.
     */
    @Test
    void anIndexBuiltAfterAnUnsavedChangeIsNotStampedWithTheSavedState() throws Exception {
        workbench.search(); // the index is asked for; nothing has run yet
        change("unsaved");
        settleIndex();
        vm.close(); // without saving
        index.runAll();
        saves.runAll();
        fx.runAll();
        ProjectReader.Snapshot saved = ProjectReader.readSnapshot(dir);
        try (var trusted = nl.veldwerk.search.SearchIndex.openIfCurrent(dir, saved.project().info().language(),
                saved.state())) {
            assertNull(trusted, "an index holding an unsaved code must be rebuilt next time");
        }
        vm.open(dir); // for @AfterEach
        work.runAll();
        fx.runAll();
    }

    @Test
    void anIndexThatMissedAnUpdateIsNotTrustedNextTime() throws Exception {
        assertEquals(0, reopenIndexRebuilds(false), "control: an index that followed every change is trusted");
        assertTrue(reopenIndexRebuilds(true) > 0, "one that missed an update is built again");
    }

    /** Opens the index, codes, optionally makes an index update fail, saves, closes; how much a reopen rebuilds. */
    private int reopenIndexRebuilds(boolean failAnUpdate) throws Exception {
        SearchViewModel search = workbench.search();
        settleIndex();
        change("x" + failAnUpdate);
        index.runAll();
        if (failAnUpdate) {
            // A quotation reaching past its document's text: its entry cannot be built.
            nl.veldwerk.model.Document shortText = new nl.veldwerk.model.Document("d", "A", "", "x",
                    nl.veldwerk.model.SourceFormat.TXT, List.of(), java.util.Set.of(), java.util.Map.of(), java.time.Instant.now());
            var broken = new nl.veldwerk.search.SearchIndex.QuotationEntry(shortText, "", new nl.veldwerk.model.Quotation(
                    "q", shortText.id(), 0, 10, "", null, java.time.Instant.now(), 1), List.of(), List.of(), List.of());
            index.execute(() -> search.apply(new nl.veldwerk.search.SearchIndex.Update(java.util.Set.of(),
                    java.util.Set.of("q"), List.of(), List.of(broken))));
            index.runAll();
            fx.runAll();
            assertTrue(search.progressProperty().get().contains("missed a change"), search.progressProperty().get());
        }
        vm.save();
        saves.runAll();
        fx.runAll();
        ProjectReader.Snapshot saved = ProjectReader.readSnapshot(dir);
        vm.close(); // stamps the index if it may be trusted
        index.runAll();
        saves.runAll();
        int[] rebuilt = {0};
        nl.veldwerk.search.SearchIndex.open(dir, saved.project(), saved.state(), (done, total) -> {
            rebuilt[0]++;
            return true;
        }).close();
        vm.open(dir); // for the next round and @AfterEach
        work.runAll();
        fx.runAll();
        return rebuilt[0];
    }

    private nl.veldwerk.model.Project readBack() {
        try {
            return ProjectReader.read(dir);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
