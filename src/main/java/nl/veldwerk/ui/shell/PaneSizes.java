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
        Preferences.paneDividers(name, pane.getDividers().size()).ifPresent(pane::setDividerPositions);
    }

    /** Keeps every followed pane's sizes, as the window closes. */
    void keep() {
        panes.forEach((name, pane) -> Preferences.setPaneDividers(name, pane.getDividerPositions()));
    }
}
