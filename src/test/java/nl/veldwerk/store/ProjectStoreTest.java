package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static nl.veldwerk.store.StoreTestSupport.fingerprint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedProjectOpensEqualByValue() throws Exception {
        Path dir = tmp.resolve("wijk-y");
        Project saved;
        try (ProjectStore store = createFixtureProject(dir)) {
            saved = store.session().project().copy();
            assertFalse(store.session().hasUnsavedChanges());
        }
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals(saved, reopened.session().project());
            assertFalse(reopened.session().hasUnsavedChanges());
        }
    }

    @Test
    void aSaveWritesOnlyTheChangedDocumentPart() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = createFixtureProject(dir)) {
            Set<Path> before = partFiles(dir);
            store.session().execute(QuotationCommands.codeRange("w01", 0, 4, "weak", "me", Fixtures.T));
            store.save();
            Set<Path> added = partFiles(dir);
            added.removeAll(before);
            // The manifest's list of documents moves into a list part at the first save (version 6).
            added.removeIf(file -> file.getFileName().toString().startsWith("l-"));
            assertEquals(1, added.size(), "only the coded document's part is new: " + added);
            assertTrue(added.iterator().next().getFileName().toString().startsWith("d-"));

            // A project-wide change writes the project part only.
            Set<Path> before2 = partFiles(dir);
            store.session().execute(CodeCommands.rename("schaamte", "Schaamte (shame)"));
            store.save();
            Set<Path> added2 = partFiles(dir);
            added2.removeAll(before2);
            assertEquals(1, added2.size());
            assertTrue(added2.iterator().next().getFileName().toString().startsWith("p-"));
        }
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals("Schaamte (shame)", reopened.session().project().code("schaamte").orElseThrow().name());
            assertEquals(2, reopened.session().project().quotations().size());
        }
    }

    @Test
    void oldPartsAreCollectedButBackupsKeepTheirs() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = createFixtureProject(dir)) {
            for (int i = 0; i < 12; i++) {
                store.session().execute(CodeCommands.add(Code.of("x" + i, "Extra " + i, null, null)));
                store.save();
            }
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups")).filter(Files::isRegularFile)) {
            assertEquals(StoreFormat.BACKUPS_KEPT + 1, backups.count(), "the saves before, and the last one's copy");
        }
        assertTrue(Files.exists(dir.resolve("backups").resolve(StoreFormat.MANIFEST_COPY)));
        // 1 current + 5 backups each name one project part; the documents' parts are shared.
        long projectParts = partFiles(dir).stream().filter(p -> p.getFileName().toString().startsWith("p-")).count();
        assertEquals(1 + StoreFormat.BACKUPS_KEPT, projectParts);
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals(16, reopened.session().project().codes().size());
        }
    }

    @Test
    void aRecoverySaveHoldsWorkAfterTheLastSave() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = createFixtureProject(dir)) {
            store.session().execute(CodeCommands.add(Code.of("new", "Onbekendheid", null, null)));
            assertTrue(store.hasUnpersistedChanges());
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(store.capture(), ProjectStore.Target.RECOVERY));
            assertFalse(store.hasUnpersistedChanges());
            // simulated crash: the store is closed without saving
        }
        assertTrue(ProjectStore.recoverableSince(dir).isPresent());
        try (ProjectStore saved = ProjectStore.open(dir)) {
            assertTrue(saved.session().project().code("new").isEmpty(), "the last save does not have it");
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().code("new").isPresent());
            assertTrue(recovered.session().hasUnsavedChanges());
            recovered.save();
        }
        assertTrue(ProjectStore.recoverableSince(dir).isEmpty(), "a save supersedes the recovery save");
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertTrue(reopened.session().project().code("new").isPresent());
        }
    }

    @Test
    void aProjectOpenInOneWindowCannotBeOpenedInAnother() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = createFixtureProject(dir)) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        ProjectStore.open(dir).close();
    }

    @Test
    void creatingOverAnExistingProjectIsRefused() throws Exception {
        Path dir = tmp.resolve("p");
        createFixtureProject(dir).close();
        Map<String, String> before = fingerprint(dir);
        assertThrows(ProjectFileException.class,
                () -> ProjectStore.create(dir, nl.veldwerk.model.ProjectInfo.named("x", Fixtures.T)));
        assertEquals(before, fingerprint(dir));
    }

    @Test
    void aStaleSnapshotIsNotCommittedOverANewerOne() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = createFixtureProject(dir)) {
            SaveSnapshot older = store.capture();
            store.session().execute(CodeCommands.rename("schaamte", "Schaamte!"));
            SaveSnapshot newer = store.capture();
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(newer, ProjectStore.Target.SAVE));
            assertEquals(ProjectStore.Outcome.SUPERSEDED, store.write(older, ProjectStore.Target.SAVE));
        }
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals("Schaamte!", reopened.session().project().code("schaamte").orElseThrow().name());
        }
    }

    private static Set<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("parts"))) {
            return new HashSet<>(files.toList());
        }
    }

    @Test
    void afterAPseudonymisationNoOlderVersionOnDiskKeepsTheName() throws Exception {
        Path dir = tmp.resolve("wijk-y");
        try (ProjectStore store = createFixtureProject(dir)) {
            var s = store.session();
            s.execute(CodeCommands.rename("schaamte", "Schaamte en trots"));
            store.save();
            s.execute(new nl.veldwerk.project.Pseudonymisation(java.util.List.of(
                    new nl.veldwerk.project.Pseudonymisation.Replacement("wijkcoach", "[functie]")), true)
                    .command(s.project()));
            store.save();
            assertTrue(containsAnywhere(dir, "wijkcoach"), "the backups still hold the name before forgetting them");
            store.forgetHistory();
            assertFalse(containsAnywhere(dir, "wijkcoach"), "no backup, recovery save or old part keeps it");
            assertEquals(s.project(), ProjectReader.read(dir), "the last save is whole");
        }
    }

    @Test
    void forgettingHistoryKeepsWorkSavedForRecoveryAfterTheLastSave() throws Exception {
        Path dir = tmp.resolve("wijk-y");
        Project expected;
        try (ProjectStore store = createFixtureProject(dir)) {
            store.session().execute(CodeCommands.rename("schaamte", "Schaamte (ná de save)"));
            store.write(store.capture(), ProjectStore.Target.RECOVERY);
            store.forgetHistory();
            expected = store.session().project().copy();
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertEquals(expected, recovered.session().project(), "the recovery save and its parts are whole");
        }
    }

    private static boolean containsAnywhere(Path dir, String word) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).contains(word);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
