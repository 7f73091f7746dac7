package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Random;

import nl.veldwerk.model.Project;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.testing.RandomCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture copies the last one and replaces the documents that changed (a walk over every document took
 * 5-10 ms at 10,000 documents on the FX thread). In one long session (never reopened, so the copying path is
 * what runs) of random changes, undos, redos, documents added and deleted, saves and recovery saves, every
 * save must read back as the project in memory, with a checksum for every part.
 */
class IncrementalCaptureTest {
    private static final int STEPS = 400;

    @TempDir
    Path tmp;

    /**
     * A save and a recovery save captured one right after the other (Ctrl+S and the autosave tick), written
     * in either order, one of them skipped or not: the next save names the part that was written, with its
     * checksum, never the part of a capture that was not written.
     */
    @Test
    void twoCapturesInFlightLeaveTheNextSaveNamingWhatWasWritten() throws Exception {
        for (boolean recoveryFirst : new boolean[] {false, true}) {
            Path dir = tmp.resolve("inflight-" + recoveryFirst);
            try (ProjectStore store = ProjectStore.create(dir, SyntheticProject.generate(12, 40, 24, 4, 5))) {
                store.save();
                var documents = java.util.List.copyOf(store.session().project().documents());
                store.session().execute(nl.veldwerk.project.DocumentCommands.rename(documents.get(4).id(), "x"));
                SaveSnapshot first = store.capture();
                SaveSnapshot second = store.capture();
                if (recoveryFirst) {
                    store.write(first, ProjectStore.Target.RECOVERY);
                    store.write(second, ProjectStore.Target.SAVE);
                } else {
                    store.write(first, ProjectStore.Target.SAVE);
                    assertEquals(ProjectStore.Outcome.SKIPPED, store.write(second, ProjectStore.Target.RECOVERY));
                }
                store.session().execute(nl.veldwerk.project.DocumentCommands.rename(documents.get(9).id(), "y"));
                store.save();
                assertEquals(store.session().project(), ProjectReader.read(dir), "recovery first: " + recoveryFirst);
                for (StoreFormat.PartRef ref : ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST))
                        .documents()) {
                    assertNotNull(ref.checksum(), ref.toString());
                }
            }
        }
    }

    @Test
    void everySaveOfALongSessionReadsBackAsTheProjectInMemory() throws Exception {
        long runSeed = RandomCommands.seed("IncrementalCaptureTest");
        Random random = new Random(runSeed);
        Path dir = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(dir, SyntheticProject.generate(40, 60, 120, 8, 3))) {
            for (int i = 0; i < STEPS; i++) {
                int roll = random.nextInt(100);
                if (roll < 10) {
                    store.session().undo();
                } else if (roll < 15) {
                    store.session().redo();
                } else if (roll < 20) {
                    store.write(store.capture(), ProjectStore.Target.RECOVERY);
                } else if (roll < 30) {
                    store.save();
                    String where = "run seed " + runSeed + ", step " + i;
                    assertEquals(store.session().project(), ProjectReader.read(dir), where);
                    for (StoreFormat.PartRef ref : ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST))
                            .documents()) {
                        assertNotNull(ref.checksum(), where + ": " + ref);
                    }
                } else {
                    RandomCommands.runNext(random, store.session(), i, "run seed " + runSeed + ", step " + i);
                }
            }
            store.save();
            Project inMemory = store.session().project().copy();
            assertEquals(inMemory, ProjectReader.read(dir), "run seed " + runSeed);
        }
    }
}
