package nl.veldwerk.model;

/** The kinds of entity a project holds; every entity is stored and addressed by kind and id. */
public enum EntityKind {
    PROJECT_INFO, CODER, ATTRIBUTE, GROUP, DOCUMENT, QUOTATION, CODE, CODING, MEMO, RELATION, DIAGRAM
}
