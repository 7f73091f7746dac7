package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new project (an import) appears whole or not at all: nothing at the chosen place while it is being written,
 * nothing left there or beside it when writing fails, the chosen empty folder taken, a folder with files refused.
 */
class WholeProjectFolderTest {
    @TempDir
    Path tmp;

    private static Project sample() {
        return Fixtures.session().project();
    }

    @Test
    void theProjectAndWhatComesWithItAppearTogetherAndNotBefore() throws Exception {
        Path place = tmp.resolve("Wijk Y");
        List<Boolean> placeSeenWhileFilling = new java.util.ArrayList<>();
        String filled = WholeProjectFolder.create(place, sample(), folder -> {
            placeSeenWhileFilling.add(Files.exists(place));
            assertTrue(ProjectStore.holdsProject(folder), "the project is written before the filling");
            Files.createDirectories(folder.resolve("media"));
            Files.writeString(folder.resolve("media/a01.wav"), "audio");
            return "done";
        });
        assertEquals("done", filled);
        assertEquals(List.of(false), placeSeenWhileFilling, "nothing at the chosen place until the whole is there");
        assertEquals("audio", Files.readString(place.resolve("media/a01.wav")));
        try (ProjectStore store = ProjectStore.open(place)) {
            assertEquals(2, store.session().project().documents().size());
        }
        assertEquals(List.of(place), inside(tmp), "no hidden folder left beside it");
    }

