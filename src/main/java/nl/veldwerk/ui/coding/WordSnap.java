package nl.veldwerk.ui.coding;

/**
 * Widens a selection made with the mouse to whole words, as ATLAS.ti and MAXQDA do, so a quotation never
 * starts "k ken mensen" or ends "Maar er zij": an end inside a word moves out to the word's edge, then
 * white space at either end is dropped; an end moved so takes the marks that close its word's sentence along
 * ("voorzieningen?"). Letters, digits and the marks that join a word ("zo'n", "buurt-huis", "d’r") count as word
 * characters; punctuation the user took along stays. An edge inside a character as seen (an emoji, an accented
 * letter written in two parts) takes the whole character.
 */
final class WordSnap {
    /** A speaker label at a line's start, "Interviewer: " or "R01: ", with the space after it. */
    private static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile(
            "[^:\\n.!?]{1,40}:[ \\t]*");

    private WordSnap() {
    }

    /** The snapped [start, end) of the selection [start, end) in {@code text}. */
    static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        if (s == e) {
            return new int[] {s, e};
        }
        while (s > 0 && inWord(text, s - 1) && inWord(text, s)) {
            s--;
        }
        int dragged = e;
        while (e < text.length() && inWord(text, e - 1) && inWord(text, e)) {
            e++;
        }
        if (e > dragged) {
            e = pastClosingMarks(text, s, e);
        }
        int[] trimmed = nl.veldwerk.ui.common.Texts.trimmed(text, s, e);
        return nl.veldwerk.model.CharacterBounds.widened(text, trimmed[0], trimmed[1]);
    }

    /** What ends a sentence; a full stop before a letter or digit is no end ("10.30"). */
    private static final String SENTENCE_END = ".?!…";
    /** Closing brackets and quotes, each after its opening one at the same place in {@link #OPENING}. */
    private static final String CLOSING = ")]\"”»";
    private static final String OPENING = "([\"“«";
    private static final int MOST_CLOSING = 3;

    /**
     * Past the marks that close the sentence or aside of the word ending at {@code end} ("voorzieningen?",
     * "(lacht)"), when an end dragged inside that word was moved out to it: the word's sentence ends with it (QA: a
     * quotation ended "voorzieningen" without its question mark). A bracket or quote is taken only when the
     * selection from {@code from} opened it ("ik kom niet." stays without the quote it started before it). An end
     * put right after a word stays there.
     */
    private static int pastClosingMarks(String text, int from, int end) {
        int e = end;
        while (e < text.length() && e - end < MOST_CLOSING) {
            char c = text.charAt(e);
            boolean sentenceEnd = SENTENCE_END.indexOf(c) >= 0
                    && !(e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1)));
            int closing = CLOSING.indexOf(c);
            if (!sentenceEnd && (closing < 0 || !opened(text, from, e, OPENING.charAt(closing), c))) {
                break;
            }
            e++;
        }
        return e;
    }

    /** Whether {@code [from, to)} leaves an {@code open} mark unclosed by {@code close} (a quote: an odd count). */
    private static boolean opened(String text, int from, int to, char open, char close) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open == close && c == open) {
                depth = depth == 0 ? 1 : 0;
            } else if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * The part of a selection that is coded, however it was made (a keyboard selection is not snapped): white
     * space at either end dropped, and a line at either end that holds no letter (a time mark) left out with its
     * line break ("graf.\n[" took the next line's "[" along, "tweede huiskamer" a space before it).
     */
    static int[] codedPart(String text, int start, int end) {
        int[] trimmed = nl.veldwerk.ui.common.Texts.trimmed(text, Math.min(start, end), Math.max(start, end));
        int s = trimmed[0];
        int e = trimmed[1];
        for (int lastBreak = text.lastIndexOf('\n', e - 1); lastBreak > s && !holdsWord(text, lastBreak + 1, e);
             lastBreak = text.lastIndexOf('\n', e - 1)) {
            e = lastBreak;
        }
        for (int firstBreak = text.indexOf('\n', s); firstBreak >= s && firstBreak < e - 1
                && !holdsWord(text, s, firstBreak); firstBreak = text.indexOf('\n', s)) {
            s = firstBreak + 1;
        }
        // A last line that holds only (part of) the next turn's speaker label: "vader.\nInterviewer" took it along.
        int lastBreak = text.lastIndexOf('\n', e - 1);
        if (lastBreak > s) {
            java.util.regex.Matcher label = SPEAKER_LABEL.matcher(text).region(lastBreak + 1, text.length());
            if (label.lookingAt() && e <= label.end()) {
                e = lastBreak;
            }
        }
        int[] tidy = nl.veldwerk.ui.common.Texts.trimmed(text, s, e);
        int[] coded = tidy[0] < tidy[1] && holdsWord(text, tidy[0], tidy[1]) ? tidy : trimmed;
        // An edge inside an emoji or an accented letter (a drag from the family's third face, Shift+→ over one of
        // its faces) takes the whole character: half of one was written as "�" into reports (QA).
        return nl.veldwerk.model.CharacterBounds.widened(text, coded[0], coded[1]);
    }

    /** Whether {@code [from, to)} of the text holds a letter. */
    static boolean holdsWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} belongs to a word (a joining mark only between two letters). */
    /**
     * A dragged edge at {@code at} moved to the edge of the word it is in, as a selection is snapped: a start to
     * its word's beginning, then past white space; an end to its word's end, then back over white space. {@code
     * text} may be a window of the document (offsets are within it).
     */
    static int snapEdge(String text, int at, boolean start) {
        int i = Math.clamp(at, 0, text.length());
        if (start) {
            while (i > 0 && i < text.length() && inWord(text, i - 1) && inWord(text, i)) {
                i--;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        } else {
            int dragged = i;
            while (i > 0 && i < text.length() && inWord(text, i - 1) && inWord(text, i)) {
                i++;
            }
            if (i > dragged) {
                i = pastClosingMarks(text, 0, i); // the window's start: an opening mark before it is not seen
            }
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static boolean inWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '\u00AD';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
