package nl.veldwerk.ui.coding;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;

/**
 * The middle of the coding screen: the coding tool bar, the transcript of the selected document, and the
 * find bar. It follows the project's changes, codes what is selected (picker, in-vivo, again, a code
 * dropped from the tree), and in edit mode turns the user's typing into text edits.
 */
public final class TranscriptPane extends VBox {
    private final MainViewModel vm;
    private final CodingViewModel coding;
    private final TranscriptView transcript = new TranscriptView();
    private final CodePicker picker;
    private final HBox findBar;
    private final TextField findField = new TextField();
    /** Edit mode: the transcript's text can be changed; every change is an undoable command. */
    private final BooleanProperty editing = new SimpleBooleanProperty();
    /** Whether the last mouse selection was made with Alt held (its release must not open the menus). */
    private boolean altDragged;
    /** The document being transcribed (its typed labels become its turns when done), or null. */
    private String typingIn;

    public TranscriptPane(CodingViewModel coding) {
        this.vm = coding.main();
        this.coding = coding;
        this.picker = new CodePicker(coding);
        // Back to the text, not to the toolbar button that opened it: a second Enter there would open it again.
        picker.setAfterChoice(() -> transcript.area().requestFocus());
        this.findBar = findBar();
        TextAndMargin textAndMargin = new TextAndMargin(transcript);
        getChildren().addAll(codingBar(), textAndMargin, findBar);
        VBox.setVgrow(textAndMargin, Priority.ALWAYS);
        wire();
        transcript.setFontSize(Preferences.fontSize());
        textAndMargin.setFontSize(Preferences.fontSize());
        Preferences.fontSizeProperty().addListener((o, was, now) -> {
            transcript.setFontSize(now.intValue());
            textAndMargin.setFontSize(now.intValue());
        });
        transcript.margin().setOnResize(textAndMargin::chooseMarginWidth);
        new PlaybackFollower(transcript, vm.playback(), this::shownDocument); // lives on in the area's listeners
        vm.playback().setTypist(new TranscriptTypist(transcript, this::shownDocument, editing::get, () -> {
            if (vm.storeProperty().get() != null) {
                vm.session().endStep();
            }
        }, vm::showStatus));
        // Transcribing is typing with the player running: the text is editable while it is on. Leaving it, the
        // labels typed become the document's speaker turns.
        vm.playback().transcribingProperty().addListener((o, was, on) -> {
            editing.set(on);
            if (on) {
                // The keys go into the text, as in f4: after File → New transcript from recording the focus stayed
                // on a button, and what the typist wrote went nowhere (a space pressed "Code with…", QA).
                transcript.area().requestFocus();
                typingIn = transcript.documentId();
                // Already editing this document: the labels typed since editing began count too (review).
                textWhenTypingBegan = typingIn != null && typingIn.equals(editedDocument) ? textWhenEditingBegan
                        : shownDocument() == null ? null : shownDocument().text();
            } else if (typingIn != null) {
                findTurnsTyped();
                typingIn = null;
            }
        });
        // Another document: edit mode (and transcribing) is for the document it was turned on in, as in ATLAS.ti
        // and MAXQDA; the next one opens for reading. Leaving transcription mode finds the typed turns of the
        // document left. (The same document's row replaced after a change is no other document.)
        vm.selectedProperty().addListener((o, was, now) -> {
            boolean another = was == null || now == null || !was.document().id().equals(now.document().id());
            if (another && editing.get()) {
                editing.set(false);
            }
            if (typingIn != null && (now == null || !now.document().id().equals(typingIn))) {
                findTurnsTyped();
                typingIn = now == null ? null : now.document().id();
                textWhenTypingBegan = now == null ? null : now.document().text();
            }
        });
        // Labels typed while editing (a speaker change put right by hand) become turns when editing ends, as in
        // transcription; only lines new since it began.
        editing.addListener((o, was, on) -> {
            nl.veldwerk.model.Document shown = shownDocument();
            if (on) {
                editedDocument = shown == null ? null : shown.id();
                textWhenEditingBegan = shown == null ? null : shown.text();
                if (shown != null && !vm.playback().transcribingProperty().get()) {
                    vm.showStatus(I18n.text("edit.on", shown.name()));
                }
                return;
            }
            // Transcribing, the labels typed become turns as transcription finds them (after the turns there).
            boolean transcribed = typingIn != null || vm.playback().transcribingProperty().get();
            vm.playback().transcribingProperty().set(false);
            if (!transcribed && editedDocument != null && textWhenEditingBegan != null) {
                coding.findEditedTurns(editedDocument, textWhenEditingBegan);
            }
            editedDocument = null;
            textWhenEditingBegan = null;
        });
        // Closed or quit while transcribing: left as when another document is chosen, so the labels typed become
        // turns before the question whether to save (they stayed plain text: QA).
        vm.addBeforeLettingGo(() -> vm.playback().transcribingProperty().set(false));
        // And out of edit mode, so that labels typed there become turns before the save (review: they were lost).
        vm.addBeforeLettingGo(() -> editing.set(false));
        // A project closed or opened: its text is not being edited any more.
        vm.storeProperty().addListener((o, was, now) -> editing.set(false));
    }

