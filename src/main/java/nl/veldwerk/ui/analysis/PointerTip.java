package nl.veldwerk.ui.analysis;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A tooltip shown by hand at the pointer, for what is under it, after the pointer rests there a moment. An
 * installed tooltip stayed where it first appeared while its text followed the pointer, and kept a cell's text
 * after the table scrolled; this one is hidden whenever what is under the pointer may have changed.
 */
final class PointerTip {
    private final Node owner;
    private final Tooltip tip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(Duration.millis(600));
    private String text;
    private double screenX;
    private double screenY;

    PointerTip(Node owner) {
        this.owner = owner;
        rest.setOnFinished(e -> show());
    }

    /** The pointer is at a screen point over {@code what} (null: over nothing to tell). */
    void pointerAt(String what, double x, double y) {
        screenX = x;
        screenY = y;
        if (!java.util.Objects.equals(what, text)) {
            hide();
            text = what;
        }
        if (what != null && !tip.isShowing()) {
            rest.playFromStart();
        }
    }

    /** Hidden, and not shown until the pointer rests again: what was under it scrolled, moved or went. */
    void hide() {
        rest.stop();
        tip.hide();
        text = null;
    }

    private void show() {
        if (text != null && owner.getScene() != null && owner.getScene().getWindow() != null) {
            tip.setText(text);
            tip.show(owner, screenX + 12, screenY + 16);
        }
    }
}
