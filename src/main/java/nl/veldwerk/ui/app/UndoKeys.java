package nl.veldwerk.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The undo and redo keys in a text field with nothing of its own to undo or redo: the field would take the
 * key and do nothing (a name just committed with Enter, the focus still in its field), so the project's
 * undo or redo runs instead. A field with typing of its own to undo or redo keeps the key, as in any editor,
 * whichever of the two redo keys is pressed, except that after undoing the project from a field, redo there
 * redoes the project first. A filter's words are no work of the user's ({@link #projectUndoIn}):
 * there the keys undo and redo the project.
 */
public final class UndoKeys {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    /** Redo's second key (Word's and ATLAS.ti's on Windows), as the main window's accelerators have it. */
    private static final KeyCombination REDO_TOO = KeyCombination.keyCombination("Shortcut+Y");

    private UndoKeys() {
    }

    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    private static final Object PROJECT_ONLY = new Object();
    /** Set while the field's undo key last undid the project and nothing was typed since: redo there redoes it first. */
    private static final Object PROJECT_UNDONE_AT = new Object();

    /**
     * Filter and find fields: the undo keys undo the project there, not the words typed (QA: a merge, then a
     * code typed in the filter to check it, then Ctrl+Z: the filter went back, the merge stayed and was saved,
     * and nothing said so). And editors whose text is saved as the user pauses (a memo, a definition, a comment):
     * what is typed there is the project's step (saved first, {@link MainViewModel#undo}), and the field's own history
     * of it brought back text undone a moment before (QA). The keys never reach such a field's own undo.
     */
    public static void projectUndoIn(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.getProperties().put(PROJECT_ONLY, Boolean.TRUE);
        }
    }

    /**
     * In a tool window (the code manager, a diagram), which has no menu bar to hold the keys: the project's
     * undo and redo on all three keys and its save on Ctrl+S, as in the main window (Ctrl+S did nothing there,
     * the title kept its "•"), and {@link #install} for its text fields.
     */
    public static void installInToolWindow(Scene scene, MainViewModel vm) {
        scene.getAccelerators().put(SAVE, vm::save);
        scene.getAccelerators().put(UNDO, vm::undo);
        scene.getAccelerators().put(REDO, vm::redo);
        scene.getAccelerators().put(REDO_TOO, vm::redo);
        install(scene, vm);
    }

    /** Marks that the field's undo key undid the project, until the field's text changes (typing, its own redo). */
    private static void projectUndoneFrom(TextInputControl field) {
        if (field.getProperties().containsKey(PROJECT_UNDONE_AT)) {
            return;
        }
        field.getProperties().put(PROJECT_UNDONE_AT, Boolean.TRUE);
        field.textProperty().addListener(new javafx.beans.value.ChangeListener<String>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> text, String was, String now) {
                field.getProperties().remove(PROJECT_UNDONE_AT);
                field.textProperty().removeListener(this);
            }
        });
    }

    /** In every window that undoes the project's changes with these keys. */
    public static void install(Scene scene, MainViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl field)) {
                return;
            }
            boolean projectOnly = field.getProperties().containsKey(PROJECT_ONLY);
            if (UNDO.match(e) && projectOnly) {
                e.consume();
                vm.undo(); // typing not yet saved becomes the step undone
            } else if (UNDO.match(e) && !field.isUndoable() && vm.canUndoProperty().get()) {
                e.consume();
                projectUndoneFrom(field);
                vm.undo();
            } else if ((REDO.match(e) || REDO_TOO.match(e)) && projectOnly) {
                e.consume();
                vm.redo();
            } else if (REDO.match(e) || REDO_TOO.match(e)) {
                // Redo retraces the undo keys backwards: after typing undone and then the project's last change
                // (the field had nothing left to undo), redo brings back the change first, then the typing (QA:
                // Ctrl+Y brought the typing back, the supervisor's review stayed undone, and was saved so). Typing
                // since makes it the field's again.
                boolean projectFirst = field.getProperties().containsKey(PROJECT_UNDONE_AT);
                // Both keys redo the field's own typing first: a field knows only its platform's redo key
                // (Ctrl+Y on Windows, Ctrl+Shift+Z elsewhere) and would let the other through to the project.
                if (field.isRedoable() && !projectOnly && !(projectFirst && vm.canRedoProperty().get())) {
                    e.consume();
                    field.redo();
                } else if (vm.canRedoProperty().get()) {
                    e.consume();
                    vm.redo();
                }
            }
        });
    }
}
