package nl.veldwerk.model;

/** The format a document was imported from. */
public enum SourceFormat {
    TXT, DOCX, RTF, ODT, SRT, VTT, REFI_QDA, SYNTHETIC, OTHER
}
