package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Escape on the question whether to recover a crash's work is "not now", never "throw it away" (QA). */
@ExtendWith(ApplicationExtension.class)
class RecoverQuestionTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void escapeIsNotNow(FxRobot robot) throws Exception {
        Dialogs.RecoverChoice[] answer = new Dialogs.RecoverChoice[1];
        Platform.runLater(() -> answer[0] = new FxDialogs(owner, null).askRecover("Recover unsaved work?",
                I18n.text("recover.message", "10:49", "Wijk Y")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w != owner && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
        robot.targetWindow(dialog).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer[0] != null);
        assertEquals(Dialogs.RecoverChoice.NOT_NOW, answer[0]);
    }

    /** "Throw it away" asks once more; No asks the recovery question again, Yes throws the work away (QA). */
    @Test
    void throwingAwayAsksOnceMore(FxRobot robot) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        Dialogs.RecoverChoice[] answer = new Dialogs.RecoverChoice[1];
        Platform.runLater(() -> answer[0] = new FxDialogs(owner, null).askRecover("Recover unsaved work?",
                I18n.text("recover.message", "10:49", "Wijk Y")));
        clickInDialog(robot, "Throw it away");
        clickInDialog(robot, "No");
        clickInDialog(robot, "Throw it away"); // the question again, not an answer
        assertEquals(null, answer[0]);
        clickInDialog(robot, "Yes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer[0] != null);
        assertEquals(Dialogs.RecoverChoice.DISCARD, answer[0]);
    }

    private void clickInDialog(FxRobot robot, String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".button").queryAll().stream()
                .anyMatch(b -> b instanceof javafx.scene.control.Button k && k.getText().equals(button)
                        && k.getScene().getWindow() != owner && k.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button found = robot.lookup(".button").queryAll().stream()
                .filter(b -> b instanceof javafx.scene.control.Button k && k.getText().equals(button)
                        && k.getScene().getWindow().isShowing())
                .map(b -> (javafx.scene.control.Button) b).findFirst().orElseThrow();
        robot.interact(found::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
