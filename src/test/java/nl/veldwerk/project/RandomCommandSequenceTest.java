package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import nl.veldwerk.model.Project;
import nl.veldwerk.testing.RandomCommands;
import org.junit.jupiter.api.Test;

/**
 * Property, over a thousand random sequences with a new seed each run (printed; VELDWERK_SEED replays
 * one): commands of every kind with undo and redo in between; a refused command leaves no trace; undoing
 * everything gives back the original project, redoing it the state the sequence ended in.
 */
class RandomCommandSequenceTest {
    private static final int SEQUENCES = 1_000;
    private static final int STEPS = 60;

    @Test
    void undoAllRestoresTheOriginalAndRedoAllTheResult() {
        long runSeed = RandomCommands.seed("RandomCommandSequenceTest");
        Random seeds = new Random(runSeed);
        int executed = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = seeds.nextLong();
            executed += runSequence(seed, "run seed " + runSeed + ", sequence " + sequence + " (seed " + seed + ")");
        }
        assertTrue(executed > SEQUENCES * STEPS / 3, "mostly accepted commands: " + executed);
    }

    private static int runSequence(long seed, String where) {
        ProjectSession session = Fixtures.session();
        Project p = session.project();
        Project original = p.copy();
        int baseDepth = session.stack().undoDepth();
        Random random = new Random(seed);
        int executed = 0;
        for (int i = 0; i < STEPS; i++) {
            int roll = random.nextInt(100);
            if (roll < 12) {
                if (session.stack().undoDepth() > baseDepth) { // not the set-up the original was copied after
                    session.undo();
                }
                continue;
            }
            if (roll < 20) {
                session.redo();
                continue;
            }
            if (RandomCommands.runNext(random, session, i, where)) {
                executed++;
            }
        }
        Project result = p.copy();
        int depth = session.stack().undoDepth();
        while (session.stack().undoDepth() > baseDepth) {
            session.undo();
        }
        assertEquals(original, p, where + ": undo of everything");
        while (session.stack().undoDepth() < depth) {
            session.redo();
        }
        assertEquals(result, p, where + ": redo of everything");
        return executed;
    }
}
