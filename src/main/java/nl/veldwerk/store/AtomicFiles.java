package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Path;

/** Writes that are either complete on disk or not there at all. */
final class AtomicFiles {
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes to a temporary file beside the target, forces it to disk, moves it over the target, forces the folder. */
    static void write(Disk disk, Path target, byte[] content) throws IOException {
        writeWithoutFolderSync(disk, target, content);
        disk.forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * As {@link #write}, for a batch of files in one folder: the caller forces the folder once at the end.
     * A failed write (a full disk) removes its temporary file, so it does not keep the space.
     */
    static void writeWithoutFolderSync(Disk disk, Path target, byte[] content) throws IOException {
        replace(disk, target, temp -> disk.writeForced(temp, content));
    }

    /**
     * As {@link #writeWithoutFolderSync}, not forced to disk, its folders made as needed: a part's second copy, made
     * again at the next open if a crash loses it, and never one cut short that would count as made.
     */
    static void writeCopy(Disk disk, Path target, byte[] content) throws IOException {
        replace(disk, target, temp -> disk.writeCopy(temp, content));
    }

    /** How a temporary file is written. */
    private interface TempWriter {
        void write(Path temp) throws IOException;
    }

    /** Writes a temporary file beside the target and moves it over; a failed write removes the temporary file. */
    private static void replace(Disk disk, Path target, TempWriter writer) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try {
            writer.write(temp);
            disk.move(temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                disk.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
