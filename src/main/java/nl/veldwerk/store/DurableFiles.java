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
            // Through a file of our own, not Files.copy: that carries a read-only source's mode over, and the
            // copy could then not be forced, nor deleted on Windows after a failure (review).
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(from,
                    java.nio.file.StandardOpenOption.READ);
                 java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(temp,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                         java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += out.transferFrom(in, done, size - done);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp); // no half copy left behind
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        Disk.SYSTEM.forceFolder(target.toAbsolutePath().getParent());
    }
}
