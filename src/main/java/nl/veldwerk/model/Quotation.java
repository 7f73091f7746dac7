package nl.veldwerk.model;

import java.time.Instant;

/**
 * A fragment of a document: the half-open UTF-16 range {@code [start, end)} of its text, with a comment.
 * Codes are attached to it through {@link Coding}s.
 *
 * @param number its number within the document (1, 2, ...; 0 until it is added), see {@link #idIn}
 */
public record Quotation(String id, String documentId, int start, int end, String comment, String creatorId,
                        Instant created, int number) implements Entity {

    public Quotation {
        Ids.require(id, "a quotation");
        Ids.require(documentId, "a quotation's document");
        if (start < 0 || end < start) {
            throw new ModelException("range.invalid", "[" + start + ", " + end + ")");
        }
        Limits.name(id, EntityKind.QUOTATION, "id");
        comment = Limits.note(comment == null ? "" : comment, EntityKind.QUOTATION, "comment");
        if (number < 0) {
            throw new ModelException("range.invalid", String.valueOf(number));
        }
    }

    /** A quotation not numbered yet: the command that adds it gives it the next number in its document. */
    public Quotation(String id, String documentId, int start, int end, String comment, String creatorId,
                     Instant created) {
        this(id, documentId, start, end, comment, creatorId, created, 0);
    }

    /**
     * The quotation's ID as ATLAS.ti shows it, "document number:quotation number" (e.g. "3:12"): stable, it
     * stays when other quotations are deleted, and is what reports and the command line cite.
     */
    public String idIn(Document document) {
        return document.number() + ":" + number;
    }

    public Quotation withNumber(int newNumber) {
        return new Quotation(id, documentId, start, end, comment, creatorId, created, newNumber);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Quotation other) {
        return documentId.equals(other.documentId) && start < other.end && other.start < end;
    }

    public Quotation withRange(int newStart, int newEnd) {
        return new Quotation(id, documentId, newStart, newEnd, comment, creatorId, created, number);
    }

    public Quotation withComment(String newComment) {
        return new Quotation(id, documentId, start, end, newComment, creatorId, created, number);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.QUOTATION;
    }
}
