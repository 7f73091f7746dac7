package nl.veldwerk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every change the store makes to the files of a project, in one place: what a save's durability rests on
 * (a file's content forced to disk, an atomic rename, a folder forced so the rename survives a power cut).
 * The tests put a file system behind it that loses whatever was not forced when the power goes.
 */
interface Disk {
    /** Creates or replaces {@code file} with {@code content} and forces the content to disk (not its name). */
    void writeForced(Path file, byte[] content) throws IOException;

    /**
     * Forces a file written by other means (a recording copied in, an entry unpacked) to disk, so that a folder
     * moved into place after it holds the file whole after a power cut, not empty.
     */
    void forceFile(Path file) throws IOException;

    /** Renames atomically where the file system can (replacing the target); durable after {@link #forceFolder}. */
    void move(Path from, Path to) throws IOException;

    /** Makes the names in a folder durable: on Linux a rename or delete needs the folder's own fsync. */
    void forceFolder(Path folder);

    /**
     * Writes a second copy of a part, not forced to disk (its checksum tells whether it survived a power
     * cut): what a damaged part is restored from, at the cost of a write but no wait for the disk.
     */
    void writeCopy(Path file, byte[] content) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    void createFolders(Path folder) throws IOException;

    /** The real disk. */
    Disk SYSTEM = new Disk() {
        @Override
        public void writeForced(Path file, byte[] content) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        @Override
        public void forceFile(Path file) throws IOException {
            // Opened for writing: Windows flushes only a file opened so. A read-only file (a recording copied with
            // its source's mode) is flushed through reading where the system allows it (review).
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            } catch (java.nio.file.AccessDeniedException readOnly) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.force(true);
                } catch (IOException notThisWay) {
                    System.getLogger(Disk.class.getName()).log(System.Logger.Level.DEBUG, "not forced: " + file,
                            notThisWay);
                }
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void forceFolder(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // Some platforms (Windows) cannot open a folder; their rename is durable enough.
                System.getLogger(Disk.class.getName()).log(System.Logger.Level.TRACE, "no folder sync here", e);
            }
        }

        @Override
        public void writeCopy(Path file, byte[] content) throws IOException {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public void createFolders(Path folder) throws IOException {
            Files.createDirectories(folder);
        }
    };
}
