package nl.veldwerk.model;

/**
 * Told of every entity a {@link Project} puts or removes; the command stack and the store listen. A coding put
 * over one on another code or quotation is told twice: as it is now, and as it was (its old code, quotation and
 * document), so that what it left is updated too.
 */
@FunctionalInterface
public interface ProjectListener {
    /**
     * @param documentId  the document whose data the entity belongs to (documents, quotations, codings),
     *                    or null for project-wide entities
     * @param quotationId the quotation a quotation or coding belongs to, else null: lets views update just
     *                    the quotations a change touched
     * @param codeId      the code of a coding (or the code itself), else null: lets views update just the
     *                    counts of the codes a change touched
     * @param replaced    whether the entity was put in place of one with its id (an edit, a rename), rather
     *                    than added or removed
     */
    void touched(EntityKind kind, String id, String documentId, String quotationId, String codeId, boolean replaced);
}
