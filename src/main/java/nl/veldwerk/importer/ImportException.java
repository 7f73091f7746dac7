package nl.veldwerk.importer;

import java.nio.file.Path;
import nl.veldwerk.model.UserText;

/** A file that cannot be imported, with the file named and the reason in words a user follows. */
public class ImportException extends Exception implements UserText.Carrier {
    private final transient Path file;
    private final transient UserText text;

    /** A problem from the importer's bundle. */
    public ImportException(Path file, String key, Object... args) {
        this(file, null, key, args);
    }

    public ImportException(Path file, Throwable cause, String key, Object... args) {
        this(file, UserText.of(ImportException.class, "file.problem", String.valueOf(file.getFileName()),
                UserText.of(ImportException.class, key, args)), cause);
    }

    private ImportException(Path file, UserText text, Throwable cause) {
        super(text.toString(), cause);
        this.file = file;
        this.text = text;
    }

    public Path file() {
        return file;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
