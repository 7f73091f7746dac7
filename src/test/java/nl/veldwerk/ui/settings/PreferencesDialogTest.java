package nl.veldwerk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keys refused in the preferences: the reason is shown and OK and Cancel stay in the dialog's window. */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        nl.veldwerk.testing.DialogTestSupport.showAsOwner(stage);
    }

    @Test
    void aRefusedKeyIsSaidWithTheButtonsInView(FxRobot robot) throws Exception {
        Platform.runLater(() -> PreferencesDialog.show(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nl.veldwerk.testing.DialogTestSupport.shownDialogPane() != null);
        DialogPane pane = nl.veldwerk.testing.DialogTestSupport.shownDialogPane();
        TextField coder = (TextField) pane.lookup("#preferences-coder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, coder::isFocused); // typing a name does not press OK
        String before = coder.getText();
        robot.interact(() -> coder.replaceText(0, coder.getLength(), "x".repeat(1_100)));
        assertEquals(1_000, coder.getLength(), "no longer than a coder's name may be (QA: every coding was refused)");
        robot.interact(() -> coder.setText(before));
        TextField mark = (TextField) pane.lookup("#preferences-key-time_mark");
        Button ok = buttonOf(pane, ButtonBar.ButtonData.OK_DONE);
        Button cancel = buttonOf(pane, ButtonBar.ButtonData.CANCEL_CLOSE);
        robot.interact(() -> mark.setText("F4"));
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = (Label) pane.lookup("#preferences-keys-problem");
        assertTrue(problem.getText().contains("F4"), problem.getText());
        assertTrue(pane.getScene().getWindow().isShowing(), "the dialog stays open");
        for (Button b : new Button[] {ok, cancel}) {
            Bounds on = WaitForAsyncUtils.asyncFx(() -> b.localToScene(b.getLayoutBounds())).get();
            double width = pane.getScene().getWidth();
            double height = pane.getScene().getHeight();
            assertTrue(on.getMinX() >= 0 && on.getMaxX() <= width + 0.5 && on.getMaxY() <= height + 0.5,
                    b.getText() + " at " + on + " in a window of " + width + " × " + height);
        }
        Bounds said = WaitForAsyncUtils.asyncFx(() -> problem.localToScene(problem.getLayoutBounds())).get();
        assertTrue(said.getMaxX() <= pane.getScene().getWidth() + 0.5, "the reason fits the width: " + said);
        robot.interact(() -> mark.setText(""));
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> nl.veldwerk.testing.DialogTestSupport.shownDialogPane() == null); // Cancel closes it
    }

    /** A font size typed, not stepped, is taken; one out of range is refused with the reason (QA: typed, it was dropped). */
    @Test
    void aTypedFontSizeIsTakenOrRefusedWithTheReason(FxRobot robot) throws Exception {
        int before = nl.veldwerk.ui.common.Preferences.fontSize();
        try {
            Platform.runLater(() -> PreferencesDialog.show(stage));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nl.veldwerk.testing.DialogTestSupport.shownDialogPane() != null);
            DialogPane pane = nl.veldwerk.testing.DialogTestSupport.shownDialogPane();
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> size = (javafx.scene.control.Spinner<Integer>) pane.lookup(
                    "#preferences-font-size");
            Button ok = buttonOf(pane, ButtonBar.ButtonData.OK_DONE);
            Label problem = (Label) pane.lookup("#preferences-keys-problem");
            // Typed, then OK clicked: the box loses the focus first, which took "99" as 32 and "abc" as before.
            for (String typed : List.of("99", "abc")) {
                robot.interact(() -> {
                    size.requestFocus();
                    size.getEditor().setText(typed);
                });
                robot.clickOn(ok);
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(problem.getText().contains("from 9 to 32"), typed + ": " + problem.getText());
                assertTrue(pane.getScene().getWindow().isShowing(), "the dialog stays open");
                Thread.sleep(300);
                WaitForAsyncUtils.waitForFxEvents();
                Bounds said = WaitForAsyncUtils.asyncFx(() -> problem.localToScene(problem.getLayoutBounds())).get();
                assertTrue(said.getHeight() < 100 && said.getMinY() >= 0 && said.getMaxY() <= pane.getScene().getHeight(),
                        "the reason in sight, a line or two (QA: the dialog grew as tall as the screen, the reason "
                                + "scrolled out of sight): " + said + " in " + pane.getScene().getHeight());
            }
            robot.interact(() -> {
                problem.setText("");
                size.requestFocus();
                size.getEditor().setText("abc");
            });
            robot.type(javafx.scene.input.KeyCode.ENTER); // no error; if it reached OK, OK refuses it with the reason
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(nl.veldwerk.ui.common.Preferences.fontSize() == before, "nothing taken");
            assertTrue(pane.getScene().getWindow().isShowing(), "the dialog stays open");
            assertTrue(problem.getText().isEmpty() || problem.getText().contains("from 9 to 32"), problem.getText());
            int other = before == 24 ? 23 : 24;
            robot.interact(() -> size.getEditor().setText(" " + other));
            robot.interact(ok::fire);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> nl.veldwerk.testing.DialogTestSupport.shownDialogPane() == null);
            org.junit.jupiter.api.Assertions.assertEquals(other, nl.veldwerk.ui.common.Preferences.fontSize());
        } finally {
            nl.veldwerk.ui.common.Preferences.setFontSize(before);
        }
    }

    private static Button buttonOf(DialogPane pane, ButtonBar.ButtonData data) {
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).map(t -> (Button) pane.lookupButton(t))
                .findFirst().orElseThrow();
    }
}
