package nl.veldwerk.ui;

/** The kinds of file the window opens and writes, with their extensions and a label key. */
public enum FileType {
    BUNDLE("filter.bundle", "*.vwz"),
    QDPX("filter.qdpx", "*.qdpx"),
    QDC("filter.qdc", "*.qdc"),
    XLSX("filter.xlsx", "*.xlsx"),
    CSV("filter.csv", "*.csv"),
    PNG("filter.png", "*.png"),
    SVG("filter.svg", "*.svg");

    final String labelKey;
    final String pattern;

    FileType(String labelKey, String pattern) {
        this.labelKey = labelKey;
        this.pattern = pattern;
    }

    String extension() {
        return pattern.substring(1);
    }
}
