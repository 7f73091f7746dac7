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
 * <p>
 * The first collection of a session looks at every file in the parts folders; after that only at the files
 * that may have lost their last reference since: those written in this session and those of the manifests
 * dropped (a backup beyond the newest few, a recovery save). So a save's collection does not list a folder of
 * thousands of parts. A part a document in memory still reads its text from ({@link StoredText}) is kept
 * until it no longer does.
 */
final class GarbageCollector {
    private static final System.Logger LOG = System.getLogger(GarbageCollector.class.getName());

    private final Path directory;
    private final Disk disk;
    /** The files each backup refers to, read once, so a save does not re-read every backup. */
    private Map<Path, Set<String>> backupFiles;
    /** The manifest this store last committed, with its bytes: known in memory, so a save need not read it back. */
    private Manifest committed;
    /** The files {@link #committed} names, made when first needed (each save's collection, then its backup). */
    private Set<String> committedFiles;
    private byte[] committedBytes;
    private boolean keepEverything;
    private String whyEverythingIsKept = "";
    /** Whether every file in the parts folders was looked at once (what a crash left is found that way). */
    private boolean swept;
    /** Files that may have lost their last reference since the last collection. */
    private final Set<String> candidates = new HashSet<>();
    /** The list parts read for the backups: they never change, and successive manifests share most of them. */
    private final Map<StoreFormat.ListRef, List<PartRef>> listsRead = new HashMap<>();

    GarbageCollector(Path directory, Disk disk) {
        this.directory = directory;
        this.disk = disk;
    }

