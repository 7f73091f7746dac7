package nl.veldwerk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs disk work off the FX thread, one job at a time (so saves and opens never overlap), and hands the
 * result or the failure back on the FX thread. {@link #busyProperty} drives the progress indicator.
 */
final class Background {
    interface Job<T> {
        T run() throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "veldwerk-io");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyStringWrapper progress = new javafx.beans.property.ReadOnlyStringWrapper("");
    private volatile boolean cancelRequested;
    private int running;

    <T> void run(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        running++;
        busy.set(true);
        executor.execute(() -> {
            cancelRequested = false;
            try {
                T result = job.run();
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Exception e) {
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            running--;
            busy.set(running > 0);
            if (running == 0) {
                progress.set("");
            }
        }
    }

    /** Asks the running job to stop at its next check; a job that stops leaves nothing half done. */
    void cancel() {
        cancelRequested = true;
    }

    /** For jobs: true once the user asked to cancel (reset when the next job starts). */
    boolean cancelled() {
        return cancelRequested;
    }

    /** For jobs: tells the user how far the work is, from any thread. */
    void report(String text) {
        Platform.runLater(() -> progress.set(text));
    }

    javafx.beans.property.ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void shutdown() {
        executor.shutdown();
    }
}
