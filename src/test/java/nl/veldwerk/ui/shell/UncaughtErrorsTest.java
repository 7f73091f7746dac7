package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.common.AppLog;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nothing caught, on the FX thread or another, is shown in a dialog and written to the log. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        AppLog.start();
        UncaughtErrors.install(dialogs);
    }

    @Test
    void anUncaughtExceptionIsShownAndLoggedWithItsStackTrace() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("kapot op de FX-draad");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.getFirst().contains("kapot op de FX-draad"), dialogs.errors.toString());
        assertTrue(dialogs.errors.getFirst().contains(AppLog.file().toString()), "says where the log is");

        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("kapot op een andere draad");
        }, "test-worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs.errors.size() >= 2);
        assertTrue(dialogs.errors.get(1).contains("kapot op een andere draad"), dialogs.errors.toString());

        for (java.util.logging.Handler h : java.util.logging.LogManager.getLogManager().getLogger("").getHandlers()) {
            h.flush();
        }
        String log = Files.readString(AppLog.file());
        assertTrue(log.contains("kapot op de FX-draad") && log.contains("at nl.veldwerk.ui.shell.UncaughtErrorsTest"),
                "the stack trace is in the log");
        assertTrue(log.contains("Uncaught on test-worker"), log);
    }

    @org.junit.jupiter.api.AfterEach
    void uninstall() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(null);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null)).get();
    }
}
