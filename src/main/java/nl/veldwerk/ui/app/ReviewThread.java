package nl.veldwerk.ui.app;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.ui.common.I18n;

/**
 * The review comments on a code or a quotation, oldest first: who wrote each and when, a tick to mark it
 * resolved, and a field to add one (as the preferences' coder). Every change goes through
 * {@link ReviewThreadViewModel}, an undoable command.
 */
public final class ReviewThread extends VBox {

    private final ReviewThreadViewModel vm;
    private final MainViewModel main;
    private final Supplier<Optional<MemoTarget>> target;
    private final VBox comments = new VBox(4);
    private final TextField add = new TextField();
    /** The comments begun and not added, by what they are about. */
    private final java.util.Map<MemoTarget, String> drafts = new java.util.HashMap<>();
    /** What the thread shows now. */
    private Optional<MemoTarget> shown = Optional.empty();

    public ReviewThread(MainViewModel main, Supplier<Optional<MemoTarget>> target, String idPrefix) {
        super(4);
        this.vm = new ReviewThreadViewModel(main);
        this.main = main;
        this.target = target;
        add.setPromptText(I18n.text("code.newComment"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NOTE, add); // what the model takes
        add.setId(idPrefix + "-new-comment");
        add.setOnAction(e -> {
            if (target.get().map(t -> vm.comment(t, add.getText())).orElse(false)) {
                add.clear();
                // The new comment lengthens the thread: the field for the next one stays in view.
                javafx.application.Platform.runLater(() -> nl.veldwerk.ui.common.Scrolling.intoView(add));
            }
        });
        // Another project (copies of one share ids): its threads start with no comment begun (review: a draft
        // typed in the student's copy showed in the supervisor's).
        main.storeProperty().addListener((o, was, now) -> {
            drafts.clear();
            shown = Optional.empty();
            add.clear();
        });
        // Asked for from the list of review comments: brought into view in its pane (QA: Go to showed the code,
        // its thread below the pane's edge), after the pane has laid out what it now shows.
        main.threadToShowProperty().addListener((o, was, asked) -> {
            if (asked != null && asked.equals(target.get().orElse(null))) {
                javafx.application.Platform.runLater(() -> {
                    nl.veldwerk.ui.common.Scrolling.intoView(this);
                    main.threadToShowProperty().set(null);
                });
            }
        });
        Label heading = new Label(I18n.text("code.thread"));
        heading.setWrapText(true); // whole in a narrow inspector (Dutch: "Reviewopmerkingen (vink aan als …")
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(heading, comments, add);
    }

    /**
     * A comment's own menu: its words put right (while open: a resolved one is settled, and when it was resolved
     * is its last change), or the comment deleted; both undoable (a typo could only be undone before: QA).
     */
    private javafx.scene.control.ContextMenu menu(nl.veldwerk.model.Memo comment) {
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem(I18n.text("code.commentEdit"));
        edit.setDisable(comment.resolved());
        edit.setOnAction(e -> main.dialogs().askLongText(I18n.text("code.commentEditTitle"),
                I18n.text("code.commentEditPrompt"), comment.text()).ifPresent(text -> vm.edit(comment, text)));
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem(I18n.text("code.commentDelete"));
        delete.setOnAction(e -> vm.delete(comment.id()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(edit, delete);
        menu.setId("comment-menu");
        return menu;
    }

    public void refresh() {
        // A comment begun (not yet added with Enter) stays with what it is about: another code or quotation
        // shows its own, and the field's undo is its own (QA: Ctrl+Z there brought back words typed for another code).
        Optional<MemoTarget> now = target.get();
        if (!now.equals(shown)) {
            shown.ifPresent(t -> {
                if (add.getText().isBlank()) {
                    drafts.remove(t);
                } else {
                    drafts.put(t, add.getText());
                }
            });
            add.setText(now.map(t -> drafts.getOrDefault(t, "")).orElse("")); // a new text: no undo of the old
            shown = now;
        }
        comments.getChildren().clear();
        target.get().ifPresent(t -> vm.comments(t).forEach(m -> {
            String said = m.created() == null // a REFI-QDA note need not be dated
                    ? I18n.text("code.commentUndated", vm.author(m), m.text())
                    : I18n.text("code.comment", vm.author(m), nl.veldwerk.ui.common.Dates.MINUTES.format(m.created()), m.text());
            // When it was resolved (its last change), so a supervisor sees the thread's course (QA).
            CheckBox resolved = new CheckBox(m.resolved() && m.modified() != null ? said + " " + resolvedNote(m) : said);
            resolved.setWrapText(true);
            resolved.setSelected(m.resolved());
            resolved.getStyleClass().add(m.resolved() ? "comment-resolved" : "comment-open");
            resolved.setOnAction(e -> vm.resolve(m.id(), resolved.isSelected()));
            resolved.setContextMenu(menu(m));
            comments.getChildren().add(resolved);
        }));
    }

    /** When it was resolved (its last change) and, where the project knows, by whom. */
    private String resolvedNote(nl.veldwerk.model.Memo m) {
        String when = nl.veldwerk.ui.common.Dates.MINUTES.format(m.modified());
        String by = vm.resolver(m);
        return by == null ? I18n.text("code.commentResolved", when) : I18n.text("code.commentResolvedBy", by, when);
    }
}
