package nl.veldwerk.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Tells the user's typing apart from a view filling its own fields, so an editor saves only what the
 * user typed, and a refresh never writes the old text back over an undo. With {@link #commitWhenIdle} it
 * also saves what is typed while the user stays in the field, so a crash does not take a memo written in one
 * sitting with it: the recovery save only holds what reached the project.
 */
public final class TypingTracker {
    /** A pause this long in the typing commits it. */
    static final Duration IDLE = Duration.millis(1000);
    /** Typing on without such a pause commits at least this often. */
    static final long LONGEST_UNCOMMITTED_NANOS = 5_000_000_000L;

    private boolean filling;
    private boolean typed;
    private boolean committing;
    private long typingSince;
    private PauseTransition idle;
    private Runnable commit;

    public TypingTracker(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.textProperty().addListener((o, was, now) -> {
                if (!filling) {
                    userTyped();
                }
            });
        }
    }

    private void userTyped() {
        if (!typed) {
            typingSince = System.nanoTime();
        }
        typed = true;
        if (commit == null || committing) {
            return;
        }
        if (System.nanoTime() - typingSince > LONGEST_UNCOMMITTED_NANOS) {
            commitNow();
        } else {
            idle.playFromStart();
        }
    }

    /**
     * Runs {@code commit} (which saves what was typed, through {@link #take}) after a pause in the typing, and
     * at least every few seconds while the user types on. While it runs, {@link #committing} is true: the
     * view's refresh after the change must leave the fields as they are (the user is still in them; a text
     * saved stripped of its last space must not lose that space under the caret).
     */
    public void commitWhenIdle(Runnable commit) {
        this.commit = commit;
        this.idle = new PauseTransition(IDLE);
        idle.setOnFinished(e -> commitNow());
    }

    private void commitNow() {
        idle.stop();
        if (!typed) {
            return;
        }
        committing = true;
        try {
            commit.run();
        } finally {
            committing = false;
        }
    }

    /** Whether a commit of typing the user is still in runs now: refreshes keep the fields' text. */
    public boolean committing() {
        return committing;
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
        if (idle != null) {
            idle.stop();
        }
    }

    public boolean typed() {
        return typed;
    }

    /** Whether the user typed since the last fill or take; resets it: the caller saves now. */
    public boolean take() {
        boolean was = typed;
        typed = false;
        if (idle != null) {
            idle.stop();
        }
        return was;
    }

    /** Marks the fields as typed in again (the view kept the user's text across a refresh). */
    public void keep() {
        typed = true;
    }
}