    /**
     * Keeps the manifest about to be replaced in backups/, durably (forced like a save: a backup is what a
     * damaged part is restored from), and drops the oldest beyond the newest few.
     */
    void backUp(Path currentManifest) throws IOException {
        loadManifests(currentManifest);
        Manifest previous = committed;
        byte[] bytes = committedBytes;
        if (previous == null) {
            return; // none, or damaged: not worth keeping as a backup
        }
        Path backups = directory.resolve(StoreFormat.BACKUPS);
        disk.createFolders(backups);
        Path backup = backups.resolve("veldwerk-" + String.format("%09d", previous.sequence()) + ".json");
        AtomicFiles.write(disk, backup, bytes);
        backupFiles.put(backup, filesOfCommitted());
        List<Path> sorted = new ArrayList<>(backupFiles.keySet());
        sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < sorted.size() - StoreFormat.BACKUPS_KEPT; i++) {
            disk.deleteIfExists(sorted.get(i));
            candidates.addAll(backupFiles.remove(sorted.get(i)));
        }
    }

    /** Reads the backups and the manifest on disk, each once; they share most of their list parts. */
    private void loadManifests(Path currentManifest) throws IOException {
        loadBackups();
        loadCommitted(currentManifest);
        listsRead.clear();
    }

    /**
     * Reads the manifest on disk, once, when this collector has not committed one yet; where it is damaged or gone,
     * its last save's copy (backups/veldwerk-latest.json): kept as a backup by the next save, with its parts, instead
     * of those parts being collected (review: a project recovered past a damaged manifest lost the last save).
     */
    private void loadCommitted(Path currentManifest) throws IOException {
        if (committed != null) {
            return;
        }
        Path copy = directory.resolve(StoreFormat.BACKUPS).resolve(StoreFormat.MANIFEST_COPY);
        for (Path manifest : List.of(currentManifest, copy)) {
            if (!Files.exists(manifest)) {
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(manifest);
                committed = ProjectReader.readManifest(manifest, bytes, directory, listsRead);
                committedBytes = bytes;
                return;
            } catch (ProjectFileException e) {
                LOG.log(System.Logger.Level.WARNING, "A manifest on disk is not readable: " + e.getMessage());
            }
        }
    }

    /**
     * Does ahead of time what the first save of a session would: reads the backups and removes the part
     * files nothing refers to (what a crash left behind), so that save is as quick as the others.
     */
    void prepare(Path currentManifest, Collection<String> alsoKeep) throws IOException {
        if (swept) {
            return;
        }
        loadManifests(currentManifest);
        if (committed != null) {
            sweep(committed, alsoKeep, false);
        }
    }

    /** Records the manifest just committed (and its bytes, for the next backup). */
    void committed(Manifest manifest, byte[] bytes) {
        committed = manifest;
        committedBytes = bytes;
        committedFiles = null;
    }

    /** What {@link #filesOf} gives for the committed manifest, made once for it; not to be changed. */
    private Set<String> filesOfCommitted() {
        if (committedFiles == null) {
            committedFiles = java.util.Collections.unmodifiableSet(filesOf(committed));
        }
        return committedFiles;
    }

    /**
     * Deletes every backup manifest, then what only they referred to: after a pseudonymisation the older
     * versions still hold the real names.
     */
    void forgetBackups(Manifest current, Collection<String> alsoKeep) throws IOException {
        if (keepEverything) {
            throw new IOException(whyEverythingIsKept + "; nothing was removed");
        }
        loadBackups();
        for (Path backup : backupFiles.keySet()) {
            disk.deleteIfExists(backup);
        }
        backupFiles.clear();
        disk.forceFolder(directory.resolve(StoreFormat.BACKUPS));
        sweep(current, alsoKeep, true);
    }

    /**
     * Deletes nothing any more: what an unreadable recovery save, or another version of the save, names is
     * not known. {@code why} says so when older versions are to be removed.
     */
    void keepEverything(String why) {
        keepEverything = true;
        whyEverythingIsKept = why;
    }

    /** Files a write put in the parts folder, or that a dropped manifest (a recovery save) referred to. */
    void mayRelease(Collection<String> files) {
        candidates.addAll(files);
    }

    /**
     * Deletes the part files (and leftover temporary files) that no manifest refers to and {@code alsoKeep}
     * lacks: all of them the first time, then those that may have lost their last reference since. A save
     * asks {@code kept} about its few candidates only (whether {@code alsoKeep} holds them); the first, which
     * sweeps, needs all {@code alsoKeep} holds.
     */
    void collect(Manifest current, java.util.function.Predicate<String> kept,
                 java.util.function.Supplier<Collection<String>> alsoKeep) throws IOException {
        if (keepEverything) {
            return;
        }
        if (!swept) {
            sweep(current, alsoKeep.get(), false);
            return;
        }
        loadBackups();
        Set<String> inManifests = current == committed ? filesOfCommitted() : filesOf(current);
        for (var it = candidates.iterator(); it.hasNext(); ) {
            String file = it.next();
            if (inManifests.contains(file) || backupFiles.values().stream().anyMatch(f -> f.contains(file))) {
                it.remove(); // a candidate again when that manifest is dropped
            } else if (!kept.test(file) && !StoredText.inUse(directory.resolve(file))) {
                disk.deleteIfExists(directory.resolve(file));
                disk.deleteIfExists(directory.resolve(StoreFormat.BACKUPS).resolve(file));
                it.remove();
            }
        }
    }

    /** With {@code takeTexts}, texts still read from parts that go are taken into memory first. */
    private void sweep(Manifest current, Collection<String> alsoKeep, boolean takeTexts) throws IOException {
        if (keepEverything) {
            return;
        }
        loadBackups();
        Set<String> keep = filesOf(current);
        keep.addAll(alsoKeep);
        backupFiles.values().forEach(keep::addAll);
        Set<String> stillRead = new HashSet<>();
        deleteUnreferenced(directory.resolve(StoreFormat.PARTS), keep, stillRead, takeTexts);
        Path copies = directory.resolve(StoreFormat.PART_COPIES);
        if (Files.isDirectory(copies)) {
            deleteUnreferenced(copies, keep, stillRead, takeTexts); // a part's second copy goes with it
        }
        candidates.removeIf(file -> !alsoKeep.contains(file)); // what only alsoKeep holds may go later
        candidates.addAll(stillRead);
        swept = true;
    }

    private void deleteUnreferenced(Path folder, Set<String> keep, Set<String> stillRead, boolean takeTexts)
            throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String relative = StoreFormat.PARTS + "/" + file.getFileName();
                if (keep.contains(relative)) {
                    continue;
                }
                Path part = directory.resolve(relative); // a copy goes with its part, and is kept with it
                if (takeTexts) {
                    StoredText.holdTextsOf(part);
                }
                if (StoredText.inUse(part)) {
                    stillRead.add(relative); // an open document's text is still read from it: later
                } else {
                    disk.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Gives a second copy (in backups/parts/) to every part the manifest or a backup names that has none, and returns
     * how many it made. Parts written before copies were kept (by an older Veldwerk, or the sample project as
     * shipped) had none: one of them removed or damaged lost its document at the next open, and every earlier save
     * that named it could no longer be made a project (QA). Run after the first collection of a session: one listing
     * of the copies' folder; afterwards every part a save writes has its copy.
     */
    int copyPartsWithoutCopies() throws IOException {
        loadBackups();
        // Each file the manifest names with its checksum (a damaged part is not copied: a copy must be good), then
        // those only a backup names (their checksums are in the backups' lists, not read here: copied as they are).
        Map<String, String> named = new java.util.LinkedHashMap<>();
        if (committed != null) {
            if (committed.projectPart() != null) {
                named.put(committed.projectPart(), committed.projectPartChecksum());
            }
            if (committed.documentLists() != null) {
                committed.documentLists().forEach(list -> named.put(list.file(), list.checksum()));
            }
            if (committed.documents() != null) {
                committed.documents().forEach(ref -> named.put(ref.file(), ref.checksum()));
            }
        }
        backupFiles.values().forEach(files -> files.forEach(file -> named.putIfAbsent(file, null)));
        Path copies = directory.resolve(StoreFormat.PART_COPIES);
        Set<String> have = new HashSet<>();
        if (Files.isDirectory(copies)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(copies)) {
                for (Path file : files) {
                    have.add(StoreFormat.PARTS + "/" + file.getFileName());
                }
            }
        }
        int made = 0;
        long bytesCopied = 0;
        for (Map.Entry<String, String> entry : named.entrySet()) {
            Path part = directory.resolve(entry.getKey());
            if (have.contains(entry.getKey()) || !Files.isRegularFile(part)) {
                continue;
            }
            if (bytesCopied > MOST_COPIED_AT_ONCE) {
                break; // an old project of thousands of parts: the rest at the next open, saves are not kept waiting
            }
            byte[] bytes = Files.readAllBytes(part);
            if (entry.getValue() != null && !Checksums.of(bytes).equals(entry.getValue())) {
                continue; // damaged: said when its text is read, put back from a backup if one has it
            }
            AtomicFiles.writeCopy(disk, directory.resolve(StoreFormat.BACKUPS).resolve(entry.getKey()), bytes);
            bytesCopied += bytes.length;
            made++;
        }
        return made;
    }

    /** How much {@link #copyPartsWithoutCopies} copies at one open: about a minute's reading and writing at most. */
    private static final long MOST_COPIED_AT_ONCE = 256L * 1024 * 1024;

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
        try (DirectoryStream<Path> files = Files.newDirectoryStream(backups, "veldwerk-[0-9]*.json")) {
            for (Path file : files) {
                try {
                    backupFiles.put(file, filesOf(ProjectReader.readManifest(file,
                            ProjectReader.readBytes(file, ProjectReader.MAX_MANIFEST_BYTES),
                            directory, listsRead)));
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
        if (manifest.documentLists() != null) {
            manifest.documentLists().forEach(list -> files.add(list.file()));
        }
        return files;
    }
}
