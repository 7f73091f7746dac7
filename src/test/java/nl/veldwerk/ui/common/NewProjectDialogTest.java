package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import nl.veldwerk.testing.DialogTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new project dialog asks the transcripts' language only where the answer is used: not for a bundle or the
 * sample (their language comes with them), nor for a REFI-QDA import (asked after, in any language; it was asked
 * twice there, the first answer unused).
 */
@ExtendWith(ApplicationExtension.class)
class NewProjectDialogTest {
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogTestSupport.showAsOwner(stage);
    }

    private DialogPane shown(boolean askLanguage, CompletableFuture<Optional<NewProject>> answer) throws Exception {
        Platform.runLater(() -> answer.complete(NewProjectDialog.ask(stage, "Nieuw", tmp, "Wijk Y", askLanguage)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DialogTestSupport.shownDialogPane() != null);
        return DialogTestSupport.shownDialogPane();
    }

    @Test
    void theLanguageIsAskedOnlyWhereItIsUsed(FxRobot robot) throws Exception {
        for (boolean askLanguage : new boolean[] {true, false}) {
            CompletableFuture<Optional<NewProject>> answer = new CompletableFuture<>();
            DialogPane pane = shown(askLanguage, answer);
            if (askLanguage) {
                assertNotNull(pane.lookup("#new-project-language"), "a new project's language is asked");
            } else {
                assertNull(pane.lookup("#new-project-language"), "not where it comes with the project");
            }
            robot.interact(() -> ((javafx.scene.control.Button) pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton)
                    .findFirst().orElseThrow()).fire());
            assertEquals(tmp.resolve("Wijk Y"), answer.get(10, TimeUnit.SECONDS).orElseThrow().folder());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> DialogTestSupport.shownDialogPane() == null);
        }
    }
    /** A verdict that takes more lines once the dialog is shown: the window grows, its buttons stay on it (QA). */
    @Test
    void theButtonsStayInTheWindowWhenTheVerdictGrows(FxRobot robot) throws Exception {
        CompletableFuture<Optional<NewProject>> answer = new CompletableFuture<>();
        DialogPane pane = shown(false, answer);
        javafx.scene.control.TextField name = (javafx.scene.control.TextField) pane.lookup("#new-project-name");
        robot.interact(() -> name.setText("Een heel lange naam voor een project ".repeat(6).strip()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node ok = pane.getButtonTypes().stream().filter(b -> b.getButtonData()
                == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton).findFirst().orElseThrow();
        javafx.geometry.Bounds button = ok.localToScene(ok.getBoundsInLocal());
        double sceneHeight = pane.getScene().getHeight();
        org.junit.jupiter.api.Assertions.assertTrue(button.getMaxY() <= sceneHeight, "OK ends at " + button.getMaxY()
                + " in a window " + sceneHeight + " high");
        robot.interact(() -> ((javafx.scene.control.Button) ok).fire());
        answer.get(10, TimeUnit.SECONDS);
    }
}
