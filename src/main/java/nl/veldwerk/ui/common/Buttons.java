package nl.veldwerk.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the interface's language. JavaFX's own OK, Cancel, Yes and No follow the system
 * language and have no Dutch, so a Dutch dialog would end in English. New instances each time (the
 * language can change while the application runs): keep the one a dialog uses to compare its answer.
 */
public final class Buttons {
    private Buttons() {
    }

    public static ButtonType ok() {
        return new ButtonType(I18n.text("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(I18n.text("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    static ButtonType yes() {
        return new ButtonType(I18n.text("button.yes"), ButtonData.YES);
    }

    static ButtonType no() {
        return new ButtonType(I18n.text("button.no"), ButtonData.NO);
    }
}
