package nl.veldwerk.importer;

import java.nio.file.Path;

/** A file that cannot be imported, with the file named and the reason in words a user follows. */
public class ImportException extends Exception {
    private final transient Path file;

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public ImportException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