    @Test
    void aFillingThatFailsLeavesNothingAtThePlaceNorBesideIt() {
        Path place = tmp.resolve("Wijk Y");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(place,
                sample(), folder -> {
                    Files.writeString(folder.resolve("half.wav"), "half");
                    throw new IOException("No space left on device");
                }));
        assertEquals(place, e.file(), "the message names the place the user chose, not the hidden folder");
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertFalse(Files.exists(place));
        assertEquals(List.of(), inside(tmp));
        // and a second try finds the place free
        assertDoesNotThrow(() -> WholeProjectFolder.create(place, sample()));
        assertTrue(ProjectStore.holdsProject(place));
    }

    @Test
    void anEmptyFolderChosenIsTakenAndOneWithFilesIsLeftAsItWas() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("leeg"));
        WholeProjectFolder.create(empty, sample());
        assertTrue(ProjectStore.holdsProject(empty));

        Path full = Files.createDirectories(tmp.resolve("vol"));
        Files.writeString(full.resolve("aantekeningen.txt"), "mijn eigen");
        assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(full, sample()));
        assertEquals(List.of(full.resolve("aantekeningen.txt")), inside(full));
        assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(empty, sample()),
                "a project is not written over");
        assertEquals(List.of(empty, full), inside(tmp));
    }

    /**
     * A project made anew is open to whom a folder made there is (a temporary folder renamed into place was the
     * owner's alone: colleagues on a shared folder could not open an imported project; review).
     */
    @Test
    void theNewFolderHasTheUsualPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "permissions as POSIX systems have them");
        Path place = tmp.resolve("Gedeeld");
        WholeProjectFolder.create(place, sample());
        assertEquals(Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("gewone map"))),
                Files.getPosixFilePermissions(place));
    }

    /**
     * An empty folder chosen stays that folder (the shell's current one, a link to a share, a mount point): the
     * project is moved into it, not put in its place; the link stays a link.
     */
    @Test
    void anEmptyFolderChosenStaysTheSameFolderAndALinkStaysALink() throws Exception {
        Path chosen = Files.createDirectories(tmp.resolve("gekozen"));
        Object before = Files.readAttributes(chosen, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String host = ProjectLock.hostName().replaceAll("[^A-Za-z0-9._]", "_");
        long stopped = new ProcessBuilder("true").start().onExit().get().pid();
        Files.createDirectories(chosen.resolve(WholeProjectFolder.PREFIX + host + "-" + stopped + "-9/parts"));
        WholeProjectFolder.create(chosen, sample(), folder -> {
            // Written inside the chosen folder: the same disk, whatever it is (a link to a share: review).
            assertEquals(chosen.toRealPath(), folder.getParent().toRealPath());
            return Files.writeString(folder.resolve("opname.wav"), "x");
        });
        try (Stream<Path> inside = Files.list(chosen)) {
            assertTrue(inside.noneMatch(f -> f.getFileName().toString().startsWith(WholeProjectFolder.PREFIX)),
                    "a stopped import's hidden folder inside it went, and so did this one's");
        }
        assertEquals(before, Files.readAttributes(chosen, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey(), "the same folder");
        assertTrue(ProjectStore.holdsProject(chosen));
        assertEquals("x", Files.readString(chosen.resolve("opname.wav")));

        Path share = Files.createDirectories(tmp.resolve("share/leeg"));
        Path link = tmp.resolve("koppeling");
        try {
            Files.createSymbolicLink(link, share);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            return; // no links here (Windows without the right): the rest was checked
        }
        WholeProjectFolder.create(link, sample());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertTrue(ProjectStore.holdsProject(share), "the project is where the link leads");
        assertEquals(List.of(chosen, link, share.getParent()), inside(tmp), "no hidden folder left");
    }

    /**
     * What the filling adds (recordings copied or unpacked) is forced to disk with the project's parts before the
     * folder is moved into place, and the move's name after it: a power cut soon after an import left such files
     * empty under their names (the store forced only its own parts).
     */
    @Test
    void everyFileIsOnDiskBeforeTheProjectAppearsAndItsNameAfter() throws Exception {
        Path place = tmp.resolve("Wijk Y");
        Set<String> forcedFiles = new java.util.TreeSet<>();
        List<Path> forcedFolders = new java.util.ArrayList<>();
        List<Boolean> placeSeenWhenForcing = new java.util.ArrayList<>();
        Path[] hidden = new Path[1];
        Disk recording = new ForwardingDisk() {
            @Override
            public void forceFile(Path file) throws IOException {
                placeSeenWhenForcing.add(Files.exists(place));
                forcedFiles.add(hidden[0].relativize(file).toString().replace('\\', '/'));
                super.forceFile(file);
            }

            @Override
            public void forceFolder(Path folder) {
                forcedFolders.add(folder);
                super.forceFolder(folder);
            }
        };
        WholeProjectFolder.create(place, sample(), folder -> {
            hidden[0] = folder;
            Files.createDirectories(folder.resolve("media"));
            Files.writeString(folder.resolve("media/a01.wav"), "audio");
            return null;
        }, recording);
        Set<String> files;
        try (Stream<Path> all = Files.walk(place)) {
            files = all.filter(Files::isRegularFile).map(f -> place.relativize(f).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
        assertTrue(files.contains("media/a01.wav") && files.contains(StoreFormat.MANIFEST), files.toString());
        Set<String> notTheStores = new java.util.TreeSet<>(files);
        notTheStores.removeIf(f -> f.startsWith(StoreFormat.PARTS + "/") || f.startsWith(StoreFormat.BACKUPS + "/"));
        assertEquals(notTheStores, forcedFiles, "every file the store did not force as it wrote it, the recording too "
                + "(its parts again cost a flush each: review)");
        assertFalse(placeSeenWhenForcing.contains(true), "forced before the project appeared");
        assertTrue(forcedFolders.contains(hidden[0].resolve("media")), "the recording's name in its folder");
        assertEquals(tmp, forcedFolders.getLast(), "the new folder's name in its parent, after the move");
    }

    /**
     * A hidden folder a stopped program of this computer left (killed mid-import: a copy of interviews nobody sees)
     * goes with the next project made beside it; a running program's and another computer's stay.
     */
    @Test
    void hiddenFoldersOfStoppedProgramsHereAreRemovedOthersKept() throws Exception {
        String host = ProjectLock.hostName().replaceAll("[^A-Za-z0-9._]", "_");
        long stopped = new ProcessBuilder("true").start().onExit().get().pid();
        Path left = Files.createDirectories(tmp.resolve(WholeProjectFolder.PREFIX + host + "-" + stopped + "-1/parts"))
                .getParent();
        Path running = Files.createDirectories(tmp.resolve(WholeProjectFolder.PREFIX + host + "-"
                + ProcessHandle.current().pid() + "-2"));
        Path elsewhere = Files.createDirectories(tmp.resolve(WholeProjectFolder.PREFIX + "another_computer-"
                + stopped + "-3"));
        WholeProjectFolder.create(tmp.resolve("Nieuw"), sample());
        assertFalse(Files.exists(left), "a stopped program's, removed");
        assertTrue(Files.exists(running) && Files.exists(elsewhere), "a running program's and another computer's");
    }

    /**
     * A recording copied into a project from a read-only source (a DVD, a protected share) is a file of the
     * project's own, not read-only: Files.copy carried the mode over, and the copy could not be forced (review).
     */
    @Test
    void aReadOnlyRecordingIsCopiedAsAFileOfTheProjectsOwn() throws Exception {
        Path source = Files.writeString(tmp.resolve("a01.wav"), "RIFF....WAVE");
        Files.setPosixFilePermissions(source, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Path target = Files.createDirectories(tmp.resolve("media")).resolve("a01.wav");
        DurableFiles.copy(source, target);
        assertEquals("RIFF....WAVE", Files.readString(target));
        assertTrue(Files.getPosixFilePermissions(target).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(target).toString());
        assertFalse(Files.exists(target.resolveSibling("a01.wav.copying")));
    }

    private static List<Path> inside(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
