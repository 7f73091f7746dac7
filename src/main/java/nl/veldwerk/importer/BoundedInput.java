package nl.veldwerk.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import nl.veldwerk.model.Limits;

/**
 * The bounds every reader of a zipped format (.docx, .odt) keeps to: a part may unpack to at most
 * {@link #MAX_XML_BYTES} (the markup around the longest text a document can hold), whatever its
 * compression ratio; repetitive text compresses very well and is no sign of a zip bomb, its size is.
 */
final class BoundedInput extends FilterInputStream {
    /** Eight bytes of XML for every character of the longest text a document may hold. */
    static final long MAX_XML_BYTES = 8L * Limits.TEXT;

    private final String what;
    private long read;

    BoundedInput(InputStream in, String what) {
        super(in);
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > MAX_XML_BYTES) {
            throw new IOException(what + " unpacks to more than " + MAX_XML_BYTES / (1 << 20)
                    + " MB, far more than any transcript holds");
        }
    }

    /** Refuses a text that grew past what a document may hold, as soon as it does. */
    static void checkLength(CharSequence text) throws IOException {
        checkLength(text.length());
    }

    /** As {@link #checkLength(CharSequence)}, for a length counted over several parts. */
    static void checkLength(long length) throws IOException {
        if (length > Limits.TEXT) {
            throw new IOException("the text is longer than the " + String.format("%,d", Limits.TEXT)
                    + " characters a document can hold");
        }
    }
}
