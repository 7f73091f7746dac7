package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one watch on every held project's folders: each holder is told of its own lock file's deletion. */
class FolderWatchTest {
    @TempDir
    Path tmp;

    /**
     * A folder watched twice (a project whose lock was lost, still open, and the same folder opened again) has one
     * key: stopping the first holder's watch must not end the second's.
     */
    @Test
    void aFolderWatchedTwiceStaysWatchedUntilBothStop() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        AtomicInteger first = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        FolderWatch.Watch a = FolderWatch.watch(dir, first::incrementAndGet).orElseThrow();
        FolderWatch.Watch b = FolderWatch.watch(dir, second::countDown).orElseThrow();
        FolderWatch.stop(a);
        assertTrue(FolderWatch.watches(dir), "the second holder still watches");
        deleteLockFile(dir);
        assertTrue(second.await(5, TimeUnit.SECONDS), "the second holder is told");
        assertEquals(0, first.get(), "the stopped one is not");
        FolderWatch.stop(b);
        assertFalse(FolderWatch.watches(dir));
    }

    /** One holder's failing action (even an error) leaves the watch serving the others. */
    @Test
    void aFailingActionDoesNotEndTheWatch() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Path fine = Files.createDirectories(tmp.resolve("fine"));
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch told = new CountDownLatch(1);
        FolderWatch.Watch a = FolderWatch.watch(broken, () -> {
            failed.countDown();
            throw new AssertionError("a holder's trouble");
        }).orElseThrow();
        FolderWatch.Watch b = FolderWatch.watch(fine, told::countDown).orElseThrow();
        try {
            deleteLockFile(broken);
            assertTrue(failed.await(5, TimeUnit.SECONDS));
            deleteLockFile(fine);
            assertTrue(told.await(5, TimeUnit.SECONDS), "the other folder is still watched");
        } finally {
            FolderWatch.stop(a);
            FolderWatch.stop(b);
        }
    }

    /** Only the lock file counts; other files come and go in a project folder all the time. */
    @Test
    void otherFilesAreNotTheLock() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        AtomicInteger told = new AtomicInteger();
        CountDownLatch lockGone = new CountDownLatch(1);
        FolderWatch.Watch watch = FolderWatch.watch(dir, () -> {
            told.incrementAndGet();
            lockGone.countDown();
        }).orElseThrow();
        try {
            Files.delete(Files.writeString(dir.resolve("veldwerk.json.tmp"), "x"));
            Files.move(Files.writeString(dir.resolve("other"), "x"), dir.resolve("other2"));
            Thread.sleep(300);
            assertEquals(0, told.get(), "not told of other files");
            deleteLockFile(dir);
            assertTrue(lockGone.await(5, TimeUnit.SECONDS), "told of the lock file");
        } finally {
            FolderWatch.stop(watch);
        }
    }

    /** A lock file moved over the lock file replaces it without a deletion: that is told too. */
    @Test
    void aLockFileMovedInPlaceIsTold() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(dir.resolve(StoreFormat.LOCK), "ours");
        CountDownLatch told = new CountDownLatch(1);
        FolderWatch.Watch watch = FolderWatch.watch(dir, told::countDown).orElseThrow();
        try {
            Files.move(Files.writeString(dir.resolve("theirs"), "theirs"), dir.resolve(StoreFormat.LOCK),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertTrue(told.await(5, TimeUnit.SECONDS));
        } finally {
            FolderWatch.stop(watch);
        }
    }

    /** A look at the parts folder tells each file modified, and events the system dropped (an overflow). */
    @Test
    void aPartsFolderLookTellsModificationsAndDroppedEvents() {
        java.util.List<String> changed = new java.util.ArrayList<>();
        int[] lost = {0};
        FolderWatch.tellChangesInPlace(java.util.List.of(event(java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY,
                        Path.of("doc-1.json")), event(java.nio.file.StandardWatchEventKinds.ENTRY_CREATE, Path.of("doc-2.json")),
                event(java.nio.file.StandardWatchEventKinds.OVERFLOW, null)), changed::add, () -> lost[0]++);
        assertEquals(java.util.List.of("doc-1.json"), changed, "a part moved in (this program's saves) is no change in place");
        assertEquals(1, lost[0], "dropped events are told");
    }

    private static <T> java.nio.file.WatchEvent<T> event(java.nio.file.WatchEvent.Kind<T> kind, T context) {
        return new java.nio.file.WatchEvent<>() {
            @Override
            public Kind<T> kind() {
                return kind;
            }

            @Override
            public int count() {
                return 1;
            }

            @Override
            public T context() {
                return context;
            }
        };
    }

    private static void deleteLockFile(Path dir) throws Exception {
        Files.delete(Files.writeString(dir.resolve(StoreFormat.LOCK), "{}"));
    }
}
