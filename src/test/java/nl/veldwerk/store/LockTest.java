package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.CodeCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per project: a second is refused with the holder's name, even after the lock file is deleted. */
class LockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondWriterIsRefusedWithAMessageThatNamesTheHolder() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
            String message = e.getMessage();
            // Held by this very program: said so, not as if another window of someone's had it.
            assertTrue(message.contains("already open in this Veldwerk, in this window or another of its windows"),
                    message);
            assertTrue(first.session().project().code("schaamte").isPresent());
        }
        ProjectStore.open(dir).close(); // free again once closed
    }

    /**
     * A lock file that is a link is refused, and what it names is left alone (QA: the holder's details were written
     * over the file it named, outside the project; a dangling link made a file there).
     */
    @Test
    void aLockFileThatIsALinkIsRefusedAndWhatItNamesIsLeftAlone() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "VICTIM");
        Files.createSymbolicLink(dir.resolve(StoreFormat.LOCK), victim);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertTrue(e.getMessage().contains("is a link or a folder"), e.getMessage());
        assertEquals("VICTIM", Files.readString(victim));
        Files.delete(dir.resolve(StoreFormat.LOCK));
        Path made = tmp.resolve("made.txt");
        Files.createSymbolicLink(dir.resolve(StoreFormat.LOCK), made);
        assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertFalse(Files.exists(made), "a dangling link makes no file where it points");
        Files.delete(dir.resolve(StoreFormat.LOCK));
        ProjectStore.open(dir).close(); // a plain lock file again once the link is gone
    }

    /**
     * The lock holds against another program after the holder saved and after this program tried to open the
     * project a second time: the lock file is never opened by its path while held (closing any handle to it let
     * go of the lock on Linux, and a command-line import wrote into a project open in the window).
     */
    @Test
    void anotherProgramStaysOutAfterSavesAndASecondAttemptHere() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            first.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
            first.save();
            assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir), "refused here");
            first.session().execute(CodeCommands.add(Code.of("m", "Nog een", null, null)));
            first.save();
            String said = refusedToAnotherProgram(dir);
            assertTrue(said.contains("already open in the Veldwerk window"), said);
            assertTrue(said.contains(System.getProperty("user.name")), said);
            assertTrue(said.contains("process " + ProcessHandle.current().pid()), said);
        }
    }

    @Test
    void deletingTheLiveLockFileDoesNotLetASecondWriterIn() throws Exception {
        Path dir = tmp.resolve("p");
        Path lock = dir.resolve(StoreFormat.LOCK);
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            Files.delete(lock);
            // The holder puts it back at once (a folder watch); a second writer never finds the name free.
            for (int i = 0; i < 200 && !Files.exists(lock); i++) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(lock), "the holder restored its lock file");
            assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
            first.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
            first.save(); // the holder still saves
        }
        assertTrue(ProjectReader.read(dir).code("n").isPresent());
    }

    /**
     * Every project held in this program is watched by one thread (a thread and a watch per open project cost
     * a small project's open more than reading it); each still gets its own lock file back, also after another
     * closed and opened again.
     */
    @Test
    void projectsOpenAtOnceShareOneWatchAndEachGetsItsLockFileBack() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(a);
             ProjectStore second = StoreTestSupport.createFixtureProject(b)) {
            assertTrue(FolderWatch.watches(a) && FolderWatch.watches(b));
            assertEquals(1, watchThreads(), "one watch thread for both");
            assertLockFileComesBack(a);
            assertLockFileComesBack(b);
            first.close();
            assertFalse(FolderWatch.watches(a), "a closed project is no longer watched");
            assertLockFileComesBack(b);
            try (ProjectStore again = ProjectStore.open(a)) {
                assertLockFileComesBack(a);
                assertEquals(1, watchThreads());
            }
        }
        assertFalse(FolderWatch.watches(b));
    }

    private static void assertLockFileComesBack(Path dir) throws Exception {
        Path lock = dir.resolve(StoreFormat.LOCK);
        Files.delete(lock);
        for (int i = 0; i < 200 && !Files.exists(lock); i++) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(lock), "the holder of " + dir.getFileName() + " restored its lock file");
        assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir).close(), "and still holds it");
    }

    private static long watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("veldwerk-folder-watch")).count();
    }

    /**
     * Another program that takes over the project (its lock file moved over the holder's) is found at once and
     * said; the holder's saves are refused while it holds the project, and succeed again once it has let go
     * without saving (QA: every save stayed refused, naming a process long gone).
     */
    @Test
    void aLockTakenOverIsSaidAtOnceAndTakenBackOnceTheOtherLetsGoWithoutSaving() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            java.util.concurrent.BlockingQueue<ProjectFileException> said =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            first.onLockLost(said::add);
            Process other = takeOver(dir, "hold");
            ProjectFileException atOnce = said.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(atOnce != null, "said when it happened, not at the next save");
            assertTrue(atOnce.getMessage().contains("process " + other.pid()), atOnce.getMessage());
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            ProjectFileException refused = assertThrows(ProjectFileException.class, first::save);
            assertTrue(refused.getMessage().contains("save again once the other program has closed the project"),
                    refused.getMessage());
            letGo(other);
            first.save(); // taken back: nothing was saved meanwhile
            assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir).close(), "held again");
        }
        assertTrue(ProjectReader.read(dir).code("w").isPresent(), "the window's work was saved after all");
    }

    /** Had the other program saved meanwhile, saving here would overwrite its work: refused, its work kept. */
    @Test
    void aLockTakenOverIsNotTakenBackWhenTheOtherSaved() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            Process other = takeOver(dir, "save");
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            assertThrows(ProjectFileException.class, first::save);
            letGo(other);
            ProjectFileException refused = assertThrows(ProjectFileException.class, first::save);
            assertTrue(refused.getMessage().contains("Saving here could overwrite"), refused.getMessage());
        }
        Project saved = ProjectReader.read(dir);
        assertTrue(saved.code("overgenomen").isPresent(), "the other program's save stands");
        assertTrue(saved.code("w").isEmpty());
    }

    /**
     * Had the other program left its work in a recovery save (a window that crashed), taking the lock back would
     * overwrite or delete it: refused, its recovery save kept (review).
     */
    @Test
    void aLockTakenOverIsNotTakenBackWhenTheOtherLeftARecoverySave() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            Process other = takeOver(dir, "recovery");
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            assertThrows(ProjectFileException.class, first::save);
            letGo(other);
            assertThrows(ProjectFileException.class, first::save);
            assertThrows(ProjectFileException.class, () -> first.write(first.capture(), ProjectStore.Target.RECOVERY));
            first.discardRecovery(); // as closing the window does: not the other program's
        }
        assertTrue(ProjectStore.recoverableSince(dir).isPresent(), "the other program's recovery save stays");
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().code("overgenomen").isPresent());
        }
    }

    /**
     * The window's own recovery save is left as it is while another program has the project (undoing back to the
     * saved state asks to forget it): once that program lets go untouched, saving works (review).
     */
    @Test
    void ownRecoverySaveKeptWhileTakenOverAndTheLockTakenBackAfter() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            first.write(first.capture(), ProjectStore.Target.RECOVERY);
            Process other = takeOver(dir, "hold");
            first.forgetOwnRecovery();
            assertTrue(ProjectStore.recoverableSince(dir).isPresent(), "not deleted while another program has it");
            letGo(other);
            first.save();
        }
        assertTrue(ProjectReader.read(dir).code("w").isPresent());
    }

    /**
     * Asking who holds a project this program holds never opens its lock file (closing that handle would let go
     * of the lock): another program is still refused after it (review).
     */
    @Test
    void askingWhoHoldsAProjectHeldHereKeepsItHeld() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            assertTrue(ProjectStore.openNowIn(dir).orElseThrow().contains("process " + ProcessHandle.current().pid()));
            refusedToAnotherProgram(dir);
        }
    }

    /**
     * A project held by a program on another computer (a shared folder) is said to be open there, not taken for
     * one a crash left (review: the command line then said a crash left its unsaved work).
     */
    @Test
    void aProjectHeldOnAnotherComputerIsSaidToBeOpenThere() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        assertTrue(ProjectStore.openNowIn(dir).isEmpty(), "closed: held by no one");
        Process other = takeOver(dir, "hold"); // its lock file names the computer "elders"
        assertEquals(java.util.Optional.of("the command line of ander on elders"), ProjectStore.openNowIn(dir));
        letGo(other);
        assertTrue(ProjectStore.openNowIn(dir).isEmpty(), "let go of");
    }

    /**
     * A lock file replaced by something that cannot be locked (as a share gone read-only or away would refuse
     * making it again) is said at once, as what it is and not as another program's take-over; saves are refused,
     * and work again once the lock file can be made (they were said only at the next save, worded as a take-over).
     */
    @Test
    void aLockFileThatCannotBeMadeAgainIsSaidAtOnceAsSuchAndSavesWorkOnceItCan() throws Exception {
        Path dir = tmp.resolve("p");
        Path lock = dir.resolve(StoreFormat.LOCK);
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            java.util.concurrent.BlockingQueue<ProjectFileException> said =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            first.onLockLost(said::add);
            putAFolderInPlaceOf(lock);
            ProjectFileException atOnce = said.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(atOnce != null, "said when it happened, not at the next save");
            assertFalse(ProjectStore.takenOver(atOnce), "no other program took it");
            assertTrue(atOnce.getMessage().contains("its lock file was deleted and could not be made again"),
                    atOnce.getMessage());
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            ProjectFileException refused = assertThrows(ProjectFileException.class, first::save);
            assertTrue(refused.getMessage().contains("was not saved: its lock file was deleted and could not be made "
                    + "again"), refused.getMessage());
            assertFalse(refused.getMessage().contains("another program took over"), refused.getMessage());
            Files.delete(lock);
            first.save(); // made again: nothing changed on disk meanwhile
            assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir).close(), "held again");
        }
        assertTrue(ProjectReader.read(dir).code("w").isPresent(), "the window's work was saved after all");
    }

    /** A folder where the lock file was (through a link moved over it): nothing the holder can lock. */
    private void putAFolderInPlaceOf(Path lock) throws Exception {
        Path link = tmp.resolve("link");
        try {
            Files.createSymbolicLink(link, Files.createDirectory(tmp.resolve("a-folder")));
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here (Windows without the right): " + e);
        }
        Files.move(link, lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A lock lost while the project was being opened, before the window listened for losses, is said as soon as it
     * listens, and once (it was said only at the next save).
     */
    @Test
    void aLossBeforeAnyoneListensIsSaidWhenTheyDoAndOnce() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            putAFolderInPlaceOf(dir.resolve(StoreFormat.LOCK));
            for (int i = 0; i < 500 && !store.lockLost(); i++) {
                Thread.sleep(10);
            }
            assertTrue(store.lockLost(), "the watch found it");
            java.util.List<ProjectFileException> said = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.onLockLost(said::add);
            assertEquals(1, said.size(), "said as it listens");
            assertTrue(said.getFirst().getMessage().contains("could not be made again"), said.getFirst().getMessage());
            Thread.sleep(300);
            assertEquals(1, said.size(), "and once");
            java.util.List<ProjectFileException> second = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.onLockLost(second::add);
            assertEquals(java.util.List.of(), second, "a loss told already is not told again");
        }
    }

    /** A project folder moved away while open is said as such, not as a take-over by another program (QA). */
    @Test
    void aFolderMovedAwayIsSaidAsSuchAndSavesWorkOnceItIsBack() throws Exception {
        Path dir = tmp.resolve("p");
        Path moved = tmp.resolve("p-renamed");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            Files.move(dir, moved);
            first.session().execute(CodeCommands.add(Code.of("w", "In het venster", null, null)));
            ProjectFileException refused = assertThrows(ProjectFileException.class, first::save);
            assertTrue(refused.getMessage().contains("its folder was moved, renamed, deleted"), refused.getMessage());
            assertFalse(Files.exists(dir), "nothing made at the old place");
            // A copy put in its place (a backup restored by hand) is not the folder it opened: refused too.
            StoreTestSupport.createFixtureProject(dir).close();
            ProjectFileException replaced = assertThrows(ProjectFileException.class, first::save);
            assertTrue(replaced.getMessage().contains("replaced by another"), replaced.getMessage());
            deleteTree(dir);
            Files.move(moved, dir);
            first.save();
        }
        assertTrue(ProjectReader.read(dir).code("w").isPresent());
    }

    /** Started programs, ended after each test whatever happened. */
    private final java.util.List<Process> others = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void endOthers() {
        others.forEach(Process::destroyForcibly);
    }

    /** Another program (a JVM of its own running {@code main}), ended after the test whatever happened. */
    private Process anotherProgram(Class<?> main, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(Path.of(
                System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(java.util.List.of(args));
        Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
        others.add(other);
        return other;
    }

    /** What another program trying to open the project is told; it must be refused. */
    private String refusedToAnotherProgram(Path dir) throws Exception {
        Process attempt = anotherProgram(OpenAttemptMain.class, dir.toString());
        assertTrue(attempt.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the other program ended");
        String said = new String(attempt.getInputStream().readAllBytes());
        assertEquals(0, attempt.exitValue(), "another program was let in: " + said);
        return said;
    }

    private Process takeOver(Path dir, String how) throws Exception {
        Process other = anotherProgram(TakeOverMain.class, dir.toString(), how);
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
        assertEquals(how.equals("scribble") ? "done" : "held", line, "the other program did its part");
        return other;
    }

    private static void letGo(Process other) throws Exception {
        other.getOutputStream().write('\n');
        other.getOutputStream().flush();
        assertTrue(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the other program ended");
        String rest = new String(other.getInputStream().readAllBytes());
        assertEquals(0, other.exitValue(), rest);
        assertTrue(rest.contains("done"), rest);
    }

    /** The holder's details emptied or written over in its lock file are written again at the next save (QA). */
    @Test
    void detailsWrittenOverAreWrittenAgainAtTheNextSave() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            // Written over by another program (in this one, a handle to the file closed would let go of the lock).
            takeOver(dir, "scribble").waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            first.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
            first.save();
            String said = refusedToAnotherProgram(dir);
            assertTrue(said.contains("process " + ProcessHandle.current().pid()), "named again: " + said);
        }
    }

    /** A closed project leaves no lock file naming a process long gone (QA: left after every quit). */
    @Test
    void aClosedProjectLeavesNoLockFileButNeverDeletesAnotherProgramsOne() throws Exception {
        Path dir = tmp.resolve("p");
        Path lock = dir.resolve(StoreFormat.LOCK);
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            assertTrue(Files.exists(lock));
        }
        assertFalse(Files.exists(lock), "the lock file went with the lock");
        ProjectStore again = ProjectStore.open(dir);
        assertTrue(Files.exists(lock), "and is made again by the next opening");
        // Another program's lock file where ours was, locked by it before it is moved there (an unlocked one the
        // holder's watch may take back as its own, as it should).
        Path other = Files.writeString(lock.resolveSibling("other.lock"), "theirs");
        try (var channel = java.nio.channels.FileChannel.open(other, java.nio.file.StandardOpenOption.WRITE);
             var theirs = channel.tryLock(Long.MAX_VALUE - 1, 1, false)) {
            assertTrue(theirs != null);
            Files.move(other, lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            again.close();
            assertEquals("theirs", Files.readString(lock), "a lock file not ours is left as it is");
        }
    }

    @Test
    void aHolderWhoseLockWasTakenOverRefusesToSave() throws Exception {
        Path dir = tmp.resolve("p");
        Path lock = dir.resolve(StoreFormat.LOCK);
        try (ProjectStore first = StoreTestSupport.createFixtureProject(dir)) {
            // Another program's lock file where ours was, moved over it in one step and locked before (the holder's
            // watch sees the move and tries to take the file at once).
            Path other = Files.writeString(lock.resolveSibling("other.lock"), "{\"program\":\"cli\",\"user\":"
                    + "\"ander\",\"host\":\"elders\",\"pid\":4242,\"since\":\"2026-12-01T10:00:00Z\",\"nonce\":\"theirs\"}");
            try (var channel = java.nio.channels.FileChannel.open(other, java.nio.file.StandardOpenOption.WRITE);
                 var theirs = channel.tryLock(Long.MAX_VALUE - 1, 1, false)) {
                assertTrue(theirs != null);
                Files.move(other, lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                first.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
                ProjectFileException e = assertThrows(ProjectFileException.class, first::save);
                assertTrue(e.getMessage().contains("another program took over"), e.getMessage());
            } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
                // This JVM holds a lock on a file of that path already; the refusal is then the same.
                first.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
                assertThrows(ProjectFileException.class, first::save);
            }
        }
        assertTrue(ProjectReader.read(dir).code("n").isEmpty(), "nothing was written over the other's work");
    }

    /** The time a holder took the lock is said as a reader reads a time. */
    @Test
    void theHoldersTimeIsReadable() {
        String said = ProjectLock.readable("2026-12-04T18:24:57.846512351Z");
        assertTrue(said.matches("2026-12-0[45] \\d\\d:\\d\\d"), said);
        org.junit.jupiter.api.Assertions.assertEquals("gisteren", ProjectLock.readable("gisteren"), "kept when not a time");
    }

    @Test
    void twoWritersNeverNameAPartAlike() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Set<String> first = savedPartsAfterOneChange(dir, "a");
        // Back to the same save number: as if a second program had opened the same manifest.
        Path manifest = dir.resolve(StoreFormat.MANIFEST);
        Files.copy(dir.resolve(StoreFormat.BACKUPS).resolve(latestBackup(dir)), manifest,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Set<String> second = savedPartsAfterOneChange(dir, "b");
        assertEquals(first.stream().map(LockTest::saveNumber).collect(Collectors.toSet()),
                second.stream().map(LockTest::saveNumber).collect(Collectors.toSet()), "the same save number");
        assertNotEquals(first, second, "yet other names");
    }

    private static Set<String> savedPartsAfterOneChange(Path dir, String code) throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(CodeCommands.add(Code.of(code, "Code " + code, null, null)));
            SaveSnapshot snapshot = store.capture();
            store.write(snapshot, ProjectStore.Target.SAVE);
            return Set.of(snapshot.projectPartFile());
        }
    }

    private static String saveNumber(String part) {
        return part.split("-")[1];
    }

    private static String latestBackup(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve(StoreFormat.BACKUPS))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("veldwerk-\\d+\\.json")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A folder that cannot be written to is said at open with what to do then, not a save's advice (QA). */
    @Test
    void aFolderThatCannotBeWrittenToIsSaidAsSuchAtOpen() {
        ProjectFileException e = ProjectLock.lockProblem(tmp, new java.nio.file.AccessDeniedException(
                tmp.resolve(".lock").toString()));
        String said = e.problem().text(java.util.Locale.ENGLISH);
        assertTrue(said.contains("cannot be opened for editing") && said.contains("copy the project folder"), said);
        assertTrue(!said.contains("Export bundle"), said);
    }

    /** A full disk at open is said with what to do then: there is no work open yet to export (QA). */
    @Test
    void aFullDiskIsSaidAsSuchAtOpen() {
        ProjectFileException e = ProjectLock.lockProblem(tmp, new java.io.IOException("No space left on device"));
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.of("nl"))) {
            String said = e.problem().text(locale);
            assertTrue(said.contains("No space left on device") && !said.contains("bundle") && !said.contains("bundel"),
                    said);
        }
        assertTrue(e.problem().text(java.util.Locale.ENGLISH).contains("Free some space on that disk and open the "
                + "project again"));
    }

    /**
     * A lock file another computer left (a synced folder: the file travels, not its lock) is told with who, where and
     * since when; this computer's, an empty one (a closed project's, where it could not be deleted) and none are not.
     */
    @Test
    void aLockFileLeftByAnotherComputerIsToldAndAnEmptyOneIsNot() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        assertEquals(java.util.Optional.empty(), ProjectStore.openElsewhereBySync(dir), "none after a close");
        Files.writeString(dir.resolve(StoreFormat.LOCK), "{\"program\":\"window\",\"user\":\"anna\","
                + "\"host\":\"laptop-anna\",\"pid\":1,\"since\":\"2026-12-07T19:00:00Z\",\"nonce\":\"n\"}");
        ProjectStore.Elsewhere there = ProjectStore.openElsewhereBySync(dir).orElseThrow();
        assertEquals("anna", there.user());
        assertEquals("laptop-anna", there.host());
        Files.writeString(dir.resolve(StoreFormat.LOCK), "");
        assertEquals(java.util.Optional.empty(), ProjectStore.openElsewhereBySync(dir), "an emptied one names no one");
        Files.writeString(dir.resolve(StoreFormat.LOCK), "{\"program\":\"window\",\"user\":\"me\",\"host\":\""
                + ProjectLock.hostName() + "\",\"pid\":1,\"since\":\"2026-12-07T19:00:00Z\",\"nonce\":\"n\"}");
        assertEquals(java.util.Optional.empty(), ProjectStore.openElsewhereBySync(dir), "this computer's own");
        try (ProjectStore open = ProjectStore.open(dir)) {
            assertEquals(java.util.Optional.empty(), ProjectStore.openElsewhereBySync(dir), "held here");
        }
    }
}
