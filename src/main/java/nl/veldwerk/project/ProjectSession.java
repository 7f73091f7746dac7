package nl.veldwerk.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectListener;

/**
 * The open project: its data, its command stack and its listeners. All changes go through {@link
 * #execute}, {@link #undo} and {@link #redo}. Not thread-safe: use it from one thread (the FX thread in
 * the app); other threads get immutable snapshots of entities through the store.
 */
public final class ProjectSession {
    private final Project project;
    private final CommandStack stack = new CommandStack();
    private final List<Consumer<ProjectChange>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Touch> collecting = new LinkedHashSet<>();
    private final ProjectListener recorder = (kind, id, documentId, quotationId, codeId, replaced) ->
            collecting.add(new Touch(kind, id, documentId, quotationId, codeId, replaced));
    private long savedState;
    /** Why changes are refused (a damaged project opened to look at), or null while they are allowed. */
    private Message readOnlyBecause;

    public ProjectSession(Project project) {
        this.project = project;
        project.addListener(recorder);
    }


    /** Read access to the data. Change it only through commands. */
    public Project project() {
        return project;
    }

    public CommandStack stack() {
        return stack;
    }

    /** A copy of the project and the {@link CommandStack#state} it is a copy of. */
    public record Snapshot(Project project, long state) {
    }

    /** A copy of the project with its state, taken together; may be called from any thread (see {@link Project#copy}). */
    public Snapshot snapshot() {
        return project.whileUnchanged(() -> new Snapshot(project.copy(), stack.state()));
    }

    /** Refuses every change from now on, with {@code reason} (a message of this layer's bundle). */
    public void makeReadOnly(Message reason) {
        readOnlyBecause = reason;
    }

    public boolean isReadOnly() {
        return readOnlyBecause != null;
    }

    private void refuseIfReadOnly() {
        if (readOnlyBecause != null) {
            throw new nl.veldwerk.model.ModelException(readOnlyBecause.userText());
        }
    }

    /** The next command starts an undo step of its own, even one that would merge (typing). */
    public void endStep() {
        stack.endStep();
    }

    public void execute(Command command) {
        refuseIfReadOnly();
        collecting.clear();
        apply(() -> stack.execute(command, project, () -> !collecting.isEmpty()), ProjectChange.Type.EXECUTE,
                command::description);
    }

    public void undo() {
        if (!stack.canUndo()) {
            return;
        }
        refuseIfReadOnly();
        collecting.clear();
        Message description = stack.undoDescription().orElseThrow();
        apply(() -> stack.undo(project), ProjectChange.Type.UNDO, () -> description);
    }

    public void redo() {
        if (!stack.canRedo()) {
            return;
        }
        refuseIfReadOnly();
        collecting.clear();
        Message description = stack.redoDescription().orElseThrow();
        apply(() -> stack.redo(project), ProjectChange.Type.REDO, () -> description);
    }

    /**
     * Applies a change and tells the listeners what it touched (also when it failed and was rolled back, so
     * views redraw what the rollback touched); a refusal is thrown as it was, with any listener failure added.
     */
    private void apply(Runnable change, ProjectChange.Type type, java.util.function.Supplier<Message> description) {
        try {
            project.change(change); // a copy made on another thread meanwhile holds all of it or none
        } catch (RuntimeException refused) {
            try {
                publish(type, description.get());
            } catch (ListenerFailure listenerFailure) {
                refused.addSuppressed(listenerFailure);
            }
            throw refused;
        }
        publish(type, description.get());
    }

    public boolean hasUnsavedChanges() {
        return stack.state() != savedState;
    }

    /** Records that the current state is what is on disk. */
    public void markSaved(long state) {
        savedState = state;
        publish(ProjectChange.Type.SAVED, Message.of("saved"));
    }

    public void addListener(Consumer<ProjectChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ProjectChange> listener) {
        listeners.remove(listener);
    }

    private void publish(ProjectChange.Type type, Message description) {
        if (collecting.isEmpty() && type != ProjectChange.Type.SAVED) {
            return;
        }
        ProjectChange change = new ProjectChange(type, description, collecting);
        collecting.clear();
        // Every listener hears of the change, whatever another one throws: the change is made, and a view
        // that missed it would show a project that differs from the model (and a store would not save it).
        RuntimeException first = null;
        for (Consumer<ProjectChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw new ListenerFailure(change, first);
        }
    }

    /**
     * A listener failed after a change was made: the change stands (it is on the undo stack), and every
     * other listener heard of it. Not a refusal of the change: callers redraw from the model.
     */
    public static final class ListenerFailure extends RuntimeException {
        private final transient ProjectChange change;

        ListenerFailure(ProjectChange change, RuntimeException cause) {
            super("A view failed to follow the change '" + change.description() + "': " + cause, cause);
            this.change = change;
        }

        public ProjectChange change() {
            return change;
        }
    }
}
