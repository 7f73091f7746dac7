package nl.veldwerk.ui.common;

/** Text as lists and pickers show it. */
public final class Texts {
    private Texts() {
    }

    /** A stretch of text on one line (runs of white space become one space), at most 300 characters. */
    public static String oneLine(String text, int start, int end) {
        return oneLine(text, start, end, 300);
    }

    /** A stretch of text on one line, at most {@code limit} characters (no limit: Integer.MAX_VALUE). */
    public static String oneLine(String text, int start, int end, int limit) {
        StringBuilder line = new StringBuilder(Math.min(end - start, limit) + 1);
        boolean space = false;
        for (int i = start; i < end && line.length() < limit; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !line.isEmpty();
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    /**
     * [start, end) without the white space at either end, or as it was when it is nothing but white space
     * (a selection snapped to words, a margin bracket from first to last character).
     */
    public static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new int[] {s, e} : new int[] {start, end};
    }
}