    /** The document being edited and its text when editing began (see {@link CodingViewModel#findEditedTurns}). */
    private String editedDocument;
    private String textWhenEditingBegan;
    /** The document transcribed in ({@link #typingIn}) had this text when transcription began. */
    private String textWhenTypingBegan;

    /** Transcription in {@link #typingIn} ends: the labels typed become turns (see findTranscribedTurns). */
    private void findTurnsTyped() {
        coding.findTranscribedTurns(typingIn, textWhenTypingBegan);
        textWhenTypingBegan = null;
    }

    /** The document shown, as the project has it now, or null. */
    private nl.veldwerk.model.Document shownDocument() {
        Project p = project();
        String id = transcript.documentId();
        return p == null || id == null ? null : p.document(id).orElse(null);
    }

    /** Widens the margin so that no label on screen is cut short (View menu). */
    public void fitMarginToLabels() {
        transcript.margin().fitToLabels();
    }

    /** The transcript view (for the window's tests and the preferences' font size). */
    public TranscriptView transcript() {
        return transcript;
    }

    private ToolBar codingBar() {
        Button codeWith = new Button(I18n.text("coding.codeWith"));
        codeWith.setId("code-with");
        codeWith.setOnAction(e -> openPicker());
        Button inVivo = new Button(I18n.text("coding.inVivo"));
        inVivo.setId("in-vivo");
        inVivo.setOnAction(e -> vm.run(coding::inVivo));
        Button again = new Button(I18n.text("coding.again"));
        again.setId("code-again");
        again.setOnAction(e -> vm.run(coding::reapplyLast));
        again.disableProperty().bind(coding.lastCodeIdProperty().isNull().or(vm.selectedProperty().isNull()));
        // Nothing to code without a document shown (QA: In-vivo did nothing, and said nothing, in an empty project).
        codeWith.disableProperty().bind(vm.selectedProperty().isNull());
        inVivo.disableProperty().bind(vm.selectedProperty().isNull());
        ToggleButton editText = new ToggleButton(I18n.text("coding.editText"));
        editText.setId("edit-text");
        editText.selectedProperty().bindBidirectional(editing);
        // On or off at a glance, the button's own words (QA: its pressed look was hard to tell from a focus ring).
        editText.textProperty().bind(javafx.beans.binding.Bindings.when(editing)
                .then(I18n.text("coding.editTextOn")).otherwise(I18n.text("coding.editText")));
        // Only a document's text is edited (QA: in a project without documents the empty area took typing, which
        // belonged to no document and was gone with the next import).
        editText.disableProperty().bind(vm.selectedProperty().isNull());
        // The how-to as a tooltip: in the bar it pushed the buttons behind the overflow arrow.
        codeWith.setTooltip(new javafx.scene.control.Tooltip(I18n.text("coding.hint")));
        ToolBar bar = new ToolBar(codeWith, inVivo, again, new Separator(), editText);
        bar.disableProperty().bind(vm.storeProperty().isNull().or(vm.readOnlyProperty()));
        return bar;
    }

