package nl.veldwerk.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A view that fails while taking in an opened project does not leave the window without a document shown. */
@ExtendWith(ApplicationExtension.class)
class OpenWithAFailingViewTest {
    @TempDir
    Path tmp;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        if (main != null) {
            WaitForAsyncUtils.asyncFx(main::shutdown).get(5, TimeUnit.SECONDS);
        }
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstDocumentIsShownAndTheViewsToldEvenWhenOneViewFails() throws Exception {
        Path dir = tmp.resolve("p");
        ProjectStore.create(dir, ProjectInfo.named("Failing view", Fixtures.T)).close();
        Path txt = Files.writeString(tmp.resolve("A01.txt"), "A01: Mensen kennen de buren niet.\n");
        main = new MainViewModel(new RecordingDialogs());
        WaitForAsyncUtils.asyncFx(() -> main.open(dir)).get();
        waitIdle();
        WaitForAsyncUtils.asyncFx(() -> main.files().importTranscripts(List.of(txt))).get();
        waitIdle();
        WaitForAsyncUtils.asyncFx(main::save).get();
        waitIdle();
        WaitForAsyncUtils.asyncFx(main::close).get();
        waitIdle();

        main.addChangeFollower(change -> {
            if (change == null && main.storeProperty().get() != null) {
                throw new IllegalStateException("a view that cannot take in this project");
            }
        });
        int[] told = new int[1];
        WaitForAsyncUtils.asyncFx(() -> main.changesProperty().addListener((o, was, now) -> told[0]++)).get();
        WaitForAsyncUtils.asyncFx(() -> main.open(dir)).get();
        Throwable reported = null;
        try {
            waitIdle();
            WaitForAsyncUtils.checkException();
        } catch (Throwable e) {
            reported = e; // still reported: the window's handler of uncaught errors says it to the user
        }
        waitIdle();

        assertNotNull(reported, "the view's failure is not swallowed");
        assertTrue(String.valueOf(reported).contains("cannot take in"), String.valueOf(reported));
        assertNotNull(main.storeProperty().get(), "the project is open");
        assertNotNull(main.selectedProperty().get(), "its document is shown although a view failed");
        assertEquals("A01", main.selectedProperty().get().document().name());
        assertEquals(1, told[0], "the other views (and the search index) heard of the opened project once");
    }
}
