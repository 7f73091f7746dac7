package nl.veldwerk.model;

/** Something a project holds under a stable id. Entities are immutable; a change replaces one. */
public sealed interface Entity
        permits ProjectInfo, Coder, AttributeDefinition, DocumentGroup, Document, Quotation, Code,
                Coding, Memo, Relation, Diagram {

    String id();

    EntityKind kind();
}
