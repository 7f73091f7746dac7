package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import nl.veldwerk.store.ProjectStore;

/**
 * What a command that reads a project writes from it is its last save: work not yet saved in a window that has
 * the project open, or left by a crash in a recovery save, is not in it. Said on the error stream, not an error
 * (QA: a bundle made while the window had three imports unsaved held none of them, and said nothing).
 */
final class LastSave {
    private LastSave() {
    }

    /** Says, when there is work the {@code output} ("bundle", "report", ...) made from the last save lacks. */
    static void sayWhatIsNotIn(Path directory, String output, PrintWriter err) {
        Path folder = Files.isDirectory(directory) ? directory : directory.toAbsolutePath().getParent();
        Optional<String> openIn = ProjectStore.openNowIn(folder);
        var pending = ProjectStore.recoverableSince(folder);
        if (openIn.isPresent()) {
            // The holder's name as an argument, not in the format: a "%" in a user's or computer's name threw.
            err.printf("veldwerk: %s: open in %s; this %s holds the project's last save, without what is not yet saved"
                    + " there%s.%n", directory, openIn.get(), output, pending.map(since -> " (unsaved work since "
                    + WritableProject.TIME.format(since) + ")").orElse(""));
        } else if (pending.isPresent()) {
            err.printf("veldwerk: %s: %s It is not in this %s, which holds the last save; open the project in the "
                    + "Veldwerk window to keep or discard that work.%n", directory,
                    WritableProject.unsavedWork(pending.get()), output);
        }
    }
}
