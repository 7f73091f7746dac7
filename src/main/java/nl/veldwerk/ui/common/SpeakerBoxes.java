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

    /** More speakers than fit on a few lines: the boxes scroll in a band of their own. */
    private static final int MANY = 12;

    /**
     * Boxes with ids {@code idPrefix + speaker}; {@code changed} runs after each tick or untick. Many speakers (a
     * study of a thousand interviews, each with its respondent) scroll in a band of a few lines: laid out whole,
     * they pushed a dialog's buttons off the screen and the word list out of its window.
     */
    public static javafx.scene.layout.Region of(List<String> speakers, Set<String> leftOut, String idPrefix,
                                                Runnable changed) {
        FlowPane boxes = boxes(speakers, leftOut, idPrefix, changed);
        if (speakers.size() <= MANY) {
            return boxes;
        }
        javafx.scene.control.ScrollPane band = new javafx.scene.control.ScrollPane(boxes);
        band.setFitToWidth(true);
        band.setPrefViewportWidth(520);
        band.setPrefViewportHeight(84);
        band.setMaxHeight(110);
        band.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        return band;
    }

    private static FlowPane boxes(List<String> speakers, Set<String> leftOut, String idPrefix, Runnable changed) {
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
