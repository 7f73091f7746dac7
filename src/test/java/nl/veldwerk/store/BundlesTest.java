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
        Path bundle = tmp.resolve("wijk-y.vwz");
        Project original = exportedFixture(bundle);
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
        Project original = exportedFixture(bundle);
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

    /**
     * A bundle unpacked to look inside and zipped again on a Mac (its files under the folder's name, "__MACOSX/" and
     * ".DS_Store" beside them), or a project folder zipped as it is (backups, lock, index): the project it holds
     * (QA: "not a Veldwerk bundle").
     */
    @Test
    void aBundleZippedAgainOnAMacOrAZippedProjectFolderOpensAsTheProject() throws Exception {
        Path bundle = tmp.resolve("wijk-y.vwz");
        Project original = exportedFixture(bundle);
        Path again = tmp.resolve("wijk-y-again.vwz");
        try (var in = new java.util.zip.ZipFile(bundle.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(again))) {
            zip.putNextEntry(new ZipEntry("wijk-y/"));
            zip.putNextEntry(new ZipEntry("wijk-y/.DS_Store"));
            zip.write(new byte[] {0, 0, 0, 1});
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                zip.putNextEntry(new ZipEntry("wijk-y/" + entry.getName()));
                zip.write(bytes);
                zip.putNextEntry(new ZipEntry("__MACOSX/wijk-y/._" + entry.getName().replace("parts/", "")));
                zip.write(new byte[] {5, 22, 7, 0});
            }
            zip.putNextEntry(new ZipEntry("wijk-y/backups/veldwerk-latest.json"));
            zip.write("{}".getBytes());
            zip.putNextEntry(new ZipEntry("wijk-y/index/segments_1"));
            zip.write(new byte[] {1});
            zip.putNextEntry(new ZipEntry("wijk-y/.lock"));
            zip.write("someone".getBytes());
            zip.putNextEntry(new ZipEntry("wijk-y/veldwerk (Jan's conflicted copy).json"));
            zip.write("{}".getBytes());
            zip.putNextEntry(new ZipEntry("wijk-y/parts/d-9-9-abc.json.tmp"));
            zip.write("{".getBytes());
        }
        assertTrue(Bundles.isBundleName(Path.of("wijk-y.ZIP")) && Bundles.isBundleName(again)
                && !Bundles.isBundleName(Path.of("wijk-y")), "opened as a bundle by its name");
        assertEquals(java.util.Optional.of(original.info().name()), Bundles.checkedStudyName(again));
        Path unpacked = tmp.resolve("unpacked");
        Bundles.extract(again, unpacked);
        try (ProjectStore store = ProjectStore.open(unpacked)) {
            assertEquals(original, store.session().project());
        }
        try (var left = Files.list(unpacked)) {
            assertEquals(java.util.Set.of("veldwerk.json", "parts", "backups"), left.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(".lock")).collect(java.util.stream.Collectors.toSet()), "no system files unpacked");
        }

        // A file beside the project's folder in the zip: no bundle (its entries are not all the project's).
        Path beside = tmp.resolve("beside.zip");
        try (var in = new java.util.zip.ZipFile(again.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(beside))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.getInputStream(entry).readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("media/elsewhere.wav"));
            zip.write(new byte[] {1});
        }
        ProjectFileException stray = assertThrows(ProjectFileException.class,
                () -> Bundles.extract(beside, tmp.resolve("t")));
        assertTrue(stray.getMessage().contains("media/elsewhere.wav"), stray.getMessage());

        // Zipped by Windows' Compressed folder: the folder's name in the DOS code page, not UTF-8 (review).
        Path windows = tmp.resolve("windows.zip");
        try (var in = new java.util.zip.ZipFile(bundle.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(windows),
                     java.nio.charset.Charset.forName("IBM437"))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry("Scriptie café/" + entry.getName()));
                zip.write(in.getInputStream(entry).readAllBytes());
            }
        }
        Bundles.extract(windows, tmp.resolve("van-windows"));
        try (ProjectStore store = ProjectStore.open(tmp.resolve("van-windows"))) {
            assertEquals(original, store.session().project());
        }

        // Two projects in one zip: neither is taken for the bundle.
        Path two = tmp.resolve("two.vwz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(two))) {
            for (String folder : new String[] {"a/", "b/"}) {
                zip.putNextEntry(new ZipEntry(folder + "veldwerk.json"));
                zip.write("{}".getBytes());
            }
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Bundles.extract(two, tmp.resolve("t")));
        assertTrue(e.getMessage().contains("is not a Veldwerk bundle"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("t")));
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
        exportedFixture(bundle);
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

    /** Unpacked into another project's folder, the two projects' files would mix: refused, nothing made (QA). */
    @Test
    void extractingIntoAnotherProjectsFolderIsRefused() throws Exception {
        Path bundle = tmp.resolve("wijk-y.vwz");
        exportedFixture(bundle);
        Path inside = tmp.resolve("p").resolve("sub").resolve("Bundelkopie");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle, inside));
        assertTrue(e.getMessage().contains("is inside the project folder " + tmp.resolve("p")), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("p").resolve("sub")));
        Bundles.extract(bundle, tmp.resolve("p").resolve("..").resolve("naast")); // "../naast" from inside: outside it
        assertTrue(Files.isRegularFile(tmp.resolve("naast").resolve("veldwerk.json")));
    }

    @Test
    void extractingOverAnExistingFolderIsRefused() throws Exception {
        Path bundle = tmp.resolve("b.vwz");
        exportedFixture(bundle);
        assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle, tmp.resolve("p")));
    }

    /** The fixture project made in "p" and exported as {@code bundle}; the project as it was exported. */
    private Project exportedFixture(Path bundle) throws Exception {
        try (ProjectStore store = createFixtureProject(tmp.resolve("p"))) {
            Bundles.export(store.session().project(), bundle);
            return store.session().project().copy();
        }
    }
}
