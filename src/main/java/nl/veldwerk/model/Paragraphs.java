package nl.veldwerk.model;

import java.util.Arrays;

/**
 * The paragraphs (lines) of a transcript's text, numbered from 1 as the transcript margin shows them and
 * reports cite them ("A01, ¶ 12–13"). Built once per text, then each lookup is a binary search.
 */
public final class Paragraphs {
    private final int[] starts;

    private Paragraphs(int[] starts) {
        this.starts = starts;
    }

    public static Paragraphs of(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[n++] = i + 1;
        }
        return new Paragraphs(starts);
    }

    /** How many paragraphs the text has (an empty last line counts). */
    public int count() {
        return starts.length;
    }

    /** The index (from 0) of the paragraph that holds the character at {@code offset}. */
    public int indexAt(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** The number (from 1) of the paragraph that holds the character at {@code offset}. */
    public int numberAt(int offset) {
        return indexAt(offset) + 1;
    }

    /** The first and last paragraph (numbers) a stretch [start, end) touches. */
    public int[] span(int start, int end) {
        return new int[] {numberAt(start), numberAt(Math.max(start, end - 1))};
    }

    /** "12" or "12–13". */
    public static String label(int first, int last) {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    /** The label of a {@link #span}. */
    public static String label(int[] span) {
        return label(span[0], span[1]);
    }
}
