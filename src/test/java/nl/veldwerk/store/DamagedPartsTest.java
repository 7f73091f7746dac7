package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flipped character in a part is noticed (its checksum); the rest of the project opens read-only and
 * the damaged document comes back from its second copy, or else from the newest backup with an intact one.
 */
class DamagedPartsTest {
    @TempDir
    Path tmp;

    private static Path partOf(Path dir, String documentId) throws Exception {
        var manifest = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST));
        return dir.resolve(manifest.documents().stream().filter(r -> r.id().equals(documentId)).findFirst()
                .orElseThrow().file());
    }

    private static void flip(Path part, String word) throws Exception {
        String json = Files.readString(part);
        assertTrue(json.contains(word), word);
        Files.writeString(part, json.replaceFirst(word, word.toUpperCase()));
    }

    @Test
    void aFlippedCharacterIsNoticedAndTheSecondCopyRestoresTheDocument() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Path part = partOf(dir, "a01");
        flip(part, "buren");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertTrue(e.getMessage().contains("does not match the checksum"), e.getMessage());
        try (ProjectStore store = ProjectStore.openSalvaging(dir)) {
            assertEquals(1, store.damaged().size());
            assertEquals("a01", store.damaged().getFirst().documentId());
            assertTrue(store.session().project().document("w01").isPresent(), "the rest is open");
            assertTrue(store.session().isReadOnly());
            assertThrows(ProjectFileException.class, store::save, "nothing is saved over the damaged part");
            Map<String, Backups.Copy> copies = store.restorable();
            assertTrue(copies.get("a01").secondCopy());
            assertEquals("A01", copies.get("a01").documentName());
            store.restoreDamaged();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(Fixtures.A01_TEXT, store.session().project().document("a01").orElseThrow().text());
            assertEquals(1, store.session().project().quotationsOf("a01").size());
        }
    }

    /**
     * The project part (codebook, memos, groups) cut off, emptied or deleted: the project opens from its intact
     * second copy and puts it back (QA: the project could not be opened at all, the copy unused).
     */
    @Test
    void aDamagedOrMissingProjectPartIsReadFromItsSecondCopyAndPutBack() throws Exception {
        for (String damage : java.util.List.of("cut", "empty", "deleted")) {
            Path dir = tmp.resolve("p-" + damage);
            StoreTestSupport.createFixtureProject(dir).close();
            Path part = dir.resolve(ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST)).projectPart());
            byte[] intact = Files.readAllBytes(part);
            switch (damage) {
                case "cut" -> Files.write(part, java.util.Arrays.copyOf(intact, intact.length / 2));
                case "empty" -> Files.write(part, new byte[0]);
                default -> Files.delete(part);
            }
            try (ProjectStore store = ProjectStore.open(dir)) {
                assertTrue(store.session().project().codes().size() > 0, damage + ": the codebook is there");
                assertTrue(!store.session().isReadOnly(), damage);
            }
            assertTrue(java.util.Arrays.equals(intact, Files.readAllBytes(part)), damage + ": put back");
        }
    }

    /** Without an intact copy the project part's damage is said, as before: nothing is made up. */
    @Test
    void aProjectPartDamagedInBothCopiesIsRefused() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(CodeCommands.add(Code.of("nieuw", "Nieuw", null, null)));
            store.save(); // the save before keeps its own project part
        }
        String name = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST)).projectPart();
        Files.write(dir.resolve(name), new byte[0]);
        Path copy = dir.resolve(StoreFormat.BACKUPS).resolve(name);
        assertTrue(Files.exists(copy), "the fixture's project part has a second copy");
        Files.writeString(copy, Files.readString(copy).replaceFirst("\\{", "{ "));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertTrue(Backups.aboutTheManifest(e), "its earlier saves are offered (QA: a dead end): " + e.getMessage());
        Path earlier = Backups.copyAsProject(dir, Backups.saves(dir).getFirst(), "earlier save");
        try (ProjectStore store = ProjectStore.open(earlier)) {
            assertTrue(store.session().project().code("nieuw").isEmpty(), "the save before, whole");
        }
    }

    @Test
    void whenBothCopiesAreDamagedTheNewestBackupWithAnIntactOneRestoresIt() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(QuotationCommands.codeRange("a01", 30, 45, "schaamte", "me", Fixtures.T));
            store.save(); // a01 written anew: the backup holds the version with one quotation
        }
        Path part = partOf(dir, "a01");
        flip(part, "buren");
        flip(dir.resolve(StoreFormat.BACKUPS).resolve(dir.relativize(part).toString()), "buren");
        try (ProjectStore store = ProjectStore.openSalvaging(dir)) {
            Backups.Copy copy = store.restorable().get("a01");
            assertTrue(copy != null && !copy.secondCopy(), "from the backup: " + copy);
            store.restoreDamaged();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(1, store.session().project().quotationsOf("a01").size(), "as in that backup");
            store.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
            store.save(); // and saving goes on as before
        }
        assertTrue(ProjectReader.read(dir).code("n").isPresent());
    }

    @Test
    void withoutAnIntactCopyNothingIsRestoredAndTheDocumentIsNamed() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Path part = partOf(dir, "w01");
        Files.writeString(part, "{\"document\": ");
        Files.delete(dir.resolve(StoreFormat.BACKUPS).resolve(dir.relativize(part).toString()));
        try (ProjectStore store = ProjectStore.openSalvaging(dir)) {
            assertEquals("w01", store.damaged().getFirst().documentId());
            assertTrue(store.damaged().getFirst().problem().toString().contains("not valid JSON"));
            assertTrue(store.restorable().isEmpty());
            assertTrue(store.restoreDamaged().isEmpty());
        }
        assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir), "still damaged");
    }
}
