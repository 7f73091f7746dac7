package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A dialog asking for a name cannot be confirmed empty (F2, emptied, OK: nothing happened, without a word). */
@ExtendWith(ApplicationExtension.class)
class TextDialogTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void okIsOffWhileTheTextIsBlank(FxRobot robot) {
        TextInputDialog[] made = new TextInputDialog[1];
        robot.interact(() -> {
            made[0] = FxDialogs.textDialog("Rename…", "Name:", "Schaamte");
            made[0].show();
        });
        TextInputDialog dialog = made[0];
        try {
            Node ok = dialog.getDialogPane().getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                    .map(t -> dialog.getDialogPane().lookupButton(t)).orElseThrow();
            assertFalse(ok.isDisabled(), "a name: OK");
            robot.interact(() -> dialog.getEditor().setText("   "));
            assertTrue(ok.isDisabled(), "blank: no OK");
            robot.interact(() -> dialog.getEditor().setText("Schaamte en trots"));
            assertFalse(ok.isDisabled());
        } finally {
            robot.interact(dialog::close);
        }
    }
}
