package nl.veldwerk.ui.common;

import java.util.List;

/** The kinds of file the window opens and writes, with their extensions and a label key. */
public enum FileType {
    /** A bundle to write. */
    BUNDLE("filter.bundleWrite", "*.vwz"),
    /** A bundle to open, or one unpacked and zipped again (read as the bundle it holds). */
    BUNDLE_TO_OPEN("filter.bundle", "*.vwz", "*.zip"),
    QDPX("filter.qdpx", "*.qdpx"),
    QDC("filter.qdc", "*.qdc"),
    XLSX("filter.xlsx", "*.xlsx"),
    CSV("filter.csv", "*.csv"),
    PNG("filter.png", "*.png"),
    SVG("filter.svg", "*.svg"),
    DOCX("filter.docx", "*.docx"),
    /** A recording to link to a transcript. */
    RECORDING("filter.recording", "*.wav", "*.mp3", "*.m4a", "*.aif", "*.aiff", "*.mp4", "*.m4v"),
    /** A quotation report: Word, a web page, or a table. */
    REPORT("filter.report", "*.docx", "*.html", "*.xlsx", "*.csv"),
    /** A codebook to import or export: ours (.json), a spreadsheet (.csv) or REFI-QDA's (.qdc). */
    CODEBOOK("filter.codebook", "*.json", "*.csv", "*.qdc");

    final String labelKey;
    final List<String> patterns;

    FileType(String labelKey, String... patterns) {
        this.labelKey = labelKey;
        this.patterns = List.of(patterns);
    }

    /** The first (default) extension, with its dot. */
    public String extension() {
        return patterns.getFirst().substring(1);
    }
}
