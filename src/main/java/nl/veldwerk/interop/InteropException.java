package nl.veldwerk.interop;

import java.nio.file.Path;

/** A REFI-QDA file that cannot be read or written, with the file named and the reason in plain words. */
public class InteropException extends Exception {
    public InteropException(Path file, String problem) {
        this(file, problem, null);
    }

    public InteropException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
    }
}
