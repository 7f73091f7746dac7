package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * Keeps the last few saved manifests as backups and deletes part files that nothing refers to any more
 * (the current manifest, a backup, a recovery save that holds newer work, or the parts the next save will
 * refer to), plus temporary files a crash left behind.
 */
final class GarbageCollector {
    private static final System.Logger LOG = System.getLogger(GarbageCollector.class.getName());

    private final Path directory;
    private final Disk disk;
    /** The files each backup refers to, read once, so a save does not re-read every backup. */
    private Map<Path, Set<String>> backupFiles;
    /** The manifest this store last committed, with its bytes: known in memory, so a save need not read it back. */
    private Manifest committed;
    private byte[] committedBytes;

    GarbageCollector(Path directory, Disk disk) {
        this.directory = directory;
        this.disk = disk;
    }

    /**
     * Keeps the manifest about to be replaced in backups/, durably (forced like a save: a backup is what a
     * damaged part is restored from), and drops the oldest beyond the newest few.
     */
    void backUp(Path currentManifest) throws IOException {
        loadBackups();
        Manifest previous = committed;
        byte[] bytes = committedBytes;
        if (previous == null) {
            if (!Files.exists(currentManifest)) {
                return;
            }
            try {
                bytes = Files.readAllBytes(currentManifest); // once, for the first save
                previous = ProjectReader.readManifest(currentManifest);
            } catch (ProjectFileException e) {
                return; // a damaged manifest is not worth keeping as a backup
            }
        }
        Path backups = directory.resolve(StoreFormat.BACKUPS);
        disk.createFolders(backups);
        Path backup = backups.resolve("veldwerk-" + String.format("%09d", previous.sequence()) + ".json");
        AtomicFiles.write(disk, backup, bytes);
        backupFiles.put(backup, filesOf(previous));
        List<Path> sorted = new ArrayList<>(backupFiles.keySet());
        sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < sorted.size() - StoreFormat.BACKUPS_KEPT; i++) {
            disk.deleteIfExists(sorted.get(i));
            backupFiles.remove(sorted.get(i));
        }
    }

    /** Records the manifest just committed (and its bytes, for the next backup). */
    void committed(Manifest manifest, byte[] bytes) {
        committed = manifest;
        committedBytes = bytes;
    }

    /**
     * Deletes every backup manifest, then what only they referred to: after a pseudonymisation the older
     * versions still hold the real names.
     */
    void forgetBackups(Manifest current, Collection<String> alsoKeep) throws IOException {
        loadBackups();
        for (Path backup : backupFiles.keySet()) {
            disk.deleteIfExists(backup);
        }
        backupFiles.clear();
        disk.forceFolder(directory.resolve(StoreFormat.BACKUPS));
        collect(current, alsoKeep);
    }

    /** Deletes the part files (and leftover temporary files) that no manifest refers to and {@code alsoKeep} lacks. */
    void collect(Manifest current, Collection<String> alsoKeep) throws IOException {
        loadBackups();
        Set<String> keep = filesOf(current);
        keep.addAll(alsoKeep);
        backupFiles.values().forEach(keep::addAll);
        deleteUnreferenced(directory.resolve(StoreFormat.PARTS), keep);
        Path copies = directory.resolve(StoreFormat.PART_COPIES);
        if (Files.isDirectory(copies)) {
            deleteUnreferenced(copies, keep); // a part's second copy goes with it
        }
    }

    private void deleteUnreferenced(Path folder, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String relative = StoreFormat.PARTS + "/" + file.getFileName();
                if (!keep.contains(relative)) {
                    disk.deleteIfExists(file);
                }
            }
        }
    }

    /** The manifests a damaged part can be restored from, newest first. */
    List<Path> backups() throws IOException {
        loadBackups();
        List<Path> sorted = new ArrayList<>(backupFiles.keySet());
        sorted.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return sorted;
    }

    private void loadBackups() throws IOException {
        if (backupFiles != null) {
            return;
        }
        backupFiles = new HashMap<>();
        Path backups = directory.resolve(StoreFormat.BACKUPS);
        if (!Files.isDirectory(backups)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(backups, "veldwerk-*.json")) {
            for (Path file : files) {
                try {
                    backupFiles.put(file, filesOf(ProjectReader.readManifest(file)));
                } catch (ProjectFileException e) {
                    LOG.log(System.Logger.Level.WARNING, "Dropping an unreadable backup: " + e.getMessage());
                    disk.deleteIfExists(file); // an unreadable backup protects nothing
                }
            }
        }
    }

    static Set<String> filesOf(Manifest manifest) {
        Set<String> files = new HashSet<>();
        files.add(manifest.projectPart());
        for (PartRef ref : manifest.documents()) {
            files.add(ref.file());
        }
        return files;
    }
}
