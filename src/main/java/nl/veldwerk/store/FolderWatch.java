package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches the folders of the projects held in this program, with one watch service and one thread per file system for
 * all of them: each project's folder for its lock file being deleted or replaced, and its parts folder for a part
 * changed in place (a part is never written in place by this program: always written beside it and moved over it). A watch service and a thread of its own per opened
 * project cost a small project's open more than reading the project did (issue 24), and every open started both
 * again.
 * <p>
 * The actions run one after another on that thread: a folder on a share that hangs delays the others' (taking a
 * lock anew is one at a time in the program anyway); a deletion missed meanwhile is caught at the next save.
 */
final class FolderWatch {
    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

    /** One folder's watch for one holder, ended by {@link #stop}. */
    static final class Watch {
        private final Path directory;
        private final WatchKey key;
        /** Told the events of each look at the folder, on the watch's thread. */
        private final java.util.function.Consumer<List<WatchEvent<?>>> told;

        private Watch(Path directory, WatchKey key, java.util.function.Consumer<List<WatchEvent<?>>> told) {
            this.directory = directory;
            this.key = key;
            this.told = told;
        }
    }

    /** Guarded by the class, as is everything below. */
    private static final Map<FileSystem, WatchService> SERVICES = new HashMap<>();
    /**
     * The watches by their folder's key. A folder registered twice has one key (a project whose lock was lost,
     * still open, and the same folder opened again): each holder's watch stays until that holder stops it.
     */
    private static final Map<WatchKey, List<Watch>> WATCHES = new HashMap<>();

    private FolderWatch() {
    }

    /**
     * Calls {@code lockDeleted} (on the watch's thread) whenever a file named like the lock file may have been
     * deleted, made or moved there in {@code directory}, until {@link #stop}. Empty when the folder cannot be watched (then the lock is
     * checked at each save only).
     */
    static synchronized Optional<Watch> watch(Path directory, Runnable lockDeleted) {
        // An overflow lost events (its context is null): the lock file may be among them.
        return register(directory, events -> {
            if (events.stream().anyMatch(event -> event.context() instanceof Path p ? p.toString().equals(StoreFormat.LOCK)
                    : event.kind() == StandardWatchEventKinds.OVERFLOW)) {
                lockDeleted.run();
            }
        }, "the lock is checked at each save");
    }

    /**
     * Calls {@code changed} (on the watch's thread) with the name of each file in {@code parts} written in place,
     * until {@link #stop}, and {@code lost} when the system dropped events (too many at once: a sync service or a
     * disk tool going through the folder), which may have been such changes. Empty when the folder cannot be
     * watched. A watch that polls (macOS) also tells of files moved over others, this program's own writes among
     * them: the caller checks what it is told.
     */
    static synchronized Optional<Watch> watchChangesInPlace(Path parts, java.util.function.Consumer<String> changed,
                                                           Runnable lost) {
        return register(parts, events -> tellChangesInPlace(events, changed, lost),
                "a part changed in place is found at the next open");
    }

    /** Tells what one look at the parts folder found: each file modified, and whether events were dropped. */
    static void tellChangesInPlace(List<WatchEvent<?>> events, java.util.function.Consumer<String> changed,
                                   Runnable lost) {
        for (WatchEvent<?> event : events) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost.run();
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_MODIFY && event.context() instanceof Path name) {
                changed.accept(name.toString());
            }
        }
    }

    private static Optional<Watch> register(Path directory, java.util.function.Consumer<List<WatchEvent<?>>> told,
                                            String otherwise) {
        try {
            // Created too: another program's lock file moved over ours replaces it without a deletion; and
            // modified, which is how a watch that polls (macOS) tells a file replaced under the same name. One
            // folder's key has one set of kinds, so the parts folder is asked for the same (its handler ignores
            // what it does not need).
            WatchKey key = directory.register(serviceOf(directory.getFileSystem()), StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Watch watch = new Watch(directory, key, told);
            WATCHES.computeIfAbsent(key, k -> new ArrayList<>()).add(watch);
            return Optional.of(watch);
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
            LOG.log(System.Logger.Level.DEBUG, "No watch on " + directory + "; " + otherwise, e);
            return Optional.empty();
        }
    }

    /** Ends one holder's watch; the folder is let go of when no other holder watches it. */
    static synchronized void stop(Watch watch) {
        List<Watch> ofKey = WATCHES.get(watch.key);
        if (ofKey != null && ofKey.remove(watch) && ofKey.isEmpty()) {
            WATCHES.remove(watch.key);
            watch.key.cancel();
        }
    }

    /** Whether a holder watches {@code directory} now. */
    static synchronized boolean watches(Path directory) {
        return WATCHES.values().stream().flatMap(List::stream).anyMatch(w -> w.directory.equals(directory));
    }

    private static WatchService serviceOf(FileSystem fileSystem) throws IOException {
        WatchService service = SERVICES.get(fileSystem);
        if (service == null) {
            service = fileSystem.newWatchService();
            SERVICES.put(fileSystem, service);
            Thread thread = new Thread(forward(fileSystem, service), "veldwerk-folder-watch");
            thread.setDaemon(true);
            thread.start();
        }
        return service;
    }

    private static Runnable forward(FileSystem fileSystem, WatchService service) {
        return () -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    List<WatchEvent<?>> events = key.pollEvents();
                    key.reset();
                    List<Watch> watches;
                    synchronized (FolderWatch.class) { // waits for a folder being registered to be listed
                        watches = List.copyOf(WATCHES.getOrDefault(key, List.of()));
                    }
                    for (Watch watch : watches) {
                        run(watch, events);
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                LOG.log(System.Logger.Level.TRACE, "lock watch ended");
            } finally {
                ended(fileSystem, service);
            }
        };
    }

    /** One holder's trouble must not end the others' watch. */
    private static void run(Watch watch, List<WatchEvent<?>> events) {
        try {
            watch.told.accept(events);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(System.Logger.Level.WARNING, "acting on a change in " + watch.directory, e);
        }
    }

    /** A thread that ended leaves no service behind that no one serves: the next watch starts both anew. */
    private static synchronized void ended(FileSystem fileSystem, WatchService service) {
        SERVICES.remove(fileSystem, service);
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the lock watch", e);
        }
        if (WATCHES.keySet().removeIf(key -> !key.isValid())) { // the closed service's keys
            LOG.log(System.Logger.Level.WARNING, "The watch on the project folders ended; the lock files are checked at "
                    + "each save");
        }
    }
}
