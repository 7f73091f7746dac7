package nl.veldwerk.ui.memos;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Texts;
import nl.veldwerk.ui.common.TypingTracker;

/** The project's memos: a list, and an editor for the chosen one (saved as an undoable change). */
public final class MemoPane extends VBox {
    static final java.util.Comparator<Memo> MEMO_ORDER = java.util.Comparator.comparing(Memo::created,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Memo::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Memo::id);

    private final MemosViewModel memos;
    private final MainViewModel vm;
    private final ListView<Memo> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Label about = new Label();
    /** Words to find in the memos' titles, texts and what they are about (QA: a memo could not be found again). */
    private final javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
    /**
     * The codes whose own memo field (in the Codes tab) holds the words looked for: those memos are a code's, not
     * memos of their own, and "No memo holds" them read as lost (QA).
     */
    private final Label inCodeMemos = new Label();
    private String shownId;
    /** While the list's row of the memo typed in is replaced: the selection's events are not the user's. */
    private boolean quiet;
    /**
     * While the filter's words change: the open memo is listed only if it holds them (it was listed as a hit, QA).
     * Any other refresh (a save, an undo) keeps it listed, so the memo being written never drops out from under
     * the caret.
     */
    private boolean filtering;
    /** Whether the user typed since the memo was shown: only then is there something to save. */
    private final TypingTracker typing = new TypingTracker(title, text);

