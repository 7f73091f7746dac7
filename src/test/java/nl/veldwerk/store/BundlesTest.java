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
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());
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
        assertFalse(Files.exists(tmp.resolve("t")));
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
