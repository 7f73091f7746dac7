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
    private int running;

    <T> void run(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        running++;
        busy.set(true);
        executor.execute(() -> {
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
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void shutdown() {
        executor.shutdown();
    }
}
