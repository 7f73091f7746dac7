package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the folders of the projects held in this program for their lock file being deleted, with one watch
 * service and one thread per file system for all of them. A watch service and a thread of its own per opened
 * project cost a small project's open more than reading the project did (issue 24), and every open started both
 * again.
 */
final class LockWatch {
    private static final System.Logger LOG = System.getLogger(LockWatch.class.getName());

    private static final Map<FileSystem, WatchService> SERVICES = new HashMap<>();
    /** What to do when a watched folder's lock file is deleted, by the folder's key. Guarded by the class. */
    private static final Map<WatchKey, Runnable> ON_LOCK_DELETED = new HashMap<>();

    private LockWatch() {
    }

    /**
     * Calls {@code lockDeleted} (on the watch's thread) whenever a file named like the lock file is deleted in
     * {@code directory}, until {@link #stop}. Empty when the folder cannot be watched (then the lock is checked
     * at each save only).
     */
    static synchronized Optional<WatchKey> watch(Path directory, Runnable lockDeleted) {
        try {
            WatchKey key = directory.register(serviceOf(directory.getFileSystem()),
                    StandardWatchEventKinds.ENTRY_DELETE);
            ON_LOCK_DELETED.put(key, lockDeleted);
            return Optional.of(key);
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
            LOG.log(System.Logger.Level.DEBUG, "No watch on " + directory + "; the lock is checked at each save", e);
            return Optional.empty();
        }
    }

    /** Ends the watch of one folder. */
    static synchronized void stop(WatchKey key) {
        ON_LOCK_DELETED.remove(key);
        key.cancel();
    }

    /** How many folders are watched now (for tests). */
    static synchronized int watched() {
        return ON_LOCK_DELETED.size();
    }

    private static WatchService serviceOf(FileSystem fileSystem) throws IOException {
        WatchService service = SERVICES.get(fileSystem);
        if (service == null) {
            service = fileSystem.newWatchService();
            SERVICES.put(fileSystem, service);
            Thread thread = new Thread(forward(service), "veldwerk-lock-watch");
            thread.setDaemon(true);
            thread.start();
        }
        return service;
    }

    private static Runnable forward(WatchService service) {
        return () -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    boolean lockGone = key.pollEvents().stream().anyMatch(event -> event.context() instanceof Path p
                            && p.toString().equals(StoreFormat.LOCK));
                    key.reset();
                    Runnable action;
                    synchronized (LockWatch.class) { // waits for a folder being registered to be listed
                        action = ON_LOCK_DELETED.get(key);
                    }
                    if (lockGone && action != null) {
                        try {
                            action.run();
                        } catch (RuntimeException e) { // one project's trouble must not end the others' watch
                            LOG.log(System.Logger.Level.WARNING, "putting back a deleted lock file", e);
                        }
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                LOG.log(System.Logger.Level.TRACE, "lock watch ended");
            }
        };
    }
}
