package nl.veldwerk.project;

import java.util.List;

import nl.veldwerk.model.Project;

/** Several commands as one undoable step, e.g. an import of many files. All or nothing. */
public final class CompositeCommand implements Command {
    private final Message description;
    private final List<Command> parts;
    private final String mergeKey;

    public CompositeCommand(Message description, List<? extends Command> parts) {
        this(description, parts, null);
    }

    CompositeCommand(Message description, List<? extends Command> parts, String mergeKey) {
        this.description = description;
        this.parts = List.copyOf(parts);
        this.mergeKey = mergeKey;
    }

    @Override
    public String mergeKey() {
        return mergeKey;
    }

    @Override
    public Message description() {
        return description;
    }

    @Override
    public void execute(Project project) {
        int done = 0;
        try {
            for (Command part : parts) {
                part.execute(project);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                parts.get(i).undo(project);
            }
            throw e;
        }
    }

    @Override
    public void undo(Project project) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(project);
        }
    }

    public List<Command> parts() {
        return parts;
    }
}
