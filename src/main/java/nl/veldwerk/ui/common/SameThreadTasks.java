package nl.veldwerk.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs every job at once, on the calling thread: for tests of view models that need no ordering. */
public final class SameThreadTasks implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private boolean cancelRequested;

    @Override
    public <T> void run(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        cancelRequested = false;
        T result;
        try {
            result = job.run();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void save(Job<T> job, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        run(job, onSuccess, onFailure);
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
        progress.set(text);
    }

    @Override
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
