package nl.veldwerk.model;

/**
 * A code the user turned down as a suggestion for a passage ({@code [start, end)} of a document): it is not
 * offered for that passage again.
 */
public record RejectedSuggestion(String documentId, int start, int end, String codeId) {
    public RejectedSuggestion {
        Ids.require(documentId, "a rejected suggestion's document");
        Ids.require(codeId, "a rejected suggestion's code");
        if (start < 0 || end < start) {
            throw new ModelException("range.invalid", "[" + start + ", " + end + ")");
        }
    }

    public boolean at(String document, int from, int to) {
        return documentId.equals(document) && start == from && end == to;
    }
}
