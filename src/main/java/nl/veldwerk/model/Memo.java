package nl.veldwerk.model;

import java.time.Instant;

/**
 * A researcher's note about the project, a document, a code or a quotation; or, as a review comment, a
 * supervisor's (or the researcher's reply) in the comment thread of a code or quotation, which is open
 * until someone marks it resolved.
 */
public record Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                   Instant modified, boolean comment, boolean resolved) implements Entity {

    public Memo {
        Ids.require(id, "a memo");
        Limits.name(id, EntityKind.MEMO, "id");
        Limits.name(title, EntityKind.MEMO, "title");
        Limits.note(text, EntityKind.MEMO, "text");
        target = target == null ? MemoTarget.project() : target;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        resolved = comment && resolved;
    }

    /** A memo (not a review comment). */
    public Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                Instant modified) {
        this(id, target, title, text, authorId, created, modified, false, false);
    }

    /** A review comment in the thread of a code or a quotation. */
    public static Memo reviewComment(String id, MemoTarget target, String text, String authorId, Instant when) {
        return new Memo(id, target, "", text, authorId, when, when, true, false);
    }

    public Memo withText(String newTitle, String newText, Instant when) {
        return new Memo(id, target, newTitle, newText, authorId, created, when, comment, resolved);
    }

    public Memo withTarget(MemoTarget newTarget) {
        return new Memo(id, newTarget, title, text, authorId, created, modified, comment, resolved);
    }

    public Memo withResolved(boolean newResolved, Instant when) {
        return new Memo(id, target, title, text, authorId, created, when, comment, newResolved);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MEMO;
    }
}
