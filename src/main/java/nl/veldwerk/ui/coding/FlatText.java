package nl.veldwerk.ui.coding;

import java.util.Arrays;

/**
 * Where typed words occur in a document, as the quotation manager looks for them: on one line (a run of white
 * space is one space, as the list shows a quotation) and case ignored. The document is flattened and searched
 * once; a quotation then only asks whether an occurrence lies within it, so a million quotations cost about
 * one pass over each text rather than a copy of every quotation.
 */
final class FlatText {
    /** For each character of the text (and its end), its place in the flat text. */
    private final int[] at;
    /** Where the words start in the flat text, in order. */
    private final int[] found;
    private final int foundCount;
    private final int length;

    /** Finds {@code words} (already {@link #flat}, not empty) in {@code text}. */
    FlatText(String text, String words) {
        int n = text.length();
        at = new int[n + 1];
        char[] flat = new char[n];
        int size = 0;
        boolean space = false;
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            int chars = Character.charCount(c);
            if (Character.isWhitespace(c)) {
                space = size > 0;
            } else if (space) {
                flat[size++] = ' ';
                space = false;
            }
            for (int k = 0; k < chars; k++) {
                at[i + k] = size;
            }
            if (!Character.isWhitespace(c)) {
                int folded = fold(c);
                // Kept as it is in the odd case its other case would take another number of chars than it does.
                size += Character.toChars(Character.charCount(folded) == chars ? folded : c, flat, size);
            }
            i += chars;
        }
        at[n] = size;
        String searched = new String(flat, 0, size);
        int[] places = new int[16];
        int count = 0;
        for (int from = searched.indexOf(words); from >= 0; from = searched.indexOf(words, from + 1)) {
            if (count == places.length) {
                places = Arrays.copyOf(places, count * 2);
            }
            places[count++] = from;
        }
        found = places;
        foundCount = count;
        length = words.length();
    }

    /** Whether the words occur within the stretch [start, end) of the text. */
    boolean within(int start, int end) {
        int from = at[start];
        int i = Arrays.binarySearch(found, 0, foundCount, from);
        i = i >= 0 ? i : -i - 1; // the first occurrence at or after the stretch's start ends soonest
        return i < foundCount && found[i] + length <= at[end];
    }

    /**
     * A letter with case ignored: lower case, by code point (letters beyond the first 65,536 too), and the Greek
     * final sigma as the ordinary one, as a word typed in lower case may end in either.
     */
    private static int fold(int c) {
        int lower = Character.toLowerCase(c);
        return lower == 'ς' ? 'σ' : lower;
    }

    /** A short text flattened the same way: one line, no white space at either end, case ignored. */
    static String flat(String s) {
        if (s == null) {
            return "";
        }
        String line = nl.veldwerk.ui.common.Texts.oneLine(s, 0, s.length(), Integer.MAX_VALUE);
        StringBuilder flat = new StringBuilder(line.length());
        line.codePoints().forEach(c -> flat.appendCodePoint(fold(c)));
        return flat.toString();
    }
}
