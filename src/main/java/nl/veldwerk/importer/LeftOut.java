package nl.veldwerk.importer;

/**
 * What a word processor's file holds beside its body text that the import leaves out of the transcript: notes
 * (footnotes and endnotes), comments, and headers and footers with text. Not what was said, so not part of the
 * transcript; but a note may hold what a pseudonym stands for and a comment a coding hint, so the preview says
 * it, never leaving it out in silence.
 */
public record LeftOut(int notes, int comments, int headersAndFooters) {
    public static final LeftOut NONE = new LeftOut(0, 0, 0);

    public boolean isEmpty() {
        return notes == 0 && comments == 0 && headersAndFooters == 0;
    }
}
