package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.SaveSnapshot.PendingPart;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * An open project folder: holds the lock, tracks which parts changed and writes saves. A save is
 * incremental (only changed parts, under new names) and atomic (the manifest is replaced last, by an
 * atomic move after fsync). A recovery save writes the same parts but a separate manifest, so a crash
 * between saves loses at most the seconds since the last recovery save.
 * <p>
 * The rules (docs/decisions/0010-saves-and-recovery.md): a save the user asked for is always written or
 * fails with an exception; it is only ever skipped when a newer save is on disk already. A recovery save is
 * skipped when anything newer is on disk. A recovery save that holds work a later save does not is kept.
 */
public final class ProjectStore implements AutoCloseable {
    /** Which manifest a write commits. */
    public enum Target { SAVE, RECOVERY }

    /** What a write did. */
    public enum Outcome {
        /** On disk now. */
        WRITTEN,
        /** Not written because a save captured later is on disk already: nothing is lost. */
        SUPERSEDED,
        /** A recovery save not written because something newer is on disk. */
        SKIPPED;

        /** Whether what the snapshot holds is on disk now (written, or contained in a newer save). */
        public boolean saved() {
            return this != SKIPPED;
        }
    }

    private final Path directory;
    private final Disk disk;
    private final ProjectSession session;
    private final PartTracker tracker;
    private final ProjectLock lock;
    private final GarbageCollector garbage;
    private final Object writeLock = new Object();
    private long lastSaveSequence;
    private long lastWriteSequence;
    /** The change counter the last save holds: a recovery save holding no more than that adds nothing. */
    private long lastSaveCounter = -1;
    /** The recovery save on disk that is newer than the last save, and the change counter it holds; or null. */
    private Manifest recoveryOnDisk;
    private long recoveryCounter;
    /** The state the last save (or the opened manifest) committed: see {@link #savedState}. */
    private volatile String savedState;

    private ProjectStore(Path directory, ProjectReader.Loaded loaded, ProjectLock lock, boolean fromRecovery,
                         Disk disk) {
        this.directory = directory;
        this.disk = disk;
        this.lock = lock;
        this.session = new ProjectSession(loaded.project());
        this.tracker = new PartTracker(loaded.manifest(), loaded.needsRewrite(), newToken());
        this.garbage = new GarbageCollector(directory, disk);
        this.lastSaveSequence = loaded.manifest().sequence();
        this.lastWriteSequence = loaded.manifest().sequence();
        this.savedState = fromRecovery ? null : loaded.manifest().state();
        session.addListener(tracker);
        if (fromRecovery || loaded.needsRewrite()) {
            session.markSaved(-1); // what is open differs from what the project file says
        }
    }

    /** Creates a new, empty project in {@code directory}, which must not hold a project yet. */
    public static ProjectStore create(Path directory, ProjectInfo info) throws ProjectFileException {
        return create(directory, new Project(info));
    }

    /** Whether {@code directory} holds a Veldwerk project already (to refuse creating one there early). */
    public static boolean holdsProject(Path directory) {
        return Files.exists(directory.resolve(StoreFormat.MANIFEST));
    }

    /** Writes {@code project} as a new project in {@code directory} (imports, generated projects) and opens it. */
    public static ProjectStore create(Path directory, Project project) throws ProjectFileException {
        return create(directory, project, Disk.SYSTEM);
    }

    static ProjectStore create(Path directory, Project project, Disk disk) throws ProjectFileException {
        Path dir = directory.toAbsolutePath().normalize();
        if (holdsProject(dir)) {
            throw new ProjectFileException(dir, "create.exists");
        }
        ProjectLock lock;
        try {
            disk.createFolders(dir.resolve(StoreFormat.PARTS));
        } catch (IOException e) {
            throw new ProjectFileException(dir, e, "create.failed", ProjectFileException.detail(e));
        }
        lock = ProjectLock.acquire(dir, program());
        List<Path> written = new java.util.ArrayList<>();
        try {
            if (holdsProject(dir)) {
                throw new ProjectFileException(dir, "create.exists"); // another program was quicker
            }
            FullWriter.write(project, (name, content) -> {
                written.add(dir.resolve(name));
                if (name.equals(StoreFormat.MANIFEST)) {
                    disk.forceFolder(dir.resolve(StoreFormat.PARTS));
                    AtomicFiles.write(disk, dir.resolve(name), content);
                } else {
                    AtomicFiles.writeWithoutFolderSync(disk, dir.resolve(name), content);
                }
            });
            // Read back as the next opening will: a project that would not open is not left behind.
            return new ProjectStore(dir, ProjectReader.load(dir.resolve(StoreFormat.MANIFEST)), lock, false, disk);
        } catch (IOException | RuntimeException e) {
            removeQuietly(disk, written);
            lock.close();
            throw new ProjectFileException(dir, e, "create.failed", ProjectFileException.detail(e));
        } catch (ProjectFileException e) {
            removeQuietly(disk, written);
            lock.close();
            throw e;
        }
    }

