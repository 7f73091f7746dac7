package nl.veldwerk.search;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * A transcript's time marks as Veldwerk and the importers write them ("[00:01:23.4]", "[1:02]", f4's
 * "#00:01:22-6#") turned into spaces before the words are read: they are no words of the interview ("00" found
 * the digits of every mark). Spaces of the same length, so every offset stays that of the text and nothing needs
 * correcting; the text is scanned once by hand (a regular expression over every text made a full reindex about a
 * seventh slower).
 */
final class TimeMarkMask extends CharFilter {
    private char[] text;
    private int length;
    private int at;

    TimeMarkMask(Reader input) {
        super(input);
    }

    @Override
    protected int correct(int offset) {
        return offset; // same length: offsets unchanged
    }

    @Override
    public int read(char[] into, int off, int len) throws IOException {
        if (text == null) {
            readAndMask();
        }
        if (at >= length) {
            return -1;
        }
        int n = Math.min(len, length - at);
        System.arraycopy(text, at, into, off, n);
        at += n;
        return n;
    }

    private void readAndMask() throws IOException {
        char[] buffer = new char[1024];
        int n;
        while ((n = input.read(buffer, length, buffer.length - length)) != -1) {
            length += n;
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        text = buffer;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '[' || c == '#') {
                int end = markEnd(text, i, length, c == '[' ? ']' : '#');
                if (end > 0) {
                    java.util.Arrays.fill(text, i, end, ' ');
                    i = end - 1;
                }
            }
        }
    }

    /**
     * Where a mark starting at {@code start} ends (past its closing character), or -1: one or two digits, then
     * one or two groups of a colon and two digits, then optionally a '.', ',' or (f4) '-' and one to three digits.
     */
    static int markEnd(char[] text, int start, int length, char close) {
        int i = start + 1;
        int digits = digits(text, i, length);
        if (digits < 1 || digits > 2) {
            return -1;
        }
        i += digits;
        int groups = 0;
        while (groups < 2 && i < length && text[i] == ':' && digits(text, i + 1, length) == 2) {
            i += 3;
            groups++;
        }
        if (groups == 0) {
            return -1;
        }
        if (i < length && (text[i] == '.' || text[i] == ',' || text[i] == '-')) {
            int fraction = digits(text, i + 1, length);
            if (fraction < 1 || fraction > 3) {
                return -1;
            }
            i += 1 + fraction;
        }
        return i < length && text[i] == close ? i + 1 : -1;
    }

    private static int digits(char[] text, int from, int length) {
        int i = from;
        while (i < length && i - from < 4 && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        return i - from;
    }
}
