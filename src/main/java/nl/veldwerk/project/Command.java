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

    /**
     * Commands with the same non-null key that follow each other quickly become one undo step (typing in
     * a transcript is one edit per keystroke; undo should take back the word, not the letter).
     */
    default String mergeKey() {
        return null;
    }

    /**
     * Whether this command, with the same merge key, goes on where {@code previous} left off, so that the two may
     * be one undo step. By default any two with the same key do; typing elsewhere in the text does not (one undo
     * took back the words typed in two paragraphs).
     */
    default boolean continues(Command previous) {
        return true;
    }
}
