package nl.veldwerk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Esc closes a window opened beside the main one, as it closes a dialog. */
public final class EscapeCloses {
    private EscapeCloses() {
    }

    /**
     * Closes {@code stage} on Esc, unless Esc has something to cancel where the keyboard is: a cell being
     * edited, an open list. A filter, not a handler: a table or tree takes every Esc it is given, editing or
     * not, so a handler never saw it while a table had the focus (the Speakers window did not close).
     */
    public static void install(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && stage.getScene() != null
                    && !hasSomethingToCancel(stage.getScene().getFocusOwner())) {
                e.consume();
                stage.close();
            }
        });
    }

    private static boolean hasSomethingToCancel(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> cell && cell.isEditing()
                    || n instanceof ComboBoxBase<?> box && box.isShowing()
                    || n instanceof TableView<?> table && table.getEditingCell() != null
                    || n instanceof TreeTableView<?> tree && tree.getEditingCell() != null
                    || n instanceof TreeView<?> tree && tree.getEditingItem() != null
                    || n instanceof ListView<?> list && list.getEditingIndex() >= 0) {
                return true;
            }
        }
        return false;
    }
}
