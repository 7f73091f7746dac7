package nl.veldwerk.model;

/**
 * One speaker's turn in a transcript: the half-open range {@code [start, end)} of the document text
 * that the speaker says, including the speaker label.
 *
 * @param timestampMillis the time in the recording where the turn starts, or null when not known
 */
public record SpeakerTurn(String speaker, int start, int end, Long timestampMillis) {
    public SpeakerTurn {
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
     * first line does not name the speaker (a turn whose label was renamed later).
     */
    public int[] label(String text) {
        int lineEnd = text.indexOf('\n', start);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
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

    public SpeakerTurn withRange(int newStart, int newEnd) {
        return new SpeakerTurn(speaker, newStart, newEnd, timestampMillis);
    }
}
