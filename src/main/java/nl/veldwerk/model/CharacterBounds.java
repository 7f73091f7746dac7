package nl.veldwerk.model;

/**
 * Bounds in a text that fall between whole characters: a quotation's edge inside a character written as two
 * UTF-16 units (an emoji, "😊") cut it in two, shown as two broken boxes and written as "�" into reports (QA).
 */
public final class CharacterBounds {
    private CharacterBounds() {
    }

    /** {@code [start, end)} widened, where an edge splits a character, to take the whole character. */
    public static int[] widened(String text, int start, int end) {
        return new int[] {splits(text, start) ? start - 1 : start, splits(text, end) ? end + 1 : end};
    }

    /** Whether {@code at} falls between the two halves of one character. */
    static boolean splits(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
