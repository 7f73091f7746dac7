package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The ending a written file's name must have, so that it is what its name says. */
final class FileEndings {
    private FileEndings() {
    }

    /** A file's name must end in {@code ending} (".docx"): a Word file named .xlsx, or a project named .csv, was written. */
    static void require(Path file, String ending) throws CliFailure {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(ending)) {
            throw CliFailure.of("file.ending", file, ending);
        }
    }
}
