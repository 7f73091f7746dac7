package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlesTest {
    @TempDir
    Path tmp;

    @Test
    void aBundleOpensBackAsTheSameProject() throws Exception {
        Project original;
        Path bundle = tmp.resolve("wijk-y.vwz");
        try (ProjectStore store = createFixtureProject(tmp.resolve("p"))) {
            original = store.session().project().copy();
            Bundles.export(store.session().project(), bundle);
        }
        Path unpacked = tmp.resolve("from-supervisor");
        Bundles.extract(bundle, unpacked);
        try (ProjectStore store = ProjectStore.open(unpacked)) {
            assertEquals(original, store.session().project());
        }
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Open to whom a folder made there is (unpacked into a temporary folder, it was the owner's alone).
            assertEquals(java.nio.file.Files.getPosixFilePermissions(java.nio.file.Files.createDirectory(
                    tmp.resolve("gewone map"))), java.nio.file.Files.getPosixFilePermissions(unpacked));
        }
    }

    /** A supervisor's copy compared with the project holds the interviews: nothing of it stays in the temp folder. */
    @Test
    void aBundleReadOnceLeavesNothingBehindAndKeepsItsTexts() throws Exception {
        Path bundle = tmp.resolve("reviewed.vwz");
        Project original;
        try (ProjectStore store = createFixtureProject(tmp.resolve("p"))) {
            original = store.session().project().copy();
            Bundles.export(store.session().project(), bundle);
        }
        Path temp = Files.createDirectory(tmp.resolve("temp"));
        Project read = Bundles.readOnce(bundle, p -> p, temp);
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "the unpacked copy is removed");
        }
        assertEquals(original, read);
        assertEquals(java.util.Optional.of(original.info().name()), Bundles.studyName(bundle), "read without unpacking");
        assertEquals(java.util.Optional.empty(), Bundles.studyName(tmp.resolve("p").resolve("veldwerk.json")));
        String someText = original.documents().iterator().next().text();
        assertEquals(someText, read.documents().iterator().next().text(), "texts stay readable after the folder is gone");

        assertThrows(IllegalStateException.class, () -> Bundles.readOnce(bundle, p -> {
            throw new IllegalStateException("the comparison failed");
        }, temp));
        Files.writeString(tmp.resolve("spoilt.vwz"), "not a zip");
        assertThrows(ProjectFileException.class, () -> Bundles.readOnce(tmp.resolve("spoilt.vwz"), p -> p, temp));
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "also when the comparison or the reading fails");
        }
    }

    @Test
    void aBundleWithAPathOutsideTheFolderIsRefusedAndLeavesNothing() throws Exception {
        Path bundle = tmp.resolve("evil.vwz");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../escape.json"));
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        Path target = tmp.resolve("target");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle, target));
        assertTrue(e.getMessage().contains("which a bundle never does"), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(tmp.getParent().resolve("escape.json")));
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "only the bundle itself remains");
        }
    }

    @Test
    void aFileThatIsNotABundleGetsAClearMessage() throws Exception {
        Path notZip = tmp.resolve("notes.vwz");
        Files.writeString(notZip, "just text");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> Bundles.extract(notZip, tmp.resolve("t")));
        assertTrue(e.getMessage().startsWith(notZip.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is not a Veldwerk bundle (.vwz)"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("t")));
        // A project's own file chosen for its bundle (QA: a supervisor's veldwerk.json): what to choose instead.
        Path manifest = Files.writeString(tmp.resolve("veldwerk.json"), "{\"format\":3}");
        ProjectFileException chosen = assertThrows(ProjectFileException.class,
                () -> Bundles.readOnce(manifest, p -> p));
        assertTrue(chosen.getMessage().contains("is a file inside a project folder, not a bundle: choose the project's "
                + "bundle (.vwz), which File → Export bundle makes"), chosen.getMessage());
    }

    /** Damaged inside (a copy cut or spoilt on the way): said as such, not as the inflater's words alone. */
    @Test
    void aBundleDamagedInsideIsSaidToBeDamaged() throws Exception {
        Path bundle = tmp.resolve("b.vwz");
        try (ProjectStore store = createFixtureProject(tmp.resolve("p"))) {
            Bundles.export(store.session().project(), bundle);
        }
        byte[] bytes = Files.readAllBytes(bundle);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            // Spoil the compressed data of the largest entry, leaving the zip's directory as it is.
            java.util.zip.ZipEntry largest = zip.stream().max(java.util.Comparator.comparingLong(
                    java.util.zip.ZipEntry::getCompressedSize)).orElseThrow();
            int at = indexOf(bytes, largest.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + largest.getName().length() + 40;
            for (int i = at; i < at + 40; i++) {
                bytes[i] = (byte) (bytes[i] ^ 0x5A);
            }
        }
        Files.write(bundle, bytes);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle,
                tmp.resolve("t")));
        assertTrue(e.getMessage().contains("is damaged or incomplete"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void extractingOverAnExistingFolderIsRefused() throws Exception {
        Path bundle = tmp.resolve("b.vwz");
        try (ProjectStore store = createFixtureProject(tmp.resolve("p"))) {
            Bundles.export(store.session().project(), bundle);
        }
        assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle, tmp.resolve("p")));
    }
}
