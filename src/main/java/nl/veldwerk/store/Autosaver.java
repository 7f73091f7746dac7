package nl.veldwerk.store;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a recovery save every few seconds while there are changes that are not on disk, so a crash loses
 * at most those seconds. Capturing runs on the owner thread (given as an executor, e.g. Platform::runLater);
 * writing runs on the writer (in the window: the queue that saves run on, so writes keep their order), so
 * the UI never waits for the disk. The timer, the owner thread and the writer are given, so a test can
 * run each step by hand in the order it wants to check.
 */
public final class Autosaver implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    /** What happened to one recovery save, for an autosave indicator. */
    public record Outcome(boolean written, ProjectFileException failure) {
    }

    /** Calls {@code tick} every {@code interval} until the returned handle is closed. */
    public interface Timer {
        AutoCloseable every(Duration interval, Runnable tick);
    }

    private final ProjectStore store;
    private final Executor ownerThread;
    private final Executor writer;
    private final Consumer<Outcome> listener;
    private final AutoCloseable timer;
    /** Set by close on the owner thread; read by the timer and writer threads. */
    private volatile boolean closed;
    /** Threads this autosaver made itself (the convenience constructor), stopped on close. */
    private final ExecutorService ownThreads;

    public Autosaver(ProjectStore store, Executor ownerThread, Executor writer, Timer timer, Duration interval,
                     Consumer<Outcome> listener) {
        this(store, ownerThread, writer, timer, interval, listener, null);
    }

    /** With a timer thread and a writer thread of its own (the command line, tests). */
    public Autosaver(ProjectStore store, Executor ownerThread, Duration interval, Consumer<Outcome> listener) {
        this(store, ownerThread, interval, listener, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "veldwerk-autosave");
            thread.setDaemon(true);
            return thread;
        }));
    }

    private Autosaver(ProjectStore store, Executor ownerThread, Duration interval, Consumer<Outcome> listener,
                      ScheduledExecutorService own) {
        this(store, ownerThread, own, scheduled(own), interval, listener, own);
    }

    private Autosaver(ProjectStore store, Executor ownerThread, Executor writer, Timer timer, Duration interval,
                      Consumer<Outcome> listener, ExecutorService ownThreads) {
        this.store = store;
        this.ownerThread = ownerThread;
        this.writer = writer;
        this.listener = listener;
        this.ownThreads = ownThreads;
        this.timer = timer.every(interval, this::tick);
    }

    /** A timer on a scheduled executor. */
    public static Timer scheduled(ScheduledExecutorService scheduler) {
        return (interval, tick) -> {
            long millis = interval.toMillis();
            ScheduledFuture<?> future = scheduler.scheduleWithFixedDelay(tick, millis, millis, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    private void tick() {
        if (closed) {
            return;
        }
        try {
            ownerThread.execute(this::captureAndQueue);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "autosave tick after the owner thread stopped", e);
        }
    }

    private void captureAndQueue() {
        if (closed || !store.hasUnpersistedChanges()) {
            return;
        }
        if (!store.session().hasUnsavedChanges()) { // back where the last save is: nothing for a crash to lose
            try {
                writer.execute(this::forgetRecovery);
            } catch (RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "forgetting the recovery save after the writer stopped", e);
            }
            return;
        }
        SaveSnapshot snapshot = store.capture();
        try {
            writer.execute(() -> writeRecovery(snapshot));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "recovery save after the writer stopped", e);
        }
    }

    private void forgetRecovery() {
        if (closed) {
            return;
        }
        try {
            store.forgetOwnRecovery();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Removing a recovery save the last save holds all of", e);
        }
    }

    private void writeRecovery(SaveSnapshot snapshot) {
        if (closed) {
            return; // the project is being closed: its lock may be gone; the user chose what to keep
        }
        try {
            ProjectStore.Outcome outcome = store.write(snapshot, ProjectStore.Target.RECOVERY);
            listener.accept(new Outcome(outcome == ProjectStore.Outcome.WRITTEN, null));
        } catch (ProjectFileException e) {
            listener.accept(new Outcome(false, e));
        }
    }

    /**
     * Stops the timer without waiting: a tick or write already queued does nothing. A write in progress
     * finishes on the writer; whoever closes the store next queues that behind it.
     */
    @Override
    public void close() {
        closed = true;
        try {
            timer.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "stopping the autosave timer", e);
        }
        if (ownThreads != null) {
            ownThreads.shutdown();
        }
    }
}
