package nl.veldwerk.ui.codebook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.ReviewThread;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.TypingTracker;

/**
 * The selected code's codebook entry: name, colour, phase, review status, definition, indicators (one a
 * line), when to use it and when not, an anchor example, a memo, and its review thread. Text is saved
 * when the field is left, as one undoable edit of the code; the choices save at once.
 */
final class CodePropertiesPane extends VBox {
    /**
     * The review statuses to choose from: "Merged" is what a merge in a supervisor's copy gives, shown for a code
     * that has it, not one to set by hand on a code still in use (QA: the code manager's menu has no such entry).
     */
    static List<ReviewStatus> reviewChoices(ReviewStatus current) {
        return java.util.Arrays.stream(ReviewStatus.values())
                .filter(s -> s != ReviewStatus.MERGED || s == current).toList();
    }

    private final CodebookViewModel codebook;
    private final MainViewModel vm;
    private final TextField name = new TextField();
    private final ColorPicker color = new ColorPicker();
    private final ChoiceBox<Phase> phase = new ChoiceBox<>(FXCollections.observableArrayList(Phase.values()));
    private final ChoiceBox<ReviewStatus> review = new ChoiceBox<>(FXCollections.observableArrayList(
            ReviewStatus.values()));
    private final TextArea definition = area("definition");
    private final TextArea indicators = area("indicators");
    private final TextArea inclusion = area("inclusion");
    private final TextArea exclusion = area("exclusion");
    private final TextArea anchor = area("anchor");
    private final TextArea memo = area("memo");
    private final ReviewThread thread;
    private final RelationsEditor relations;
    private final TypingTracker typing = new TypingTracker(name, definition, indicators, inclusion, exclusion, anchor,
            memo);
    private String shownId;
    /** The name as the field was filled with it: a name not typed over is not saved (see {@link #save}). */
    private String filledName = "";
    private boolean filling;

