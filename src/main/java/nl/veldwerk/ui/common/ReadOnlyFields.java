package nl.veldwerk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/**
 * Makes the text fields of a pane read-only while the project is: the user can still read and copy a code's
 * definition or a memo, but cannot type what the project would refuse (and what would then seem lost).
 */
public final class ReadOnlyFields {
    private ReadOnlyFields() {
    }

    public static void lockWhile(Parent pane, ObservableBooleanValue readOnly) {
        readOnly.addListener((o, was, now) -> apply(pane, now));
        apply(pane, readOnly.get());
    }

    private static void apply(Parent pane, boolean readOnly) {
        for (Node n : pane.lookupAll(".text-input")) {
            if (n instanceof TextInputControl field && !field.editableProperty().isBound()) {
                field.setEditable(!readOnly);
            }
        }
    }
}
