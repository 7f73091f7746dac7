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

import nl.veldwerk.model.Document;
import nl.veldwerk.model.ModelException;
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
    private static final System.Logger LOG = System.getLogger(ProjectStore.class.getName());
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
    private final DocumentLists lists;
    /** This writer's token in the names of the parts it writes (see {@link PartTracker}). */
    private final String token = newToken();
    private final Object writeLock = new Object();
    private volatile boolean closed;
    private long lastSaveSequence;
    private long lastWriteSequence;
    /** The change counter the last save holds: a recovery save holding no more than that adds nothing. */
    private long lastSaveCounter = -1;
    /** The recovery save on disk that is newer than the last save, and the change counter it holds; or null. */
    private Manifest recoveryOnDisk;
    /**
     * The parts folder's modification time when this store last changed it (or opened): another time means
     * something else added or removed files there, and the parts a save would name without writing are looked at.
     */
    private volatile java.nio.file.attribute.FileTime partsAsLeft;
    /**
     * Parts (as the manifest names them) that something else wrote in place while the project is open (an editor,
     * a sync service, a disk tool): the next write checks them as it checks for removed ones. Told by the watch.
     */
    private final java.util.Set<String> changedInPlace = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * When the watch last started to tell of changes completely: since the watch began, or since the system last
     * dropped its events (then set to when that was told; see {@link #partsEventsLost}).
     */
    private volatile Instant watchedSince = Instant.now();
    /** Whether the watch's system dropped events since the last write looked at the parts. */
    private final java.util.concurrent.atomic.AtomicBoolean partsEventsLost = new java.util.concurrent.atomic.AtomicBoolean();
    /** The watch on the parts folder, or null (none could be made, or closed). */
    private volatile FolderWatch.Watch partsWatch;
    /** Documents whose parts a write found removed, for the next capture to write anew (guards itself). */
    private final java.util.Set<String> removedParts = new java.util.HashSet<>();
    /** Names of such documents whose text was not at hand either: said once by the next write. */
    private final List<String> textsGone = new java.util.ArrayList<>();
    /** Part files a write found missing without a copy, until a write no longer names them (guarded as above). */
    private final java.util.Set<String> missingFiles = new java.util.HashSet<>();
    /** Documents said lost that way: their parts are named as they were, not looked for again (guarded as above). */
    private final java.util.Set<String> goneForGood = new java.util.HashSet<>();
    /** When a recovery save found damaged at open was written (its work cannot be read back); null if none was. */
    private Instant damagedRecovery;
    private List<OtherVersions.Version> otherVersions = List.of();
    /** The manifest file as this store last read or wrote it: another computer's save found there is set aside. */
    private final ManifestOnDisk manifestOnDisk;
    /** Set when a save set another computer's manifest aside; taken by {@link #takeVersionSetAside}. */
    private volatile boolean versionSetAside;
    /** False once this store knows there is no recovery manifest on disk (deleted, durably, and none written). */
    private boolean recoveryFileMayExist = true;
    private long recoveryCounter;
    /** The state the last save (or the opened manifest) committed: see {@link #savedState}. */
    private volatile String savedState;
    /** The manifest as opened, and the document parts left out of it because they are damaged. */
    private final Manifest opened;
    private final List<ProjectReader.Damage> damaged;
    /** See {@link #projectPartRestored}. */
    private final String projectPartRestored;

    private ProjectStore(Path directory, ProjectReader.Loaded loaded, ProjectLock lock, boolean fromRecovery,
                         Disk disk) {
        this.directory = directory;
        this.disk = disk;
        this.lock = lock;
        this.session = new ProjectSession(loaded.project());
        this.tracker = new PartTracker(loaded.manifest(), loaded.needsRewrite(), token);
        this.garbage = new GarbageCollector(directory, disk);
        this.lists = new DocumentLists(loaded.manifest(), loaded.listsFromCopies());
        this.lastSaveSequence = loaded.manifest().sequence();
        this.lastWriteSequence = loaded.manifest().sequence();
        this.savedState = fromRecovery ? null : loaded.manifest().state();
        this.opened = loaded.manifest();
        this.manifestOnDisk = new ManifestOnDisk(directory.resolve(StoreFormat.MANIFEST), disk);
        if (!fromRecovery) {
            manifestOnDisk.own(loaded.manifest(), null);
        } else {
            try {
                manifestOnDisk.own(ProjectReader.readRoot(directory.resolve(StoreFormat.MANIFEST)), null);
            } catch (ProjectFileException unreadable) {
                // the recovery save is what opened; whatever is in the manifest's place is replaced as before
            }
        }
        this.damaged = loaded.damaged();
        session.addListener(tracker);
        if (!damaged.isEmpty()) {
            session.makeReadOnly(nl.veldwerk.project.Message.of("error.readOnly", String.join(", ",
                    damaged.stream().map(ProjectReader.Damage::documentId).toList())));
        }
        if (fromRecovery || loaded.needsRewrite()) {
            session.markSaved(-1); // what is open differs from what the project file says
        }
        if (fromRecovery) {
            // The recovery save goes with the first save; its parts then may go too, once nothing names them.
            garbage.mayRelease(GarbageCollector.filesOf(loaded.manifest()));
        }
        this.projectPartRestored = loaded.projectPartFromCopy() ? loaded.manifest().projectPart() : null;
        if (projectPartRestored != null && !putBack(projectPartRestored, loaded.manifest().projectPartChecksum())) {
            tracker.rewriteIf(ref -> ref.file().equals(projectPartRestored)); // written anew by the next save
        }
        this.partsAsLeft = partsModified();
        watchParts();
    }

    /** Watches the parts folder for parts written in place by something else (see {@link #changedInPlace}). */
    private void watchParts() {
        FolderWatch.Watch old = partsWatch;
        if (old != null) {
            FolderWatch.stop(old);
        }
        partsWatch = closed ? null : FolderWatch.watchChangesInPlace(directory.resolve(StoreFormat.PARTS),
                name -> {
                    if (!name.endsWith(AtomicFiles.TEMP_SUFFIX)) { // this program's own writes, before their move
                        changedInPlace.add(StoreFormat.PARTS + "/" + name);
                    }
                }, this::partsEventsLost).orElse(null);
    }

    /**
     * Told by the watch when the system dropped its events (more at once than it queues): a part written in place
     * among them would go untold, and be lost at the next open where it has no copy. The next write then reads
     * every part it names that was modified since the watch last told all (QA of the last notes: an overflow was
     * ignored).
     */
    void partsEventsLost() {
        partsEventsLost.set(true);
    }

    /** The watch on the parts folder, or null (for tests that make it miss a change). */
    FolderWatch.Watch partsWatch() {
        return partsWatch;
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
            // Numbers written from the start (a generated or imported project may have none): IDs never move.
            ProjectReader.numberUnnumbered(project);
            FullWriter.write(project, (name, content) -> {
                written.add(dir.resolve(name));
                if (name.equals(StoreFormat.MANIFEST)) {
                    disk.forceFolder(dir.resolve(StoreFormat.PARTS));
                    AtomicFiles.write(disk, dir.resolve(name), content);
                } else {
                    writePart(disk, dir, name, content);
                    written.add(dir.resolve(StoreFormat.BACKUPS).resolve(name));
                }
            });
            // Read back as the next opening will: a project that would not open is not left behind.
            return new ProjectStore(dir, ProjectReader.load(dir.resolve(StoreFormat.MANIFEST), false, true), lock,
                    false, disk);
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

    /**
     * Opens what can be read of a project whose document parts are damaged: the rest, read-only (every
     * change and save is refused), with {@link #damaged} naming what was left out; {@link #restoreDamaged}
     * puts intact copies back from the backups. An intact project opens as {@link #open} does.
     */
    public static ProjectStore openSalvaging(Path directory) throws ProjectFileException {
        return open(directory, false, Disk.SYSTEM, true);
    }

    /** Takes the lock first, then reads: what is read is what no other writer can change meanwhile. */
    static ProjectStore open(Path directory, boolean recovered, Disk disk) throws ProjectFileException {
        return open(directory, recovered, disk, false);
    }

    private static ProjectStore open(Path directory, boolean recovered, Disk disk, boolean salvage)
            throws ProjectFileException {
        Path dir = ProjectReader.manifestOf(directory).getParent();
        ProjectLock lock = ProjectLock.acquire(dir, program());
        try {
            ProjectReader.Loaded loaded = ProjectReader.load(dir.resolve(
                    recovered ? StoreFormat.RECOVERY_MANIFEST : StoreFormat.MANIFEST), salvage, true);
            ProjectStore store = new ProjectStore(dir, loaded, lock, recovered, disk);
            store.otherVersions = OtherVersions.in(dir);
            if (!store.otherVersions.isEmpty()) {
                // A sync service's other version of the save names parts this one does not: none is deleted.
                store.garbage.keepEverything("another version of the save, left by a sync service, is in the "
                        + "folder (" + store.otherVersions.getFirst().file().getFileName() + ") and may hold them too");
            }
            Optional<Instant> damagedRecovery = recovered ? Optional.empty() : damagedRecoverySince(dir);
            if (damagedRecovery.isPresent()) {
                // A crash's work that cannot be read back (its manifest damaged): said, and its parts kept while
                // the project is open (QA: it was passed over without a word and its parts collected at once).
                store.damagedRecovery = damagedRecovery.get();
                store.garbage.keepEverything("the recovery save is damaged, so the older versions cannot be told "
                        + "apart from it");
            } else if (!recovered && recoverableSince(dir).isPresent()) {
                // Work a crash left in a recovery save stays on disk, with its parts, until the user chooses
                // (discardRecovery), whatever this program saves meanwhile.
                try {
                    store.recoveryOnDisk = ProjectReader.readManifest(dir.resolve(StoreFormat.RECOVERY_MANIFEST));
                    store.recoveryCounter = Long.MAX_VALUE;
                } catch (ProjectFileException unreadable) {
                    // Which parts it names is not known: none is deleted while this store is open.
                    System.getLogger(ProjectStore.class.getName()).log(System.Logger.Level.WARNING,
                            "The recovery save is not readable; no part is collected", unreadable);
                    store.garbage.keepEverything("the recovery save cannot be read, so the older versions cannot"
                            + " be told apart from it");
                }
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

    /**
     * What else is in the project folder, by name: files and folders the project does not keep itself (its
     * manifests, parts, backups, search index, lock and recordings), such as a report saved there. After a
     * pseudonymisation they may still hold the names.
     */
    public List<String> filesOfOthers() {
        java.util.Set<String> own = java.util.Set.of(StoreFormat.MANIFEST, StoreFormat.RECOVERY_MANIFEST,
                StoreFormat.LOCK, StoreFormat.PARTS, StoreFormat.BACKUPS, StoreFormat.INDEX, nl.veldwerk.model.Recording.FOLDER);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !own.contains(name)
                    && !name.startsWith(StoreFormat.LOCK + "-") && !name.endsWith(".tmp")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /**
     * When the recovery save a crash left was written, if it was found damaged at open: the work in it cannot be
     * recovered, and the window says so.
     */
    public Optional<Instant> damagedRecovery() {
        return Optional.ofNullable(damagedRecovery);
    }

    /**
     * Whether a manifest can be read now. Any problem counts (damage, a newer version's, a file another program
     * holds): the work in it is said not to be recovered here, and its parts are kept while the project is open
     * (review: a newer version's recovery save was passed over and collected).
     */
    static boolean readable(Path manifest) {
        try {
            ProjectReader.readRoot(manifest);
            return true;
        } catch (ProjectFileException | RuntimeException e) {
            return false;
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Other versions of the save a sync service left in the folder, as found at open (see {@link OtherVersions}). */
    public List<OtherVersions.Version> otherVersions() {
        return otherVersions;
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

    /**
     * Who has the project open now ("the Veldwerk window of root (process 4242)", or "... of ann on laptop-7" on
     * another computer sharing the folder), if a program still running holds its lock: a recovery save then holds
     * that window's unsaved work, not a crash's.
     */
    public static Optional<String> openNowIn(Path directory) {
        return ProjectLock.runningHolder(directory);
    }

    /** Who left a project's lock file on another computer, and since when (see {@link #openElsewhereBySync}). */
    public record Elsewhere(String user, String host, String since) {
    }

    /**
     * The user, computer and time in a lock file that another computer wrote and no program holds now: a synced
     * folder carries that file over without its lock, so the project may be open there at this moment. Empty when
     * there is none.
     */
    public static Optional<Elsewhere> openElsewhereBySync(Path directory) {
        return ProjectLock.leftByAnotherComputer(directory);
    }

    public static Optional<Instant> recoverableSince(Path directory) {
        Path recovery = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
        if (!Files.isRegularFile(recovery)) {
            return Optional.empty();
        }
        try {
            // The manifests alone: a recovery save whose list parts are damaged is still said to be there.
            Manifest saved = ProjectReader.readRoot(directory.resolve(StoreFormat.MANIFEST));
            Manifest autosaved = ProjectReader.readRoot(recovery);
            return autosaved.sequence() > saved.sequence() ? Optional.of(Instant.parse(autosaved.savedAt()))
                    : Optional.empty();
        } catch (ProjectFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * When the recovery save was written, if there is one that can be read: asked where the manifest itself is
     * damaged, when {@link #recoverableSince} cannot compare the two (review: the crash's newer work went unoffered,
     * and an older earlier save was offered instead).
     */
    public static Optional<Instant> readableRecoverySince(Path directory) {
        try {
            Manifest autosaved = ProjectReader.readRoot(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
            return Optional.of(Instant.parse(autosaved.savedAt()));
        } catch (ProjectFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * When a recovery save that cannot be read back (its manifest damaged) was written, by its file's time; empty
     * when there is none, or it reads.
     */
    public static Optional<Instant> damagedRecoverySince(Path directory) {
        Path recoveryFile = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
        return Files.isRegularFile(recoveryFile) && !readable(recoveryFile)
                ? Optional.ofNullable(lastModified(recoveryFile)) : Optional.empty();
    }

    /** The project part's file, when it was damaged or missing and read from its second copy at opening. */
    public Optional<String> projectPartRestored() {
        return Optional.ofNullable(projectPartRestored);
    }

    /**
     * Forgets the recovery save written at {@code savedAt}, the one the user was asked about; false, leaving it, when
     * the recovery save on disk is another one since (another window's newer unsaved work).
     */
    public boolean discardRecoveryFrom(Instant savedAt) throws IOException {
        synchronized (writeLock) {
            Path recovery = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
            if (Files.exists(recovery)) {
                try {
                    if (!Instant.parse(ProjectReader.readRoot(recovery).savedAt()).equals(savedAt)) {
                        return false;
                    }
                } catch (ProjectFileException | RuntimeException unreadable) {
                    return false; // not the one asked about, as far as can be told
                }
            }
            discardRecovery();
            return true;
        }
    }

    /** Forgets the recovery save (the user chose the last saved state). */
    public void discardRecovery() throws IOException {
        synchronized (writeLock) {
            try {
                lock.verify(directory); // taken over and not yet noticed: noticed now
            } catch (ProjectFileException notOurs) {
                // Another program has the project (or had it): the recovery save there may be its unsaved work.
                // Left as it is, and as this store knows it, so taking the lock back still finds it as it was.
                return;
            }
            disk.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
            disk.forceFolder(directory);
            dropRecovery();
        }
    }

    /**
     * Takes away the recovery save this store wrote, when the session is back at what the last save holds (undone
     * and redone since, say): it held nothing the save does not, yet after a crash it was offered as unsaved work
     * (QA). A crash's recovery save found at opening is the user's to choose about, and stays.
     */
    public void forgetOwnRecovery() throws IOException {
        synchronized (writeLock) {
            if (recoveryOnDisk != null && recoveryCounter != Long.MAX_VALUE && !lock.lost()) {
                discardRecovery();
                recoveryFileMayExist = recoveryOnDisk != null; // kept when the lock turned out lost
            }
        }
    }

    /** Forgets the recovery save on disk: its parts may go once nothing else refers to them. */
    private void dropRecovery() {
        if (recoveryOnDisk != null) {
            garbage.mayRelease(GarbageCollector.filesOf(recoveryOnDisk));
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
                // The last save's copy is this save's too, whatever an earlier one left there (the real names).
                keepManifestCopy(Files.readAllBytes(manifest));
            } catch (IOException e) {
                throw new ProjectFileException(manifest, e, "save.failed", ProjectFileException.detail(e));
            }
        }
    }

    /**
     * Readies the store for quick saves: reads the backups and removes the part files nothing refers to
     * (what a crash left behind), work the first save would otherwise do. For the window's save queue right
     * after opening; skipping it costs only that first save's time.
     */
    public void prepareSaves() throws ProjectFileException {
        if (!damaged.isEmpty()) {
            return; // nothing is saved while damaged documents are left out
        }
        synchronized (writeLock) {
            lock.verify(directory);
            try {
                boolean asLeft = java.util.Objects.equals(partsModified(), partsAsLeft);
                garbage.prepare(directory.resolve(StoreFormat.MANIFEST), keptBesides());
                garbage.copyPartsWithoutCopies();
                if (asLeft) { // the collector's own deletions: the first save need not look at every part
                    partsAsLeft = partsModified();
                }
            } catch (IOException e) {
                throw new ProjectFileException(directory, e, "save.failed", ProjectFileException.detail(e));
            }
        }
    }

    public boolean hasUnpersistedChanges() {
        return tracker.hasUnpersistedChanges();
    }

    /** The tracker of the parts on disk (tests). */
    PartTracker tracker() {
        return tracker;
    }

    /** Captures what the next write must hold. Call on the thread that owns the session; it is quick. */
    public SaveSnapshot capture() {
        textsOfRemovedParts();
        return tracker.capture(session.project(), session.stack().state());
    }

    /**
     * For the documents whose parts were found removed (see {@link #partsRemovedElsewhere}): those whose text is
     * still at hand (shown lately, or held) are written anew by this capture's save; the others cannot be, and are
     * said once by the next write, which then names their parts as before (the next open salvages the rest). On the
     * thread that owns the project; reads only those documents' texts, and only after such a removal.
     */
    private void textsOfRemovedParts() {
        List<String> ids;
        List<String> gone;
        synchronized (removedParts) {
            if (removedParts.isEmpty() && goneForGood.isEmpty()) {
                return;
            }
            ids = List.copyOf(removedParts);
            removedParts.clear();
            gone = List.copyOf(goneForGood);
        }
        for (String id : ids) {
            Document d = session.project().document(id).orElse(null);
            if (d == null) {
                continue; // deleted since: nothing to write
            }
            try {
                String text = d.text();
                if (d.body() instanceof StoredText stored) {
                    stored.hold(text); // its part is gone: the save that writes it anew must find it (review)
                }
            } catch (ModelException unreadable) {
                tracker.keepAsWritten(id);
                synchronized (removedParts) {
                    textsGone.add(d.name());
                    goneForGood.add(id);
                }
            }
        }
        // A document whose text is gone for good stays as it was written, whatever changes meanwhile (its changes
        // cannot be saved without its text: said); one whose part came back (a sync service) is itself again.
        for (String id : gone) {
            String file = tracker.fileOf(id);
            // Back as it was named (a sync service), not merely there: a part damaged in place is there too (review).
            if (file != null && !notAsNamed(file, tracker.checksumOf(id), java.util.Set.of(file))) {
                synchronized (removedParts) {
                    goneForGood.remove(id);
                }
            } else {
                tracker.keepAsWritten(id);
            }
        }
    }

    /**
     * Parts removed from the folder by something else while the project is open (a file manager, a sync service,
     * the folder deleted), looked for as a write begins, on the writer's thread: each part the snapshot names
     * without writing it is put back from its second copy where there is one. Those without a copy make this write
     * fail, saying so, and are written anew from memory by the next (their documents marked changed); a document
     * whose text is not at hand either is said once. A save named them without looking and reported all saved, and
     * the next open found the documents missing (QA). One look at the folder's time per write; the parts themselves
     * only when it changed since this store last wrote there. Parts written in place by something else (QA truncated
     * one: after a restart its document was lost where it had no copy) are told by the folder's watch, and only
     * those are read, to compare with their checksums.
     */
    private void partsRemovedElsewhere(SaveSnapshot snapshot, Target target) throws IOException, ProjectFileException {
        List<String> gone = List.of();
        java.util.Set<String> known;
        synchronized (removedParts) {
            if (target == Target.SAVE) { // said where the user sees it: a save's message, not the recovery's line
                gone = List.copyOf(textsGone);
                textsGone.clear();
            }
            known = java.util.Set.copyOf(goneForGood);
        }
        if (!gone.isEmpty()) {
            throw new ProjectFileException(directory, "parts.removedForGood", gone.size(),
                    String.join(", ", gone.stream().limit(10).toList()));
        }
        java.nio.file.attribute.FileTime before = partsModified();
        boolean lost = partsEventsLost.getAndSet(false); // one told meanwhile is not cleared unlooked-at (review)
        Instant lostSince = watchedSince;
        if (lost) {
            watchedSince = Instant.now(); // told completely again from here
        }
        List<String> changed = takeChangedInPlace();
        if (lost) {
            changed.addAll(modifiedSince(snapshot, lostSince));
        }
        if (before != null && before.equals(partsAsLeft) && changed.isEmpty() && !namesMissing(snapshot, known)) {
            return;
        }
        try {
            lookAtParts(snapshot, known, before, java.util.Set.copyOf(changed));
        } catch (IOException | RuntimeException e) {
            changedInPlace.addAll(changed); // looked at again by the next write
            if (lost) {
                partsEventsLost.set(true);
                watchedSince = lostSince;
            }
            throw e;
        }
    }

    /**
     * The parts the snapshot names (documents' and lists') whose files were modified at or after {@code since}, a
     * couple of seconds' slack before it for file systems that keep coarse times: one look at each file's time, and
     * only after the watch dropped events.
     */
    private List<String> modifiedSince(SaveSnapshot snapshot, Instant since) {
        Instant from = since.minusSeconds(2);
        List<String> files = new java.util.ArrayList<>();
        snapshot.documents().forEach(ref -> files.add(ref.file()));
        files.addAll(lists.liveFiles());
        if (snapshot.projectPart() == null) {
            files.add(snapshot.projectPartFile());
        }
        List<String> modified = new java.util.ArrayList<>();
        for (String file : files) {
            try {
                if (!Files.getLastModifiedTime(directory.resolve(file)).toInstant().isBefore(from)) {
                    modified.add(file);
                }
            } catch (IOException gone) {
                // a removed part is found by the look at every part that follows a change of the folder
            }
        }
        return modified;
    }

    /** The parts (as the manifest names them) the watch told of written in place, not yet looked at. */
    java.util.Set<String> changesInPlaceToldOf() {
        return java.util.Set.copyOf(changedInPlace);
    }

    /** Takes the names of the parts the watch found written in place, to look at now. */
    private List<String> takeChangedInPlace() {
        List<String> taken = new java.util.ArrayList<>();
        for (String name : changedInPlace) {
            if (changedInPlace.remove(name)) {
                taken.add(name);
            }
        }
        return taken;
    }

    /**
     * Whether a part on disk is not as the manifest names it: gone, or (when something wrote it in place) other bytes
     * than its checksum says. Such a part is put back from its copy, or written anew, as a removed one.
     */
    private boolean notAsNamed(String file, String checksum, java.util.Set<String> changed) {
        Path path = directory.resolve(file);
        if (!changed.contains(file)) {
            return !Files.exists(path);
        }
        try {
            return checksum != null && !Checksums.of(Files.readAllBytes(path)).equals(checksum);
        } catch (IOException gone) {
            return true;
        }
    }

    private void lookAtParts(SaveSnapshot snapshot, java.util.Set<String> known,
                             java.nio.file.attribute.FileTime before, java.util.Set<String> changed)
            throws IOException, ProjectFileException {
        Path parts = directory.resolve(StoreFormat.PARTS);
        if (before == null) {
            Files.createDirectory(parts); // not its parents: a folder moved away is refused by the lock, not remade
            before = partsModified();
            watchParts(); // the removed folder's watch ended with it
        }
        java.util.Set<String> written = snapshot.filesWritten();
        List<PartRef> missing = new java.util.ArrayList<>();
        boolean restored = false;
        for (PartRef ref : snapshot.documents()) {
            if (!written.contains(ref.file()) && !known.contains(ref.id())
                    && notAsNamed(ref.file(), ref.checksum(), changed)) {
                if (putBack(ref.file(), ref.checksum())) {
                    restored = true;
                } else {
                    missing.add(ref);
                }
            }
        }
        if (snapshot.projectPart() == null
                && notAsNamed(snapshot.projectPartFile(), snapshot.projectPartChecksum(), changed)) {
            if (putBack(snapshot.projectPartFile(), snapshot.projectPartChecksum())) {
                restored = true;
            } else {
                missing.add(new PartRef("", snapshot.projectPartFile(), 0, 0, null));
            }
        }
        // The manifest's lists: one gone is written anew by this write (lists hold no text).
        lists.forgetIf(list -> notAsNamed(list.file(), list.checksum(), changed)
                && !putBack(list.file(), list.checksum()));
        if (restored) {
            disk.forceFolder(parts);
        }
        partsAsLeft = before; // the time before the look: a removal during it is looked for again
        synchronized (removedParts) {
            missingFiles.clear();
            missing.stream().filter(ref -> !known.contains(ref.id())).forEach(ref -> missingFiles.add(ref.file()));
        }
        if (!missing.isEmpty()) {
            java.util.Set<String> files = new java.util.HashSet<>();
            missing.forEach(ref -> files.add(ref.file()));
            tracker.rewriteIf(ref -> files.contains(ref.file()));
            synchronized (removedParts) {
                missing.stream().map(PartRef::id).filter(id -> !id.isEmpty()).forEach(removedParts::add);
            }
            throw new ProjectFileException(directory, "parts.removed", missing.size());
        }
    }

    /**
     * Whether the snapshot names, without writing it, a part a write found missing and not yet written anew: a
     * snapshot captured before that write (queued behind it) must not commit naming it (review).
     */
    private boolean namesMissing(SaveSnapshot snapshot, java.util.Set<String> gone) {
        java.util.Set<String> missing;
        synchronized (removedParts) {
            if (missingFiles.isEmpty()) {
                return false;
            }
            missing = java.util.Set.copyOf(missingFiles);
        }
        java.util.Set<String> written = snapshot.filesWritten();
        return snapshot.documents().stream().anyMatch(ref -> missing.contains(ref.file())
                && !written.contains(ref.file()) && !gone.contains(ref.id()))
                || snapshot.projectPart() == null && missing.contains(snapshot.projectPartFile());
    }

    /** Puts a removed part back from its intact second copy; false when there is none (or its checksum differs). */
    private boolean putBack(String file, String checksum) {
        try {
            byte[] copy = Files.readAllBytes(directory.resolve(StoreFormat.BACKUPS).resolve(file));
            if (checksum != null && Checksums.of(copy).equals(checksum)) {
                AtomicFiles.writeWithoutFolderSync(disk, directory.resolve(file), copy);
                return true;
            }
        } catch (IOException noCopy) {
            // written anew from memory
        }
        return false;
    }

    private java.nio.file.attribute.FileTime partsModified() {
        try {
            return Files.getLastModifiedTime(directory.resolve(StoreFormat.PARTS));
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
        if (!damaged.isEmpty()) {
            // What is open lacks the damaged documents: writing it would drop them for good.
            throw new ProjectFileException(directory, "save.damaged");
        }
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
            takeLostLockAgain();
            lock.verify(directory);
            try {
                partsRemovedElsewhere(snapshot, target);
                Map<String, String> checksums = writeParts(snapshot);
                textsNowIn(snapshot, checksums);
                Manifest manifest = manifest(snapshot, checksums);
                lists.remember(manifest); // its list parts are on disk: the next write may reuse them
                byte[] bytes = StoreFormat.PRETTY.writeValueAsBytes(manifest.asWritten());
                if (target == Target.SAVE) {
                    commitSave(snapshot, manifest, bytes);
                } else {
                    recoveryFileMayExist = true;
                    AtomicFiles.write(disk, manifestFile, bytes);
                    dropRecovery();
                    recoveryOnDisk = manifest;
                    recoveryCounter = snapshot.changeCounter();
                }
                lastWriteSequence = Math.max(lastWriteSequence, snapshot.sequence());
                tracker.written(snapshot, checksums);
                partsAsLeft = partsModified();
                synchronized (removedParts) { // written anew, or no longer named: no longer missing
                    if (!missingFiles.isEmpty()) {
                        java.util.Set<String> named = new java.util.HashSet<>();
                        snapshot.documents().forEach(ref -> named.add(ref.file()));
                        named.add(snapshot.projectPartFile());
                        named.removeAll(snapshot.filesWritten());
                        missingFiles.retainAll(named);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new ProjectFileException(manifestFile, e, "save.failed", ProjectFileException.detail(e));
            }
            return Outcome.WRITTEN;
        }
    }

    /**
     * A lock lost to another program is taken again once that program has let go, if it did not save the
     * project meanwhile: this window's work is then saved after all, not only kept by exporting a bundle. Had it
     * saved, writing here would overwrite its work: refused.
     */
    private void takeLostLockAgain() throws ProjectFileException {
        if (!lock.lost()) {
            return;
        }
        if (!savesAsLeft()) {
            throw new ProjectFileException(directory, "lock.lostSaved");
        }
        lock.retake(directory);
        if (!savesAsLeft()) { // saved just before it let go
            lock.markLost(nl.veldwerk.model.UserText.of(ProjectStore.class, "lock.changedMeanwhile"));
            throw new ProjectFileException(directory, "lock.lostSaved");
        }
        lockTakenBack.run();
    }

    /**
     * Whether the project's saves on disk are as this store left them: the manifest its last save (or the one
     * read at opening), and the recovery save its own, or none where it had none. Another program may have saved,
     * left a recovery save of its own work, or discarded this store's recovery save and with it the parts only
     * that named: writing then could overwrite its work, or name parts no longer there.
     */
    private boolean savesAsLeft() {
        if (!manifestOnDisk.holdsOurs()) {
            return false;
        }
        Path recovery = directory.resolve(StoreFormat.RECOVERY_MANIFEST);
        if (recoveryOnDisk == null) {
            return !Files.exists(recovery); // one there is not known to be ours
        }
        try {
            return ManifestOnDisk.identityOf(ProjectReader.readManifest(recovery))
                    .equals(ManifestOnDisk.identityOf(recoveryOnDisk));
        } catch (ProjectFileException | RuntimeException gone) {
            return false;
        }
    }

    /**
     * Whom to tell, at once, when another program takes the project over (its lock file deleted and taken), or the
     * lock file deleted cannot be made again: told on another thread (or on the caller's, at once, for a loss found
     * before anyone listened), with the refusal later saves would give.
     */
    public void onLockLost(java.util.function.Consumer<ProjectFileException> listener) {
        lock.onLost(listener);
    }

    /** Whether the lock was lost (taken over, or not made again): saves are refused until it is taken back. */
    boolean lockLost() {
        return lock.lost();
    }

    /**
     * Whether a loss told to {@link #onLockLost} is another program's take-over; else the lock file was deleted and
     * could not be made again (a share gone read-only or away).
     */
    public static boolean takenOver(ProjectFileException lost) {
        return ProjectLock.takenOver(lost);
    }

    /** Told (on the save thread) when a lock lost to another program was taken back: saves go on as before. */
    private volatile Runnable lockTakenBack = () -> { };

    public void onLockTakenBack(Runnable listener) {
        lockTakenBack = listener;
    }

    /**
     * A text read from an older part is read from the part just written with it from now on, so the older
     * one can be collected once no manifest names it.
     */
    private void textsNowIn(SaveSnapshot snapshot, Map<String, String> checksums) {
        for (SaveSnapshot.PendingPart part : snapshot.documentsToWrite()) {
            if (part.part().document().body() instanceof StoredText stored) {
                stored.nowIn(directory.resolve(part.file()), checksums.get(part.file()));
            }
        }
    }

    private void commitSave(SaveSnapshot snapshot, Manifest manifest, byte[] bytes) throws IOException {
        Path manifestFile = directory.resolve(StoreFormat.MANIFEST);
        setAsideAnotherComputersSave();
        garbage.backUp(manifestFile);
        AtomicFiles.write(disk, manifestFile, bytes);
        manifestOnDisk.own(manifest, bytes);
        garbage.committed(manifest, bytes);
        keepManifestCopy(bytes);
        lastSaveSequence = snapshot.sequence();
        lastSaveCounter = Math.max(lastSaveCounter, snapshot.changeCounter());
        savedState = manifest.state();
        // A recovery save written after this snapshot was captured may hold later work: it stays. One that
        // holds nothing more goes, durably, before the garbage collector may take its parts.
        if (recoveryOnDisk != null && recoveryCounter <= snapshot.changeCounter()) {
            dropRecovery();
        }
        if (recoveryOnDisk == null && recoveryFileMayExist) {
            disk.deleteIfExists(directory.resolve(StoreFormat.RECOVERY_MANIFEST));
            disk.forceFolder(directory);
            recoveryFileMayExist = false;
        }
        garbage.collect(manifest, keptBesidesAsked(), this::keptBesides);
    }

    /**
     * A second copy of the manifest just saved, not forced to disk (the parts' checksums tell whether what it names
     * survived): the backups kept only the saves before it, so a damaged veldwerk.json lost the last save although
     * every part it named was intact (QA). Offered as the newest earlier save only while veldwerk.json cannot be
     * read ({@link Backups#saves}). A copy that cannot be written is no reason to fail the save.
     */
    private void keepManifestCopy(byte[] bytes) {
        try {
            disk.writeCopy(directory.resolve(StoreFormat.BACKUPS).resolve(StoreFormat.MANIFEST_COPY), bytes);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "No second copy of the manifest was written: " + e.getMessage());
        }
    }

    /**
     * Another computer's save synced into the manifest's place since this store read or wrote it is copied
     * beside it as another version (its parts all kept) before this save replaces it: it was written over.
     */
    private void setAsideAnotherComputersSave() throws IOException {
        Path aside = manifestOnDisk.setAsideIfForeign();
        if (aside != null) {
            garbage.keepEverything("another computer's save was found in the manifest's place and set aside ("
                    + aside.getFileName() + "); it may refer to any part");
            otherVersions = OtherVersions.in(directory);
            versionSetAside = true;
            return;
        }
        // A sync service's conflicted copy that arrived while the project was open: it may name parts this
        // store has let go of since, which the collector would delete at this save. Kept, and said, as at opening.
        List<OtherVersions.Version> now = OtherVersions.in(directory);
        boolean arrived = now.stream().anyMatch(v -> otherVersions.stream().noneMatch(o -> o.file().equals(v.file())));
        otherVersions = now;
        if (arrived) {
            garbage.keepEverything("another version of the save arrived while the project was open ("
                    + now.getLast().file().getFileName() + ") and may hold any part");
            versionSetAside = true;
        }
    }

    /**
     * Whether a save since the last call set another computer's save aside (see {@link #otherVersions}): the
     * window then offers it, as at opening.
     */
    public boolean takeVersionSetAside() {
        boolean was = versionSetAside;
        versionSetAside = false;
        return was;
    }

    /**
     * Whether {@link #keptBesides()} holds a file, without making that set (10,000 names) for each save; a
     * recovery save on disk (rarely one) has its files listed.
     */
    private java.util.function.Predicate<String> keptBesidesAsked() {
        java.util.Set<String> recoveryFiles = recoveryOnDisk == null ? java.util.Set.of()
                : GarbageCollector.filesOf(recoveryOnDisk);
        return file -> tracker.isLive(file) || lists.isLive(file) || recoveryFiles.contains(file);
    }

    /** Part files to keep besides the manifests': a newer recovery save's, and those the next save refers to. */
    private java.util.Set<String> keptBesides() {
        java.util.Set<String> keep = tracker.liveFiles();
        keep.addAll(lists.liveFiles());
        if (recoveryOnDisk != null) {
            keep.addAll(GarbageCollector.filesOf(recoveryOnDisk));
        }
        return keep;
    }

    /**
     * The manifest of a write whose parts are on disk: every document's part, kept in list parts (the
     * unchanged ones reused, the others written now, forced with the folder).
     */
    private Manifest manifest(SaveSnapshot snapshot, Map<String, String> checksums) throws IOException {
        List<PartRef> refs = snapshot.documents().stream()
                .map(ref -> checksums.containsKey(ref.file()) ? ref.withChecksum(checksums.get(ref.file())) : ref)
                .toList();
        String projectChecksum = snapshot.projectPart() != null ? checksums.get(snapshot.projectPartFile())
                : snapshot.projectPartChecksum();
        return manifest(snapshot.sequence(), snapshot.projectPartFile(), projectChecksum, refs,
                snapshot.documentNumbersGiven());
    }

    private Manifest manifest(long sequence, String projectPart, String projectChecksum, List<PartRef> refs,
                              Integer documentNumbersGiven) throws IOException {
        List<StoreFormat.ListRef> listRefs = new java.util.ArrayList<>();
        boolean wrote = false;
        for (DocumentLists.Run run : lists.split(refs, sequence, token)) {
            if (run.written() != null) {
                listRefs.add(run.written());
            } else {
                byte[] bytes = StoreFormat.MAPPER.writeValueAsBytes(new StoreFormat.DocumentList(run.documents()));
                listRefs.add(new StoreFormat.ListRef(run.file(), run.documents().size(), writeNewPart(run.file(), bytes)));
                wrote = true;
            }
        }
        if (wrote) {
            disk.forceFolder(directory.resolve(StoreFormat.PARTS));
        }
        return new Manifest(StoreFormat.FORMAT, StoreFormat.SCHEMA_VERSION, sequence, Instant.now().toString(),
                UUID.randomUUID().toString(), projectPart, projectChecksum, refs, listRefs, documentNumbersGiven);
    }

    /** Writes the snapshot's changed parts and returns their checksums by file name. */
    private Map<String, String> writeParts(SaveSnapshot snapshot) throws IOException {
        Path parts = directory.resolve(StoreFormat.PARTS);
        disk.createFolders(parts);
        Map<String, String> checksums = new HashMap<>();
        List<String> begun = new java.util.ArrayList<>();
        try {
            if (snapshot.projectPart() != null) {
                begun.add(snapshot.projectPartFile());
                checksums.put(snapshot.projectPartFile(), writeNewPart(snapshot.projectPartFile(),
                        StoreFormat.PRETTY.writeValueAsBytes(snapshot.projectPart())));
            }
            for (PendingPart part : snapshot.documentsToWrite()) {
                Document d = part.part().document();
                try {
                    d.text(); // read first: a text whose part was damaged meanwhile is said as that, with its document
                } catch (ModelException e) {
                    throw new ModelException("document.textNotWritten", d.name(), e.userText());
                }
                begun.add(part.file());
                checksums.put(part.file(), writeNewPart(part.file(), StoreFormat.MAPPER.writeValueAsBytes(part.part())));
            }
            disk.forceFolder(parts);
        } catch (IOException | RuntimeException e) {
            // Only here, before any text reads from these parts (textsNowIn) and before a manifest may name them:
            // a failure later (the manifest's write reported failed after all, on a network folder) leaves them,
            // for the next save's collection (review).
            removeUnnamed(begun, e);
            throw e;
        }
        return checksums;
    }

    /**
     * Removes the parts (and second copies) a write wrote before it failed while writing its parts: no manifest names
     * them, as each write's parts have names of their own, and no text reads from them yet. On a full disk every
     * retried save left its parts behind until one succeeded, taking the space the user freed for it (QA).
     */
    private void removeUnnamed(java.util.Collection<String> files, Exception failure) {
        for (String file : files) {
            try {
                disk.deleteIfExists(directory.resolve(file));
                disk.deleteIfExists(directory.resolve(StoreFormat.BACKUPS).resolve(file));
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
    }

    /** The document parts left out because they could not be read (empty unless opened salvaging). */
    public List<ProjectReader.Damage> damaged() {
        return damaged;
    }

    /**
     * For each damaged document, the newest backup that holds an intact copy of it that fits the rest of the
     * project (its codes, coders), by document id; documents without one are missing from the map.
     */
    public java.util.Map<String, Backups.Copy> restorable() throws ProjectFileException {
        try {
            List<Path> backups;
            synchronized (writeLock) { // the collector's view of the backups is the writer's
                backups = garbage.backups();
            }
            return Backups.intactCopies(directory, opened, backups, damaged, session.project());
        } catch (IOException e) {
            throw new ProjectFileException(directory, e, "file.unreadable", ProjectFileException.detail(e));
        }
    }

    /**
     * Puts the intact copies of damaged documents back: a new manifest that names, for each, the part of the
     * newest backup that holds an intact copy (the current manifest is kept as a backup first). Returns the
     * ids of the documents restored; close this store and open the project again to use them.
     */
    public List<String> restoreDamaged() throws ProjectFileException {
        java.util.Map<String, Backups.Copy> copies = restorable();
        if (copies.isEmpty()) {
            return List.of();
        }
        synchronized (writeLock) {
            lock.verify(directory);
            List<PartRef> refs = opened.documents().stream()
                    .map(ref -> copies.containsKey(ref.id()) ? copies.get(ref.id()).ref() : ref).toList();
            try {
                for (Backups.Copy copy : copies.values()) {
                    if (copy.secondCopy()) { // the damaged part's own second copy takes its place
                        byte[] intact = Files.readAllBytes(directory.resolve(StoreFormat.BACKUPS)
                                .resolve(copy.ref().file()));
                        AtomicFiles.writeWithoutFolderSync(disk, directory.resolve(copy.ref().file()), intact);
                    }
                }
                disk.forceFolder(directory.resolve(StoreFormat.PARTS));
                Manifest manifest = manifest(opened.sequence() + 1, opened.projectPart(), opened.projectPartChecksum(),
                        refs, opened.documentNumbersGiven());
                byte[] bytes = StoreFormat.PRETTY.writeValueAsBytes(manifest.asWritten());
                setAsideAnotherComputersSave();
                garbage.backUp(directory.resolve(StoreFormat.MANIFEST));
                AtomicFiles.write(disk, directory.resolve(StoreFormat.MANIFEST), bytes);
                manifestOnDisk.own(manifest, bytes);
                keepManifestCopy(bytes);
            } catch (IOException | RuntimeException e) {
                throw new ProjectFileException(directory.resolve(StoreFormat.MANIFEST), e, "save.failed",
                        ProjectFileException.detail(e));
            }
            return List.copyOf(copies.keySet());
        }
    }

    /**
     * Writes a part of this session (see {@link #writePart}) and returns its checksum. The collector hears of
     * it before it exists, so a write that fails half-way leaves no part it will not find.
     */
    private String writeNewPart(String file, byte[] bytes) throws IOException {
        garbage.mayRelease(List.of(file));
        writePart(disk, directory, file, bytes);
        return Checksums.of(bytes);
    }

    /** Writes a part (forced, under its own name) and its second copy in backups/parts/. */
    static void writePart(Disk disk, Path directory, String file, byte[] bytes) throws IOException {
        AtomicFiles.writeWithoutFolderSync(disk, directory.resolve(file), bytes);
        disk.writeCopy(directory.resolve(StoreFormat.BACKUPS).resolve(file), bytes);
    }

    /**
     * Reads the texts of {@code documents} (the project's, copied on its thread) into memory in that order,
     * until as many are kept as memory allows or the store is closed: run on a background thread after
     * opening, so showing a document seldom waits for its part to be read. What cannot be read is left for
     * when it is asked for, which says so.
     */
    public void readTextsAhead(List<Document> documents) {
        for (Document d : documents) {
            if (closed || d.body() instanceof StoredText stored && !stored.readAhead()) {
                return;
            }
        }
    }

    /** Releases the project for other windows. Does not save: the caller decides. */
    @Override
    public void close() {
        closed = true;
        StoredText.forgetTextsOf(directory);
        session.removeListener(tracker);
        synchronized (writeLock) {
            // Under the write lock: a write that found the parts folder made anew watches it again under it too,
            // so no watch is left after the close (review).
            FolderWatch.Watch watch = partsWatch;
            if (watch != null) {
                FolderWatch.stop(watch);
                partsWatch = null;
            }
            lock.close();
        }
    }
}
