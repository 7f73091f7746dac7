package nl.veldwerk.model;

/**
 * Breaks lines too long for the transcript view into paragraphs, by turning a space into a line break: the
 * text keeps its length, so every offset into it (quotations, turns, time marks, another tool's selections)
 * stays where it was. A transcript saved without line breaks (one line of megabytes) froze the window for
 * minutes while it laid out that one paragraph, and a 100,000-character line for half a minute.
 */
public final class LongLines {
    /** The longest line kept as it is: some 650 words, longer than nearly any speaker's turn. */
    public static final int MAX = 4_000;

    private LongLines() {
    }

    /** The text with no line longer than {@link #MAX} where a space allows it; the same string when none is. */
    public static String broken(String text) {
        return broken(text, MAX);
    }

    /**
     * How many of the text's lines {@link #broken} broke (each into two paragraphs or more): the lines in which
     * {@code broken} has a line break where {@code text} had a space.
     */
    public static int linesBroken(String text, String broken) {
        if (text == broken || text == null) {
            return 0;
        }
        int lines = 0;
        boolean thisOne = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                thisOne = false;
            } else if (broken.charAt(i) == '\n' && !thisOne) {
                thisOne = true;
                lines++;
            }
        }
        return lines;
    }

    static String broken(String text, int max) {
        if (text == null || text.length() <= max || !hasLongLine(text, max)) {
            return text;
        }
        char[] chars = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart >= max) {
                int at = breakPoint(chars, lineStart, i);
                if (at < 0) {
                    // No space in the whole stretch (a run of one word): no break, look again one MAX later.
                    lineStart = i;
                    continue;
                }
                chars[at] = '\n';
                lineStart = at + 1;
            }
        }
        return new String(chars);
    }

    /**
     * Where to break the line from {@code start} that has reached {@code end}: after the last sentence in its
     * second half ("." "?" "!" "…" then a space), else at its last space, else -1.
     */
    private static int breakPoint(char[] chars, int start, int end) {
        int half = start + (end - start) / 2;
        int lastSpace = -1;
        for (int i = end - 1; i > start; i--) {
            if (chars[i] != ' ') {
                continue;
            }
            if (lastSpace < 0) {
                lastSpace = i;
            }
            char before = chars[i - 1];
            if (i >= half && (before == '.' || before == '?' || before == '!' || before == '…')) {
                return i;
            }
            if (i < half && lastSpace >= 0) {
                break;
            }
        }
        return lastSpace;
    }

    private static boolean hasLongLine(String text, int max) {
        // From line end to line end with indexOf, which the JVM runs over many characters at once: stepping
        // through every character was a tenth of an import's analysis (bench-import, issue 24).
        int n = text.length();
        for (int lineStart = 0; lineStart <= n; ) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = n;
            }
            if (end - lineStart > max) {
                return true;
            }
            lineStart = end + 1;
        }
        return false;
    }
}
