package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog taller than the screen is made to fit it, its title bar on the screen (it opened above the top). */
@ExtendWith(ApplicationExtension.class)
class DialogFitTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aDialogTallerThanTheScreenFitsOnIt(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        @SuppressWarnings("unchecked")
        Dialog<ButtonType>[] made = new Dialog[1];
        robot.interact(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            made[0] = dialog;
            ListView<String> one = new ListView<>();
            one.setPrefHeight(screen.getHeight());
            ListView<String> two = new ListView<>();
            two.setPrefHeight(screen.getHeight() / 2);
            DialogFit.fit(dialog, "Quotation report…");
            dialog.getDialogPane().setContent(new VBox(8, one, two));
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Dialog<ButtonType> dialog = made[0];
        Window window = dialog.getDialogPane().getScene().getWindow();
        try {
            assertTrue(window.getHeight() <= screen.getHeight() + 0.5, window.getHeight() + " > " + screen.getHeight());
            assertTrue(window.getY() >= screen.getMinY() - 0.5, "the title bar on the screen: " + window.getY());
            assertTrue(window.getY() + window.getHeight() <= screen.getMaxY() + 0.5, "and its buttons");
            var cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
            var at = cancel.localToScreen(cancel.getBoundsInLocal());
            assertTrue(at.getMaxY() <= screen.getMaxY() + 0.5, "the buttons within the window on the screen: " + at);
        } finally {
            robot.interact(dialog::close);
        }
    }
}
