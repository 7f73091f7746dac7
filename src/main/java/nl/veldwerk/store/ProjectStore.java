package nl.veldwerk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.SaveSnapshot.PendingPart;
import nl.veldwerk.store.StoreFormat.Manifest;

/**
 * An open project folder: holds the lock, tracks which parts changed and writes saves. A save is
 * incremental (only changed parts, under new names) and atomic (the manifest is replaced last, by an
 * atomic move after fsync). A recovery save writes the same parts but a separate manifest, so a crash
 * between saves loses at most the seconds since the last recovery save.
 */
public final class ProjectStore implements AutoCloseable {
    /** Which manifest a write commits. */
    public enum Target { SAVE, RECOVERY }

    private final Path directory;
    private final ProjectSession session;
    private final PartTracker tracker;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final GarbageCollector garbage;
    private final Object writeLock = new Object();
    private long lastCommitted;

    private ProjectStore(Path directory, ProjectReader.Loaded loaded, FileChannel lockChannel, FileLock lock,
                         boolean fromRecovery) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.session = new ProjectSession(loaded.project());
        this.tracker = new PartTracker(loaded.manifest(), loaded.migrated());
        this.garbage = new GarbageCollector(directory);
        this.lastCommitted = loaded.manifest().sequence();
        session.addListener(tracker);
        if (fromRecovery || loaded.migrated()) {
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
        if (holdsProject(directory)) {
            throw new ProjectFileException(directory, "create.exists");
        }
        try {
            Files.createDirectories(directory.resolve(StoreFormat.PARTS));
            FullWriter.write(project, (name, content) -> {
                if (name.equals(StoreFormat.MANIFEST)) {
                    AtomicFiles.forceDirectory(directory.resolve(StoreFormat.PARTS));
                    AtomicFiles.write(directory.resolve(name), content);
                } else {
                    AtomicFiles.writeWithoutDirectorySync(directory.resolve(name), content);
                }
            });
        } catch (IOException e) {
            throw new ProjectFileException(directory, e, "create.failed", ProjectFileException.detail(e));
        }
        return open(directory);
    }

    /** Opens the last saved state of the project in {@code directory}. See {@link #recoverableSince}. */
    public static ProjectStore open(Path directory) throws ProjectFileException {
        return open(directory, false);
    }

    /** Opens the state of the last recovery save: the work after the last save that a crash interrupted. */
    public static ProjectStore openRecovered(Path directory) throws ProjectFileException {
        return open(directory, true);
    }

    private static ProjectStore open(Path directory, boolean recovered) throws ProjectFileException {
        Path dir = ProjectReader.manifestOf(directory).getParent();
        ProjectReader.Loaded loaded = ProjectReader.load(dir.resolve(
                recovered ? StoreFormat.RECOVERY_MANIFEST : StoreFormat.MANIFEST));
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(StoreFormat.LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new ProjectStore(dir, loaded, channel, lock, recovered);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectFileException(dir, "lock.held");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectFileException(dir, e, "lock.failed", ProjectFileException.detail(e));
        }
    }

    public Path directory() {
        return directory;
    }

    public ProjectSession session() {
        return session;
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
            Files.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
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
            Path recoveryFile = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
            Manifest recovery = null;
            try {
                recovery = ProjectReader.readManifest(recoveryFile);
            } catch (ProjectFileException absentOrDamaged) {
                // nothing newer to keep
            }
            try {
                if (recovery == null || recovery.sequence() <= current.sequence()) {
                    recovery = null;
                    Files.deleteIfExists(recoveryFile);
                }
                garbage.forgetBackups(current, recovery);
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
        if (write(snapshot, Target.SAVE)) {
            session.markSaved(snapshot.sessionState());
        }
    }

    /**
     * Writes a captured snapshot, on any thread. Returns false when a newer snapshot was committed first
     * (this one is then stale and skipped). After a {@link Target#SAVE}, mark the session saved on its
     * own thread with the snapshot's session state.
     */
    public boolean write(SaveSnapshot snapshot, Target target) throws ProjectFileException {
        synchronized (writeLock) {
            if (snapshot.sequence() <= lastCommitted) {
                return false;
            }
            Path manifestFile = directory.resolve(target == Target.SAVE ? StoreFormat.MANIFEST
                    : StoreFormat.RECOVERY_MANIFEST);
            try {
                writeParts(snapshot);
                Manifest manifest = new Manifest(StoreFormat.FORMAT, StoreFormat.SCHEMA_VERSION, snapshot.sequence(),
                        Instant.now().toString(), snapshot.projectPartFile(), snapshot.documents());
                byte[] bytes = StoreFormat.PRETTY.writeValueAsBytes(manifest);
                if (target == Target.SAVE) {
                    garbage.backUp(directory.resolve(StoreFormat.MANIFEST));
                    AtomicFiles.write(manifestFile, bytes);
                    Files.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
                    garbage.collect(manifest);
                } else {
                    AtomicFiles.write(manifestFile, bytes);
                }
            } catch (IOException | RuntimeException e) {
                throw new ProjectFileException(manifestFile, e, "save.failed", ProjectFileException.detail(e));
            }
            lastCommitted = snapshot.sequence();
            tracker.written(snapshot);
            return true;
        }
    }

    private void writeParts(SaveSnapshot snapshot) throws IOException {
        Path parts = directory.resolve(StoreFormat.PARTS);
        Files.createDirectories(parts);
        if (snapshot.projectPart() != null) {
            AtomicFiles.writeWithoutDirectorySync(directory.resolve(snapshot.projectPartFile()),
                    StoreFormat.PRETTY.writeValueAsBytes(snapshot.projectPart()));
        }
        for (PendingPart part : snapshot.documentsToWrite()) {
            AtomicFiles.writeWithoutDirectorySync(directory.resolve(part.file()),
                    StoreFormat.MAPPER.writeValueAsBytes(part.part()));
        }
        AtomicFiles.forceDirectory(parts);
    }

    /** Releases the project for other windows. Does not save: the caller decides. */
    @Override
    public void close() {
        session.removeListener(tracker);
        try {
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
