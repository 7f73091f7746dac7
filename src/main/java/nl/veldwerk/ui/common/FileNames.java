package nl.veldwerk.ui.common;

/** The names the save dialog suggests (made from a project's or a diagram's name), valid on every system. */
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
