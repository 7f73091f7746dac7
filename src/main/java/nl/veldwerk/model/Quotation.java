package nl.veldwerk.model;

import java.time.Instant;

/**
 * A fragment of a document: the half-open UTF-16 range {@code [start, end)} of its text, with a comment.
 * Codes are attached to it through {@link Coding}s.
 */
public record Quotation(String id, String documentId, int start, int end, String comment, String creatorId,
                        Instant created) implements Entity {

    public Quotation {
        Ids.require(id, "a quotation");
        Ids.require(documentId, "a quotation's document");
        if (start < 0 || end < start) {
            throw new ModelException("range.invalid", "[" + start + ", " + end + ")");
        }
        Limits.name(id, EntityKind.QUOTATION, "id");
        comment = Limits.note(comment == null ? "" : comment, EntityKind.QUOTATION, "comment");
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Quotation other) {
        return documentId.equals(other.documentId) && start < other.end && other.start < end;
    }

    public Quotation withRange(int newStart, int newEnd) {
        return new Quotation(id, documentId, newStart, newEnd, comment, creatorId, created);
    }

    public Quotation withComment(String newComment) {
        return new Quotation(id, documentId, start, end, newComment, creatorId, created);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.QUOTATION;
    }
}
