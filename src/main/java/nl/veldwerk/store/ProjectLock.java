package nl.veldwerk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

import nl.veldwerk.model.UserText;
import tools.jackson.core.JacksonException;

/**
 * Makes one program at a time the writer of a project folder: an operating-system lock on the file
 * {@code .lock}, which also says who holds it (program, user, machine, process), so a second writer is
 * refused with a message that names the holder. The lock is taken before the project is read.
 * <p>
 * A lock file can be deleted while it is held; a new file at the same name would then let a second writer
 * in. So the holder writes a random name into its file and checks, after taking the lock and before every
 * save, that the file at the path is still its own; and it watches the folder and puts its lock file back
 * as soon as it is deleted. A holder whose lock was taken over by another program refuses to save.
 */
final class ProjectLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ProjectLock.class.getName());
    /** The locked byte lies far past the holder's details, so other programs can still read them (Windows). */
    private static final long LOCKED_POSITION = Long.MAX_VALUE - 1;

    /** Who holds a project. {@code program} is "window" or "cli" (shown in the reader's language). */
    record Holder(String program, String user, String host, long pid, String since, String nonce) {
    }

    private final Path file;
    private final String program;
    private final Object guard = new Object();
    private FileChannel channel;
    private FileLock lock;
    private Holder holder;
    /**
     * The file we locked, by its identity on disk (device and inode). The lock file is never opened by its path
     * while we hold it: on Linux and macOS closing any handle to a file lets go of every lock the process holds
     * on it, so reading the file back (to see whether it was still ours) took our lock away, and a second writer
     * got in. Whether the path still names our file is asked of the file system instead (no handle opened).
     */
    private Object fileKey;
    /** The lock files held in this program, by identity: a second window of it is told who, without a handle. */
    private static final java.util.Map<Object, Holder> HELD_HERE = new java.util.concurrent.ConcurrentHashMap<>();
    /** Guarded by {@code guard}. */
    private FolderWatch.Watch watch;
    /** Why the lock was lost to another program, once it was: saves are refused until it is taken again. */
    private nl.veldwerk.model.UserText lostBecause;
    /** Told (on the watch's thread) when the watch finds the lock taken over by another program. */
    private volatile java.util.function.Consumer<ProjectFileException> onLost = lost -> { };
    /** Under {@code guard}: whether someone listens to {@link #onLost}, and whether the loss now was told. */
    private boolean listened;
    private boolean lossTold;

    /** The project folder's identity on disk when the lock was taken: a folder put in its place is not it. */
    private Object folderKey;

    private ProjectLock(Path file, String program) {
        this.file = file;
        this.program = program;
    }

    /** Takes the lock of the project folder {@code directory}, or says who holds it. */
    static ProjectLock acquire(Path directory, String program) throws ProjectFileException {
        ProjectLock lock = new ProjectLock(directory.resolve(StoreFormat.LOCK), program);
        synchronized (lock.guard) {
            lock.folderKey = keyOf(directory);
            lock.take(directory);
        }
        lock.watch(directory);
        return lock;
    }

    private void take(Path directory) throws ProjectFileException {
        // One taker at a time in this program: between the check of HELD_HERE and holding() another window's
        // take() would otherwise open the file by its path (and closing that handle lets go of our lock).
        synchronized (ProjectLock.class) {
            takeAlone(directory);
        }
    }

    private void takeAlone(Path directory) throws ProjectFileException {
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel opened = null;
            try {
                Holder me = new Holder(program, System.getProperty("user.name", "?"), hostName(),
                        ProcessHandle.current().pid(), Instant.now().toString(), UUID.randomUUID().toString());
                requireNoLink(directory);
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && takeNew(me)) {
                    return;
                }
                Object before = keyOf(file);
                if (before != null && before.equals(fileKey) && channel != null) {
                    return; // the path names the file we hold already
                }
                if (before != null && HELD_HERE.containsKey(before)) {
                    throw held(directory); // held in this program: opening it here would let go of that lock
                }
                opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS); // a link made meanwhile is refused
                FileLock taken = tryLock(opened);
                if (taken == null) {
                    opened.close();
                    throw held(directory);
                }
                writeHolder(opened, me);
                Object after = keyOf(file);
                if (after != null && after.equals(before)) { // the path named the file we opened and locked
                    holding(opened, taken, me, after);
                    return;
                }
                // The file was deleted (and perhaps made anew) between opening and locking: try again.
                taken.release();
                opened.close();
            } catch (IOException e) {
                closeQuietly(opened);
                throw lockProblem(directory, e);
            }
        }
        throw new ProjectFileException(directory, "lock.failed", "the lock file keeps changing");
    }

    /**
     * Why the lock file could not be made: a folder that cannot be written to is said as such, with what to do
     * before opening (a save's advice, export a bundle, fits no project that is not open: QA).
     */
    static ProjectFileException lockProblem(Path directory, IOException e) {
        return ProjectFileException.notWritable(e) ? new ProjectFileException(directory, e, "lock.notWritable")
                : ProjectFileException.noSpace(e) ? new ProjectFileException(directory, e, "lock.noSpace")
                : new ProjectFileException(directory, e, "lock.failed", ProjectFileException.detail(e));
    }

    /**
     * Makes the lock file already locked: a file of our own, locked and filled in, then given the lock
     * file's name by a hard link, which fails when the name exists. So there is never a moment when the
     * lock file exists unlocked for another program to take. False when the name was taken meanwhile, or
     * the file system has no hard links (then the caller opens the file as it is).
     */
    private boolean takeNew(Holder me) throws IOException {
        Path own = file.resolveSibling(StoreFormat.LOCK + "-" + me.nonce());
        FileChannel opened = FileChannel.open(own, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean linked = false;
        try {
            FileLock taken = tryLock(opened);
            if (taken == null) {
                return false;
            }
            writeHolder(opened, me);
            Object key = keyOf(own);
            try {
                Files.createLink(file, own);
                linked = true;
            } catch (IOException | UnsupportedOperationException e) {
                // Taken meanwhile, or no hard links here (FAT, some shares): open the file as it is.
                taken.release();
                return false;
            }
            holding(opened, taken, me, key);
            return true;
        } finally {
            if (!linked) {
                closeQuietly(opened);
            }
            Files.deleteIfExists(own); // the lock file keeps the inode; the extra name goes
        }
    }

    private void holding(FileChannel opened, FileLock taken, Holder me, Object key) {
        if (fileKey != null) {
            HELD_HERE.remove(fileKey, holder);
        }
        channel = opened;
        lock = taken;
        holder = me;
        fileKey = key;
        if (key != null) {
            HELD_HERE.put(key, me);
        }
    }

    /**
     * Refuses a lock file that is a link or no plain file (QA: a ".lock" linking elsewhere, as a folder unpacked from
     * an archive or on a share may hold, had the holder's details written over the file it named, outside the
     * project; a dangling one made a file there).
     */
    private void requireNoLink(Path directory) throws ProjectFileException {
        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectFileException(directory, "lock.notPlainFile", StoreFormat.LOCK);
        }
    }

    /** A file's identity on disk (device and inode), asked without opening it; null when it cannot be had. */
    private static Object keyOf(Path path) {
        try {
            return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCKED_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // held by this same program (another window of it)
        }
    }

    /** The refusal for a second writer, naming the holder when its details can be read. */
    private ProjectFileException held(Path directory) {
        Object key = keyOf(file);
        if (key != null && HELD_HERE.containsKey(key)) {
            // This very program holds it (this window or another of its windows): naming its own process as
            // "the Veldwerk window of ..." read as if someone else had it.
            return new ProjectFileException(directory, "lock.heldHere");
        }
        Holder other = readHolder(file);
        if (other == null) {
            return new ProjectFileException(directory, "lock.held");
        }
        return new ProjectFileException(directory, "lock.heldBy",
                UserText.of(ProjectLock.class, "holder." + ("cli".equals(other.program()) ? "cli" : "window")),
                other.user(), other.host(), String.valueOf(other.pid()), readable(other.since()));
    }

    /** "2026-12-04 18:24" in this computer's time, not "2026-12-04T18:24:57.846512351Z". */
    static String readable(String since) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneId.systemDefault()).format(java.time.Instant.parse(since));
        } catch (RuntimeException notATime) {
            return String.valueOf(since);
        }
    }

    /**
     * "the Veldwerk window of root (process 4242)" when a program on this computer that is still running holds
     * the project in {@code directory}, "the Veldwerk window of ann on laptop-7" when one on another computer holds
     * it now (a shared folder); empty when none does, or a crash left the lock file.
     */
    public static java.util.Optional<String> runningHolder(Path directory) {
        synchronized (ProjectLock.class) { // not while a window of this program is taking it (not yet listed)
            return runningHolderAlone(directory);
        }
    }

    private static java.util.Optional<String> runningHolderAlone(Path directory) {
        Path lockFile = directory.resolve(StoreFormat.LOCK);
        Object key = keyOf(lockFile);
        // Held in this program: its details from memory. Reading the file by its path would let go of the lock
        // (closing any handle to a file does, on Linux and macOS).
        Holder h = key != null && HELD_HERE.containsKey(key) ? HELD_HERE.get(key) : readHolder(lockFile);
        if (h == null || !lockedNow(lockFile)) {
            return java.util.Optional.empty();
        }
        String program = ("cli".equals(h.program()) ? "the command line" : "the Veldwerk window") + " of " + h.user();
        if (!hostName().equals(h.host())) {
            // Another computer's, on a shared folder: locked now, so running there (its process is not ours to ask).
            return java.util.Optional.of(program + " on " + h.host());
        }
        return ProcessHandle.of(h.pid()).filter(ProcessHandle::isAlive).map(running -> program + " (process "
                + h.pid() + ")");
    }

    /**
     * Who, on which computer and since when, left the lock file in {@code directory} when that is another computer
     * and no program holds its lock now: a synced folder (Dropbox, OneDrive) carries another computer's lock file
     * over, but not its lock, so that computer may have the project open at this moment. Empty otherwise (no lock
     * file, this computer's, or one held now: that is said as the project being open elsewhere).
     */
    static java.util.Optional<ProjectStore.Elsewhere> leftByAnotherComputer(Path directory) {
        synchronized (ProjectLock.class) {
            Path lockFile = directory.resolve(StoreFormat.LOCK);
            Object key = keyOf(lockFile);
            if (key != null && HELD_HERE.containsKey(key) || !Files.isRegularFile(lockFile)) {
                return java.util.Optional.empty(); // held here: not to be read by its path (that lets go of it)
            }
            Holder h = readHolder(lockFile);
            if (h == null || h.host() == null || h.host().isBlank() || hostName().equals(h.host())
                    || lockedNow(lockFile)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ProjectStore.Elsewhere(String.valueOf(h.user()), h.host(),
                    readable(h.since())));
        }
    }

    /** Whether a program holds the lock file's lock now (a file left by a crash, or a closed project's, is not). */
    private static boolean lockedNow(Path lockFile) {
        Object key = keyOf(lockFile);
        if (key != null && HELD_HERE.containsKey(key)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE)) {
            FileLock taken = tryLock(channel);
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Who holds the project in {@code directory} now, if anyone left details. */
    static Holder readHolder(Path lockFile) {
        try {
            return StoreFormat.MAPPER.readValue(Files.readAllBytes(lockFile), Holder.class);
        } catch (IOException | JacksonException e) {
            return null;
        }
    }

    /** Whether the lock file's path still names the file we hold locked (asked without opening it). */
    private boolean pathStillOurs() {
        if (fileKey == null) {
            // A file system without file identities: read it back, the only way left (and the old risk).
            Holder onDisk = readHolder(file);
            return onDisk != null && holder.nonce().equals(onDisk.nonce());
        }
        try {
            return fileKey.equals(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey());
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        } catch (IOException cannotTell) {
            // A share's hiccup: not a sign that another program took over. The lock is kept (letting it go
            // would be for good); a save that cannot reach the disk fails by itself.
            return true;
        }
    }

    private static void writeHolder(FileChannel channel, Holder holder) throws IOException {
        byte[] details = StoreFormat.MAPPER.writeValueAsBytes(holder);
        ByteBuffer bytes = ByteBuffer.wrap(details);
        // Written over what was there, then cut to length: a program reading meanwhile never finds it empty.
        channel.position(0);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.truncate(details.length);
        // Not forced to disk (it cost a small project's open several milliseconds): programs on this computer read
        // the holder through the system's cache, and after a crash of the machine the lock is gone with the program
        // anyway (the file left may name no one, or the holder before: the next program to open takes it over).
        // On a network share another computer may see the file without details for a while: it is still refused,
        // only told "held" without the name.
    }

    /**
     * Our lock file emptied or written over (by hand, a sync service): the details are written again, through our
     * own handle, so another program is told who holds the project, not only that someone does (QA).
     */
    private void writeDetailsAgainIfChanged() {
        try {
            byte[] expected = StoreFormat.MAPPER.writeValueAsBytes(holder);
            ByteBuffer there = ByteBuffer.allocate(expected.length + 1);
            while (there.hasRemaining() && channel.read(there, there.position()) > 0) {
                // read what the file holds, up to one byte more than ours
            }
            if (there.position() != expected.length || !java.util.Arrays.equals(there.array(), 0, expected.length,
                    expected, 0, expected.length)) {
                writeHolder(channel, holder);
            }
        } catch (IOException | JacksonException e) {
            LOG.log(System.Logger.Level.DEBUG, "checking the lock file's details", e);
        }
    }

    /**
     * Before a save: is the lock file at the path still ours? If it was deleted, it is made and locked anew;
     * if another program holds it now, the save is refused (it would overwrite that program's work).
     */
    void verify(Path directory) throws ProjectFileException {
        synchronized (guard) {
            if (lostBecause != null) {
                throw new ProjectFileException(directory, lostKey(lostBecause, false), lostBecause);
            }
            if (channel == null) {
                throw new ProjectFileException(directory, "lock.closed");
            }
            if (pathStillOurs()) {
                writeDetailsAgainIfChanged();
                return;
            }
            requireFolder(directory);
            LOG.log(System.Logger.Level.WARNING, "The lock file of {0} was deleted or replaced; taking it again",
                    directory);
            FileChannel old = channel;
            FileLock oldLock = lock;
            try {
                take(directory);
            } catch (ProjectFileException e) {
                markLost(e.problem());
                throw new ProjectFileException(directory, e, lostKey(e.problem(), false), e.problem());
            } finally {
                if (channel != old) { // a file taken anew (or none): the old one goes
                    releaseQuietly(oldLock);
                    closeQuietly(old);
                }
            }
        }
    }

    /**
     * Puts a deleted lock file back at once, so no second writer finds the name free; a lock file of another
     * program's put in its place is found at once too, and said ({@link #onLost}).
     */
    private void watch(Path directory) {
        FolderWatch.Watch started = FolderWatch.watch(directory, () -> {
            ProjectFileException takenOver = null;
            synchronized (guard) {
                if (channel == null) {
                    return; // closed, or lost already
                }
                try { // ours still (our own lock file made), put back, or taken over
                    verify(directory);
                } catch (ProjectFileException e) {
                    LOG.log(System.Logger.Level.WARNING, e.getMessage());
                    // Taken over, or its lock file could not be made again; once, and to a listener (one that
                    // comes later is told when it comes).
                    if (lostBecause != null && listened && !lossTold) {
                        takenOver = new ProjectFileException(directory, lostKey(lostBecause, true), lostBecause);
                        lossTold = true;
                    }
                }
            }
            if (takenOver != null) {
                onLost.accept(takenOver); // outside the guard: the listener is another layer's
            }
        }).orElse(null);
        synchronized (guard) {
            watch = started;
        }
    }

    /**
     * How a lost lock is said: taken over by another program, or (a share gone read-only or away, say) its lock
     * file deleted and not made again; the second was worded as a take-over, and said only at the next save.
     * {@code now}: as the watch finds it, rather than as a save's refusal.
     */
    private static String lostKey(nl.veldwerk.model.UserText reason, boolean now) {
        boolean takenOver = reason.key().startsWith("lock.held") || reason.key().equals("lock.changedMeanwhile");
        return (takenOver ? "lock.lost" : "lock.lostLocking") + (now ? "Now" : "");
    }

    /** Whether {@code lost} (from {@link #onLost}) says another program took the project over. */
    static boolean takenOver(ProjectFileException lost) {
        return lost.problem().key().startsWith("lock.lost") && !lost.problem().key().startsWith("lock.lostLocking");
    }

    /**
     * Whom to tell when the watch finds the lock lost (on its thread); a loss found before anyone listened is told at
     * once, on the caller's thread. Each loss is told once.
     */
    void onLost(java.util.function.Consumer<ProjectFileException> listener) {
        ProjectFileException before = null; // lost while the project was being read, before anyone listened
        synchronized (guard) {
            onLost = listener;
            listened = true;
            if (lostBecause != null && !lossTold) {
                before = new ProjectFileException(file.getParent(), lostKey(lostBecause, true), lostBecause);
                lossTold = true;
            }
        }
        if (before != null) {
            listener.accept(before);
        }
    }

    /** Whether the lock was lost to another program: saves are refused until {@link #retake}. */
    boolean lost() {
        synchronized (guard) {
            return lostBecause != null;
        }
    }

    /**
     * Takes a lost lock again, once no other program holds it. The caller has made sure that none saved the
     * project meanwhile. Refused with who holds it now while another program does.
     */
    void retake(Path directory) throws ProjectFileException {
        synchronized (guard) {
            if (lostBecause == null) {
                return;
            }
            FileChannel old = channel; // null: let go of when the lock was lost
            requireFolder(directory);
            try {
                take(directory);
            } catch (ProjectFileException e) {
                lostBecause = e.problem(); // who holds it now, not who took it then
                throw new ProjectFileException(directory, e, lostKey(e.problem(), false), e.problem());
            }
            closeQuietly(old);
            lostBecause = null;
            lossTold = false; // a later loss is said again
            LOG.log(System.Logger.Level.INFO, "The lock of {0} was taken again", directory);
        }
        watch(directory);
    }

    /**
     * Refuses when the project folder was moved, renamed or deleted while open, or another folder (a copy) was put
     * in its place: not a take-over; saves work again once the folder is back.
     */
    private void requireFolder(Path directory) throws ProjectFileException {
        Object folderNow = keyOf(directory); // null where the system has no file identities (Windows)
        if (!Files.isDirectory(directory) || (folderKey != null && folderNow != null && !folderKey.equals(folderNow))) {
            throw new ProjectFileException(directory, "lock.folderGone");
        }
    }

    /**
     * Lets go of the lock as lost, for {@code reason}: taken over by another program, or taken again too late (the
     * project changed meanwhile). Saves are refused until {@link #retake}.
     */
    void markLost(nl.veldwerk.model.UserText reason) {
        synchronized (guard) {
            if (fileKey != null) {
                HELD_HERE.remove(fileKey, holder); // its number may be given to another file once it goes
            }
            stopWatching(); // nothing left to put back: the folder may be opened again meanwhile
            releaseQuietly(lock);
            closeQuietly(channel);
            fileKey = null;
            channel = null;
            lostBecause = reason;
        }
    }

    /** Under {@code guard}. */
    private void stopWatching() {
        if (watch != null) {
            FolderWatch.stop(watch);
            watch = null;
        }
    }

    @Override
    public void close() {
        synchronized (guard) {
            stopWatching();
            boolean deleted = false;
            if (fileKey != null) {
                HELD_HERE.remove(fileKey, holder);
                deleted = deleteIfStillOurs();
            }
            if (!deleted) {
                emptyWhileLocked();
            }
            releaseQuietly(lock);
            closeQuietly(channel);
            channel = null;
        }
    }

    /**
     * A closed project leaves no lock file behind (it was left naming a process long gone, and a synced or copied
     * folder carried it to other computers). Deleted while still locked, and only when the path still names the
     * file we locked: a program that opened it meanwhile and locks it after finds the path no longer names its file
     * and takes the lock anew, as when a lock file is deleted while it opens. Where a file's identity cannot be had
     * (Windows), or the file cannot be deleted while open, it stays, as before: the lock is the operating system's.
     */
    private boolean deleteIfStillOurs() {
        if (lock == null || !lock.isValid() || !fileKey.equals(keyOf(file))) {
            return false;
        }
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "deleting the lock file", e);
            return false;
        }
    }

    /**
     * A lock file that stays at close (Windows, or one that cannot be deleted) is emptied through our own handle while
     * still locked: naming us, a synced folder carried it to other computers as a project still open here, and each
     * asked whether it was (review). An empty lock file names no one.
     */
    private void emptyWhileLocked() {
        if (lock == null || !lock.isValid() || channel == null) {
            return;
        }
        try {
            channel.truncate(0);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "emptying the lock file", e);
        }
    }

    /** The machine's name without a network lookup (which can take seconds where DNS is slow). */
    static String hostName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void releaseQuietly(FileLock lock) {
        if (lock != null && lock.isValid()) {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "releasing the lock", e);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the lock file", e);
            }
        }
    }
}
