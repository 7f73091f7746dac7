package nl.veldwerk.model;

/** The type of a relation between two codes; USER_DEFINED takes its name from the relation's label. */
public enum RelationType {
    CAUSES, IS_ASSOCIATED_WITH, CONTRADICTS, IS_PART_OF, USER_DEFINED
}
