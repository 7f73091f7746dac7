package nl.veldwerk.ui.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javafx.application.Platform;
import nl.veldwerk.store.Autosaver;

/**
 * Where the window's work runs: the FX thread, a queue for long work (imports, reports, opening), a queue
 * of its own for writes to the project (saves, recovery saves, closing), so a long report never delays a
 * save, a queue for the search index, and the autosave timer. Given to the view models, so a test can run
 * each step by hand, in the order it wants to check.
 */
public record UiThreads(Executor fx, ExecutorService work, ExecutorService saves, ExecutorService index,
                 Autosaver.Timer timer) {

    /** The real threads: the FX thread and background threads of their own. */
    public static UiThreads standard() {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(named("veldwerk-autosave", true));
        return new UiThreads(Platform::runLater,
                Executors.newSingleThreadExecutor(named("veldwerk-io", true)),
                // Not a daemon: a save queued when the window closes is finished before the program ends.
                Executors.newSingleThreadExecutor(named("veldwerk-save", false)),
                Executors.newSingleThreadExecutor(named("veldwerk-index", true)),
                Autosaver.scheduled(clock));
    }

    private static java.util.concurrent.ThreadFactory named(String name, boolean daemon) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(daemon);
            thread.setUncaughtExceptionHandler((t, e) -> System.getLogger("nl.veldwerk.ui").log(
                    System.Logger.Level.ERROR, "Uncaught on " + t.getName(), e));
            return thread;
        };
    }

    /** Lets queued work finish, then stops the threads. */
    public void shutdown() {
        work.shutdown();
        saves.shutdown();
        index.shutdown();
    }
}
