package nl.veldwerk.ui.coding;

import javafx.scene.layout.Pane;

/**
 * The transcript beside its margin. The text column takes the width comfortable reading needs (about 36
 * ems a line at the chosen size) and the margin the rest, so on a wide window the labels get the room
 * rather than lines growing too long to read; on a narrow one the margin keeps its minimum. Once the user
 * sizes the margin (by dragging its edge or fitting its labels) that width holds and the text takes the rest.
 */
final class TextAndMargin extends Pane {
    /** The text column never gets narrower than this, whatever the margin asks. */
    static final double MIN_TEXT = 240;

    private final TranscriptView text;
    private final CodeMargin margin;
    private double readingWidth = 560;
    /** The margin width the user chose, or 0 while the margin takes what the text leaves. */
    private double chosenMargin;

    TextAndMargin(TranscriptView text) {
        this.text = text;
        this.margin = text.margin();
        getChildren().addAll(text, margin);
    }

    void setFontSize(int pixels) {
        readingWidth = ParagraphNumbers.WIDTH + 36.0 * pixels + 20;
        requestLayout();
    }

    void chooseMarginWidth(double width) {
        chosenMargin = width;
        requestLayout();
    }

    /** The margin's width for a given total width. */
    double marginWidth(double total) {
        double wanted = chosenMargin > 0 ? chosenMargin : total - readingWidth;
        return Math.max(CodeMargin.MIN_WIDTH, Math.min(wanted, total - MIN_TEXT));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double m = Math.min(marginWidth(w), w);
        text.resizeRelocate(0, 0, Math.max(0, w - m), h);
        margin.resizeRelocate(w - m, 0, m, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return readingWidth + CodeMargin.MIN_WIDTH;
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_TEXT + CodeMargin.MIN_WIDTH;
    }
}
