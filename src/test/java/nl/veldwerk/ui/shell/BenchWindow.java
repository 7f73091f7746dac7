package nl.veldwerk.ui.shell;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.testing.RecordingDialogs;

/** The real main window as the window benchmarks run it: JavaFX started, the workbench on a 1400 × 900 stage. */
public record BenchWindow(Workbench workbench, Stage stage) {

    /** Starts JavaFX and shows the window; {@code alsoOnFx} runs on the FX thread right after (a frame timer, say). */
    public static BenchWindow start(Runnable alsoOnFx) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BenchWindow[] window = new BenchWindow[1];
        FxBench.onFx(() -> {
            Workbench workbench = new Workbench(new RecordingDialogs());
            Stage stage = new Stage();
            stage.setScene(new Scene(new MainView(workbench), 1400, 900));
            stage.show();
            window[0] = new BenchWindow(workbench, stage);
            alsoOnFx.run();
        });
        return window[0];
    }

    /** Opens a project in the window and waits until it is usable, then until its search index is ready. */
    public void openAndWaitForIndex(java.nio.file.Path dir) throws Exception {
        nl.veldwerk.ui.app.MainViewModel vm = workbench.main();
        FxBench.onFx(() -> vm.open(dir));
        FxBench.waitUntil(() -> vm.storeProperty().get() != null && !vm.busyProperty().get()
                && vm.selectedProperty().get() != null);
        // The search index of a huge project is built in the background at its first open: measure after it.
        for (int waited = 0; waited < 6000; waited++) {
            boolean[] ready = new boolean[1];
            FxBench.onFx(() -> ready[0] = workbench.search().readyProperty().get());
            if (ready[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the search index of " + dir + " was not ready after ten minutes");
    }
}
