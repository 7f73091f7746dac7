package nl.veldwerk.model;

/**
 * Bounds in a text that fall between whole characters as a reader sees them. A quotation's edge inside a
 * character written as two UTF-16 units (an emoji, "😊") cut it in two, shown as two broken boxes and written as
 * "�" into reports; inside a character made of several (a family "👨‍👩‍👧‍👦" joined by invisible joiners, a
 * flag, a thumb with a skin tone, "é" written as "e" and an accent) it started with an invisible joiner or a lone
 * accent (QA). Such an edge takes the whole character.
 */
public final class CharacterBounds {
    private CharacterBounds() {
    }

    /** {@code [start, end)} widened, where an edge splits a character, to take the whole character. */
    public static int[] widened(String text, int start, int end) {
        return new int[] {edge(text, start, false), edge(text, end, true)};
    }

    /**
     * {@code at}, or where the character it falls inside starts ({@code forward} false) or ends (true). The
     * text's character breaks are looked at only where a unit beside the edge can join a character (a surrogate,
     * a joiner, a variation selector, an accent): an ordinary edge costs two comparisons.
     */
    static int edge(String text, int at, boolean forward) {
        if (at <= 0 || at >= text.length() || !joins(text.charAt(at - 1)) && !joins(text.charAt(at))) {
            return at;
        }
        // A window around the edge: the system's iterator finds every break of the text it is given at once, and a
        // transcript is long; no character as seen is written with more units than this.
        int from = Math.max(0, at - WINDOW);
        java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance();
        characters.setText(text.substring(from, Math.min(text.length(), at + WINDOW)));
        int within = at - from;
        if (characters.isBoundary(within)) {
            return at;
        }
        int found = forward ? characters.following(within) : characters.preceding(within);
        return found == java.text.BreakIterator.DONE ? at : from + found;
    }

    private static final int WINDOW = 128;

    /** Whether a UTF-16 unit can be part of a character written with more than one. */
    private static boolean joins(char c) {
        if (c < 0x300) {
            return false; // ASCII and Latin-1: each unit a character of its own
        }
        int type = Character.getType(c);
        return Character.isSurrogate(c) || c == '\u200D' || c >= '\uFE00' && c <= '\uFE0F'
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
