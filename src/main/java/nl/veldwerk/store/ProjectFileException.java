package nl.veldwerk.store;

import java.nio.file.Path;

/** A project file that cannot be read or written, with the file and the problem in words a user follows. */
public class ProjectFileException extends Exception {
    private final transient Path file;
    private final String problem;

    public ProjectFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
