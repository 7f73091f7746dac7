package nl.veldwerk.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * Sizes a dialog to all of its content. The first dialog of a kind in a session was sometimes measured before
 * its content had its style, and opened too short: its buttons hidden, its lists drawn over each other, and
 * no way to enlarge it. Its pane now never shrinks below what it needs, the window is measured again once
 * shown, and it can be resized. Its title is the menu item's without the "…".
 */
public final class DialogFit {
    private DialogFit() {
    }

    public static void fit(Dialog<?> dialog, String title) {
        dialog.setTitle(FxDialogs.titled(title));
        dialog.setResizable(true);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
    }
}
