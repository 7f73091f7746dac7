package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;

import nl.veldwerk.model.Project;
import nl.veldwerk.testing.RandomCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sessions on a project folder, with a new seed each run (printed; VELDWERK_SEED replays one):
 * commands of every kind, undo and redo, recovery saves, and saving, closing and opening again in the
 * middle. What is opened is always what was saved; undo and redo stay exact after every reopening.
 */
class RandomSessionTest {
    private static final int SEQUENCES = 60;
    private static final int STEPS = 50;

    @TempDir
    Path tmp;

    @Test
    void savedAndReopenedAnywhereInARandomSessionTheProjectIsWhatWasSaved() throws Exception {
        long runSeed = RandomCommands.seed("RandomSessionTest");
        Random seeds = new Random(runSeed);
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = seeds.nextLong();
            runSequence(tmp.resolve("s" + sequence), seed, "run seed " + runSeed + ", sequence " + sequence
                    + " (seed " + seed + ")");
        }
    }

    private static void runSequence(Path dir, long seed, String where) throws Exception {
        Random random = new Random(seed);
        StoreTestSupport.createFixtureProject(dir).close();
        ProjectStore store = ProjectStore.open(dir); // an empty undo history: everything undone is this run's
        try {
            Project baseline = store.session().project().copy();
            for (int i = 0; i < STEPS; i++) {
                int roll = random.nextInt(100);
                if (roll < 10) {
                    store.session().undo();
                } else if (roll < 15) {
                    store.session().redo();
                } else if (roll < 18) {
                    store.write(store.capture(), ProjectStore.Target.RECOVERY);
                } else if (roll < 26) {
                    Project before = store.session().project().copy();
                    store.save();
                    store.close();
                    store = ProjectStore.open(dir);
                    assertEquals(before, store.session().project(), where + ", step " + i + ": reopened as saved");
                    baseline = before;
                } else {
                    RandomCommands.runNext(random, store.session(), i, where + ", step " + i);
                }
            }
            Project result = store.session().project().copy();
            int depth = store.session().stack().undoDepth();
            while (store.session().stack().canUndo()) {
                store.session().undo();
            }
            assertEquals(baseline, store.session().project(), where + ": undo back to the last opening");
            while (store.session().stack().undoDepth() < depth) {
                store.session().redo();
            }
            assertEquals(result, store.session().project(), where + ": redo");
            store.save();
        } finally {
            store.close();
        }
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals(ProjectReader.read(dir), reopened.session().project(), where);
        }
    }
}
