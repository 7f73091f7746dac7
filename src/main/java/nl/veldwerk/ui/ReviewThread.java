package nl.veldwerk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.project.CodebookCommands;

/**
 * The review comments on a code or a quotation, oldest first: who wrote each and when, a tick to mark it
 * resolved, and a field to add one (as the preferences' coder). Every change is an undoable command.
 */
final class ReviewThread extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final MainViewModel vm;
    private final Supplier<Optional<MemoTarget>> target;
    private final VBox comments = new VBox(4);
    private final TextField add = new TextField();

    ReviewThread(MainViewModel vm, Supplier<Optional<MemoTarget>> target, String idPrefix) {
        super(4);
        this.vm = vm;
        this.target = target;
        add.setPromptText(I18n.text("code.newComment"));
        add.setId(idPrefix + "-new-comment");
        add.setOnAction(e -> addComment());
        getChildren().addAll(new Label(I18n.text("code.thread")), comments, add);
    }

    void refresh() {
        comments.getChildren().clear();
        target.get().ifPresent(t -> vm.session().project().memosAbout(t).stream().filter(Memo::comment)
                .sorted(java.util.Comparator.comparing(Memo::created)).forEach(m -> {
                    String author = m.authorId() == null ? "?" : vm.session().project().coder(m.authorId())
                            .map(x -> x.name()).orElse("?");
                    CheckBox resolved = new CheckBox(I18n.text("code.comment", author, WHEN.format(m.created()),
                            m.text()));
                    resolved.setWrapText(true);
                    resolved.setSelected(m.resolved());
                    resolved.getStyleClass().add(m.resolved() ? "comment-resolved" : "comment-open");
                    resolved.setOnAction(e -> vm.run(() -> vm.session().execute(CodebookCommands.resolve(m.id(),
                            resolved.isSelected(), Instant.now()))));
                    comments.getChildren().add(resolved);
                }));
    }

    private void addComment() {
        String text = add.getText().strip();
        Optional<MemoTarget> about = target.get();
        if (text.isEmpty() || about.isEmpty()) {
            return;
        }
        String author = vm.edits().currentCoderId();
        vm.run(() -> vm.session().execute(CodebookCommands.comment(Memo.reviewComment(Ids.newId(), about.get(), text,
                author, Instant.now()))));
        add.clear();
    }
}
