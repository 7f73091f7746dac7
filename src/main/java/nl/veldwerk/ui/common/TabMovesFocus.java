package nl.veldwerk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In the notes a researcher types (comments, memos, definitions) Tab moves on to the next field, as in
 * every form, instead of putting a tab character in the note (which would be saved and exported with it).
 */
public final class TabMovesFocus {
    private TabMovesFocus() {
    }

    /** For every text area in the pane as it is now. */
    public static void in(Parent pane) {
        for (Node n : pane.lookupAll(".text-area")) {
            if (n instanceof TextArea area) {
                on(area);
            }
        }
    }

    public static void on(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // A text area moves the focus on Ctrl+Tab (Ctrl+Shift+Tab back): hand it that.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }
}
