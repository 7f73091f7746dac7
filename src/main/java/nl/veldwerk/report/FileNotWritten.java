package nl.veldwerk.report;

import java.io.IOException;
import java.nio.file.Path;

import nl.veldwerk.model.UserText;

/**
 * A report, table or picture that could not be written, said about the file asked for (not the temporary file
 * beside it that the write opens first), with what the user can do when the system refused the write.
 */
public final class FileNotWritten extends IOException implements UserText.Carrier {
    private final transient UserText text;

    private FileNotWritten(UserText text, IOException cause) {
        super(text.text(java.util.Locale.ENGLISH), cause);
        this.text = text;
    }

    /** {@code failure}, from writing {@code temp} or moving it over {@code file}, told of {@code file}. */
    static FileNotWritten of(Path file, Path temp, IOException failure) {
        if (nl.veldwerk.model.WriteRefusals.notWritable(failure)) {
            return new FileNotWritten(UserText.of(FileNotWritten.class, "file.notWritable", file.toString()), failure);
        }
        String reason = failure instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : String.valueOf(failure.getMessage()).replace(temp.toString(), file.toString());
        return new FileNotWritten(UserText.of(FileNotWritten.class, "file.notWritten", file.toString(), reason), failure);
    }

    @Override
    public UserText userText() {
        return text;
    }
}
