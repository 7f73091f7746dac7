package nl.veldwerk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.veldwerk.store.ProjectFileException;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;

/**
 * Opening a project to change it from the command line: refused while the window holds it (the store's
 * lock names the holder) or while a crash left unsaved work in a recovery save, which only the window can
 * offer to keep or discard; and saved with a check that the project still opens, else rolled back.
 */
final class WritableProject {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private WritableProject() {
    }

    static ProjectStore open(Path directory) throws ProjectFileException, CliFailure {
        ProjectStore store = ProjectStore.open(directory);
        try {
            requireNothingToRecover(store, directory);
        } catch (CliFailure refused) {
            store.close();
            throw refused;
        }
        return store;
    }

    /** Refuses to change a project while a crash's unsaved work waits in a recovery save for the window. */
    static void requireNothingToRecover(ProjectStore store, Path directory) throws CliFailure {
        var pending = store.recoverableSince();
        if (pending.isPresent()) {
            throw new CliFailure(directory + ": " + unsavedWork(pending.get()) + " Open the project in the Veldwerk"
                    + " window to keep or discard it first; nothing was changed.");
        }
    }

    /** What a pending recovery save holds, in one sentence. */
    static String unsavedWork(java.time.Instant since) {
        return "holds unsaved work from " + TIME.format(since) + " that a crash left in a recovery save.";
    }

    /**
     * Saves, then reads the project back as the next command would; if that fails (a bug: the model and the
     * reader share their limits), the change is undone and saved again, and the problem reported.
     */
    static void saveVerified(ProjectStore store) throws ProjectFileException, CliFailure {
        store.save();
        try {
            ProjectReader.read(store.directory());
        } catch (ProjectFileException e) {
            store.session().undo();
            store.save();
            throw new CliFailure(store.directory() + ": the change was undone, because the project could not be"
                    + " read back after saving it: " + e.problem());
        }
    }
}
