package nl.veldwerk.ui.coding;

import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.ReviewThread;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TypingTracker;

/** The selected quotation: its text, codes (remove, add), comment, bounds, coder and date. */
public final class InspectorPane extends VBox {
    /** The supervisor's review comments on the quotation. */
    private final ReviewThread review;
    private static final DateTimeFormatter DATE = nl.veldwerk.ui.common.Dates.MINUTES;

    private final MainViewModel main;
    private final CodingViewModel coding;
    private final Label heading = new Label(I18n.text("inspector.heading"));
    private static final int OPENING = 480;
    private final Label text = new Label();
    private final FlowPane codes = new FlowPane(6, 4);
    /** "Add a code…": the same searchable picker as Ctrl+K, for the selected quotation. */
    private final Button addCode = new Button(I18n.text("inspector.addCode"));
    private final CodePicker picker;
    private final SuggestionsBox suggested;
    /** "Play this quotation", shown when its document has a recording. */
    private final Button play = new Button();
    private final TextArea comment = new TextArea();
    private final Spinner<Integer> start = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Spinner<Integer> end = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Label meta = new Label();
    /** The memos about the quotation, each a link to it in the memos' tab (QA: nothing showed it had one). */
    private final javafx.scene.layout.FlowPane memos = new javafx.scene.layout.FlowPane(4, 2);
    /** One tooltip for every code chip: each tooltip is a popup window of its own, too dear to make per chip. */
    private final javafx.scene.control.Tooltip removeTip = new javafx.scene.control.Tooltip(
            I18n.text("inspector.removeCode"));
    /** The quotation the comment field belongs to, and whether the user typed in it since it was shown. */
    private String shownId;
    private final TypingTracker typing = new TypingTracker(comment);
    /**
     * A comment typed for a quotation the user just left, saved once the selection change is over; a save
     * or close that comes first commits it (see MainViewModel.addPendingEdit).
     */
    private final java.util.List<Runnable> leftComments = new java.util.ArrayList<>();

