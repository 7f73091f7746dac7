package nl.veldwerk.model;

/**
 * What a diagram's arrows weigh: evidence counted from the codings, or the researcher's own value.
 * For a relation from code S to code T (each with its sub-codes):
 * QUOTATIONS counts S's quotations, DOCUMENTS the documents (respondents) they are in, COOCCURRENCE the
 * S quotations that overlap a T quotation, and MANUAL takes the relation's weight as set by hand, with
 * its comment as the reason.
 */
public enum Weighting {
    QUOTATIONS, DOCUMENTS, COOCCURRENCE, MANUAL
}
