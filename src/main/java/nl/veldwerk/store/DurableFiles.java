package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies of files into a project (a recording) that are on disk, whole, under their name, or not there at all. */
public final class DurableFiles {
    private DurableFiles() {
    }

    /**
     * Copies {@code from} to {@code target} (which must not exist) through a temporary file beside it, forced to
     * disk before it takes the name, and the name forced after: the project saved next refers to it, and a power
     * cut must not leave it there empty.
     */
    public static void copy(Path from, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".copying");
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            Disk.SYSTEM.forceFile(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp); // no half copy left behind
            throw e;
        }
        Disk.SYSTEM.forceFolder(target.toAbsolutePath().getParent());
    }
}
