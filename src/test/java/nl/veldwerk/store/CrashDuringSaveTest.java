package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.veldwerk.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a child JVM that is saving in a loop, at a random moment, several times over; each time
 * the project must open with every save the child reported as completed.
 */
class CrashDuringSaveTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledSaveLeavesTheLastCompletedSave() throws Exception {
        Path dir = tmp.resolve("p");
        StoreTestSupport.createFixtureProject(dir).close();
        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            String prefix = "r" + round + "-";
            int lastSaved = runAndKill(dir, prefix, 5 + random.nextInt(25));
            Project project = ProjectReader.read(dir);
            for (int i = 0; i <= lastSaved; i++) {
                assertTrue(project.code(prefix + i).isPresent(),
                        "round " + round + ": code " + i + " was saved before the kill and must be on disk");
                assertEquals(1, project.codingsWithCode(prefix + i).size());
            }
            // The store opens it too (taking the lock), and so does the recovery state, if the kill left one.
            ProjectStore.open(dir).close();
            if (ProjectStore.recoverableSince(dir).isPresent()) {
                ProjectStore.openRecovered(dir).close();
            }
        }
    }

    /**
     * Starts the child, waits for {@code saves} reported saves plus a random delay, kills it, and returns
     * the last save it reported (saves reported after our last read are not counted: a lower bound).
     */
    private static int runAndKill(Path dir, String prefix, int saves) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(), dir.toString(), prefix);
        pb.redirectErrorStream(true);
        Process child = pb.start();
        List<String> lines = new ArrayList<>();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            while (seen < saves && (line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("saved ")) {
                    last = Integer.parseInt(line.substring(6));
                    seen++;
                }
            }
            Thread.sleep(new Random(saves).nextInt(15));
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            child.waitFor();
        }
        assertTrue(last >= 0, "the child never saved: " + lines);
        return last;
    }
}
