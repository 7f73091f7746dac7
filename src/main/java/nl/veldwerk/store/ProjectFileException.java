package nl.veldwerk.store;

import java.nio.file.Path;
import nl.veldwerk.model.UserText;

/** A project file that cannot be read or written, with the file and the problem in words a user follows. */
public class ProjectFileException extends Exception implements UserText.Carrier {
    private final transient Path file;
    private final transient UserText problem;

    /** A problem from the store's bundle; the file is the message's first argument. */
    public ProjectFileException(Path file, String key, Object... args) {
        this(file, null, key, args);
    }

    public ProjectFileException(Path file, Throwable cause, String key, Object... args) {
        this(file, UserText.of(ProjectFileException.class, key, args), cause);
    }

    private ProjectFileException(Path file, UserText problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The same problem said of another file: one in a copy removed again, named as the original it was copied from. */
    ProjectFileException about(Path other) {
        return new ProjectFileException(other, problem, this);
    }

    public UserText problem() {
        return problem;
    }

    /** What the operating system or library said went wrong, for the end of a message. */
    static Object detail(Throwable e) {
        if (notWritable(e)) {
            // The system's words ("Operation not permitted" on a .tmp file inside the project) told a researcher
            // nothing she could act on.
            return UserText.of(ProjectFileException.class, "io.notWritable");
        }
        if (noSpace(e)) {
            return UserText.of(ProjectFileException.class, "io.noSpace"); // with what to do (QA: no advice)
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The disk is full, as the system says it. */
    static boolean noSpace(Throwable e) {
        String said = String.valueOf(e.getMessage());
        return said.endsWith("No space left on device") || said.endsWith("There is not enough space on the disk");
    }

    /** The folder or a file in it cannot be written: read-only, locked by the system, or no permission. */
    static boolean notWritable(Throwable e) {
        return nl.veldwerk.model.WriteRefusals.notWritable(e);
    }

    @Override
    public UserText userText() {
        return UserText.of(ProjectFileException.class, "file.problem", file.toString(), problem);
    }
}
