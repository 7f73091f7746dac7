package nl.veldwerk.model;

/**
 * A query kept under a name to run again (ATLAS.ti's smart code): a text search (Lucene syntax) or a
 * code query (AND, OR, NOT, OVERLAPS, WITHIN, ENCLOSES). Reports can select its quotations.
 */
public record SavedQuery(String name, boolean overCodes, String query) {
    public SavedQuery {
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", "query");
        }
        Limits.name(name, EntityKind.PROJECT_INFO, "name");
        query = Limits.note(query == null ? "" : query, EntityKind.PROJECT_INFO, "query");
    }
}
