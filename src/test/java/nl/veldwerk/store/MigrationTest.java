package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.fingerprint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project saved in format 1 (checked in under test resources) opens, and is upgraded only when saved. */
class MigrationTest {
    @TempDir
    Path tmp;

    @Test
    void aVersion1ProjectIsMigratedOnOpenAndRewrittenOnSave() throws Exception {
        Path dir = tmp.resolve("old");
        copyFixture(dir);
        Map<String, String> before = fingerprint(dir);
        try (ProjectStore store = ProjectStore.open(dir)) {
            Code weak = store.session().project().code("weak").orElseThrow();
            assertEquals("#aec7e8", weak.color(), "integer colour 11454440 becomes #aec7e8");
            assertEquals(Phase.OPEN, weak.phase());
            assertEquals("netwerk", weak.parentId(), "a child stored before its parent still loads");
            assertEquals(1, store.session().project().codingsWithCode("weak").size());
            assertTrue(store.session().hasUnsavedChanges(), "a migrated project needs saving in the new format");
            Map<String, String> afterOpen = fingerprint(dir);
            afterOpen.remove(StoreFormat.LOCK);
            assertEquals(before, afterOpen, "opening does not change the old files");
            store.save();
        }
        String manifest = Files.readString(dir.resolve(StoreFormat.MANIFEST));
        assertTrue(manifest.contains("\"schemaVersion\" : " + StoreFormat.SCHEMA_VERSION), manifest);
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals("#aec7e8", reopened.session().project().code("weak").orElseThrow().color());
            assertTrue(!reopened.session().hasUnsavedChanges());
        }
    }

    static void copyFixture(Path target) throws Exception {
        Path source = Path.of(MigrationTest.class.getResource("/fixtures/v1-project/veldwerk.json").toURI()).getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }
}
