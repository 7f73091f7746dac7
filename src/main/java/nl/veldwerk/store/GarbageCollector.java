package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * Keeps the last few saved manifests as backups and deletes part files that no manifest (the current
 * one, a backup or the recovery save) refers to any more, plus temporary files a crash left behind.
 */
final class GarbageCollector {
    private final Path directory;
    /** The files each backup refers to, read once, so a save does not re-read every backup. */
    private Map<Path, Set<String>> backupFiles;
    /** The manifest this store last committed: known in memory, so a save need not read it back. */
    private Manifest committed;

    GarbageCollector(Path directory) {
        this.directory = directory;
    }

    /** Copies the manifest about to be replaced into backups/, keeping the newest few. */
    void backUp(Path currentManifest) throws IOException {
        if (!Files.exists(currentManifest)) {
            return;
        }
        loadBackups();
        Path backups = Files.createDirectories(directory.resolve(StoreFormat.BACKUPS));
        Manifest previous = committed;
        if (previous == null) {
            try {
                previous = ProjectReader.readManifest(currentManifest); // once, for the first save
            } catch (ProjectFileException e) {
                return; // a damaged manifest is not worth keeping as a backup
            }
        }
        Path backup = backups.resolve("veldwerk-" + String.format("%09d", previous.sequence()) + ".json");
        Files.copy(currentManifest, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        backupFiles.put(backup, filesOf(previous));
        List<Path> sorted = new ArrayList<>(backupFiles.keySet());
        sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < sorted.size() - StoreFormat.BACKUPS_KEPT; i++) {
            Files.deleteIfExists(sorted.get(i));
            backupFiles.remove(sorted.get(i));
        }
    }

    /**
     * Deletes every backup manifest, then what only they referred to: after a pseudonymisation the older
     * versions still hold the real names.
     */
    void forgetBackups(Manifest current, Manifest newerRecovery) throws IOException {
        loadBackups();
        for (Path backup : backupFiles.keySet()) {
            Files.deleteIfExists(backup);
        }
        backupFiles.clear();
        if (newerRecovery != null) {
            // Work saved for recovery after the save: its parts stay (the next save may share them).
            backupFiles.put(directory.resolve(StoreFormat.RECOVERY_MANIFEST), filesOf(newerRecovery));
        }
        collect(current);
        backupFiles.remove(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
    }

    /** Deletes what no manifest refers to. */
    void collect(Manifest current) throws IOException {
        committed = current;
        loadBackups();
        Set<String> keep = filesOf(current);
        backupFiles.values().forEach(keep::addAll);
        Path parts = directory.resolve(StoreFormat.PARTS);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(parts)) {
            for (Path file : files) {
                String relative = StoreFormat.PARTS + "/" + file.getFileName();
                if (!keep.contains(relative)) {
                    Files.deleteIfExists(file);
                }
            }
        }
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
                    Files.deleteIfExists(file); // an unreadable backup protects nothing
                }
            }
        }
    }

    private static Set<String> filesOf(Manifest manifest) {
        Set<String> files = new HashSet<>();
        files.add(manifest.projectPart());
        for (PartRef ref : manifest.documents()) {
            files.add(ref.file());
        }
        return files;
    }
}
