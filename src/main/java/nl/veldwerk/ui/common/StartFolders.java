package nl.veldwerk.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the file dialogs start: exports in the open project's folder (where a researcher keeps what belongs
 * to the study), imports and opens in the folder last used for that kind of file, new projects in the
 * folder the last one was made in; the home folder when there is nothing better. Never in the program's
 * own folder.
 */
public final class StartFolders {
    /** What a dialog is for: each remembers its own last folder. */
    public enum Kind { IMPORT, OPEN, PROJECT, SAVE }

    private StartFolders() {
    }

    /** The folder a dialog of this kind starts in. */
    public static Path start(Kind kind, Optional<Path> projectFolder) {
        if (kind == Kind.SAVE && projectFolder.isPresent() && Files.isDirectory(projectFolder.get())) {
            return projectFolder.get();
        }
        return Preferences.lastFolder(kind.name()).map(Path::of).filter(Files::isDirectory)
                .orElseGet(StartFolders::home);
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
