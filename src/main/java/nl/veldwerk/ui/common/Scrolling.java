package nl.veldwerk.ui.common;

import javafx.scene.control.TableView;

/** Bringing a table's row, or a node in a scroll pane, into view without moving what the user is looking at. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Scrolls only when the row is out of view: {@code TableView.scrollTo} puts the
     * row at the top, so the rows under the pointer moved and the next click hit another one (QA: after a rename
     * the code manager's next Move under… was for the code a row away), and every visible row was laid out again.
     */
    public static void intoView(TableView<?> table, int index) {
        intoView(table, index, table.getItems().size(), false, () -> table.scrollTo(index));
    }

    /**
     * The same for a list, once it is laid out with its rows (the document list calls it after its layout: a flow
     * not yet laid out counts the old rows, and then the list's own scrolling, which counts them first, is used).
     * {@code ListView.scrollTo} also measures a viewport's worth of cells anew each time.
     */
    public static void intoView(javafx.scene.control.ListView<?> list, int index) {
        intoView(list, index, list.getItems().size(), true, () -> list.scrollTo(index));
    }

    /**
     * Through the control's flow when it has one ({@code laidOutOnly}: and counts the control's rows already), else
     * with the control's own scrolling, which puts the row at the top.
     */
    private static void intoView(javafx.scene.control.Control view, int index, int rows, boolean laidOutOnly,
                                 Runnable toTop) {
        if (index < 0 || index >= rows) {
            return;
        }
        if (view.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && (!laidOutOnly || flow.getCellCount() == rows)) {
            flow.scrollTo(index);
        } else {
            toTop.run();
        }
    }

    /**
     * Scrolls the nearest scroll pane around {@code node} just enough to show it whole (its top when it is taller
     * than the view); nothing when it shows already or no scroll pane holds it. After a review comment is added the
     * field for the next one had moved below the inspector's edge (QA).
     */
    public static void intoView(javafx.scene.Node node) {
        for (javafx.scene.Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                javafx.scene.Node content = scroll.getContent();
                scroll.applyCss();
                scroll.layout();
                javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (range <= 0) {
                    return;
                }
                double span = scroll.getVmax() - scroll.getVmin();
                double top = range * (scroll.getVvalue() - scroll.getVmin()) / span;
                double view = scroll.getViewportBounds().getHeight();
                double wanted = at.getMinY() < top || at.getHeight() >= view ? at.getMinY() // its top
                        : at.getMaxY() > top + view ? at.getMaxY() - view : top; // its bottom, or as it is
                if (wanted != top) {
                    scroll.setVvalue(scroll.getVmin() + span * Math.max(0, Math.min(range, wanted)) / range);
                }
                return;
            }
        }
    }
}