    /** Removes what a failed create wrote, manifest first (so no half project is ever taken for one). */
    private static void removeQuietly(Disk disk, List<Path> written) {
        for (Path file : written.reversed()) {
            try {
                disk.deleteIfExists(file);
            } catch (IOException e) {
                System.getLogger(ProjectStore.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not remove " + file + " after a failed create", e);
            }
        }
    }

    /** Opens the last saved state of the project in {@code directory}. See {@link #recoverableSince}. */
    public static ProjectStore open(Path directory) throws ProjectFileException {
        return open(directory, false, Disk.SYSTEM);
    }

    /** Opens the state of the last recovery save: the work after the last save that a crash interrupted. */
    public static ProjectStore openRecovered(Path directory) throws ProjectFileException {
        return open(directory, true, Disk.SYSTEM);
    }

    /** Takes the lock first, then reads: what is read is what no other writer can change meanwhile. */
    static ProjectStore open(Path directory, boolean recovered, Disk disk) throws ProjectFileException {
        Path dir = ProjectReader.manifestOf(directory).getParent();
        ProjectLock lock = ProjectLock.acquire(dir, program());
        try {
            ProjectReader.Loaded loaded = ProjectReader.load(dir.resolve(
                    recovered ? StoreFormat.RECOVERY_MANIFEST : StoreFormat.MANIFEST));
            ProjectStore store = new ProjectStore(dir, loaded, lock, recovered, disk);
            if (!recovered && recoverableSince(dir).isPresent()) {
                // Work a crash left in a recovery save stays on disk, with its parts, until the user chooses
                // (discardRecovery), whatever this program saves meanwhile.
                store.recoveryOnDisk = ProjectReader.readManifest(dir.resolve(StoreFormat.RECOVERY_MANIFEST));
                store.recoveryCounter = Long.MAX_VALUE;
            }
            return store;
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Who this program is in a lock file: "cli" for the command line, "window" otherwise. */
    private static String program() {
        return System.getProperty("veldwerk.program", "window");
    }

    private static String newToken() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Path directory() {
        return directory;
    }

    public ProjectSession session() {
        return session;
    }

    /**
     * The name of the state the last save committed (a new random name per save), or null when unknown (a
     * project opened from its recovery save, or saved before states were named). While the session has no
     * unsaved changes, this is what the project in memory is: a cache stamped with it may be trusted later.
     */
    public String savedState() {
        return savedState;
    }

    /** When a crash left work newer than the last save, the time of the recovery save that holds it. */
    public Optional<Instant> recoverableSince() {
        return recoverableSince(directory);
    }

    public static Optional<Instant> recoverableSince(Path directory) {
        Path recovery = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        try {
            Manifest saved = ProjectReader.readManifest(directory.resolve(StoreFormat.MANIFEST));
            Manifest autosaved = ProjectReader.readManifest(recovery);
            return autosaved.sequence() > saved.sequence() ? Optional.of(Instant.parse(autosaved.savedAt()))
                    : Optional.empty();
        } catch (ProjectFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Forgets the recovery save (the user chose the last saved state). */
    public void discardRecovery() throws IOException {
        synchronized (writeLock) {
            disk.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
            disk.forceFolder(directory);
            recoveryOnDisk = null;
        }
    }

    /**
     * Keeps only the last save on disk: deletes the backups, an older recovery save and every part file
     * only they referred to. For after a pseudonymisation has been saved, so no older version keeps the
     * names. A recovery save newer than the last save (work done since) is kept with its parts.
     */
    public void forgetHistory() throws ProjectFileException {
        synchronized (writeLock) {
            Path manifest = directory.resolve(StoreFormat.MANIFEST);
            Manifest current = ProjectReader.readManifest(manifest);
            try {
                if (recoveryOnDisk == null) {
                    disk.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
                    disk.forceFolder(directory);
                }
                garbage.forgetBackups(current, keptBesides());
            } catch (IOException e) {
                throw new ProjectFileException(manifest, e, "save.failed", ProjectFileException.detail(e));
            }
        }
    }

    public boolean hasUnpersistedChanges() {
        return tracker.hasUnpersistedChanges();
    }

    /** Captures what the next write must hold. Call on the thread that owns the session; it is quick. */
    public SaveSnapshot capture() {
        return tracker.capture(session.project(), session.stack().state());
    }

    /** Saves now, on the calling thread, which must own the session (the CLI, tests). */
    public void save() throws ProjectFileException {
        SaveSnapshot snapshot = capture();
        if (write(snapshot, Target.SAVE) == Outcome.WRITTEN) {
            session.markSaved(snapshot.sessionState());
        }
    }

    /**
     * Writes a captured snapshot, on any thread. A {@link Target#SAVE} is written, or throws; it is only
     * skipped ({@link Outcome#SUPERSEDED}) when a save captured later is on disk already. A recovery save is
     * skipped when anything captured later is on disk. After a save that was {@link Outcome#WRITTEN}, mark
     * the session saved on its own thread with the snapshot's session state (a superseded one leaves that to
     * the newer save).
     */
    public Outcome write(SaveSnapshot snapshot, Target target) throws ProjectFileException {
        synchronized (writeLock) {
            if (target == Target.SAVE && snapshot.sequence() <= lastSaveSequence) {
                return Outcome.SUPERSEDED;
            }
            if (target == Target.RECOVERY && (snapshot.sequence() <= lastWriteSequence
                    || snapshot.changeCounter() <= lastSaveCounter)) {
                return Outcome.SKIPPED; // something newer is on disk, or a save holds all it holds
            }
            Path manifestFile = directory.resolve(target == Target.SAVE ? StoreFormat.MANIFEST
                    : StoreFormat.RECOVERY_MANIFEST);
            lock.verify(directory);
            try {
                Map<String, String> checksums = writeParts(snapshot);
                Manifest manifest = manifest(snapshot, checksums);
                byte[] bytes = StoreFormat.PRETTY.writeValueAsBytes(manifest);
                if (target == Target.SAVE) {
                    commitSave(snapshot, manifest, bytes);
                } else {
                    AtomicFiles.write(disk, manifestFile, bytes);
                    recoveryOnDisk = manifest;
                    recoveryCounter = snapshot.changeCounter();
                }
                lastWriteSequence = Math.max(lastWriteSequence, snapshot.sequence());
                tracker.written(snapshot, checksums);
            } catch (IOException | RuntimeException e) {
                throw new ProjectFileException(manifestFile, e, "save.failed", ProjectFileException.detail(e));
            }
            return Outcome.WRITTEN;
        }
    }

    private void commitSave(SaveSnapshot snapshot, Manifest manifest, byte[] bytes) throws IOException {
        Path manifestFile = directory.resolve(StoreFormat.MANIFEST);
        garbage.backUp(manifestFile);
        AtomicFiles.write(disk, manifestFile, bytes);
        garbage.committed(manifest, bytes);
        lastSaveSequence = snapshot.sequence();
        lastSaveCounter = Math.max(lastSaveCounter, snapshot.changeCounter());
        savedState = manifest.state();
        // A recovery save written after this snapshot was captured may hold later work: it stays. One that
        // holds nothing more goes, durably, before the garbage collector may take its parts.
        if (recoveryOnDisk != null && recoveryCounter <= snapshot.changeCounter()) {
            recoveryOnDisk = null;
        }
        if (recoveryOnDisk == null) {
            disk.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
            disk.forceFolder(directory);
        }
        garbage.collect(manifest, keptBesides());
    }

    /** Part files to keep besides the manifests': a newer recovery save's, and those the next save refers to. */
    private java.util.Set<String> keptBesides() {
        java.util.Set<String> keep = tracker.liveFiles();
        if (recoveryOnDisk != null) {
            keep.addAll(GarbageCollector.filesOf(recoveryOnDisk));
        }
        return keep;
    }

    private Manifest manifest(SaveSnapshot snapshot, Map<String, String> checksums) {
        List<PartRef> refs = snapshot.documents().stream()
                .map(ref -> checksums.containsKey(ref.file()) ? ref.withChecksum(checksums.get(ref.file())) : ref)
                .toList();
        String projectChecksum = snapshot.projectPart() != null ? checksums.get(snapshot.projectPartFile())
                : snapshot.projectPartChecksum();
        return new Manifest(StoreFormat.FORMAT, StoreFormat.SCHEMA_VERSION, snapshot.sequence(),
                Instant.now().toString(), UUID.randomUUID().toString(), snapshot.projectPartFile(), projectChecksum,
                refs);
    }

    /** Writes the snapshot's changed parts and returns their checksums by file name. */
    private Map<String, String> writeParts(SaveSnapshot snapshot) throws IOException {
        Path parts = directory.resolve(StoreFormat.PARTS);
        disk.createFolders(parts);
        Map<String, String> checksums = new HashMap<>();
        if (snapshot.projectPart() != null) {
            byte[] bytes = StoreFormat.PRETTY.writeValueAsBytes(snapshot.projectPart());
            AtomicFiles.writeWithoutFolderSync(disk, directory.resolve(snapshot.projectPartFile()), bytes);
            checksums.put(snapshot.projectPartFile(), Checksums.of(bytes));
        }
        for (PendingPart part : snapshot.documentsToWrite()) {
            byte[] bytes = StoreFormat.MAPPER.writeValueAsBytes(part.part());
            AtomicFiles.writeWithoutFolderSync(disk, directory.resolve(part.file()), bytes);
            checksums.put(part.file(), Checksums.of(bytes));
        }
        disk.forceFolder(parts);
        return checksums;
    }

    /** Releases the project for other windows. Does not save: the caller decides. */
    @Override
    public void close() {
        session.removeListener(tracker);
        synchronized (writeLock) {
            lock.close();
        }
    }
}