    public InspectorPane(CodingViewModel coding) {
        super(6);
        this.main = coding.main();
        codes.setId("inspector-codes");
        // As wide as the pane, whatever its chips ask for: the pane's width comes from the window, not from a name.
        codes.setMinWidth(0);
        codes.setPrefWidth(0);
        this.coding = coding;
        setId("inspector");
        setPadding(new Insets(6));
        heading.setId("inspector-heading");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true); // a long document name wraps rather than cutting the quotation's ID off
        heading.setMinWidth(0);
        text.setWrapText(true);
        text.getStyleClass().add("inspector-text");
        text.setMaxHeight(120);
        picker = new CodePicker(coding);
        addCode.setId("inspector-add-code");
        addCode.setOnAction(e -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null && main.storeProperty().get() != null) {
                javafx.geometry.Bounds b = addCode.localToScreen(addCode.getBoundsInLocal());
                picker.open(getScene().getWindow(), b, main.session().project(), q);
            }
        });
        comment.setPromptText(I18n.text("inspector.comment"));
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.setId("inspector-comment");
        main.addPendingEdit(() -> {
            java.util.List.copyOf(leftComments).forEach(Runnable::run);
            saveComment();
        });
        typing.commitWhenIdle(this::saveComment);
        main.addPendingTyping(this::saveComment); // before an undo: what is typed is the step undone
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(comment); // saved as the user pauses: see CodePropertiesPane
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NOTE, comment);
        comment.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveComment();
            }
        });
        start.setEditable(true);
        end.setEditable(true);
        start.setId("inspector-start");
        end.setId("inspector-end");
        // A quotation late in a long transcript starts at a seven-digit offset: whole, not "505375…" (QA). The
        // rest of the width is the field's padding and the spinner's arrows.
        double boundsWidth = Math.max(96, nl.veldwerk.ui.common.Labels.widthOf("9999999") + 56);
        start.setPrefWidth(boundsWidth);
        end.setPrefWidth(boundsWidth);
        Button resize = new Button(I18n.text("inspector.resize"));
        resize.setId("inspector-set-bounds");
        resize.setOnAction(e -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q == null) {
                return;
            }
            if (end.getValue() <= start.getValue()) {
                main.dialogs().showError(I18n.text("inspector.resize"), I18n.text("inspector.boundsReversed",
                        start.getValue(), end.getValue()));
            } else {
                main.run(() -> coding.resize(q.id(), start.getValue(), end.getValue()));
            }
            // Refused (or clamped): the fields show the bounds the quotation has, not the ones typed.
            main.session().project().quotation(q.id()).ifPresent(now -> {
                start.getValueFactory().setValue(now.start());
                end.getValueFactory().setValue(now.end());
                // The editors too: a value refused leaves the spinner's value as it was, so setting it again
                // changed nothing and the typed number stayed in the field as if it had been taken.
                start.getEditor().setText(String.valueOf(now.start()));
                end.getEditor().setText(String.valueOf(now.end()));
            });
        });
        Button toSelection = new Button(I18n.text("inspector.toSelection"));
        toSelection.setId("bounds-to-selection");
        toSelection.setOnAction(e -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null && coding.hasSelection()) {
                // What coding the selection would take: its edges tidied as a new quotation's are (QA: a selection
                // begun at the space before a word gave the quotation that space, unseen in the inspector).
                int[] part = coding.codedPart();
                if (part[1] > part[0]) {
                    main.run(() -> coding.resize(q.id(), part[0], part[1]));
                }
            }
        });
        Button delete = new Button(I18n.text("inspector.delete"));
        delete.setId("delete-quotation");
        delete.setOnAction(e -> coding.deleteSelectedQuotation());
        // Two short rows, so no label is cut short in a narrow pane (or in Dutch).
        GridPane bounds = new GridPane(6, 4);
        Label startLabel = new Label(I18n.text("inspector.start"));
        Label endLabel = new Label(I18n.text("inspector.end"));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {startLabel, endLabel, resize}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bounds.addRow(0, startLabel, start, endLabel, end);
        // One under the other, the longer wrapping within the pane (Dutch: "De geselecteerde tekst als grenzen
        // gebruiken") rather than widening the inspector past it, which put a horizontal scroll bar under it.
        VBox boundsButtons = new VBox(4, resize, toSelection);
        boundsButtons.setFillWidth(false);
        toSelection.setWrapText(true);
        toSelection.setMinWidth(0);
        toSelection.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label dragHint = new Label(I18n.text("inspector.dragHint"));
        dragHint.getStyleClass().add("hint");
        dragHint.setWrapText(true);
        dragHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        review = new ReviewThread(main, () -> java.util.Optional.ofNullable(shownId).map(id -> new nl.veldwerk.model
                .MemoTarget(nl.veldwerk.model.EntityKind.QUOTATION, id)), "quotation");
        // Delete beside the heading: in reach however far the pane is scrolled down.
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, delete);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Suggestions on request: the coding loop stays as fast as it was.
        Suggestions suggestions = Suggestions.of(main);
        suggested = new SuggestionsBox(s -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null) {
                main.run(() -> coding.addCodeToQuotation(q.id(), s.codeId()));
                suggestFor(suggestions, q); // what is left to suggest
            }
        }, s -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null) {
                suggestions.reject(q.documentId(), q.start(), q.end(), s.codeId());
                suggestFor(suggestions, q);
            }
        }, coding::goTo);
        suggested.setVisible(false);
        suggested.setManaged(false);
        Button suggest = new Button(I18n.text("inspector.suggest"));
        suggest.setId("inspector-suggest");
        suggest.setOnAction(e -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null) {
                suggestFor(suggestions, q);
            }
        });
        // Side by side where they fit, else one under the other: never cut short ("Code toevoe...").
        FlowPane codeButtons = new FlowPane(6, 4, addCode, suggest);
        play.setId("play-quotation");
        play.setOnAction(e -> {
            Quotation q = coding.selectedQuotationProperty().get();
            if (q != null) {
                coding.playQuotation(q);
            }
        });
        play.setVisible(false);
        play.setManaged(false);
        play.setWrapText(true); // "▶ Dit citaat afspelen (vanaf het begin van de opname)" whole in a narrow pane
        play.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        memos.setId("inspector-memos");
        memos.managedProperty().bind(memos.visibleProperty());
        memos.setVisible(false);
        getChildren().addAll(top, text, play, codes, codeButtons, suggested, comment, memos, bounds, boundsButtons,
                dragHint, meta, review);
        main.changesProperty().addListener((o, was, now) -> {
            var change = main.lastChange();
            if (change == null || change.touches(nl.veldwerk.model.EntityKind.MEMO)) {
                review.refresh();
                showMemos(coding.selectedQuotationProperty().get());
            }
            // Its codes are kept apart from the quotation: a coding added or taken off leaves the quotation
            // itself equal, so the selection does not change; show it again when the change touched it.
            Quotation shown = coding.selectedQuotationProperty().get();
            if (shown != null && change != null && (change.quotationIds().contains(shown.id())
                    || change.touches(nl.veldwerk.model.EntityKind.CODE)
                    || change.touched().stream().anyMatch(t -> t.kind() == nl.veldwerk.model.EntityKind.DOCUMENT
                            && t.id().equals(shown.documentId())))) { // its document itself (renamed, say)
                show(main.storeProperty().get() == null ? null : main.session().project().quotation(shown.id())
                        .orElse(null));
            }
        });
        // Only what acts on a quotation is disabled without one: disabling the whole pane restyled every node
        // in it each time the selection came and went (after each coding and its undo).
        var none = coding.selectedQuotationProperty().isNull();
        for (javafx.scene.Node n : new javafx.scene.Node[] {delete, codeButtons, comment, bounds, boundsButtons,
            review}) {
            n.disableProperty().bind(none);
        }
        coding.selectedQuotationProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || !was.id().equals(now.id())) && typing.typed()) {
                // Not while the list is still telling its listeners about the new selection (the save
                // replaces its rows); but a save or close that comes first commits it.
                String id = shownId;
                String text = comment.getText();
                typing.take();
                Runnable save = new Runnable() {
                    @Override
                    public void run() {
                        if (leftComments.remove(this)) {
                            saveComment(id, text);
                        }
                    }
                };
                leftComments.add(save);
                javafx.application.Platform.runLater(save);
            }
            show(now);
        });
    }

    /** Saves what the user typed, to the quotation it was typed for; nothing when nothing was typed. */
    private void saveComment() {
        if (typing.take()) {
            saveComment(shownId, comment.getText());
        }
    }

    private void saveComment(String quotationId, String text) {
        if (quotationId != null && main.storeProperty().get() != null
                && main.storeProperty().get().session().project().quotation(quotationId).isPresent()) {
            coding.comment(quotationId, text);
        }
    }

    /** Shows the suggestions for the quotation's passage (worked out in the background). */
    private void suggestFor(Suggestions suggestions, Quotation q) {
        suggested.setVisible(true);
        suggested.setManaged(true);
        suggested.working();
        suggestions.forPassage(q.documentId(), q.start(), q.end(), found -> {
            Quotation now = coding.selectedQuotationProperty().get();
            if (now != null && now.id().equals(q.id())) {
                suggested.show(found);
            }
        });
    }

    void show(Quotation q) {
        // The same quotation changed while the user types its comment, or what they typed was just saved:
        // keep what they typed (and the caret where it is).
        boolean same = q != null && q.id().equals(shownId);
        boolean keepTyped = typing.typed() && same;
        boolean keepText = keepTyped || typing.committing() && same;
        String typedText = comment.getText();
        typing.fill(() -> {
            fill(q, keepText);
            if (keepText && !comment.getText().equals(typedText)) {
                comment.setText(typedText);
            }
        });
        if (keepTyped) {
            typing.keep();
        }
        // Another quotation, or this one changed (its codes): suggestions again only when asked.
        suggested.setVisible(false);
        suggested.setManaged(false);
        shownId = q == null ? null : q.id();
        review.refresh();
    }

    /**
     * The quotation's first words, as many as the label's six lines can show: a label laid out with the
     * whole of a long quotation measures all of it to place its "…", on every selection.
     */
    private static String opening(String documentText, int start, int end) {
        return end - start <= OPENING ? documentText.substring(start, end)
                : documentText.substring(start, start + OPENING) + "…";
    }

    /** A tooltip that wraps a long code name within a readable width (one line ran off the screen). */
    private static Tooltip wholeName(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /**
     * The speakers the heading names beside the document: a respondent labelled with the document's name ("A01" in
     * "A01") is said once ("1:2 · A01 · A01" read as a mistake), but only when they speak alone: beside the
     * interviewer, "1:5 · A01 · Interviewer" read as the interviewer's words alone (QA).
     */
    static java.util.List<String> speakersSaid(java.util.List<String> speakers, String documentName) {
        return speakers.size() == 1 && speakers.getFirst().strip().equalsIgnoreCase(documentName.strip())
                ? java.util.List.of() : speakers;
    }

    /** Shows the quotation; with {@code keepComment}, the comment box keeps what the user is typing. */
    private void fill(Quotation q, boolean keepComment) {
        codes.getChildren().clear();
        play.setVisible(false);
        play.setManaged(false);
        if (q == null || main.storeProperty().get() == null) {
            heading.setText(I18n.text("inspector.heading"));
            text.setText("");
            comment.setText("");
            meta.setText("");
            showMemos(null);
            start.getValueFactory().setValue(0); // no bounds of a quotation no longer shown
            end.getValueFactory().setValue(0);
            return;
        }
        Project p = main.storeProperty().get().session().project();
        nl.veldwerk.model.Document document = p.document(q.documentId()).orElseThrow();
        java.util.List<String> speakers = speakersSaid(document.speakersIn(q.start(), q.end()), document.name());
        heading.setText(speakers.isEmpty() ? I18n.text("inspector.headingId", q.idIn(document), document.name())
                : I18n.text("inspector.headingIdSpeaker", q.idIn(document), document.name(), String.join(", ", speakers)));
        text.setText(opening(document.text(), q.start(), q.end()));
        if (document.recording() != null) {
            long[] stretch = CodingViewModel.recordingOf(document, q);
            // Before the transcript's first time mark the quotation's time is not known: it plays from the start
            // (the list shows no time for it; "from 00:00:00" said a time it does not have).
            play.setText(stretch[0] <= 0 ? I18n.text("inspector.playFromStart")
                    : I18n.text("inspector.play", nl.veldwerk.model.TimeMarks.clockExact(stretch[0])));
            play.setVisible(true);
            play.setManaged(true);
        }
        // By name, as ATLAS.ti lists a quotation's codes: the order then does not depend on what was undone.
        for (Coding c : p.codingsOf(q.id()).stream().sorted(java.util.Comparator.comparing((Coding c) -> p.labelOf(
                c.codeId()), String.CASE_INSENSITIVE_ORDER)).toList()) {
            Code code = p.code(c.codeId()).orElseThrow();
            String coder = c.coderId() == null ? "" : p.coder(c.coderId()).map(x -> " · " + x.name()).orElse("");
            String name = p.labelOf(code.id()); // "Werk > Positief" when another code is "Positief" too
            Button chip = new Button(name + coder + "  ✕");
            chip.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            chip.setStyle("-fx-background-color: " + code.color() + "55; -fx-background-radius: 10;");
            // A long code name is cut short within the pane (unbounded, one chip widened the pane past the window
            // and pushed the buttons under it out of sight); its tooltip names it whole.
            chip.setTooltip(name.length() > 40 ? wholeName(name + coder + "\n" + removeTip.getText())
                    : removeTip);
            chip.setMinWidth(0);
            chip.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS); // the coder and ✕ stay in view
            chip.maxWidthProperty().bind(codes.widthProperty());
            chip.setOnAction(e -> coding.removeCoding(c.id()));
            codes.getChildren().add(chip);
        }
        if (!keepComment && !comment.getText().equals(q.comment())) { // the same text again would put the caret back at the start
            comment.setText(q.comment());
        }
        start.getValueFactory().setValue(q.start());
        end.getValueFactory().setValue(q.end());
        String creator = q.creatorId() == null ? "" : p.coder(q.creatorId()).map(c -> c.name()).orElse("");
        String when = q.created() == null ? "" : DATE.format(q.created());
        // Quotations imported from elsewhere may have no coder: then only the date.
        meta.setText(creator.isEmpty() ? I18n.text("inspector.metaWhen", when)
                : I18n.text("inspector.meta", creator, when));
        showMemos(q);
    }

    /** "Memo: Halal en identiteit" under the comment, the memos' texts in its tooltip; nothing without one. */
    private void showMemos(Quotation q) {
        java.util.List<nl.veldwerk.model.Memo> about = q == null || main.storeProperty().get() == null
                ? java.util.List.of() : main.session().project().memosAbout(new nl.veldwerk.model.MemoTarget(
                        nl.veldwerk.model.EntityKind.QUOTATION, q.id())).stream().filter(m -> !m.comment()).toList();
        memos.setVisible(!about.isEmpty());
        memos.getChildren().clear();
        if (about.isEmpty()) {
            return;
        }
        memos.getChildren().add(new Label(I18n.text("inspector.memos", about.size())));
        for (nl.veldwerk.model.Memo m : about) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(m.title().isBlank()
                    ? I18n.text("memos.untitled") : "‘" + m.title() + "’");
            link.getStyleClass().add("memo-link");
            link.setTooltip(wholeName(m.text().isBlank() ? I18n.text("inspector.openMemo") : m.text() + "\n\n"
                    + I18n.text("inspector.openMemo")));
            link.setOnAction(e -> main.memoToShowProperty().set(m.id()));
            memos.getChildren().add(link);
        }
    }
}
