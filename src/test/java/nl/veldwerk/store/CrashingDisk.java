package nl.veldwerk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A disk that loses power: it passes every operation to the real disk and keeps, beside it, what would
 * survive a power cut (as Lucene's MockDirectoryWrapper.crash() does): a file's content only once forced,
 * a new name, a rename or a delete only once its folder is forced. At a chosen operation the power goes
 * ({@link PowerCut}); {@link #restoreAfterPowerCut} then leaves on the real disk only what survived, and a
 * file whose name survived without its content is left empty, as a file system may leave it.
 */
final class CrashingDisk implements Disk {
    /** Thrown at the chosen operation: nothing after it reaches the disk. */
    static final class PowerCut extends RuntimeException {
        PowerCut(int operation) {
            super("power cut at disk operation " + operation);
        }
    }

    private final Path root;
    /** What survives a power cut now: file path to content. */
    private final Map<Path, byte[]> durable = new HashMap<>();
    /** Live files whose current content was forced (it travels with a rename). */
    private final Set<Path> forced = new HashSet<>();
    private int operations;
    private int cutAt = Integer.MAX_VALUE;
    private boolean cut;

    CrashingDisk(Path root) {
        this.root = root.toAbsolutePath();
        for (Path file : files()) {
            durable.put(file, read(file));
            forced.add(file);
        }
    }

    /** The power goes at operation {@code n} (1 is the first); until then everything works. */
    void cutAt(int n) {
        cutAt = n;
    }

    int operations() {
        return operations;
    }

    private void step() {
        if (cut) {
            throw new PowerCut(operations); // a dead machine does nothing more
        }
        if (++operations == cutAt) {
            cut = true;
            throw new PowerCut(operations);
        }
    }

    @Override
    public void writeForced(Path file, byte[] content) throws IOException {
        step();
        Disk.SYSTEM.writeForced(file, content);
        Path f = file.toAbsolutePath();
        forced.add(f);
        if (durable.containsKey(f)) {
            durable.put(f, content.clone()); // the same name, already durable: its new content is forced
        }
    }

    @Override
    public void forceFile(Path file) throws IOException {
        step();
        Disk.SYSTEM.forceFile(file);
        Path f = file.toAbsolutePath();
        forced.add(f);
        if (durable.containsKey(f)) {
            durable.put(f, read(f));
        }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step();
        Disk.SYSTEM.move(from, to);
        if (forced.remove(from.toAbsolutePath())) {
            forced.add(to.toAbsolutePath());
        } else {
            forced.remove(to.toAbsolutePath());
        }
    }

    @Override
    public void forceFolder(Path folder) {
        step();
        Path dir = folder.toAbsolutePath();
        durable.keySet().removeIf(f -> f.getParent().equals(dir) && !Files.exists(f));
        for (Path file : files()) {
            if (file.getParent().equals(dir)) {
                durable.put(file, forced.contains(file) ? read(file) : new byte[0]);
            }
        }
    }

    @Override
    public void writeCopy(Path file, byte[] content) throws IOException {
        step();
        Disk.SYSTEM.writeCopy(file, content);
        forced.remove(file.toAbsolutePath()); // not forced: after a power cut only its name may be left
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        step();
        Disk.SYSTEM.deleteIfExists(file);
        forced.remove(file.toAbsolutePath());
    }

    @Override
    public void createFolders(Path folder) throws IOException {
        step();
        Disk.SYSTEM.createFolders(folder); // folders are taken to survive (the store makes few, early)
    }

    /** Leaves on the real disk exactly what survived the power cut. */
    void restoreAfterPowerCut() {
        for (Path file : files()) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        durable.forEach((file, content) -> {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The files of the project, without the lock and the search index (no project data, not written here). */
    private List<Path> files() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(StoreFormat.LOCK))
                    .filter(f -> !root.relativize(f).startsWith("index"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
