package nl.veldwerk.model;

/** The grounded-theory phase a code belongs to. */
public enum Phase {
    OPEN, AXIAL, SELECTIVE
}
