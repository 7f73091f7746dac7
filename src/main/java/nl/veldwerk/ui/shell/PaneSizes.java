package nl.veldwerk.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.SplitPane;
import nl.veldwerk.ui.common.Preferences;

/**
 * The sizes the user dragged the window's panes to (the code tree, the quotation list, the document list), kept when
 * the window closes and given back at the next start, as the window's own place is (QA: a code tree made taller was
 * its first size again after a restart).
 */
final class PaneSizes {
    private final Map<String, SplitPane> panes = new LinkedHashMap<>();

    /** Gives {@code pane} the sizes kept under {@code name}, if any, and keeps its sizes under that name at close. */
    void follow(String name, SplitPane pane) {
        panes.put(name, pane);
        Preferences.paneDividers(name, pane.getDividers().size())
                .map(kept -> givenBack(kept, pane.getDividerPositions())).ifPresent(pane::setDividerPositions);
    }

    /**
     * The kept positions a pane can be given: a pane squeezed shut (a divider at an edge or on the next one) gets its
     * first size again and the others keep theirs (QA: one pane dragged shut lost every pane's kept size); dividers
     * out of order (written by hand) give nothing back.
     */
    static double[] givenBack(double[] kept, double[] first) {
        double[] positions = kept.clone();
        for (int i = 0; i < positions.length; i++) {
            boolean shut = !(positions[i] > EDGE && positions[i] < 1 - EDGE)
                    || i > 0 && Math.abs(kept[i] - kept[i - 1]) < EDGE;
            if (shut) {
                positions[i] = first[i];
            }
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] - positions[i - 1] < EDGE) {
                return null; // out of order: the first sizes
            }
        }
        return positions;
    }

    /** How near an edge or another divider a divider stands for its pane to be shut. */
    private static final double EDGE = 0.02;

    /** Keeps every followed pane's sizes, as the window closes. */
    void keep() {
        panes.forEach((name, pane) -> Preferences.setPaneDividers(name, pane.getDividerPositions()));
    }
}
