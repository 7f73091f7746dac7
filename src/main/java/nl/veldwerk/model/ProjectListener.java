package nl.veldwerk.model;

/** Told of every entity a {@link Project} puts or removes; the command stack and the store listen. */
@FunctionalInterface
public interface ProjectListener {
    /**
     * @param documentId the document whose data the entity belongs to (documents, quotations, codings),
     *                   or null for project-wide entities
     */
    void touched(EntityKind kind, String id, String documentId);
}
