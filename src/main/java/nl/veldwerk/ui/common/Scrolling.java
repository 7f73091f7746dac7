package nl.veldwerk.ui.common;

import javafx.scene.control.TableView;

/** Bringing a table's row into view without moving the rows the user is looking at. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Scrolls only when the row is out of view: {@code TableView.scrollTo} puts the
     * row at the top, so the rows under the pointer moved and the next click hit another one (QA: after a rename
     * the code manager's next Move under… was for the code a row away), and every visible row was laid out again.
     */
    public static void intoView(TableView<?> table, int index) {
        if (index < 0 || index >= table.getItems().size()) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }
}
