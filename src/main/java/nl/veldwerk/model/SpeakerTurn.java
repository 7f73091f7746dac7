package nl.veldwerk.model;

/**
 * One speaker's turn in a transcript: the half-open range {@code [start, end)} of the document text
 * that the speaker says, including the speaker label.
 *
 * @param timestampMillis the time in the recording where the turn starts, or null when not known
 */
public record SpeakerTurn(String speaker, int start, int end, Long timestampMillis) {
    public SpeakerTurn {
        check(speaker, start, end);
    }

    /** Refuses what a turn refuses ({@link ModelException}); shared with {@link TurnRows}, which makes no turn. */
    static void check(String speaker, int start, int end) {
        if (speaker == null || speaker.isBlank()) {
            throw new ModelException("turn.speaker");
        }
        Limits.name(speaker, EntityKind.DOCUMENT, "speaker");
        if (start < 0 || end < start) {
            throw new ModelException("range.invalid", "[" + start + ", " + end + ")");
        }
    }

    /**
     * Where the turn's label stands on its first line, {@code [start, end)} with a colon right after it
     * included, compared case-insensitively ("INTERVIEWER" for the speaker "Interviewer"); null when the
     * first line does not name the speaker (a turn whose label was renamed later). The label as typed wins
     * when the speaker's name stands inside it without a colon after ("Interviewer (Jan):" for a speaker
     * renamed "Interviewer") or not in it at all (the name "Jan" in the spoken text of a turn labelled "I:").
     */
    public int[] label(String text) {
        int lineEnd = text.indexOf('\n', start);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        int[] named = namedLabel(text, lineEnd);
        if (named != null && named[1] > named[0] + speaker.length()) {
            return named; // the name with its colon
        }
        int[] typed = typedLabel(text, lineEnd);
        // Not past a time beside the name ("Jordan Lee   0:01", "Anna 00:01:02 Ik zei: nee"): the name, not the time
        // nor the words after it.
        boolean typedWins = typed != null && (named == null || !holdsAClock(text, typed));
        return typedWins ? typed : named;
    }

    /** Whether a clock's colon ({@link #clockColon}) stands in {@code [range)} ("0:01", "00:00:03"). */
    private static boolean holdsAClock(String text, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (clockColon(text, i, range[0], range[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code i} is a colon between two digits, all within {@code [from, to)}. */
    private static boolean clockColon(String text, int i, int from, int to) {
        return text.charAt(i) == ':' && i > from && i + 1 < to && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** The speaker's name where it first stands on the line, with a colon right after it included; or null. */
    private int[] namedLabel(String text, int lineEnd) {
        for (int i = start; i + speaker.length() <= lineEnd; i++) {
            if (text.regionMatches(true, i, speaker, 0, speaker.length())) {
                int labelEnd = i + speaker.length();
                int colon = labelEnd;
                while (colon < lineEnd && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
                    colon++;
                }
                return new int[] {i, colon < lineEnd && text.charAt(colon) == ':' ? colon + 1 : labelEnd};
            }
        }
        return null;
    }

    /**
     * The label as typed when the speaker was renamed after import ("I:" for "Interviewer"): after a leading
     * time mark, up to the first colon that is not inside a clock; or, for a label alone on its line, the line.
     */
    private int[] typedLabel(String text, int lineEnd) {
        int from = start;
        for (TimeMark mark : TimeMarks.find(text.substring(start, lineEnd))) {
            if (text.substring(start, start + mark.start()).isBlank()) {
                from = start + mark.end();
            }
            break;
        }
        while (from < lineEnd && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        for (int i = from; i < lineEnd && i - from <= MAX_LABEL; i++) {
            if (text.charAt(i) == ':' && !clockColon(text, i, from, lineEnd)) {
                return i > from ? new int[] {from, i + 1} : null;
            }
        }
        boolean alone = lineEnd < end && lineEnd - from <= MAX_LABEL && lineEnd > from;
        return alone ? new int[] {from, lineEnd} : null;
    }

    private static final int MAX_LABEL = 60;

    public SpeakerTurn withRange(int newStart, int newEnd) {
        return new SpeakerTurn(speaker, newStart, newEnd, timestampMillis);
    }
}
