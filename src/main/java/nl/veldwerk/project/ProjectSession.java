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
    private final ProjectListener recorder = (kind, id, documentId, quotationId, codeId) ->
            collecting.add(new Touch(kind, id, documentId, quotationId, codeId));
    private long savedState;

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

    public void execute(Command command) {
        collecting.clear();
        try {
            stack.execute(command, project);
        } finally {
            publish(ProjectChange.Type.EXECUTE, command.description());
        }
    }

    public void undo() {
        if (!stack.canUndo()) {
            return;
        }
        collecting.clear();
        Message description = stack.undoDescription().orElseThrow();
        try {
            stack.undo(project);
        } finally {
            publish(ProjectChange.Type.UNDO, description);
        }
    }

    public void redo() {
        if (!stack.canRedo()) {
            return;
        }
        collecting.clear();
        Message description = stack.redoDescription().orElseThrow();
        try {
            stack.redo(project);
        } finally {
            publish(ProjectChange.Type.REDO, description);
        }
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
        for (Consumer<ProjectChange> listener : listeners) {
            listener.accept(change);
        }
    }
}
