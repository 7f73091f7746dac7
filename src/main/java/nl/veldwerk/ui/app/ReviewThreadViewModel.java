package nl.veldwerk.ui.app;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.project.CodebookCommands;

/** The comments of a thread and the changes to them. */
final class ReviewThreadViewModel {
    private final MainViewModel main;

    ReviewThreadViewModel(MainViewModel main) {
        this.main = main;
    }

    List<Memo> comments(MemoTarget target) {
        return main.session().project().memosAbout(target).stream().filter(Memo::comment)
                .sorted(Comparator.comparing(Memo::created)).toList();
    }

    String author(Memo m) {
        return m.authorId() == null ? "?" : main.session().project().coder(m.authorId()).map(x -> x.name())
                .orElse("?");
    }

    /** Who resolved a comment, or null when not known (resolved before the project kept it, or open). */
    String resolver(Memo m) {
        return m.resolvedBy() == null ? null : main.session().project().coder(m.resolvedBy()).map(x -> x.name())
                .orElse(null);
    }

    /** Marks a comment resolved or open again, and says so as other changes are (it said nothing: QA). */
    void resolve(String commentId, boolean resolved) {
        main.resolveComments(List.of(commentId), resolved);
    }

    /** Puts a comment's words right; nothing when they are empty or the same. */
    void edit(Memo comment, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.equals(comment.text())) {
            main.executeSaid(CodebookCommands.editComment(comment.id(), stripped, Instant.now()));
        }
    }

    void delete(String commentId) {
        main.executeSaid(CodebookCommands.deleteComment(commentId));
    }

    /** Adds a comment to the thread; false when there was nothing to add. */
    boolean comment(MemoTarget about, String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        String id = Ids.newId();
        Instant now = Instant.now();
        // Said, as resolving one is (QA).
        main.executeAsCoderSaid(author -> CodebookCommands.comment(Memo.reviewComment(id, about, stripped, author, now)));
        return true;
    }
}