    public MemoPane(MemosViewModel memos) {
        super(6);
        this.memos = memos;
        this.vm = memos.main();
        setPadding(new Insets(6));
        setId("memos");
        about.setId("memo-about");
        list.setPlaceholder(new Label(I18n.text("memos.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Memo memo, boolean empty) {
                super.updateItem(memo, empty);
                Memo now = memo == null || vm.storeProperty().get() == null ? memo
                        : vm.session().project().memo(memo.id()).orElse(memo);
                setText(empty || now == null ? null : (now.title().isBlank() ? I18n.text("memos.untitled")
                        : now.title()) + "  ·  " + describe(now.target()));
            }
        });
        list.setPrefHeight(200);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (quiet) {
                return; // the row of the memo being typed in, replaced by its saved version
            }
            if (now == null || !now.id().equals(shownId)) {
                leaveFor(now == null ? null : now.id());
            }
            show(now);
        });
        MenuItem aboutProject = new MenuItem(I18n.text("memos.aboutProject"));
        aboutProject.setOnAction(e -> create(MemoTarget.project()));
        MenuItem aboutDocument = new MenuItem(I18n.text("memos.aboutDocument"));
        aboutDocument.setOnAction(e -> {
            DocumentItem item = vm.selectedProperty().get();
            if (item != null) {
                create(new MemoTarget(EntityKind.DOCUMENT, item.document().id()));
            }
        });
        MenuItem aboutCode = new MenuItem(I18n.text("memos.aboutCode"));
        aboutCode.setOnAction(e -> {
            var code = vm.selectedCodeProperty().get();
            if (code != null) {
                create(new MemoTarget(EntityKind.CODE, code.id()));
            }
        });
        MenuItem aboutQuotation = new MenuItem(I18n.text("memos.aboutQuotation"));
        aboutQuotation.setOnAction(e -> {
            Quotation q = vm.selectedQuotationProperty().get();
            if (q != null) {
                create(new MemoTarget(EntityKind.QUOTATION, q.id()));
            }
        });
        // Only what there is to write about: without a quotation selected, "about the selected quotation" did
        // nothing when chosen.
        aboutDocument.disableProperty().bind(vm.selectedProperty().isNull());
        aboutCode.disableProperty().bind(vm.selectedCodeProperty().isNull());
        aboutQuotation.disableProperty().bind(vm.selectedQuotationProperty().isNull());
        MenuButton add = new MenuButton(I18n.text("memos.new"), null, aboutProject, aboutDocument, aboutCode,
                aboutQuotation);
        add.setId("new-memo");
        Button delete = new Button(I18n.text("memos.delete"));
        delete.setOnAction(e -> {
            if (shownId != null) {
                String id = shownId;
                shownId = null;
                memos.deleteMemo(id);
            }
        });
        title.setPromptText(I18n.text("memos.title"));
        title.setId("memo-title");
        text.setPromptText(I18n.text("memos.text"));
        text.setWrapText(true);
        text.setId("memo-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        vm.addPendingEdit(this::save);
        typing.commitWhenIdle(this::save);
        vm.addPendingTyping(this::save); // before an undo: what is typed is the step undone
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(title, text); // saved as the user pauses: see CodePropertiesPane
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, title);
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NOTE, text);
        about.getStyleClass().add("hint");
        HBox buttons = new HBox(6, add, delete);
        filter.setPromptText(I18n.text("memos.filter"));
        filter.setId("memo-filter");
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(filter);
        filter.textProperty().addListener((o, was, now) -> {
            // What was typed in the open memo saved first: a filter it no longer holds takes it out of the list.
            save();
            filtering = true;
            try {
                refresh();
            } finally {
                filtering = false;
            }
        });
        vm.storeProperty().addListener((o, was, now) -> filter.clear()); // another project: all its memos
        vm.memoToShowProperty().addListener((o, was, id) -> {
            if (id != null) {
                save();
                filter.clear();
                list.getItems().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> {
                    list.getSelectionModel().select(m);
                    list.scrollTo(m);
                });
                // Asked once, so the same memo can be asked for again; after every listener heard it (the window
                // brings this pane forward on the same change).
                javafx.application.Platform.runLater(() -> vm.memoToShowProperty().set(null));
            }
        });
        inCodeMemos.setId("memo-in-codes");
        inCodeMemos.getStyleClass().add("hint");
        inCodeMemos.setWrapText(true);
        inCodeMemos.managedProperty().bind(inCodeMemos.textProperty().isNotEmpty());
        inCodeMemos.visibleProperty().bind(inCodeMemos.managedProperty());
        getChildren().addAll(buttons, filter, inCodeMemos, list, about, title, text);
        vm.changesProperty().addListener((o, was, now) -> {
            var change = vm.lastChange();
            if (change == null || !change.onlyQuotationsAndCodings()) {
                refresh(); // coding alone changes no memo
            }
        });
    }

    private void create(MemoTarget target) {
        save();
        filter.clear(); // the new memo shown, not filtered out of sight
        String id = memos.addMemo(target, I18n.text("memos.newTitle"));
        list.getItems().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> {
            list.getSelectionModel().select(m);
            list.scrollTo(m); // the new row whole in view, not half under the list's edge (QA)
        });
        title.requestFocus();
        title.selectAll();
    }

    /**
     * Saves what was typed in the memo shown as another is chosen, that one already counting as shown: the refresh
     * the save brings then keeps the memo chosen selected. It selected the memo left again, while the fields showed
     * the one chosen and took what was typed next (QA).
     */
    private void leaveFor(String next) {
        String leaving = shownId;
        if (leaving == null || vm.storeProperty().get() == null || !typing.take()) {
            return;
        }
        String typedTitle = title.getText();
        String typedText = text.getText();
        shownId = next;
        memos.saveMemo(leaving, typedTitle, typedText);
    }

    /** Saves the editor's text to the memo it shows, when it changed. */
    void save() {
        // Only into the project the memo is in: the filter cleared as another project opens saves too.
        if (shownId != null && vm.storeProperty().get() != null && vm.session().project().memo(shownId).isPresent()
                && typing.take()) {
            memos.saveMemo(shownId, title.getText(), text.getText());
        }
    }

    private void refresh() {
        Project p = vm.storeProperty().get() == null ? null : vm.storeProperty().get().session().project();
        // Oldest first, by when each was written: a memo deleted and brought back by Undo takes its old place;
        // memos of the same moment (imported together) by title, else Undo put the one brought back last.
        // Review comments are the review's threads (beside the code or quotation), not memos to edit here.
        List<Memo> memos = p == null ? List.of() : p.memos().stream().filter(m -> !m.comment()).sorted(MEMO_ORDER)
                .toList();
        String keep = shownId;
        if (typing.committing()) {
            // The memo being typed in was saved: its row takes the saved version (so a later refresh finds it
            // selected, and does not empty the fields), quietly: the fields stay as the user has them.
            // Selected again only if it still is: saved because another memo was clicked, it took the selection
            // back from that one, whose text the fields then showed and took what was typed (QA).
            quiet = true;
            try {
                int selected = list.getSelectionModel().getSelectedIndex();
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).id().equals(keep)) {
                        int row = i;
                        memos.stream().filter(m -> m.id().equals(keep)).findFirst().ifPresent(m -> {
                            list.getItems().set(row, m);
                            list.getSelectionModel().select(selected == row || selected < 0 ? row : selected);
                        });
                    }
                }
            } finally {
                quiet = false;
            }
            return;
        }
        String words = filter.getText().strip();
        // The memo being written stays listed, even when what was typed no longer holds the words: it was dropped, and
        // with it what was typed since the last pause; but when the words themselves change, it is filtered as any
        // other (QA: listed as a hit), what was typed saved first.
        java.util.function.Predicate<String> holdsWords = nl.veldwerk.ui.common.Folded.containing(words);
        boolean keepOpen = !filtering;
        List<Memo> shown = words.isEmpty() ? memos : memos.stream().filter(m -> keepOpen && m.id().equals(keep)
                || holdsWords.test(m.title() + "\n" + m.text() + "\n" + describe(m.target()))).toList();
        list.setPlaceholder(new Label(words.isEmpty() ? I18n.text("memos.empty")
                : I18n.text("memos.noneHolds", filter.getText().strip())));
        List<String> codes = words.isEmpty() || p == null ? List.of() : p.codes().stream()
                .filter(c -> !c.memo().isBlank() && holdsWords.test(c.memo())).map(c -> p.labelOf(c.id()))
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        // A few named, the rest counted: a common word must not push the memos out of sight.
        String named = String.join(", ", codes.subList(0, Math.min(5, codes.size())))
                + (codes.size() > 5 ? " " + I18n.text("memos.andMore", codes.size() - 5) : "");
        inCodeMemos.setText(codes.isEmpty() ? "" : I18n.text("memos.inCodeMemos", codes.size(), named));
        list.getItems().setAll(shown);
        shown.stream().filter(m -> m.id().equals(keep)).findFirst().ifPresentOrElse(
                m -> list.getSelectionModel().select(m), () -> show(null));
    }

    private void show(Memo memo) {
        if ((typing.typed() || typing.committing()) && memo != null && memo.id().equals(shownId)) {
            return; // the same memo changed elsewhere, or was saved, while the user types in it: keep their text
        }
        shownId = memo == null ? null : memo.id();
        typing.fill(() -> {
            title.setText(memo == null ? "" : memo.title());
            text.setText(memo == null ? "" : memo.text());
        });
        about.setText(memo == null ? "" : I18n.text("memos.about", describe(memo.target())));
        title.setDisable(memo == null);
        text.setDisable(memo == null);
    }

    private String describe(MemoTarget target) {
        Project p = vm.storeProperty().get() == null ? null : vm.storeProperty().get().session().project();
        if (p == null) {
            return "";
        }
        return switch (target.kind()) {
            case DOCUMENT -> p.document(target.id()).map(d -> d.name()).orElse("?");
            case CODE -> p.code(target.id()).map(Code::name).orElse("?");
            // "3:2 · A03 “…”": by its ID and document first, as lists and reports cite a quotation.
            case QUOTATION -> p.quotation(target.id()).map(q -> p.document(q.documentId()).map(d -> q.idIn(d) + " · "
                    + d.name() + " “" + Texts.oneLine(d.text(), q.start(), Math.min(q.end(), q.start() + 40)) + "”")
                    .orElse("?")).orElse("?");
            default -> I18n.text("memos.project");
        };
    }
}
