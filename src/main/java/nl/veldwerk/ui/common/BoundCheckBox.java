package nl.veldwerk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;

/**
 * The check box a reused list or table cell shows for one item after another, its tick bound both ways to
 * the shown item's property (and let go of when the cell shows another item or none).
 */
public final class BoundCheckBox {
    private final CheckBox box = new CheckBox();
    private BooleanProperty bound;

    public BoundCheckBox() {
        box.setMnemonicParsing(false); // "interview_R03" is shown as named, its "_" not taken for a shortcut
    }

    /** Lets go of the property of the item shown last. */
    public void release() {
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound);
            bound = null;
        }
    }

    /** The check box, with this text, ticked as {@code ticked} is and ticking it (after letting go of the last). */
    public CheckBox showing(String text, BooleanProperty ticked) {
        release();
        box.setText(text);
        box.selectedProperty().bindBidirectional(ticked);
        bound = ticked;
        return box;
    }
}
