package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A review comment put right in a field of several lines, whole: a name's field cut it at 1,000 characters (QA). */
@ExtendWith(ApplicationExtension.class)
class LongTextDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aLongCommentIsShownWholeOnSeveralLinesAndComesBackEdited(FxRobot robot) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        String comment = "Is dit schaamte of trots? ".repeat(100).strip(); // 2,599 characters
        FxDialogs dialogs = new FxDialogs(owner, null);
        Future<Optional<String>> answer = WaitForAsyncUtils.asyncFx(() -> dialogs.askLongText("Edit the review comment",
                "The comment:", comment));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#long-text").queryAs(TextArea.class);
        assertEquals(comment, area.getText(), "whole, not cut at a name's length");
        assertTrue(area.isWrapText() && area.getPrefRowCount() > 1, "on several lines");
        assertTrue(area.isFocused(), "the typing goes into the text, not onto OK (QA)");
        robot.interact(() -> area.setText(comment + " Nagaan."));
        DialogPane pane = (DialogPane) area.getScene().getRoot();
        robot.interact(() -> ((javafx.scene.control.Button) pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton).findFirst()
                .orElseThrow()).fire());
        assertEquals(Optional.of(comment + " Nagaan."), answer.get(5, TimeUnit.SECONDS));
    }
}
