package nl.veldwerk.ui.common;

import javafx.scene.control.TextInputControl;

/**
 * Tells the user's typing apart from a view filling its own fields, so an editor saves only what the
 * user typed, and a refresh never writes the old text back over an undo.
 */
public final class TypingTracker {
    private boolean filling;
    private boolean typed;

    public TypingTracker(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.textProperty().addListener((o, was, now) -> typed |= !filling);
        }
    }

    /** Fills the fields as the view, not as the user; afterwards nothing counts as typed. */
    public void fill(Runnable filler) {
        filling = true;
        try {
            filler.run();
        } finally {
            filling = false;
        }
        typed = false;
    }

    public boolean typed() {
        return typed;
    }

    /** Whether the user typed since the last fill or take; resets it: the caller saves now. */
    public boolean take() {
        boolean was = typed;
        typed = false;
        return was;
    }

    /** Marks the fields as typed in again (the view kept the user's text across a refresh). */
    public void keep() {
        typed = true;
    }
}
