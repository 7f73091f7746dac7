package nl.veldwerk.project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import nl.veldwerk.model.Project;

/**
 * Undo and redo to any depth. Every executed command gets a fresh state number; the state number of the
 * top of the undo stack identifies the project's state, so "unsaved" is simply "state differs from the
 * state that was saved", which stays right when the user undoes back to the saved point.
 */
public final class CommandStack {
    private record Entry(Command command, long state, long executedAtNanos) {
    }

    /** How close in time two mergeable commands must follow each other to become one undo step. */
    static final long MERGE_WINDOW_NANOS = 2_000_000_000L;
    /**
     * At most this many merged commands make one step: typing without a two-second pause (transcribing) is
     * undone a phrase at a time, not all at once.
     */
    static final int MAX_MERGED = 30;

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private long nextState = 1;
    /** Whether the next command starts a step of its own, whatever its merge key (see {@link #endStep}). */
    private boolean stepEnded;

    /**
     * Runs the command and makes it an undo step, unless {@code changed} says it changed nothing (a code applied
     * where it already is): such a step would undo nothing and leave the project looking unsaved, with nothing
     * to save.
     */
    void execute(Command command, Project project, java.util.function.BooleanSupplier changed) {
        command.execute(project);
        if (!changed.getAsBoolean()) {
            return;
        }
        long now = System.nanoTime();
        Entry top = undo.peek();
        String key = command.mergeKey();
        boolean mergeable = !stepEnded;
        stepEnded = false;
        if (mergeable && key != null && top != null && key.equals(top.command().mergeKey())
                && now - top.executedAtNanos() < MERGE_WINDOW_NANOS && partsOf(top.command()).size() < MAX_MERGED
                && command.continues(partsOf(top.command()).getLast())) {
            undo.pop();
            // One flat list, not a command nested in the next: an hour's typing would otherwise undo by recursion.
            List<Command> parts = new java.util.ArrayList<>(partsOf(top.command()));
            parts.add(command);
            Command merged = new CompositeCommand(top.command().description(), parts, key);
            undo.push(new Entry(merged, nextState++, now));
        } else {
            undo.push(new Entry(command, nextState++, now));
        }
        redo.clear();
    }

    /**
     * Ends the step being merged: the next command is a step of its own. A time mark or speaker label typed
     * while transcribing is undone by itself, not with the typing before and after it.
     */
    void endStep() {
        stepEnded = true;
    }

    /** What a merged step holds (a step that is no merge holds itself). */
    private static List<? extends Command> partsOf(Command command) {
        return command instanceof CompositeCommand c && c.mergeKey() != null ? c.parts() : List.of(command);
    }

    Command undo(Project project) {
        Entry entry = undo.pop();
        try {
            entry.command().undo(project);
        } catch (RuntimeException e) {
            undo.push(entry);
            throw e;
        }
        redo.push(entry);
        return entry.command();
    }

    Command redo(Project project) {
        Entry entry = redo.pop();
        try {
            entry.command().execute(project);
        } catch (RuntimeException e) {
            redo.push(entry);
            throw e;
        }
        undo.push(entry);
        return entry.command();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<Message> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> e.command().description());
    }

    public Optional<Message> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> e.command().description());
    }

    /** The number that identifies the current state; 0 for the state the project was opened in. */
    public long state() {
        Entry top = undo.peek();
        return top == null ? 0 : top.state();
    }

    public int undoDepth() {
        return undo.size();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
