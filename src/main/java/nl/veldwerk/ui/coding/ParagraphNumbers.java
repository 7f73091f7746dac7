package nl.veldwerk.ui.coding;

import java.util.function.IntFunction;

import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * The numbers left of the transcript's paragraphs, as reports cite them ("A01, ¶ 12"), so a cited passage
 * can be found. Codes are drawn in the margin on the right ({@link CodeMargin}); these never change when
 * coding, so RichTextFX makes them only for the paragraphs it shows.
 */
final class ParagraphNumbers {
    static final double WIDTH = 34;
    /** The style class of a paragraph's number box, beside its text flow. */
    private static final String GUTTER = "paragraph-gutter";

    private ParagraphNumbers() {
    }

    /**
     * The text flows of the paragraphs the area shows, by paragraph index: each number sits in its
     * paragraph's box beside the flow, and RichTextFX makes a paragraph's graphic anew whenever the
     * paragraph's index changes, so the number's index is the flow's.
     */
    static java.util.Map<Integer, javafx.scene.text.TextFlow> shownTextFlows(javafx.scene.Parent area) {
        java.util.Map<Integer, javafx.scene.text.TextFlow> flows = new java.util.HashMap<>();
        findGutters(area, flows);
        return flows;
    }

    /**
     * A walk that does not go into the text flows: a CSS lookup visited every styled run of text on screen too,
     * on each layout of the margin (after every coding and scroll).
     */
    private static void findGutters(javafx.scene.Parent parent, java.util.Map<Integer, javafx.scene.text.TextFlow> flows) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains(GUTTER)) {
                if (child.getUserData() instanceof Integer paragraph && parent.isVisible()) {
                    for (Node sibling : parent.getChildrenUnmodifiable()) {
                        if (sibling instanceof javafx.scene.text.TextFlow flow) {
                            flows.put(paragraph, flow);
                        }
                    }
                }
            } else if (child instanceof javafx.scene.Parent inner && !(child instanceof javafx.scene.text.TextFlow)) {
                findGutters(inner, flows);
            }
        }
    }

    /**
     * The numbers for {@code area}'s paragraphs. Every imported text ends with a line end, which leaves an
     * empty last paragraph: it gets no number, since there is nothing in it to cite; nor does the one empty
     * paragraph of an area that shows no document.
     */
    static IntFunction<Node> factory(org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) {
        return paragraph -> {
            // A Text, not a Label: a control costs a skin, and scrolling makes these by the screenful.
            // No document shown (an empty project) is one empty paragraph too: no "1" beside nothing (QA).
            boolean emptyLast = paragraph == area.getParagraphs().size() - 1 && area.getParagraphLength(paragraph) == 0;
            javafx.scene.layout.StackPane box = numberBox(emptyLast ? "" : Integer.toString(paragraph + 1));
            box.setUserData(paragraph);
            return box;
        };
    }

    /**
     * One number, right-aligned in the gutter by its box: not wrapped, so a long transcript's "12345" stays on
     * one line (wrapped at the gutter's width it broke into "1234" over "5"), in smaller type to fit.
     */
    static javafx.scene.layout.StackPane numberBox(String label) {
        Text number = new Text(label);
        number.getStyleClass().add("paragraph-number");
        if (label.length() > 4) {
            // Five digits at the gutter's 10 px are wider than it: a little smaller (veldwerk.css), rather than a
            // wider gutter, which would take the room from every transcript's text for the few this long.
            number.getStyleClass().add("long");
        }
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(number);
        box.getStyleClass().add(GUTTER);
        box.setMinWidth(WIDTH);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        return box;
    }
}
