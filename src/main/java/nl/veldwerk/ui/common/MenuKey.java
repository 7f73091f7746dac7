package nl.veldwerk.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys that ask for the context menu of what has the focus: Shift+F10 and the menu key. JavaFX on Linux turns
 * neither into a menu request itself (QA), so a control whose menu matters from the keyboard listens for them.
 */
public final class MenuKey {
    private MenuKey() {
    }

    public static boolean asksForMenu(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }
}
