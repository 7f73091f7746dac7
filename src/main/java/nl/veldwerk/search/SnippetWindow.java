package nl.veldwerk.search;

/**
 * Makes the snippet a hit shows from the highlighter's passage: the matched words between « and », on one
 * line, cut to a few lines' worth around its first matched word. The highlighter's passage is a sentence, and
 * a text without sentence ends (a paragraph imported without punctuation, a text matched only by another
 * field) comes back whole: tens of thousands of characters in a row of the hit list.
 */
final class SnippetWindow {
    /** The longest snippet kept, in characters, the dots of a cut included. */
    static final int MAX = 400;
    /** How much of the text before the first matched word a cut snippet keeps. */
    private static final int BEFORE = 120;
    private static final String CUT = "…";
    /**
     * The highlighter's tags while cutting, as one character each from Unicode's private use area: a « or »
     * in the text itself (French quotes) is then not taken for a match.
     */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private SnippetWindow() {
    }

    /**
     * The snippet for a passage the highlighter marked with {@code <b>} and {@code </b>}: as it is when it is short
     * enough, else the part from a little before its first match, cut at spaces, with {@code …} where it was
     * cut and a » added when the cut fell inside a match.
     */
    static String of(String highlighted) {
        String snippet = highlighted.replace("<b>", String.valueOf(OPEN)).replace("</b>", String.valueOf(CLOSE))
                .replace('\n', ' ');
        return shown(snippet.length() <= MAX ? snippet : cut(snippet));
    }

    private static String cut(String snippet) {
        int match = Math.max(0, snippet.indexOf(OPEN));
        int start = match <= BEFORE ? 0 : wordStartAfter(snippet, match - BEFORE, match);
        int width = MAX - 2 * CUT.length() - 1; // a cut at both ends, and a » perhaps
        if (snippet.length() - start < width) { // a match near the end: the room filled from before it
            start = wordStartAfter(snippet, snippet.length() - width, start);
        }
        int room = start + width;
        int end = room >= snippet.length() ? snippet.length() : wordEndBefore(snippet, room, match + 1);
        StringBuilder cut = new StringBuilder(MAX);
        if (start > 0) {
            cut.append(CUT);
        }
        cut.append(snippet, start, end);
        if (cut.lastIndexOf(String.valueOf(OPEN)) > cut.lastIndexOf(String.valueOf(CLOSE))) {
            cut.append(CLOSE);
        }
        if (end < snippet.length()) {
            cut.append(CUT);
        }
        return cut.toString();
    }

    private static String shown(String snippet) {
        return snippet.replace(OPEN, '«').replace(CLOSE, '»');
    }

    /** The first word's start at or after {@code from}, but not past {@code limit}. */
    private static int wordStartAfter(String text, int from, int limit) {
        int space = text.indexOf(' ', from);
        return space < 0 || space + 1 > limit ? whole(text, from) : space + 1;
    }

    /** Where the last word ending at or before {@code to} ends, but not before {@code limit}. */
    private static int wordEndBefore(String text, int to, int limit) {
        int space = text.lastIndexOf(' ', to);
        return space < limit ? whole(text, to) : space;
    }

    /** {@code at}, or one before it when that would split a character made of two (a surrogate pair). */
    private static int whole(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
