package nl.veldwerk.ui.coding;

/**
 * Widens a selection made with the mouse to whole words, as ATLAS.ti and MAXQDA do, so a quotation never
 * starts "k ken mensen" or ends "Maar er zij": an end inside a word moves out to the word's edge, then
 * white space at either end is dropped. Letters, digits and the marks that join a word ("zo'n", "buurt-
 * huis", "d’r") count as word characters; punctuation the user took along stays.
 */
final class WordSnap {
    private WordSnap() {
    }

    /** The snapped [start, end) of the selection [start, end) in {@code text}. */
    static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        if (s == e) {
            return new int[] {s, e};
        }
        while (s > 0 && inWord(text, s - 1) && inWord(text, s)) {
            s--;
        }
        while (e < text.length() && inWord(text, e - 1) && inWord(text, e)) {
            e++;
        }
        return nl.veldwerk.ui.common.Texts.trimmed(text, s, e);
    }

    /** Whether the character at {@code i} belongs to a word (a joining mark only between two letters). */
    private static boolean inWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '\u00AD';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
