package nl.veldwerk.importer;

/**
 * The labels read last from a text's lines, each with its key, so that a label written again ("Interviewer" on
 * every other line) is recognised in place and not copied, lower-cased and hashed once more: that was a tenth of an
 * import's analysis (issue 24). The same label then is the same string, whose hash is kept.
 */
final class RecentLabels {
    private static final int SIZE = 8;
    /** The labels as they stand in the text, before blanks inside them are made single. */
    private final String[] written = new String[SIZE];
    private final String[] labels = new String[SIZE];
    private final String[] keys = new String[SIZE];
    private int next;

    /** Which remembered label {@code [start, end)} of the text is, or -1. */
    int find(String text, int start, int end) {
        int length = end - start;
        for (int i = 0; i < SIZE; i++) {
            String w = written[i];
            if (w != null && w.length() == length && text.regionMatches(start, w, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    String label(int i) {
        return labels[i];
    }

    String key(int i) {
        return keys[i];
    }

    /** Remembers a label in place of the one remembered longest ago. */
    void remember(String asWritten, String label, String key) {
        written[next] = asWritten;
        labels[next] = label;
        keys[next] = key;
        next = (next + 1) % SIZE;
    }
}
