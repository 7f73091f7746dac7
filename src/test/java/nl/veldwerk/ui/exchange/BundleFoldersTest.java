package nl.veldwerk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFoldersTest {
    @Test
    void aBundleUnpacksBesideItselfIntoAFolderThatDoesNotExistYet(@TempDir Path dir) throws IOException {
        Path bundle = Files.writeString(dir.resolve("Wijk Y.VWZ"), "zip");
        assertEquals(dir.resolve("Wijk Y"), BundleFolders.besideBundle(bundle));
        Files.createDirectory(dir.resolve("Wijk Y"));
        Files.createDirectory(dir.resolve("Wijk Y (2)"));
        assertEquals(dir.resolve("Wijk Y (3)"), BundleFolders.besideBundle(bundle));
        assertEquals(dir.resolve("Buurt"), BundleFolders.besideBundle(dir.resolve("Buurt.zip")),
                "a bundle zipped again: not 'Buurt.zip' (review)");
    }
}
