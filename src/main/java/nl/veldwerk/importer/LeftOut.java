package nl.veldwerk.importer;

import java.util.List;

/**
 * What a word processor's file holds beside its body text that the import leaves out of the transcript: notes
 * (footnotes and endnotes), comments, and headers and footers with text. Not what was said, so not part of the
 * transcript; but a note may hold what a pseudonym stands for and a comment a coding hint, so the preview says
 * it, never leaving it out in silence.
 */
public record LeftOut(int notes, int comments, int headersAndFooters, boolean endMissing, List<Kept> kept) {
    public static final LeftOut NONE = new LeftOut(0, 0, 0);
    /** At most this many characters of the comments' and notes' words are kept (a note is not a second text). */
    public static final int KEPT_CHARACTERS = 50_000;

    /**
     * A comment's or a note's words, with who wrote a comment (null when the file does not say): kept with the
     * document's import notes, since a supervisor's comment in a Word transcript is not lost with the comment (QA).
     */
    public record Kept(boolean comment, String author, String text) {
    }

    public LeftOut {
        kept = kept == null ? List.of() : List.copyOf(kept);
    }

    public LeftOut(int notes, int comments, int headersAndFooters, boolean endMissing) {
        this(notes, comments, headersAndFooters, endMissing, List.of());
    }

    /**
     * The words of the comments and notes, in the file's order, cut at {@link #KEPT_CHARACTERS} in all (each one
     * on a line, its own line breaks made spaces).
     */
    public static List<Kept> kept(List<Kept> all) {
        List<Kept> kept = new java.util.ArrayList<>();
        int room = KEPT_CHARACTERS;
        for (Kept k : all) {
            String text = k.text() == null ? "" : k.text().replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > room) {
                text = text.substring(0, Math.max(0, room)) + "…";
            }
            kept.add(new Kept(k.comment(), k.author() == null || k.author().isBlank() ? null : k.author().strip(),
                    text));
            room -= text.length();
            if (room <= 0) {
                break;
            }
        }
        return kept;
    }

    /**
     * With {@code endMissing}: the file ends before what it opened is closed (an RTF file's groups), so its end may
     * be missing, cut off in a copy or a download; what it holds is imported, and that is said (QA: a truncated .rtf
     * came in as its first words without a word).
     */
    public LeftOut(int notes, int comments, int headersAndFooters) {
        this(notes, comments, headersAndFooters, false);
    }

    /** Both together: a word processor's comments and the WebVTT notes of the subtitles it holds. */
    LeftOut and(LeftOut other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        List<Kept> both = new java.util.ArrayList<>(kept);
        both.addAll(other.kept);
        return new LeftOut(notes + other.notes, comments + other.comments, headersAndFooters + other.headersAndFooters,
                endMissing || other.endMissing, kept(both));
    }

    public boolean isEmpty() {
        return notes == 0 && comments == 0 && headersAndFooters == 0 && !endMissing;
    }

    /** Whether a note, comment, header or footer was left out (the end missing aside). */
    public boolean anyLeftOut() {
        return notes > 0 || comments > 0 || headersAndFooters > 0;
    }
}
