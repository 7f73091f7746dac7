package nl.veldwerk.importer;

/**
 * What a word processor's file holds beside its body text that the import leaves out of the transcript: notes
 * (footnotes and endnotes), comments, and headers and footers with text. Not what was said, so not part of the
 * transcript; but a note may hold what a pseudonym stands for and a comment a coding hint, so the preview says
 * it, never leaving it out in silence.
 */
public record LeftOut(int notes, int comments, int headersAndFooters, boolean endMissing) {
    public static final LeftOut NONE = new LeftOut(0, 0, 0);

    /**
     * With {@code endMissing}: the file ends before what it opened is closed (an RTF file's groups), so its end may
     * be missing, cut off in a copy or a download; what it holds is imported, and that is said (QA: a truncated .rtf
     * came in as its first words without a word).
     */
    public LeftOut(int notes, int comments, int headersAndFooters) {
        this(notes, comments, headersAndFooters, false);
    }

    public boolean isEmpty() {
        return notes == 0 && comments == 0 && headersAndFooters == 0 && !endMissing;
    }

    /** Whether a note, comment, header or footer was left out (the end missing aside). */
    public boolean anyLeftOut() {
        return notes > 0 || comments > 0 || headersAndFooters > 0;
    }
}
