package nl.veldwerk.project;

/**
 * Replacing {@code [start, end)} of a text with {@code replacement}, and where ranges in that text go.
 * A range before the edit stays, one after it shifts, one overlapping it stretches or shrinks; a range
 * that lay wholly inside the replaced text covers the replacement, so no quotation is ever lost.
 */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("edit range [" + start + ", " + end + ") is not valid");
        }
        replacement = replacement == null ? "" : replacement;
    }

    public int delta() {
        return replacement.length() - (end - start);
    }

    public String applyTo(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("edit range [" + start + ", " + end + ") lies outside the text ("
                    + text.length() + " characters)");
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** Where a position moves; {@code isRangeEnd} decides which side of an insertion a boundary sticks to. */
    int mapPosition(int position, boolean isRangeEnd) {
        if (start == end) {
            // Pure insertion: a range starting at the insertion point moves right, one ending there stays.
            if (position != start) {
                return position < start ? position : position + delta();
            }
            return isRangeEnd ? position : position + delta();
        }
        if (position <= start) {
            return position;
        }
        if (position >= end) {
            return position + delta();
        }
        // Strictly inside the replaced text: starts go to the edit's start, ends to the replacement's end.
        return isRangeEnd ? start + replacement.length() : start;
    }

    /** The new {start, end} of a range after the edit; a range inside the replaced text covers the replacement. */
    public int[] mapRange(int rangeStart, int rangeEnd) {
        int newStart = mapPosition(rangeStart, false);
        int newEnd = mapPosition(rangeEnd, true);
        return new int[] {newStart, Math.max(newStart, newEnd)};
    }

    /**
     * As {@link #mapRange(int, int)} for a quotation in {@code text} (the text before the edit), whose edges lie
     * between words: letters typed onto its last word, right where it ends, lengthen it ("contact m" and "et"
     * typed after it is "contact met"; QA: each letter after the first of a word typed over its end fell outside
     * it). What is typed after a space stays outside, and so does whatever is typed in front of it: a word is
     * typed left to right, its space last, so its first letter cannot tell a new word from the quotation's own.
     */
    public int[] mapQuotation(int rangeStart, int rangeEnd, String text) {
        int[] range = mapRange(rangeStart, rangeEnd);
        if (start == end && !replacement.isEmpty() && rangeStart < rangeEnd && start == rangeEnd
                && wordChar(replacement.charAt(0)) && start > 0 && wordChar(text.charAt(start - 1))) {
            int word = 0; // only the word's letters: "s en nog veel meer" pasted onto "contact" adds the "s" (review)
            while (word < replacement.length() && wordChar(replacement.charAt(word))) {
                word++;
            }
            range[1] = rangeEnd + word;
        }
        return range;
    }

    /**
     * As {@link #mapRange(int, int)} for a speaker's turn in {@code text} (the text before the edit): what is typed
     * right where a turn ends, on its line, is its speaker's (QA: letters typed onto a turn's last word were in no
     * turn, "(no speaker)", and a label deleted after them was not seen to join the lines); so is a line break
     * typed there inside the text (Backspace and Enter at a label's start put the break back on the turn before),
     * but not one where only white space follows, the text's end, where transcription opens the next turn with
     * its label. What is typed at a line's start stays outside the turn that begins there: a line typed in front
     * of a label, letter by letter, would otherwise become that turn's, its label the speaker's (review). It is
     * the turn's that ends with the line break before it, inside the text: a paragraph added to an answer (Enter
     * at its end, then its words) is the answerer's; it was in no turn, "(no speaker)".
     */
    public int[] mapTurn(int rangeStart, int rangeEnd, String text) {
        int[] range = mapRange(rangeStart, rangeEnd);
        if (start != end || replacement.isEmpty() || rangeStart >= rangeEnd || start != rangeEnd) {
            return range;
        }
        boolean lineStart = text.charAt(start - 1) == '\n'; // the turn's own last character
        boolean inside = !onlyBlankAfter(text, start);
        if (lineStart ? inside : replacement.indexOf('\n') < 0 || inside) {
            range[1] = rangeEnd + replacement.length();
        }
        return range;
    }

    /** Whether only white space follows {@code at} (looked at until the first other character). */
    private static boolean onlyBlankAfter(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }
}