    private HBox findBar() {
        findField.setPromptText(I18n.text("find.prompt"));
        findField.setId("find-field");
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(findField);
        Label result = new Label();
        findField.setOnAction(e -> result.setText(transcript.findNext(findField.getText()) ? ""
                : I18n.text("find.none")));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showFind(false);
            }
        });
        Button close = new Button("✕");
        close.setOnAction(e -> showFind(false));
        HBox bar = new HBox(8, new Label(I18n.text("find.label")), findField, result, close);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    /** Shows (or hides) the find bar under the transcript. */
    public void showFind(boolean show) {
        findBar.setVisible(show);
        findBar.setManaged(show);
        if (show) {
            findField.requestFocus();
            findField.selectAll();
        } else {
            transcript.area().requestFocus();
        }
    }

    /**
     * Puts the keyboard in the transcript's text (Ctrl+T), its caret where it was, so that a selection can be made and
     * coded without the mouse (Ctrl+T; F6 is the player's): no Tab led there from the lists and fields beside it.
     */
    public void focusText() {
        transcript.area().requestFocus();
        transcript.area().requestFollowCaret();
    }

    /**
     * Opens the code picker (Ctrl+K): at the selected text to code it; with no text selected, to add a
     * code to the selected quotation the cursor is in; else the status bar says what to do.
     */
    public void openPicker() {
        if (vm.storeProperty().get() == null) {
            return;
        }
        Project p = vm.storeProperty().get().session().project();
        Bounds caret = transcript.area().getCaretBounds().orElse(transcript.localToScreen(
                transcript.getBoundsInLocal()));
        // The picker opens below or above what it codes: the selection's lines, unless they fill much of the view
        // (then at the caret, where the selection ends).
        Bounds bounds = transcript.area().getSelectionBounds().filter(b -> b.getHeight() <= getHeight() / 3)
                .orElse(caret);
        Quotation selected = coding.selectedQuotationProperty().get();
        if (coding.hasSelection()) {
            picker.open(getScene().getWindow(), bounds, p);
        } else if (selected != null && caretIn(selected)) {
            openPickerFor(selected, bounds);
        } else {
            vm.showStatus(I18n.text("picker.nothingSelected"));
        }
    }

    /**
     * Whether the cursor is in the quotation, in its document: a click elsewhere in the text left the quotation
     * chosen in the list selected, and Ctrl+K then coded it, not the place clicked (QA).
     */
    private boolean caretIn(Quotation q) {
        int caret = transcript.area().getCaretPosition();
        return coding.documentId().filter(q.documentId()::equals).isPresent() && caret >= q.start() && caret <= q.end();
    }

    /** Opens the code picker to add a code to a quotation, below (or above) an anchor's screen bounds. */
    public void openPickerFor(Quotation q, Bounds anchor) {
        if (vm.storeProperty().get() != null) {
            picker.open(getScene().getWindow(), anchor, vm.storeProperty().get().session().project(), q);
        }
    }

    private Project project() {
        return vm.storeProperty().get() == null ? null : vm.storeProperty().get().session().project();
    }

    private void wire() {
        vm.selectedProperty().addListener((o, was, now) -> {
            // A new count on the same document comes with a change, which redraws anyway.
            boolean sameDocument = was != null && now != null && was.document().id().equals(now.document().id());
            if (!sameDocument) {
                Project p = project();
                transcript.show(p, now == null || p == null ? null : p.document(now.document().id()).orElse(null));
            }
        });
        vm.changesProperty().addListener((o, was, now) -> {
            DocumentItem item = vm.selectedProperty().get();
            Project p = project();
            transcript.update(p, item == null || p == null ? null : p.document(item.document().id()).orElse(null),
                    vm.lastChange());
        });
        vm.revealedProperty().addListener((o, was, range) -> {
            if (range != null) {
                transcript.reveal(range[0], range[1]);
            }
        });
        transcript.margin().setOnClick(id -> Optional.ofNullable(project()).flatMap(p -> p.quotation(id))
                .ifPresent(coding.selectedQuotationProperty()::set));
        transcript.area().selectionProperty().addListener((o, was, now) -> coding.select(now.getStart(), now.getEnd()));
        BoundsDrag.attach(transcript.area(), () -> Optional.ofNullable(coding.selectedQuotationProperty().get())
                .filter(q -> q.documentId().equals(transcript.documentId())),
                (q, start, end) -> vm.run(() -> coding.resize(q.id(), start, end)),
                () -> coding.selectedQuotationProperty().set(null));
        coding.selectedQuotationProperty().addListener((o, was, q) -> {
            transcript.margin().select(q == null ? null : q.id());
            // The quotation just made from the selection is where the user is looking: shown, not scrolled to.
            // Made from a selection that took more along (a label, white space), it becomes the selection where it
            // stands.
            int[] range = q == null ? null : new int[] {q.start(), q.end()};
            int[] selection = {transcript.area().getSelection().getStart(), transcript.area().getSelection().getEnd()};
            boolean exactly = java.util.Arrays.equals(selection, range);
            boolean selectedHere = q != null && q.documentId().equals(transcript.documentId())
                    && selection[1] > selection[0]
                    && (exactly || coding.hasSelection() && java.util.Arrays.equals(coding.codedPart(), range));
            if (selectedHere && !exactly) {
                transcript.area().selectRange(q.start(), q.end());
            }
            // In edit mode the quotation typed in moves with every key: shown again as a selection, the next key
            // replaced the whole of it.
            boolean movedByTyping = editing.get() && was != null && q != null && was.id().equals(q.id());
            if (q != null && !selectedHere && !movedByTyping) {
                showQuotation(q);
            }
        });
        editing.addListener((o, was, on) -> {
            transcript.area().setEditable(on && vm.selectedProperty().get() != null);
            if (on) { // a selection made to code (or a quotation shown) is not text to type over
                transcript.area().moveTo(transcript.area().getSelection().getStart());
            }
        });
        // A selection made with the mouse takes whole words; with Alt held (or the preference off) it stays
        // exactly as dragged.
        transcript.area().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isAltDown()
                    && nl.veldwerk.ui.common.Preferences.snapToWords()) {
                if (editing.get()) {
                    coding.codeSelectionAsWords(); // selected exactly, to type over; coded as words
                } else {
                    snapSelectionToWords();
                }
            }
            altDragged = e.isAltDown();
        });
        // Undo and redo are the project's, also while editing: the editable area would otherwise take Ctrl+Z
        // for its own (empty) history, and the menu's accelerator would never see it.
        transcript.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean shortcut = e.isShortcutDown() && !e.isAltDown();
            if (shortcut && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                e.consume();
                vm.undo();
            } else if (shortcut && (e.getCode() == KeyCode.Z && e.isShiftDown() || e.getCode() == KeyCode.Y)) {
                e.consume();
                vm.redo();
            }
        });
        // Alt let go after an exact (Alt) selection would otherwise open the menu bar, as a lone Alt does.
        transcript.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT && altDragged) {
                altDragged = false;
                e.consume();
            }
        });
        transcript.area().plainTextChanges().subscribe(change -> {
            DocumentItem item = vm.selectedProperty().get();
            if (editing.get() && !transcript.applyingModel() && item != null && vm.storeProperty().get() != null) {
                coding.editText(item.document().id(), change.getPosition(), change.getPosition()
                        + change.getRemoved().length(), change.getInserted());
            }
        });
        // Drop a code from the tree on the text: code the selection with it, or, with nothing selected, the
        // quotation dropped on (as ATLAS.ti does; QA: it was refused).
        transcript.area().setOnDragOver(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith(CodingActions.CODE_DRAG_PREFIX)
                    && (coding.hasSelection() || quotationUnder(e.getX(), e.getY()) != null)) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        // A code dragged over the text with nothing selected: said where it can be dropped, not only a "no" pointer.
        transcript.area().setOnDragEntered(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith(CodingActions.CODE_DRAG_PREFIX) && !coding.hasSelection()) {
                vm.showStatus(I18n.text("coding.dropNeedsSelection"));
            }
        });
        transcript.area().setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            boolean ok = s != null && s.startsWith(CodingActions.CODE_DRAG_PREFIX);
            if (ok) {
                dropCode(s.substring(CodingActions.CODE_DRAG_PREFIX.length()), e.getX(), e.getY());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** A code dropped at (x, y) of the text area: on the selection, or with none on the quotation there. */
    void dropCode(String codeId, double x, double y) {
        Quotation under = coding.hasSelection() ? null : quotationUnder(x, y);
        if (under != null) {
            vm.run(() -> coding.dropCodeOnQuotation(under.id(), codeId));
        } else {
            vm.run(() -> coding.applyCode(codeId));
        }
    }

    /** The shortest quotation that holds the character under the pointer (x, y in the text area), or null. */
    private Quotation quotationUnder(double x, double y) {
        nl.veldwerk.model.Document d = shownDocument();
        if (d == null) {
            return null;
        }
        var hit = transcript.area().hit(x, y);
        if (hit.getCharacterIndex().isEmpty()) {
            return null;
        }
        int at = hit.getCharacterIndex().getAsInt();
        Quotation shortest = null;
        for (Quotation q : project().quotationsOf(d.id())) {
            if (q.start() <= at && at < q.end() && (shortest == null || q.length() < shortest.length())) {
                shortest = q;
            }
        }
        return shortest;
    }

    private void snapSelectionToWords() {
        var area = transcript.area();
        var selection = area.getSelection();
        if (selection.getLength() > 0) {
            int[] snapped = WordSnap.snap(area.getText(), selection.getStart(), selection.getEnd());
            if (snapped[0] != selection.getStart() || snapped[1] != selection.getEnd()) {
                area.selectRange(snapped[0], snapped[1]);
            }
        }
    }

    /**
     * Jumps to a quotation, in another document if need be, and selects it; in edit mode with the caret at its
     * start, so that a key does not replace it.
     */
    private void showQuotation(Quotation q) {
        int end = editing.get() ? q.start() : q.end();
        Platform.runLater(() -> vm.reveal(q.documentId(), q.start(), end));
    }
}
