package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectDiff;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.store.StoreFormat.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The earlier saves a project keeps as backups, back as projects of their own: a researcher who saved over a
 * morning's mistake had backups on disk and no way to them.
 */
class EarlierSavesTest {
    @TempDir
    Path tmp;

    @Test
    void eachKeptSaveIsListedNewestFirstAndComesBackAsAProjectBesideThisOne() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        List<Project> saved = new java.util.ArrayList<>();
        try (ProjectStore store = ProjectStore.open(here)) {
            saved.add(store.session().project().copy());
            for (int i = 0; i < StoreFormat.BACKUPS_KEPT + 2; i++) {
                store.session().execute(QuotationCommands.codeRange("w01", 10 + i, 14 + i, "weak", "me", Fixtures.T));
                store.save();
                saved.add(store.session().project().copy());
            }
            List<Backups.Save> saves = Backups.saves(here);
            assertEquals(StoreFormat.BACKUPS_KEPT, saves.size(), "the saves kept, not the current one");
            for (int i = 1; i < saves.size(); i++) {
                assertTrue(saves.get(i - 1).savedAt().compareTo(saves.get(i).savedAt()) >= 0, "newest first");
            }
            // The newest backup is the save before the current one; the oldest kept BACKUPS_KEPT saves back.
            int quotationsBefore = saved.get(saved.size() - 2).quotations().size();
            assertEquals(quotationsBefore, saves.getFirst().quotations());
            assertEquals(saved.get(saved.size() - 2).codings().size(), saves.getFirst().codings());
            assertEquals(saved.get(saved.size() - 2).documents().size(), saves.getFirst().documents());

            Backups.Save oldest = saves.getLast();
            Project then = saved.get(saved.size() - 1 - StoreFormat.BACKUPS_KEPT);
            Path copy = Backups.copyAsProject(here, oldest, "earlier save");
            assertTrue(copy.getFileName().toString().startsWith("scriptie (earlier save "), copy.toString());
            try (ProjectStore earlier = ProjectStore.open(copy)) {
                assertEquals(List.of(), ProjectDiff.between(then, earlier.session().project()), "the project as it was then");
            }
            assertEquals(List.of(), Backups.saves(copy), "its history starts with the save it is made of, not this one's");
            assertEquals(StoreFormat.BACKUPS_KEPT, Backups.saves(here).size(), "the backup stays where it was");
            assertEquals(List.of(), ProjectDiff.between(store.session().project(), ProjectReader.read(here)),
                    "this project untouched");
        }
        assertTrue(Files.isDirectory(here));
        assertEquals(List.of(), Backups.saves(tmp.resolve("nothing-here")));
    }

    /**
     * An earlier save one of whose parts is gone from the project (and from its copies) is refused, naming the
     * project's own file: the refusal named the file in the copy it had just removed again (QA).
     */
    @Test
    void anEarlierSaveWithAPartGoneIsRefusedNamingTheProjectsOwnFile() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        try (ProjectStore store = ProjectStore.open(here)) {
            String named; // a document part the earlier save names
            try (var parts = Files.list(here.resolve(StoreFormat.PARTS))) {
                named = parts.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("d-")).sorted()
                        .findFirst().orElseThrow();
            }
            store.session().execute(QuotationCommands.codeRange("w01", 10, 14, "weak", "me", Fixtures.T));
            store.save();
            Files.delete(here.resolve(StoreFormat.PARTS).resolve(named));
            Files.delete(here.resolve(StoreFormat.PART_COPIES).resolve(named));
            Backups.Save earlier = Backups.saves(here).getFirst();
            ProjectFileException refused = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                    () -> Backups.copyAsProject(here, earlier, "earlier save"));
            assertEquals(here.resolve(StoreFormat.PARTS).resolve(named), refused.file(), refused.getMessage());
            try (var left = Files.list(tmp)) {
                assertEquals(List.of(here), left.toList(), "no half copy beside the project");
            }
        }
    }

    /**
     * A save that failed after keeping the manifest it was to replace (a full disk) left a backup of the current save:
     * it is not an earlier save (it was listed as one, equal to what is open).
     */
    @Test
    void aBackupOfTheCurrentSaveIsNoEarlierSave() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        try (ProjectStore store = ProjectStore.open(here)) {
            store.session().execute(QuotationCommands.codeRange("w01", 10, 14, "weak", "me", Fixtures.T));
            store.save();
        }
        List<Backups.Save> before = Backups.saves(here);
        Manifest current = ProjectReader.readRoot(here.resolve(StoreFormat.MANIFEST));
        Files.copy(here.resolve(StoreFormat.MANIFEST), here.resolve(StoreFormat.BACKUPS).resolve(
                String.format(java.util.Locale.ROOT, "veldwerk-%09d.json", current.sequence())));
        assertEquals(before, Backups.saves(here), "the current save's backup is not listed");
        assertTrue(before.stream().noneMatch(s -> s.savedAt().equals(java.time.Instant.parse(current.savedAt()))));
    }

    /**
     * veldwerk.json damaged after a save: the newest save offered is that save itself, from its second copy, not the
     * one before it (QA: the last save was lost although every part it named was intact).
     */
    @Test
    void aDamagedManifestOffersTheLastSaveItself() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        Project last;
        try (ProjectStore store = ProjectStore.open(here)) {
            for (int i = 0; i < 2; i++) {
                store.session().execute(QuotationCommands.codeRange("w01", 10 + i, 14 + i, "weak", "me", Fixtures.T));
                store.save();
            }
            last = store.session().project().copy();
            assertTrue(Backups.saves(here).stream().allMatch(s -> s.quotations() < last.quotations().size()),
                    "while veldwerk.json reads, the last save is no earlier save");
        }
        byte[] manifest = Files.readAllBytes(here.resolve(StoreFormat.MANIFEST));
        Files.write(here.resolve(StoreFormat.MANIFEST), java.util.Arrays.copyOf(manifest, 100));
        List<Backups.Save> saves = Backups.saves(here);
        assertEquals(last.quotations().size(), saves.getFirst().quotations(), "the last save, from its copy");
        Path copy = Backups.copyAsProject(here, saves.getFirst(), "earlier save");
        assertTrue(!Files.exists(copy.resolve(StoreFormat.BACKUPS).resolve(StoreFormat.MANIFEST_COPY)),
                "the new project's history starts with it: no copy of this project's last save (review)");
        try (ProjectStore earlier = ProjectStore.open(copy)) {
            assertEquals(List.of(), ProjectDiff.between(last, earlier.session().project()), "all of the last save");
        }
    }

    /**
     * veldwerk.json damaged, and an older recovery save recovered instead: the first save keeps the last save (from
     * its copy) as an earlier save, its parts with it, instead of collecting them (review).
     */
    @Test
    void recoveringPastADamagedManifestKeepsTheLastSaveAsAnEarlierOne() throws Exception {
        Path here = tmp.resolve("scriptie");
        createFixtureProject(here).close();
        try (ProjectStore store = ProjectStore.open(here)) {
            store.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("x", "Eerder", null,
                    null)));
            store.write(store.capture(), ProjectStore.Target.RECOVERY); // then a crash
        }
        try (ProjectStore store = ProjectStore.open(here)) { // the recovery save left undecided
            store.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("y", "Later", null,
                    null)));
            store.save();
        }
        byte[] manifest = Files.readAllBytes(here.resolve(StoreFormat.MANIFEST));
        Files.write(here.resolve(StoreFormat.MANIFEST), java.util.Arrays.copyOf(manifest, 100));
        try (ProjectStore recovered = ProjectStore.openRecovered(here)) {
            assertTrue(recovered.session().project().code("y").isEmpty(), "the older recovery save");
            recovered.save();
        }
        Backups.Save last = Backups.saves(here).stream().filter(s -> s.manifest().getFileName().toString()
                .matches("veldwerk-\\d+\\.json")).findFirst().orElseThrow();
        Path copy = Backups.copyAsProject(here, last, "earlier save");
        try (ProjectStore earlier = ProjectStore.open(copy)) {
            assertTrue(earlier.session().project().code("y").isPresent(), "the last save's work is there");
        }
    }
}
