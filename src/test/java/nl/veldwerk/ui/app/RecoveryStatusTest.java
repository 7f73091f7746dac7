package nl.veldwerk.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.Autosaver;
import nl.veldwerk.store.ProjectFileException;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the status line says of the recovery saves: a failure, and that they work again once they do. */
class RecoveryStatusTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedRecoverySaveIsSaidUntilOneWorksAgain() throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        ProjectStatus status = new ProjectStatus();
        Saving saving = new Saving(null, null, status, e -> { });
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), ProjectInfo.named("Wijk", Fixtures.T))) {
            store.session().execute(CodeCommands.add(Code.of("buren", "Buren", null, null)));
            Autosaver.Outcome failed = new Autosaver.Outcome(false, new ProjectFileException(tmp.resolve("p"),
                    "write.failed", "No space left on device"));
            saving.recoveryOutcome(failed, store, () -> store);
            assertTrue(status.statusProperty().get().startsWith("Automatic recovery save failed"),
                    status.statusProperty().get());

            saving.recoveryOutcome(new Autosaver.Outcome(true, null), store, () -> store);
            assertTrue(status.statusProperty().get().startsWith("Recovery saves work again ("),
                    "the failure long over is no longer said: " + status.statusProperty().get());
            assertTrue(status.saveStateProperty().get().startsWith("Unsaved changes · safe in a recovery save"),
                    status.saveStateProperty().get());

            saving.recoveryOutcome(failed, store, () -> store);
            status.say("Wrote rescue.vwz");
            saving.recoveryOutcome(failed, store, () -> store);
            assertEquals("Wrote rescue.vwz", status.statusProperty().get(),
                    "the same failure again is not said over what the user did (QA)");
            assertTrue(saving.failing().isPresent());
            status.say("Coded “Buren”");
            saving.recoveryOutcome(new Autosaver.Outcome(true, null), store, () -> store);
            assertEquals("Coded “Buren”", status.statusProperty().get(), "what the user did since is not replaced");
            assertTrue(saving.failing().isEmpty(), "saves work again");
        }
    }
}
