package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.testing.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project in a synced folder saved on two computers at once: the sync service keeps the second computer's
 * manifest beside the first's ("veldwerk (…conflicted copy…).json") and both computers' parts. That work must
 * survive this computer's saves (which deleted the parts only the other version named) and come back as a
 * project of its own.
 */
class OtherVersionsTest {
    @TempDir
    Path tmp;

    @Test
    void anotherComputersSaveIsKeptThroughSavesHereAndCopiedIntoAProjectOfItsOwn() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        Path there = tmp.resolve("laptop");
        ProjectFolders.copyWithoutLock(here, there);
        saveOnTheLaptop(there);
        // What the sync service leaves: the laptop's parts beside ours, its manifest under another name.
        syncPartsInto(there, here);
        Path conflicted = here.resolve("veldwerk (Jan's conflicted copy 2026-12-03).json");
        Files.copy(there.resolve("veldwerk.json"), conflicted);
        Files.writeString(here.resolve("veldwerk-notes.json"), "{\"not\": \"a manifest\"}");

        try (ProjectStore store = ProjectStore.open(here)) {
            assertEquals(List.of(conflicted), store.otherVersions().stream().map(OtherVersions.Version::file).toList(),
                    "the conflicted copy, not a file of another kind");
            for (int i = 0; i < StoreFormat.BACKUPS_KEPT + 3; i++) { // saves that collect unreferenced parts
                store.session().execute(QuotationCommands.codeRange("w01", 10 + i, 14 + i, "weak", "me", Fixtures.T));
                store.save();
            }
            Path copy = OtherVersions.copyWith(here, store.otherVersions().getFirst());
            assertTrue(copy.getFileName().toString().startsWith("scriptie (other version "), copy.toString());
            try (ProjectStore other = ProjectStore.open(copy)) {
                assertTrue(other.session().project().code("laptop").isPresent(), "the laptop's work is there");
                assertEquals(1, other.session().project().codingsWithCode("laptop").size());
                assertTrue(other.otherVersions().isEmpty());
            }
        }
        assertFalse(Files.exists(conflicted), "set aside once copied");
        assertTrue(Files.exists(here.resolve(OtherVersions.SET_ASIDE).resolve(conflicted.getFileName())));
        try (ProjectStore store = ProjectStore.open(here)) {
            assertTrue(store.otherVersions().isEmpty(), "not offered again");
            assertFalse(store.session().project().code("laptop").isPresent(), "this project is as it was");
        }
    }

    /**
     * The sync service brings the laptop's save in while the project is open here, into the manifest's own
     * place (no conflicted copy): the next save here wrote over it, and the laptop's work was gone. Now the save
     * sets it aside as another version first, says so, and keeps its parts through later saves.
     */
    @Test
    void anotherComputersSaveSyncedInWhileOpenIsSetAsideNotWrittenOver() throws Exception {
        int weakHere;
        Path here = tmp.resolve("open");
        createFixtureProject(here).close();
        Path there = tmp.resolve("laptop");
        ProjectFolders.copyWithoutLock(here, there);
        try (ProjectStore store = ProjectStore.open(here)) {
            store.session().execute(QuotationCommands.codeRange("w01", 20, 24, "weak", "me", Fixtures.T));
            store.save();
            assertFalse(store.takeVersionSetAside(), "our own save is not another version");
            saveOnTheLaptop(there);
            // The sync service: the laptop's parts beside ours, and its manifest in the manifest's place.
            syncPartsInto(there, here);
            Files.copy(there.resolve("veldwerk.json"), here.resolve("veldwerk.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            for (int i = 0; i < StoreFormat.BACKUPS_KEPT + 3; i++) { // saves that collect unreferenced parts
                store.session().execute(QuotationCommands.codeRange("w01", 10 + i, 14 + i, "weak", "me", Fixtures.T));
                store.save();
                assertEquals(i == 0, store.takeVersionSetAside(), "said once, at the save that found it");
            }
            assertEquals(1, store.otherVersions().size());
            Path aside = store.otherVersions().getFirst().file();
            assertTrue(aside.getFileName().toString().startsWith("veldwerk (saved elsewhere "), aside.toString());
            Path copy = OtherVersions.copyWith(here, store.otherVersions().getFirst());
            try (ProjectStore other = ProjectStore.open(copy)) {
                assertEquals(1, other.session().project().codingsWithCode("laptop").size(), "the laptop's work is there");
            }
            weakHere = store.session().project().codingsWithCode("weak").size();
        }
        try (ProjectStore store = ProjectStore.open(here)) {
            assertFalse(store.session().project().code("laptop").isPresent(), "this project is as it was saved here");
            assertEquals(weakHere, store.session().project().codingsWithCode("weak").size(), "every save here is in it");
        }
    }

    /** A conflicted copy that arrives while the project is open is kept through the saves here, and said. */
    @Test
    void aConflictedCopyArrivingWhileOpenIsKeptAndSaid() throws Exception {
        Path here = tmp.resolve("tijdens");
        createFixtureProject(here).close();
        Path there = tmp.resolve("tijdens-laptop");
        ProjectFolders.copyWithoutLock(here, there);
        try (ProjectStore store = ProjectStore.open(here)) {
            assertTrue(store.otherVersions().isEmpty());
            saveOnTheLaptop(there);
            syncPartsInto(there, here);
            Files.copy(there.resolve("veldwerk.json"), here.resolve("veldwerk (Jan's conflicted copy).json"));
            for (int i = 0; i < StoreFormat.BACKUPS_KEPT + 3; i++) {
                store.session().execute(QuotationCommands.codeRange("w01", 10 + i, 14 + i, "weak", "me", Fixtures.T));
                store.save();
                assertEquals(i == 0, store.takeVersionSetAside(), "said once, at the save that found it");
            }
            Path copy = OtherVersions.copyWith(here, store.otherVersions().getFirst());
            try (ProjectStore other = ProjectStore.open(copy)) {
                assertEquals(1, other.session().project().codingsWithCode("laptop").size(), "the laptop's work is there");
            }
        }
    }

    /** A save in the manifest's place this version cannot read (a newer Veldwerk's) is kept all the same. */
    @Test
    void aNewerVersionsSaveInTheManifestsPlaceIsSetAsideToo() throws Exception {
        Path here = tmp.resolve("nieuwer");
        createFixtureProject(here).close();
        try (ProjectStore store = ProjectStore.open(here)) {
            String theirs = Files.readString(here.resolve("veldwerk.json"))
                    .replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+", "\"schemaVersion\" : 99")
                    .replaceFirst("\"savedAt\"\\s*:\\s*\"[^\"]*\"", "\"savedAt\" : \"2026-12-04T10:00:00Z\"");
            Files.writeString(here.resolve("veldwerk.json"), theirs);
            store.session().execute(QuotationCommands.codeRange("w01", 10, 14, "weak", "me", Fixtures.T));
            store.save();
            assertTrue(store.takeVersionSetAside(), "another program's save, though this version cannot read it");
            try (Stream<Path> files = Files.list(here)) {
                assertEquals(List.of(theirs), files.filter(f -> f.getFileName().toString().startsWith(
                        "veldwerk (saved elsewhere ")).map(f -> {
                            try {
                                return Files.readString(f);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).toList());
            }
            // Our own saves after it are ours: nothing more set aside.
            store.session().execute(QuotationCommands.codeRange("w01", 20, 24, "weak", "me", Fixtures.T));
            store.save();
            assertFalse(store.takeVersionSetAside());
        }
    }

    /** The laptop's work: a code of its own and a coding with it, saved. */
    private static void saveOnTheLaptop(Path there) throws Exception {
        try (ProjectStore laptop = ProjectStore.open(there)) {
            laptop.session().execute(CodeCommands.add(Code.of("laptop", "Op de laptop gemaakt", null, null)));
            laptop.session().execute(QuotationCommands.codeRange("w01", 0, 4, "laptop", "me", Fixtures.T));
            laptop.save();
        }
    }

    /** What a sync service brings over first: the parts the other computer wrote that this folder lacks. */
    private static void syncPartsInto(Path there, Path here) throws Exception {
        try (Stream<Path> parts = Files.list(there.resolve("parts"))) {
            for (Path part : parts.toList()) {
                if (!Files.exists(here.resolve("parts").resolve(part.getFileName()))) {
                    Files.copy(part, here.resolve("parts").resolve(part.getFileName()));
                }
            }
        }
    }
}
