package nl.veldwerk.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Where the window's long work runs: off the FX thread, one job at a time per queue, with the result or the
 * failure handed back on the FX thread. Saves have a queue of their own, so a long report never delays a
 * save. {@link Background} runs on threads; {@link SameThreadTasks} runs everything at once, for tests.
 */
public interface TaskRunner {
    /** A job; any exception it throws goes to the failure callback. */
    interface Job<T> {
        T run() throws Exception;
    }

    /** Runs a job on the work queue; call on the FX thread. */
    <T> void run(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs a write to the project on the save queue; call on the FX thread. */
    <T> void save(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Asks the running job to stop at its next check; a job that stops leaves nothing half done. */
    void cancel();

    /** For jobs: true once the user asked to cancel (reset when the next job starts). */
    boolean cancelled();

    /** For jobs: tells the user how far the work is, from any thread. */
    void report(String text);

    ReadOnlyStringProperty progressProperty();

    /** True while a job runs or waits, until its callback has returned: what to wait for to be idle. */
    ReadOnlyBooleanProperty busyProperty();

    /**
     * True while a job runs or waits, not while its callback runs: drives the progress indicator, which must
     * not spin behind a message the callback shows.
     */
    default ReadOnlyBooleanProperty workingProperty() {
        return busyProperty();
    }
}
