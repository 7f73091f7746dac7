package nl.veldwerk.project;

import nl.veldwerk.model.Project;

/**
 * A change to project data that can be undone. {@link #execute} may be called again after {@link #undo}
 * (redo); it must then give exactly the same result.
 */
public interface Command {
    Message description();

    void execute(Project project);

    void undo(Project project);
}
