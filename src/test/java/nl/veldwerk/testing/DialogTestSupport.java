package nl.veldwerk.testing;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** For tests of a dialog shown with showAndWait: an owner to show it over, and the dialog once it shows. */
public final class DialogTestSupport {
    private DialogTestSupport() {
    }

    /** Shows the stage with a scene of its own: a dialog takes its owner's style sheets from that scene. */
    public static void showAsOwner(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    /** The pane of the dialog showing now, or null. */
    public static DialogPane shownDialogPane() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null)).get();
    }
}
