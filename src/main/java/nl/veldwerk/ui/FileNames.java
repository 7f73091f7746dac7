package nl.veldwerk.ui;

/** Names the save dialogs suggest, made from a project's name, valid on Windows, macOS and Linux alike. */
final class FileNames {
    private FileNames() {
    }

    /**
     * "Wijk Y: voorliggende voorzieningen" becomes "Wijk Y - voorliggende voorzieningen": the characters
     * Windows forbids become dashes, and the trailing dots and spaces it drops are dropped.
     */
    static String from(String name) {
        String safe = name.replaceAll("(?:\\s*[\\\\/:*?\"<>|\\p{Cntrl}]+)+\\s*", " - ").replaceAll("\\s+", " ").strip()
                .replaceAll("^[-\\s]+|[-.\\s]+$", "");
        return safe.isEmpty() ? "veldwerk" : safe;
    }
}
