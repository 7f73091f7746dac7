package nl.veldwerk.store;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a recovery save every few seconds while there are changes that are not on disk, so a crash loses
 * at most those seconds. Capturing runs on the owner thread (given as an executor, e.g. Platform::runLater);
 * writing runs on the autosaver's own background thread, so the UI never waits for the disk.
 */
public final class Autosaver implements AutoCloseable {
    /** What happened to one recovery save, for an autosave indicator. */
    public record Outcome(boolean written, ProjectFileException failure) {
    }

    private final ProjectStore store;
    private final Executor ownerThread;
    private final Consumer<Outcome> listener;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "veldwerk-autosave");
        thread.setDaemon(true);
        return thread;
    });

    public Autosaver(ProjectStore store, Executor ownerThread, Duration interval, Consumer<Outcome> listener) {
        this.store = store;
        this.ownerThread = ownerThread;
        this.listener = listener;
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        ownerThread.execute(() -> {
            if (store.hasUnpersistedChanges()) {
                SaveSnapshot snapshot = store.capture();
                scheduler.execute(() -> writeRecovery(snapshot));
            }
        });
    }

    private void writeRecovery(SaveSnapshot snapshot) {
        try {
            boolean written = store.write(snapshot, ProjectStore.Target.RECOVERY);
            listener.accept(new Outcome(written, null));
        } catch (ProjectFileException e) {
            listener.accept(new Outcome(false, e));
        }
    }

    /** Stops the timer; a write in progress finishes first. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
