package nl.veldwerk.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the file dialogs start: each in the folder last used for that kind of file; exports (and files to
 * open, when none was opened yet) the first time where the last export went, else beside the open project's folder (not in it: the project's folder is the project's own), new projects
 * in the folder the last one was made in (the first time beside the open project), recordings (the first time) where the last transcripts came from; the
 * home folder when there is nothing better. Never in the
 * program's own folder.
 */
public final class StartFolders {
    /** What a dialog is for: each remembers its own last folder. */
    public enum Kind { IMPORT, OPEN, PROJECT, SAVE, RECORDING }

    private StartFolders() {
    }

    /** The folder a dialog of this kind starts in. */
    public static Path start(Kind kind, Optional<Path> projectFolder) {
        Optional<Path> last = Preferences.lastFolder(kind.name()).map(Path::of).filter(Files::isDirectory);
        if (kind == Kind.RECORDING && last.isEmpty()) {
            // A recording lies beside its transcript: where the last transcripts came from (QA: the first link
            // started in the project's parent folder, not where the interviews were).
            return start(Kind.IMPORT, projectFolder);
        }
        if (kind == Kind.OPEN && last.isEmpty()) {
            // A file to open the first time (a bundle back from a supervisor, a codebook): where this user's exports
            // went, as the export of the bundle did; it started in the home folder while the export started beside
            // the project (QA).
            return start(Kind.SAVE, projectFolder);
        }
        if ((kind == Kind.SAVE || kind == Kind.PROJECT) && last.isEmpty() && projectFolder.isPresent()
                && Files.isDirectory(projectFolder.get()) && projectFolder.get().toAbsolutePath().getParent() != null) {
            // Beside the project, not in it: a report saved inside mixed the user's files with the project's,
            // and kept real names there after a pseudonymisation. Another project to merge or open, the first
            // time: beside this one, where its other versions and earlier saves are made (QA: the home folder).
            return projectFolder.get().toAbsolutePath().getParent();
        }
        return last.orElseGet(StartFolders::home);
    }

    /** Remembers where the user went: the folder of the chosen file (or the chosen folder's parent). */
    public static void remember(Kind kind, Path chosen) {
        Path folder = Files.isDirectory(chosen) && kind != Kind.PROJECT ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            Preferences.setLastFolder(kind.name(), folder.toString());
        }
    }

    static Path home() {
        return Path.of(System.getProperty("user.home", "."));
    }
}
