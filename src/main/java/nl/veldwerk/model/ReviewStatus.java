package nl.veldwerk.model;

/** Where a code stands in the supervisor's review. */
public enum ReviewStatus {
    PROPOSED, APPROVED, NEEDS_WORK, MERGED
}
