package nl.veldwerk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.stage.Stage;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.ui.app.MainViewModel;

/**
 * The workbench-open benchmark (run by hand with bin/bench-workbench PROJECT [RUNS], never by the tests):
 * from asking the real window (headless Monocle, software rendering) to open a project to the end of the
 * layout pulse that shows it usable (the project open, nothing busy, the first document on screen), against
 * {@code ProjectStore.open} of the same folder, run by run. The first round opens the project once to build
 * its search index (closing stamps it), so the measured rounds open as a user's second day does.
 */
public final class WorkbenchOpenBench {
    private WorkbenchOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BenchWindow opened = BenchWindow.start(() -> { });
        Workbench workbench = opened.workbench();
        Stage stage = opened.stage();
        MainViewModel vm = workbench.main();
        List<Double> window = new ArrayList<>();
        List<Double> store = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            // Each side starts from a collected heap, as in `veldwerk-bench bench`: the project the other side
            // just let go of (hundreds of megabytes at `huge`) would otherwise be collected on this side's time.
            System.gc();
            long t = System.nanoTime();
            ProjectStore.open(dir).close();
            double storeOpen = (System.nanoTime() - t) / 1e6;
            System.gc();
            double windowOpen = openUntilUsable(vm, stage, dir);
            // Let the index finish (opened or built) and close: the index is stamped for the next round.
            for (int waited = 0; waited < 6000 && !readyIndex(workbench); waited++) {
                Thread.sleep(100); // a huge project's first index takes minutes
            }
            Thread.sleep(1000); // a user types the first search a moment after the index is ready
            System.out.printf(Locale.ROOT, "  first search a second after the index was ready: %.0f ms, the next %.0f ms%n",
                    firstSearch(workbench), firstSearch(workbench));
            everydayWork(vm);
            FxBench.onFx(vm::close);
            Thread.sleep(500);
            if (run == 0) {
                System.out.printf(Locale.ROOT, "warm-up (builds the index): store %.0f ms, window %.0f ms%n",
                        storeOpen, windowOpen);
                continue;
            }
            store.add(storeOpen);
            window.add(windowOpen);
            System.out.printf(Locale.ROOT, "run %d: ProjectStore.open %.0f ms, window until usable %.0f ms, ratio %.2f%n",
                    run, storeOpen, windowOpen, windowOpen / storeOpen);
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            ratios.add(window.get(i) / store.get(i));
        }
        System.out.printf(Locale.ROOT, "store open: median %.0f ms; window until usable: median %.0f ms; ratio of "
                + "medians %.2f, median of the runs' ratios %.2f (target <= 1.5). Both open on the same threads "
                + "(the store parses on every core); the window's index opens in the background.%n",
                FxBench.median(store), FxBench.median(window), FxBench.median(window) / FxBench.median(store),
                FxBench.median(ratios));
        FxBench.onFx(() -> {
            vm.shutdown();
            stage.close();
        });
        Platform.exit();
    }

    /**
     * The everyday loop on the open project, as the window runs it: a coding by a coder new to the project
     * (the costliest kind, issue 24), its undo and redo on the FX thread, then a save until it is on disk;
     * and the heap the whole window holds then.
     */
    private static void everydayWork(MainViewModel vm) throws Exception {
        double[] fx = new double[3];
        FxBench.onFx(() -> {
            var session = vm.session();
            var document = vm.selectedProperty().get().document();
            var code = session.project().codes().iterator().next();
            String coder = "bench-" + System.nanoTime();
            session.execute(nl.veldwerk.project.NoteCommands.addCoder(new nl.veldwerk.model.Coder(coder, "Bench")));
            long t = System.nanoTime();
            session.execute(nl.veldwerk.project.QuotationCommands.codeRange(document.id(), 0,
                    Math.min(30, document.text().length()), code.id(), coder, java.time.Instant.now()));
            fx[0] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            session.undo();
            fx[1] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            session.redo();
            fx[2] = (System.nanoTime() - t) / 1e6;
        });
        // Timed to the moment the window hears it is on disk (polling for it added up to 50 ms).
        AtomicLong start = new AtomicLong();
        AtomicLong saved = new AtomicLong();
        CountDownLatch onDisk = new CountDownLatch(1);
        FxBench.onFx(() -> {
            start.set(System.nanoTime());
            vm.saveAndThen(() -> {
                saved.set(System.nanoTime());
                onDisk.countDown();
            });
        });
        if (!onDisk.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the save did not finish");
        }
        double save = (saved.get() - start.get()) / 1e6;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "  a new coder's first coding %.1f ms, its undo %.1f ms, redo %.1f ms (FX thread); "
                + "save until on disk %.0f ms; heap of the window after GC %d MB%n", fx[0], fx[1], fx[2], save,
                heap >> 20);
    }

    /** A search as the search pane runs it (on the index's thread, with highlighting), until its hits are back. */
    private static double firstSearch(Workbench workbench) throws Exception {
        CountDownLatch back = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        FxBench.onFx(() -> {
            start.set(System.nanoTime());
            workbench.search().search("buurthuis OR wijkcoach", nl.veldwerk.search.Search.Scope.ALL,
                    hits -> back.countDown(), failed -> back.countDown());
        });
        back.await();
        return (System.nanoTime() - start.get()) / 1e6;
    }

    private static boolean readyIndex(Workbench workbench) throws Exception {
        boolean[] ready = new boolean[1];
        FxBench.onFx(() -> ready[0] = workbench.search().readyProperty().get());
        return ready[0];
    }

    /**
     * From asking to open to the end of the layout pulse after the project is open, nothing busy and a document
     * shown: the moment these hold is caught by listeners on the FX thread (polling for it added up to 50 ms
     * and a pulse), and the pulse that follows is the one that draws the window usable.
     */
    private static double openUntilUsable(MainViewModel vm, Stage stage, Path dir) throws Exception {
        long[] at = new long[4]; // start; when the project was shown, a document selected, nothing busy (last)
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong usable = new AtomicLong();
        Runnable[] afterPulse = new Runnable[1];
        afterPulse[0] = () -> {
            usable.set(System.nanoTime());
            stage.getScene().removePostLayoutPulseListener(afterPulse[0]);
            drawn.countDown();
        };
        boolean[] seen = new boolean[1];
        javafx.beans.InvalidationListener check = o -> {
            if (vm.storeProperty().get() != null && at[1] == 0) {
                at[1] = System.nanoTime();
            }
            if (vm.selectedProperty().get() != null && at[2] == 0 && at[1] != 0) {
                at[2] = System.nanoTime();
            }
            if (!vm.busyProperty().get() && at[1] != 0 && !seen[0]) {
                at[3] = System.nanoTime();
            }
            if (!seen[0] && vm.storeProperty().get() != null && !vm.busyProperty().get()
                    && vm.selectedProperty().get() != null) {
                seen[0] = true;
                stage.getScene().addPostLayoutPulseListener(afterPulse[0]);
                Platform.requestNextPulse();
            }
        };
        FxBench.onFx(() -> {
            vm.storeProperty().addListener(check);
            vm.selectedProperty().addListener(check);
            vm.busyProperty().addListener(check);
            at[0] = System.nanoTime();
            vm.open(dir);
        });
        if (!drawn.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not become usable");
        }
        FxBench.onFx(() -> {
            vm.storeProperty().removeListener(check);
            vm.selectedProperty().removeListener(check);
            vm.busyProperty().removeListener(check);
        });
        System.out.printf(Locale.ROOT, "  the window: project shown at %.0f ms, a document selected at %.0f ms, "
                + "nothing busy at %.0f ms, drawn usable at %.0f ms%n", (at[1] - at[0]) / 1e6, (at[2] - at[0]) / 1e6,
                (at[3] - at[0]) / 1e6, (usable.get() - at[0]) / 1e6);
        return (usable.get() - at[0]) / 1e6;
    }
}
