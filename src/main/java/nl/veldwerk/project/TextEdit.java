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
     * between words: letters typed onto its last word, right where it ends, lengthen it, as letters typed in
     * front of its first word do at its start ("contact m" and "et" typed after it is "contact met"; QA: each
     * letter after the first of a word typed over its end fell outside it). What is typed after a space stays
     * outside: a new word beside the quotation is not in it.
     */
    public int[] mapQuotation(int rangeStart, int rangeEnd, String text) {
        int[] range = mapRange(rangeStart, rangeEnd);
        if (start != end || replacement.isEmpty() || rangeStart == rangeEnd) {
            return range;
        }
        if (start == rangeEnd && wordChar(replacement.charAt(0)) && start > 0 && wordChar(text.charAt(start - 1))) {
            range[1] = rangeEnd + replacement.length();
        }
        if (start == rangeStart && wordChar(replacement.charAt(replacement.length() - 1)) && start < text.length()
                && wordChar(text.charAt(start))) {
            range[0] = rangeStart;
        }
        return range;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }
}
