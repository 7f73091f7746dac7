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
    private final RecordingDialogs dialogs = new RecordingDialogs();

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
        main = new MainViewModel(dialogs);
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
        int[] toldAfter = new int[1];
        main.addChangeFollower(change -> toldAfter[0]++); // a view after the failing one
        int[] told = new int[1];
        WaitForAsyncUtils.asyncFx(() -> main.changesProperty().addListener((o, was, now) -> told[0]++)).get();
        toldAfter[0] = 0;
        WaitForAsyncUtils.asyncFx(() -> main.open(dir)).get();
        waitIdle();

        assertEquals(1, dialogs.errors.size(), "the view's failure is said: " + dialogs.errors);
        assertTrue(dialogs.errors.getFirst().contains("cannot take in"), dialogs.errors.toString());
        assertNotNull(main.storeProperty().get(), "the project is open");
        assertNotNull(main.selectedProperty().get(), "its document is shown although a view failed");
        assertEquals("A01", main.selectedProperty().get().document().name());
        assertEquals(1, told[0], "the other views (and the search index) heard of the opened project once");
        assertEquals(1, toldAfter[0], "a view told after the failing one is told too");
    }
}
