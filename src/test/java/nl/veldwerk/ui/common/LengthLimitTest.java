package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Fields kept within the model's lengths; a one-line field takes pasted lines as words of one line. */
@ExtendWith(ApplicationExtension.class)
class LengthLimitTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage; // the JavaFX toolkit, for the fields
    }

    /**
     * Text cut at the limit is said under the field (QA: a 1,100-character name was taken as 1,000 without a
     * word), and an emoji at the cut is kept whole or left out, never halved.
     */
    @Test
    void aCutIsSaidUnderTheFieldAndNeverHalvesACharacter() throws Exception {
        TextField name = WaitForAsyncUtils.asyncFx(() -> {
            TextField field = new TextField();
            LengthLimit.install(10, field);
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(field), 300, 80));
            stage.show();
            field.replaceSelection("Angst voor🌍 oordeel");
            return field;
        }).get();
        assertEquals("Angst voor", name.getText(), "the emoji's first half is not kept");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows()
                .stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && LengthLimit.NOTE_ID.equals(t.getId())));
        javafx.scene.control.Tooltip note = (javafx.scene.control.Tooltip) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && LengthLimit.NOTE_ID.equals(t.getId()))
                .findFirst().orElseThrow();
        assertEquals("Cut at 10 characters: this field holds no more.", note.getText());
        WaitForAsyncUtils.asyncFx(() -> {
            TextField fits = new TextField();
            LengthLimit.install(12, fits);
            fits.replaceSelection("Angst voor🌍");
            assertEquals("Angst voor🌍", fits.getText(), "whole where it fits");
        }).get();
    }

    /** Escape in a kept field reaches the dialog's Cancel (QA: the name dialogs stayed open). */
    @Test
    void escapeInAKeptFieldCancelsTheDialog(org.testfx.api.FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> answer =
                new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("root");
            dialog.initOwner(stage);
            LengthLimit.install(nl.veldwerk.model.Limits.NAME, dialog.getEditor());
            answer.set(dialog.showAndWait());
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".text-input-dialog .text-field").tryQuery().isPresent());
        TextField editor = robot.lookup(".text-input-dialog .text-field").query();
        robot.interact(editor::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(java.util.Optional.empty(), answer.get(), "cancelled");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, editor.getTextFormatter() != null, "the field keeps its limit");
    }

    @Test
    void pastedLinesBecomeWordsInAOneLineFieldAndStayLinesInAnArea() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TextField name = new TextField();
            LengthLimit.install(20, name);
            name.replaceSelection("Regel een\nRegel twee en nog veel meer");
            assertEquals("Regel een Regel twee", name.getText(), "a space where the break was, then cut to 20");
            TextArea note = new TextArea();
            LengthLimit.install(100, note);
            note.replaceSelection("Regel een\nRegel twee");
            assertEquals("Regel een\nRegel twee", note.getText());
        }).get();
    }
}
