package nl.veldwerk.store;

import java.nio.charset.StandardCharsets;

/**
 * Lets the parser pass over a document's text without reading it byte by byte. Opening a project needs only
 * each text's length ({@link StoredText}); the length is counted eight bytes at a time ({@link JsonStringLength}),
 * but the parser still stepped through every byte of the string to find its end: a quarter of the parsing
 * threads' time in a first open after the program started, while its loop was not yet compiled.
 *
 * <p>A part written by the store begins {@code {"document":{"id":…,"name":…,"description":…,"text":"}. Where a
 * part begins exactly so, the bytes before the text (a few hundred) are moved up to its closing quote, so that
 * the parser, reading from their new start, sees {@code "text":""}; {@link TextCodec} takes the length counted
 * here for that empty string, as it knows where it stands. The text's last bytes, which the move writes over,
 * are kept and put back by {@link #undo}. Any other beginning, or a text that is not counted or is shorter
 * than the bytes before it, is not elided and is parsed as before.
 */
final class TextElision {
    private static final byte[] DOCUMENT_ID = ascii("{\"document\":{\"id\":");
    private static final byte[] NAME = ascii(",\"name\":");
    private static final byte[] DESCRIPTION = ascii(",\"description\":");
    private static final byte[] TEXT = ascii(",\"text\":");

    private final int start;
    private final int quote;
    private final int units;
    private final byte[] overwritten;

    private TextElision(int start, int quote, int units, byte[] overwritten) {
        this.start = start;
        this.quote = quote;
        this.units = units;
        this.overwritten = overwritten;
    }

    /**
     * Moves the bytes before the part's text up to its closing quote, or does nothing and returns null.
     *
     * @param bytes the part, in {@code [0, length)}
     */
    static TextElision of(byte[] bytes, int length) {
        int at = expect(bytes, length, 0, DOCUMENT_ID);
        at = expect(bytes, length, skipString(bytes, length, at), NAME);
        at = expect(bytes, length, skipString(bytes, length, at), DESCRIPTION);
        int quote = expect(bytes, length, skipString(bytes, length, at), TEXT);
        if (quote < 0) {
            return null;
        }
        long span = JsonStringLength.span(bytes, length, quote);
        if (span < 0) {
            return null;
        }
        int closing = (int) (span >>> 32);
        int before = quote + 1; // the bytes up to and with the opening quote
        int start = closing - before;
        if (start < before) {
            return null; // a text shorter than what comes before it: the move would overlap, and gain nothing
        }
        byte[] overwritten = java.util.Arrays.copyOfRange(bytes, start, closing);
        System.arraycopy(bytes, 0, bytes, start, before);
        return new TextElision(start, quote, (int) span, overwritten);
    }

    /** Where the parser starts reading the bytes. */
    int start() {
        return start;
    }

    /** Where the parser finds the (now empty) text's opening quote, counted from {@link #start}. */
    int quote() {
        return quote;
    }

    /** The text's length in UTF-16 units. */
    int units() {
        return units;
    }

    /** Puts the part's bytes back as they were read. */
    void undo(byte[] bytes) {
        System.arraycopy(overwritten, 0, bytes, start, overwritten.length);
    }

    /** The index after {@code expected} when the bytes hold it at {@code at}, else -1. */
    private static int expect(byte[] bytes, int length, int at, byte[] expected) {
        if (at < 0 || at + expected.length > length) {
            return -1;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return -1;
            }
        }
        return at + expected.length;
    }

    /**
     * The index after the JSON string starting at {@code at}, else -1. Its content is not checked (the parser
     * reads it): only where it ends. A byte of a multi-byte character is never a quote or a backslash.
     */
    private static int skipString(byte[] bytes, int length, int at) {
        if (at < 0 || at >= length || bytes[at] != '"') {
            return -1;
        }
        for (int i = at + 1; i < length; i++) {
            if (bytes[i] == '"') {
                return i + 1;
            }
            if (bytes[i] == '\\') {
                i++; // the escaped byte: a quote or backslash there does not end the string
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
