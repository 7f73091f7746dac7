package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.TextEdit;
import nl.veldwerk.testing.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power goes at every single disk operation of a run of saves, recovery saves and a history clean-up;
 * afterwards only what was forced survives (CrashingDisk). Every time, the project opens with the last
 * completed save (or the one in progress, if its manifest got to disk), and a recovery save, when one is
 * offered, opens too: nothing half-written is ever trusted.
 */
class PowerLossTest {
    @TempDir
    Path tmp;

    /** The states a run committed: saves and recovery saves, and the one in progress when the power went. */
    private static final class Run {
        final List<Project> saves = new ArrayList<>();
        final List<Project> recoveries = new ArrayList<>();
        Project inFlight;
        boolean inFlightIsSave;
    }

    @Test
    void thePowerCanGoAtAnyDiskOperationAndTheProjectStillOpensWithWhatWasSaved() throws Exception {
        Path pristine = tmp.resolve("pristine");
        StoreTestSupport.createFixtureProject(pristine).close();
        Path dir = tmp.resolve("p");
        ProjectFolders.copyWithoutLock(pristine, dir);
        CrashingDisk counting = new CrashingDisk(dir);
        run(dir, counting, new Run());
        int operations = counting.operations();
        assertTrue(operations > 40, "the run makes many disk operations: " + operations);

        for (int cutAt = 1; cutAt <= operations; cutAt++) {
            deleteTree(dir);
            ProjectFolders.copyWithoutLock(pristine, dir);
            CrashingDisk disk = new CrashingDisk(dir);
            disk.cutAt(cutAt);
            Run run = new Run();
            run.saves.add(ProjectReader.read(dir));
            try {
                run(dir, disk, run);
                fail("the power should have gone at operation " + cutAt);
            } catch (CrashingDisk.PowerCut | ProjectFileException e) {
                if (!(e instanceof CrashingDisk.PowerCut) && !(e.getCause() instanceof CrashingDisk.PowerCut)) {
                    throw e;
                }
            }
            disk.restoreAfterPowerCut();
            checkOpens(dir, run, cutAt);
        }
    }

    private static void checkOpens(Path dir, Run run, int cutAt) throws Exception {
        String where = "power cut at disk operation " + cutAt;
        Project saved;
        try (ProjectStore store = ProjectStore.open(dir)) {
            saved = store.session().project().copy();
        } catch (ProjectFileException e) {
            throw new AssertionError(where + ": the project does not open: " + e.getMessage(), e);
        }
        Project lastSave = run.saves.getLast();
        boolean expected = saved.equals(lastSave) || (run.inFlightIsSave && saved.equals(run.inFlight));
        assertTrue(expected, where + ": opened " + saved + ", expected the last completed save " + lastSave);
        if (ProjectStore.recoverableSince(dir).isPresent()) {
            try (ProjectStore store = ProjectStore.openRecovered(dir)) {
                Project recovered = store.session().project();
                assertTrue(run.recoveries.contains(recovered) || recovered.equals(run.inFlight),
                        where + ": the recovery save offered is one that was written");
            } catch (ProjectFileException e) {
                throw new AssertionError(where + ": a recovery save is offered that does not open: "
                        + e.getMessage(), e);
            }
        }
    }

    /** Saves and recovery saves over several changes, then the clean-up after a pseudonymisation. */
    private static void run(Path dir, Disk disk, Run run) throws Exception {
        try (ProjectStore store = ProjectStore.open(dir, false, disk)) {
            var s = store.session();
            s.execute(CodeCommands.add(Code.of("a", "Eerste", null, null)));
            save(store, run);
            s.execute(QuotationCommands.codeRange("a01", 40, 60, "a", "me", Fixtures.T));
            recover(store, run);
            s.execute(DocumentCommands.editText("a01", new TextEdit(5, 5, "toch ")));
            s.execute(NoteCommands.addMemo(new Memo("m", MemoTarget.project(), "Memo", "Tekst", "me", Fixtures.T,
                    Fixtures.T)));
            save(store, run);
            s.execute(CodeCommands.delete("strong"));
            recover(store, run);
            s.execute(CodeCommands.rename("a", "Hernoemd"));
            save(store, run);
            s.execute(QuotationCommands.codeRange("w01", 0, 10, "weak", "me", Fixtures.T));
            save(store, run);
            store.forgetHistory();
            s.execute(CodeCommands.add(Code.of("b", "Tweede", null, null)));
            recover(store, run);
            save(store, run);
        }
    }

    private static void save(ProjectStore store, Run run) throws ProjectFileException {
        run.inFlight = store.session().project().copy();
        run.inFlightIsSave = true;
        store.save();
        run.saves.add(run.inFlight);
        run.recoveries.clear(); // a save supersedes the recovery saves before it
    }

    private static void recover(ProjectStore store, Run run) throws ProjectFileException {
        run.inFlight = store.session().project().copy();
        run.inFlightIsSave = false;
        store.write(store.capture(), ProjectStore.Target.RECOVERY);
        run.recoveries.add(run.inFlight);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
