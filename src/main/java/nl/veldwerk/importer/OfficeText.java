package nl.veldwerk.importer;

/** A word processor's body text (Word, OpenDocument), and what the file holds beside it that the text leaves out. */
record OfficeText(String text, LeftOut leftOut) {
}
