package nl.veldwerk.interop;

import java.nio.file.Path;
import nl.veldwerk.model.UserText;

/** A REFI-QDA file that cannot be read or written, with the file named and the reason in plain words. */
public class InteropException extends Exception implements UserText.Carrier {
    private final transient UserText text;

    /** A problem from the interop bundle. */
    public InteropException(Path file, String key, Object... args) {
        this(file, null, key, args);
    }

    public InteropException(Path file, Throwable cause, String key, Object... args) {
        this(UserText.of(InteropException.class, "file.problem", String.valueOf(file.getFileName()),
                UserText.of(InteropException.class, key, args)), cause);
    }

    private InteropException(UserText text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
