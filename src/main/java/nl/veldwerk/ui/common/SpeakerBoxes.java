package nl.veldwerk.ui.common;

import java.util.List;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;

/**
 * A box per speaker, ticked for the speakers whose words count: unticking one (the interviewer, say) puts
 * them in {@code leftOut}. Used by the word cloud and search-and-code; keyword in context has a menu.
 */
public final class SpeakerBoxes {
    private SpeakerBoxes() {
    }

    /** Boxes with ids {@code idPrefix + speaker}; {@code changed} runs after each tick or untick. */
    public static FlowPane of(List<String> speakers, Set<String> leftOut, String idPrefix, Runnable changed) {
        FlowPane boxes = new FlowPane(8, 4);
        for (String who : speakers) {
            CheckBox box = new CheckBox(who);
            box.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            box.setId(idPrefix + who);
            box.setSelected(!leftOut.contains(who));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    leftOut.remove(who);
                } else {
                    leftOut.add(who);
                }
                changed.run();
            });
            boxes.getChildren().add(box);
        }
        return boxes;
    }
}
