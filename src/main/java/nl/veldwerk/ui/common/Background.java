package nl.veldwerk.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs disk work off the FX thread, one job at a time per queue (so saves and opens never overlap), and
 * hands the result or the failure back on the FX thread. Saves have a queue of their own ({@link #save}),
 * so they never wait behind a long report. {@link #busyProperty} drives the progress indicator; it goes
 * off whatever a job throws, an {@link Error} included.
 */
public final class Background implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final Executor fx;
    private final Executor work;
    private final Executor saves;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private volatile boolean cancelRequested;
    private int running;
    /** Of {@link #running}, the jobs whose work is done and whose callback runs now. */
    private int inCallback;

    /** With threads of its own (a side window's work). */
    public Background() {
        this(Platform::runLater, thread("veldwerk-io"));
    }

    /** One thread of a window's own, by name, that does not keep the program running when the windows are gone. */
    public static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public Background(Executor fx, ExecutorService work) {
        this(fx, work, work);
    }

    public Background(Executor fx, Executor work, Executor saves) {
        this.fx = fx;
        this.work = work;
        this.saves = saves;
    }

    @Override
    public <T> void run(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        enqueue(work, job, onSuccess, onFailure, true);
    }

    @Override
    public <T> void save(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        enqueue(saves, job, onSuccess, onFailure, false);
    }

    private <T> void enqueue(Executor queue, Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure,
                             boolean cancellable) {
        running++;
        busy.set(true);
        working.set(running - inCallback > 0);
        try {
            queue.execute(() -> {
                if (cancellable) {
                    cancelRequested = false;
                }
                try {
                    T result = job.run();
                    fx.execute(() -> finish(() -> onSuccess.accept(result)));
                } catch (Exception e) {
                    fx.execute(() -> finish(() -> onFailure.accept(e)));
                } catch (Error e) {
                    // Out of memory in a report, a bug in a library: say so, and never leave the spinner running.
                    LOG.log(System.Logger.Level.ERROR, "A background job failed", e);
                    fx.execute(() -> finish(() -> onFailure.accept(new BackgroundError(e))));
                }
            });
        } catch (RejectedExecutionException e) {
            finish(() -> onFailure.accept(e));
        }
    }

    /** An {@link Error} in a job, handed to the failure callback as an exception with the same message. */
    public static final class BackgroundError extends Exception {
        BackgroundError(Error cause) {
            super(cause.toString(), cause);
        }
    }

    private void finish(Runnable callback) {
        // The job's work is done: unless others still run, the status bar stops spinning before its callback,
        // which may wait for the user (an error, the import preview, what an export leaves out). "Busy" lasts
        // until the callback returns, so whoever waits for idle sees a job the callback starts.
        inCallback++;
        working.set(running - inCallback > 0);
        if (running == inCallback) {
            progress.set("");
        }
        try {
            callback.run();
        } finally {
            inCallback--;
            running--;
            busy.set(running > 0);
            // Jobs whose callbacks still run (a message waiting for the user further down) do not spin either.
            working.set(running - inCallback > 0);
            if (running == 0) {
                progress.set("");
            }
        }
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    @Override
    public void report(String text) {
        fx.execute(() -> progress.set(text));
    }

    @Override
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void shutdown() {
        if (work instanceof ExecutorService service) {
            service.shutdown();
        }
    }
}
