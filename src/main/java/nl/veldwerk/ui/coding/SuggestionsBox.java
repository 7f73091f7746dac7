package nl.veldwerk.ui.coding;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.veldwerk.ui.common.I18n;

/**
 * The suggested codes for a passage: each with its score and the quotations behind it (click one to go
 * there), a click on the code to apply it, ✕ to turn it down for this passage. Shown in the code picker
 * and the inspector; says so when it is still working or has nothing to suggest.
 */
final class SuggestionsBox extends VBox {
    private final Label title = new Label(I18n.text("suggest.title"));
    private final Label state = new Label();
    private final VBox rows = new VBox(2);
    private final Consumer<Suggestions.Shown> apply;
    private final Consumer<Suggestions.Shown> reject;
    private final Consumer<String> goTo;
    /** How many rows' room is kept from the start (0: the box grows as suggestions come). */
    private int reserved;
    /** A row as the suggestions' are, never shown: measures the room to keep. */
    private final HBox probe = new HBox(4, new Hyperlink("Xg"), new Button("✕"));

    SuggestionsBox(Consumer<Suggestions.Shown> apply, Consumer<Suggestions.Shown> reject, Consumer<String> goTo) {
        super(2);
        this.apply = apply;
        this.reject = reject;
        this.goTo = goTo;
        title.getStyleClass().add("hint");
        state.getStyleClass().add("hint");
        setId("code-suggestions");
        getChildren().addAll(title, state, rows);
        probe.getChildren().getLast().getStyleClass().add("small");
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().add(probe);
    }

    /**
     * Keeps room for {@code count} suggestions from the start: in the code picker they arrive a moment after it
     * opened, and a picker opened low on the screen grew past its edge and was moved up by ~120 px under the
     * pointer, so a click meant for one code landed on another.
     */
    void reserveRoomFor(int count) {
        reserved = count;
        requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), reservedHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width), reservedHeight());
    }

    private double reservedHeight() {
        if (reserved == 0) {
            return 0;
        }
        return snappedTopInset() + title.prefHeight(-1) + getSpacing() + reserved * (probe.prefHeight(-1)
                + rows.getSpacing()) + snappedBottomInset();
    }

    /** Working on it. */
    void working() {
        rows.getChildren().clear();
        state.setText(I18n.text("suggest.working"));
        state.setManaged(true);
        state.setVisible(true);
    }

    /** The suggestions, or null when they could not be worked out. */
    void show(List<Suggestions.Shown> suggestions) {
        if (suggestions == null) {
            rows.getChildren().clear();
            state.setText(I18n.text("suggest.failed"));
            state.setManaged(true);
            state.setVisible(true);
            return;
        }
        state.setText(suggestions.isEmpty() ? I18n.text("suggest.none") : "");
        state.setManaged(suggestions.isEmpty());
        state.setVisible(suggestions.isEmpty());
        rows.getChildren().setAll(suggestions.stream().map(this::row).toList());
    }

    private HBox row(Suggestions.Shown s) {
        Hyperlink code = new Hyperlink(s.name());
        code.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
        code.setId("suggestion-" + s.codeId());
        code.setStyle("-fx-border-color: transparent transparent transparent " + s.color()
                + "; -fx-border-width: 0 0 0 5;");
        code.setTooltip(new Tooltip(I18n.text("suggest.apply", s.name())));
        code.setOnAction(e -> apply.accept(s));
        // The share alone overstates one weakly alike quotation ("100%"): the votes it rests on are shown with it.
        Label score = new Label(I18n.text("suggest.score", Math.round(100 * s.score()), s.votes()));
        score.setId("suggestion-score-" + s.codeId());
        score.setTooltip(new Tooltip(I18n.text("suggest.scoreTip", s.votes(), s.voters(), Math.round(100 * s.score()))));
        score.getStyleClass().add("hint");
        HBox support = new HBox(0);
        support.setAlignment(Pos.CENTER_LEFT);
        Label like = new Label(I18n.text("suggest.like"));
        like.getStyleClass().add("hint");
        support.getChildren().add(like);
        for (int i = 0; i < s.labels().size(); i++) {
            String label = s.labels().get(i);
            Hyperlink link = new Hyperlink(label);
            link.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            link.setId("suggestion-support-" + s.codeId() + "-" + i);
            link.setOnAction(e -> goTo.accept(label));
            support.getChildren().add(link);
        }
        Button no = new Button("✕");
        no.setId("suggestion-reject-" + s.codeId());
        no.setTooltip(new Tooltip(I18n.text("suggest.reject", s.name())));
        no.setOnAction(e -> reject.accept(s));
        no.getStyleClass().add("small");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(4, code, score, support, gap, no); // every ✕ at the right edge, one above the other
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
