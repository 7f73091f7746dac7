package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A choice among a few lines (File → Earlier Saves…) with a long question: the question wraps, so the window
 * stays narrower than a laptop's screen and its OK and Cancel can be reached (JavaFX's ChoiceDialog was 1,364 px).
 */
@ExtendWith(ApplicationExtension.class)
class ChooseOneTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aLongQuestionWrapsAndTheChosenLineIsAnswered(FxRobot robot) throws Exception {
        String question = I18n.text("earlier.message");
        Optional<Integer>[] answer = new Optional[1];
        Platform.runLater(() -> answer[0] = new FxDialogs(owner, null).chooseOne("Earlier saves", question,
                List.of("Saved 2026-12-05 06:38:24: 15 documents", "Saved 2026-12-05 06:30:01: 14 documents")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w != owner && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
        assertTrue(dialog.getWidth() < 700, "as wide as its question wrapped: " + dialog.getWidth());
        javafx.scene.control.ChoiceBox<?> choice = robot.from(dialog.getScene().getRoot()).lookup("#choose-one").query();
        robot.interact(() -> choice.getSelectionModel().select(1));
        Button ok = robot.from(dialog.getScene().getRoot()).lookup((Button b) -> b.getText().equals(I18n.text("button.ok")))
                .query();
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(1), answer[0]);
    }
}
