package nl.veldwerk.model;

/**
 * A document's text, as the document holds it: either the text itself or a way to read it when it is asked
 * for. A project of ten thousand long transcripts would otherwise keep every one of them on the heap while
 * only a few are read at a time; its length is always known, since every range into it is checked against
 * that. Two texts are equal when their characters are.
 */
public abstract class DocumentText {
    /** The text itself. */
    public static DocumentText of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text");
        }
        return new Held(text);
    }

    /**
     * The characters. A text kept elsewhere is read here, so this may read a file (quickly: one part of
     * the project); it fails with a {@link ModelException} when that part can no longer be read.
     */
    public abstract String get();

    /** Its length in UTF-16 units, without reading it. */
    public abstract int length();

    /** Whether {@link #get} answers from memory now, without reading a file (so the FX thread may ask it). */
    public boolean inMemory() {
        return true;
    }

    /** Whether {@code other} is known to hold the same characters without reading either. */
    protected boolean sameSourceAs(DocumentText other) {
        return false;
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || o instanceof DocumentText other && other.length() == length()
                && (sameSourceAs(other) || other.get().equals(get()));
    }

    @Override
    public final int hashCode() {
        return length(); // equal texts have equal lengths; reading one to hash it would defeat the point
    }

    @Override
    public String toString() {
        return "DocumentText[" + length() + " characters]";
    }

    private static final class Held extends DocumentText {
        private final String text;

        Held(String text) {
            this.text = text;
        }

        @Override
        public String get() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        protected boolean sameSourceAs(DocumentText other) {
            return other instanceof Held held && held.text == text;
        }
    }
}
