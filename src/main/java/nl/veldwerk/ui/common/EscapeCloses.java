package nl.veldwerk.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Esc closes a window opened beside the main one, as it closes a dialog. */
public final class EscapeCloses {
    private EscapeCloses() {
    }

    /**
     * Closes {@code stage} on an Esc nothing in it took: a handler, not a filter, so Esc still cancels a
     * cell being edited or closes an open list first.
     */
    public static void install(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }
}
