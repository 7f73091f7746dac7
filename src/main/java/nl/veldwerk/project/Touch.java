package nl.veldwerk.project;

import nl.veldwerk.model.EntityKind;

/** An entity that a change added, replaced or removed; documentId names the document it belongs to. */
public record Touch(EntityKind kind, String id, String documentId) {
}
