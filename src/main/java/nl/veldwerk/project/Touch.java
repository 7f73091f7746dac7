package nl.veldwerk.project;

import nl.veldwerk.model.EntityKind;

/**
 * An entity that a change added, replaced or removed; documentId names the document it belongs to and
 * quotationId the quotation (for quotations and codings), codeId the code (for codes and codings); replaced
 * whether it was put in place of one with its id (an edit, a rename) rather than added or removed.
 */
public record Touch(EntityKind kind, String id, String documentId, String quotationId, String codeId,
                    boolean replaced) {
}
