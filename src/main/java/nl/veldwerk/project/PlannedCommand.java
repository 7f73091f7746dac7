package nl.veldwerk.project;

import java.util.List;
import java.util.function.BiConsumer;

import nl.veldwerk.model.Project;

/**
 * A command described by a plan: code that looks at the project and makes primitive edits through a
 * {@link Planner}. The plan runs once; redo replays the recorded edits and undo reverts them in reverse.
 */
public final class PlannedCommand implements Command {
    private Message description;
    private final BiConsumer<Planner, Project> plan;
    private final String mergeKey;
    private List<Edit> edits;

    public PlannedCommand(Message description, BiConsumer<Planner, Project> plan) {
        this(description, null, plan);
    }

    /** A command that merges into the one before it when both have {@code mergeKey} (see {@link Command}). */
    public PlannedCommand(Message description, String mergeKey, BiConsumer<Planner, Project> plan) {
        this.description = description;
        this.mergeKey = mergeKey;
        this.plan = plan;
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
        if (edits != null) {
            edits.forEach(edit -> edit.apply(project));
            return;
        }
        Planner planner = new Planner(project);
        try {
            plan.accept(planner, project);
        } catch (RuntimeException e) {
            planner.rollBack();
            throw e;
        }
        edits = planner.edits();
        if (planner.description() != null) {
            description = planner.description();
        }
    }

    @Override
    public void undo(Project project) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            edits.get(i).revert(project);
        }
    }

    /** How many primitive edits the command made (after its first execution). */
    public int size() {
        return edits == null ? 0 : edits.size();
    }
}
