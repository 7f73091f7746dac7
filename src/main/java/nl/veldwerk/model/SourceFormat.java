package nl.veldwerk.model;

/** The format a document was imported from. */
public enum SourceFormat {
    TXT, DOCX, RTF, ODT, SRT, VTT, REFI_QDA, SYNTHETIC, OTHER,
    /** YouTube's SubViewer subtitles: a cue's times as "0:00:01.000,0:00:04.000", without an arrow. */
    SBV
}
