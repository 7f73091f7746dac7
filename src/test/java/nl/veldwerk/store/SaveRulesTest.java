package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of docs/decisions/0010: a save the user asked for is always written; a recovery save is skipped
 * only when it adds nothing; what a later save will refer to is never collected as garbage.
 */
class SaveRulesTest {
    @TempDir
    Path tmp;

    @Test
    void aSaveCapturedBeforeARecoverySaveThatWasWrittenFirstIsStillWritten() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(CodeCommands.add(Code.of("a", "Eerste", null, null)));
            SaveSnapshot save = store.capture(); // the user's Save, queued behind a long report
            store.session().execute(CodeCommands.add(Code.of("b", "Tweede", null, null)));
            SaveSnapshot recovery = store.capture(); // the 3-second recovery save, captured later
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(recovery, ProjectStore.Target.RECOVERY));
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(save, ProjectStore.Target.SAVE),
                    "a save the user asked for is never refused because a recovery save came first");
        }
        assertTrue(ProjectReader.read(dir).code("a").isPresent(), "the save is on disk");
        assertTrue(ProjectStore.recoverableSince(dir).isPresent(), "the later work stays recoverable");
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().code("b").isPresent());
        }
    }

    @Test
    void aRecoverySaveThatHoldsNothingTheSaveLacksIsSkippedOrRemoved() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(CodeCommands.add(Code.of("a", "Eerste", null, null)));
            SaveSnapshot save = store.capture();
            SaveSnapshot sameContent = store.capture();
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(save, ProjectStore.Target.SAVE));
            assertEquals(ProjectStore.Outcome.SKIPPED, store.write(sameContent, ProjectStore.Target.RECOVERY));
            store.session().execute(CodeCommands.add(Code.of("b", "Tweede", null, null)));
            SaveSnapshot save2 = store.capture();
            SaveSnapshot recovery2 = store.capture();
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(recovery2, ProjectStore.Target.RECOVERY));
            assertEquals(ProjectStore.Outcome.WRITTEN, store.write(save2, ProjectStore.Target.SAVE));
        }
        assertFalse(ProjectStore.recoverableSince(dir).isPresent(),
                "after a clean save nothing asks to be recovered at the next start");
    }

    @Test
    void partsThatTheNextSaveRefersToAreNeverCollected() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(QuotationCommands.codeRange("a01", 30, 40, "schaamte", "me", Fixtures.T));
            SaveSnapshot save = store.capture();
            SaveSnapshot recovery = store.capture(); // same content, other part files
            store.write(recovery, ProjectStore.Target.RECOVERY);
            store.write(save, ProjectStore.Target.SAVE);
            store.session().execute(CodeCommands.add(Code.of("n", "Nieuw", null, null)));
            store.save(); // refers to the document part it did not write again
        }
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertTrue(reopened.session().project().code("n").isPresent());
            assertEquals(2, reopened.session().project().quotationsOf("a01").size());
        }
    }

    @Test
    void workThatACrashLeftInARecoverySaveSurvivesASaveByAnotherProgram() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore window = StoreTestSupport.createFixtureProject(dir)) {
            window.session().execute(CodeCommands.add(Code.of("crash", "Na de crash", null, null)));
            window.write(window.capture(), ProjectStore.Target.RECOVERY);
        } // the window crashed
        try (ProjectStore cli = ProjectStore.open(dir)) {
            cli.session().execute(CodeCommands.add(Code.of("cli", "Van de opdrachtregel", null, null)));
            cli.save();
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) { // the recovery save and its parts are kept
            assertTrue(recovered.session().project().code("crash").isPresent());
        }
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileTakingTheSpace() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Disk fullDisk = new ForwardingDisk() {
            @Override
            public void writeForced(Path file, byte[] content) throws java.io.IOException {
                Disk.SYSTEM.writeForced(file, java.util.Arrays.copyOf(content, content.length / 2));
                throw new java.io.IOException("No space left on device");
            }
        };
        try (ProjectStore store = ProjectStore.open(dir, false, fullDisk)) {
            store.session().execute(CodeCommands.add(Code.of("a", "Eerste", null, null)));
            ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                    store::save);
            String said = e.problem().text(java.util.Locale.ENGLISH);
            assertTrue(said.contains("the disk is full") && said.contains("Free some space"), "said with what to do (QA): " + said);
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            assertEquals(java.util.List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
        }
        assertTrue(ProjectReader.read(dir).code("a").isEmpty(), "the last save is what opens");
    }

    /**
     * A save that fails on a full disk while writing its parts takes away those it wrote, and their second copies
     * (in parts/ and backups/parts/): no manifest names them (QA: every retry left its parts behind, taking the space
     * freed for it). The next save, with room again, saves it all, and the text of the document reads.
     */
    @Test
    void aFailedSaveTakesAwayThePartsItWrote() throws Exception {
        for (String failing : java.util.List.of("copy", "document")) {
            Path dir = tmp.resolve("p-" + failing);
            StoreTestSupport.createFixtureProject(dir).close();
            java.util.Set<Path> before = files(dir);
            boolean[] full = {true};
            Disk fullDisk = new ForwardingDisk() {
                @Override
                public void writeCopy(Path file, byte[] content) throws java.io.IOException {
                    if (failing.equals("copy") && full[0]) {
                        Disk.SYSTEM.writeCopy(file, new byte[0]);
                        throw new java.io.IOException("No space left on device");
                    }
                    super.writeCopy(file, content);
                }

                @Override
                public void writeForced(Path file, byte[] content) throws java.io.IOException {
                    if (failing.equals("document") && file.getFileName().toString().startsWith("d-") && full[0]) {
                        throw new java.io.IOException("No space left on device");
                    }
                    super.writeForced(file, content);
                }
            };
            try (ProjectStore store = ProjectStore.open(dir, false, fullDisk)) {
                store.session().execute(CodeCommands.add(Code.of("a", "Eerste", null, null)));
                store.session().execute(QuotationCommands.codeRange("a01", 0, 5, "a", "me", Fixtures.T));
                org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class, store::save);
                assertEquals(before, files(dir), failing + ": no part left behind");
                assertTrue(ProjectReader.read(dir).code("a").isEmpty(), "the last save is what opens");
                full[0] = false; // space freed
                store.save();
                assertTrue(store.session().project().document("a01").orElseThrow().text().length() > 0);
            }
            nl.veldwerk.model.Project saved = ProjectReader.read(dir);
            assertTrue(saved.code("a").isPresent() && saved.codingsOf(saved.quotationsOf("a01").stream()
                    .filter(q -> q.start() == 0 && q.end() == 5).findFirst().orElseThrow().id()).size() == 1,
                    failing + ": saved once there was room");
        }
    }

    private static java.util.Set<Path> files(Path dir) throws Exception {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).filter(f -> f.getParent().getFileName().toString()
                    .equals(StoreFormat.PARTS)).collect(java.util.stream.Collectors.toSet());
        }
    }
}
