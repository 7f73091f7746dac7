package nl.veldwerk.model;

import java.time.Instant;

/**
 * A researcher's note about the project, a document, a code or a quotation; or, as a review comment, a
 * supervisor's (or the researcher's reply) in the comment thread of a code or quotation, which is open
 * until someone marks it resolved. {@code resolvedBy} is the coder who did (null while open, and for comments
 * resolved before the project format kept it: schema version 8).
 */
public record Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                   Instant modified, boolean comment, boolean resolved, String resolvedBy) implements Entity {

    public Memo {
        Ids.require(id, "a memo");
        Limits.name(id, EntityKind.MEMO, "id");
        Limits.name(title, EntityKind.MEMO, "title");
        Limits.note(text, EntityKind.MEMO, "text");
        target = target == null ? MemoTarget.project() : target;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        resolved = comment && resolved;
        resolvedBy = resolved ? resolvedBy : null;
    }

    /** A memo or review comment without a record of who resolved it. */
    public Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                Instant modified, boolean comment, boolean resolved) {
        this(id, target, title, text, authorId, created, modified, comment, resolved, null);
    }

    /** A memo (not a review comment). */
    public Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                Instant modified) {
        this(id, target, title, text, authorId, created, modified, false, false);
    }

    /** A review comment in the thread of a code or a quotation. */
    public static Memo reviewComment(String id, MemoTarget target, String text, String authorId, Instant when) {
        return new Memo(id, target, "", text, authorId, when, when, true, false, null);
    }

    public Memo withText(String newTitle, String newText, Instant when) {
        return new Memo(id, target, newTitle, newText, authorId, created, when, comment, resolved, resolvedBy);
    }

    public Memo withTarget(MemoTarget newTarget) {
        return new Memo(id, newTarget, title, text, authorId, created, modified, comment, resolved, resolvedBy);
    }

    /** Resolved by {@code by} (a coder's id, or null when not known), or open again. */
    public Memo withResolved(boolean newResolved, String by, Instant when) {
        return new Memo(id, target, title, text, authorId, created, when, comment, newResolved, by);
    }

    /** The same comment with who resolved it named by another id (a coder mapped into another project). */
    public Memo withResolvedBy(String by) {
        return new Memo(id, target, title, text, authorId, created, modified, comment, resolved, by);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MEMO;
    }
}