    CodePropertiesPane(CodebookViewModel codebook, CodeTreePane tree) {
        super(4);
        this.codebook = codebook;
        this.vm = codebook.main();
        setId("code-properties");
        setPadding(new Insets(6));
        Label heading = new Label(I18n.text("code.heading"));
        heading.getStyleClass().add("pane-heading");
        name.setId("code-name");
        phase.setConverter(Labels.converter("phase."));
        phase.setId("code-phase");
        review.setConverter(Labels.converter("reviewStatus."));
        review.setId("code-review");
        for (TextArea a : List.of(definition, indicators, inclusion, exclusion, anchor, memo)) {
            a.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save();
                }
            });
        }
        vm.addPendingEdit(this::save);
        // A definition or memo typed at length is saved as the user pauses; a name only when they leave it
        // (saved half-typed it could clash with another code's name and ask them about it mid-word).
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, name);
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NOTE, definition, indicators, inclusion,
                exclusion, anchor, memo);
        Runnable typedTexts = () -> {
            if (!name.isFocused()) {
                save();
            }
        };
        typing.commitWhenIdle(typedTexts);
        vm.addPendingTyping(typedTexts); // before an undo: the texts typed, not a name being typed
        // The texts, saved as the user pauses, undo as the project: their own undo kept a history beside the
        // project's, went back through typing the pauses had saved as steps of their own, then on into the project's,
        // and brought back text undone a moment before (QA). The name keeps its own while typed (saved when left).
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(definition, indicators, inclusion, exclusion, anchor, memo);
        name.setOnAction(e -> save());
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        color.setOnAction(e -> {
            if (!filling) {
                code().ifPresent(c -> codebook.setColor(c.id(), hex(color.getValue())));
            }
        });
        phase.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                code().ifPresent(c -> codebook.setPhase(c.id(), now));
            }
        });
        review.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                code().ifPresent(c -> codebook.review(c.id(), now));
            }
        });
        thread = new ReviewThread(vm, () -> code().map(c -> new MemoTarget(EntityKind.CODE, c.id())), "code");
        relations = new RelationsEditor(codebook, this::code);
        javafx.scene.layout.GridPane choices = new javafx.scene.layout.GridPane(6, 4);
        choices.addRow(0, label("colour"), color);
        choices.addRow(1, label("phase"), phase);
        choices.addRow(2, label("review"), review);
        getChildren().addAll(heading, label("name"), name, choices, label("definition"),
                definition, label("indicators"), indicators, label("inclusion"), inclusion, label("exclusion"),
                exclusion, label("anchor"), anchor, label("memo"), memo, relations, thread);
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            String id = now == null || now.getValue() == null ? null : now.getValue().id();
            if (id == null && was != null) {
                return; // the tree is being rebuilt after a change; it selects the same code again
            }
            if (!java.util.Objects.equals(id, shownId)) {
                save();
                shownId = id;
                refresh(true);
            }
        });
        vm.changesProperty().addListener((o, was, now) -> {
            var change = vm.lastChange();
            if (change == null || !change.onlyQuotationsAndCodings()) {
                refresh(false);
            }
        });
        vm.storeProperty().addListener((o, was, now) -> {
            shownId = null;
            refresh(true);
        });
        refresh(true);
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(id.equals("definition") || id.equals("indicators") ? 3 : 2);
        a.setId("code-" + id);
        return a;
    }

    private static Label label(String key) {
        return new Label(I18n.text("code." + key));
    }

    private Optional<Code> code() {
        return shownId == null || vm.storeProperty().get() == null ? Optional.empty()
                : vm.session().project().code(shownId);
    }

    /** Saves what the user typed into the code shown, as one undoable edit. */
    void save() {
        Optional<Code> shown = code();
        if (shown.isEmpty() || !typing.take()) {
            return;
        }
        Code c = shown.get();
        List<String> lines = Arrays.stream(indicators.getText().split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        // The name only when it was typed over: a definition saved while the code was renamed elsewhere (the
        // code manager, the tree) must not write the name the field was filled with back over the new one.
        String typedName = name.getText().strip();
        boolean typedOver = !name.getText().equals(filledName);
        if (typedOver && typedName.isEmpty()) {
            vm.showStatus(I18n.text("code.nameRequired", c.name()));
        }
        // A name another code in the tree has is asked about, as a rename in the tree or the manager asks.
        boolean renamed = typedOver && !typedName.isEmpty() && !typedName.equals(c.name())
                && codebook.mayBeNamed(c.id(), typedName);
        Code changed = c.withName(renamed ? typedName : c.name())
                .withDefinition(definition.getText().strip(), lines)
                .withRules(inclusion.getText().strip(), exclusion.getText().strip(), anchor.getText().strip())
                .withMemo(memo.getText().strip());
        codebook.update(changed);
        // The code saved, by its id: the update redraws the tree, and a click on another code that made this
        // save shows that code meanwhile (shownId changes under us). Read through shownId, the other code's
        // name was taken for a refused one and written over this code's.
        Code now = vm.session().project().code(c.id()).orElse(c);
        boolean stillShown = c.id().equals(shownId);
        if (!now.name().equals(changed.name())) {
            // The name was refused (the user was told): what else was typed is kept all the same.
            codebook.update(changed.withName(now.name()));
        }
        if (stillShown) {
            if (!name.getText().strip().equals(now.name())) { // refused, empty or declined: the name the code kept
                typing.fill(() -> name.setText(now.name()));
            }
            filledName = name.getText();
        }
    }

    private void refresh(boolean otherCode) {
        Optional<Code> shown = code();
        setDisable(shown.isEmpty());
        if (!otherCode && (typing.typed() || typing.committing())) {
            return; // the user is typing in this code: keep their text until they leave the field
        }
        filling = true;
        try {
            typing.fill(() -> {
                name.setText(shown.map(Code::name).orElse(""));
                filledName = name.getText();
                definition.setText(shown.map(Code::definition).orElse(""));
                indicators.setText(shown.map(c -> String.join("\n", c.indicators())).orElse(""));
                inclusion.setText(shown.map(Code::inclusion).orElse(""));
                exclusion.setText(shown.map(Code::exclusion).orElse(""));
                anchor.setText(shown.map(Code::anchor).orElse(""));
                memo.setText(shown.map(Code::memo).orElse(""));
            });
            color.setValue(shown.map(c -> Color.web(c.color())).orElse(Color.WHITE));
            phase.setValue(shown.map(Code::phase).orElse(null));
            ReviewStatus status = shown.map(Code::review).orElse(null);
            List<ReviewStatus> choices = reviewChoices(status);
            if (!review.getItems().equals(choices)) {
                // Set only when they differ: each setAll made the choice box's menu again (twice at each open, about a
                // tenth of what opening a project cost the FX thread at `medium`, issue 24).
                review.getItems().setAll(choices);
            }
            review.setValue(status);
        } finally {
            filling = false;
        }
        thread.refresh();
        relations.refresh();
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
