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

    public SpeakerTurn withRange(int newStart, int newEnd) {
        return new SpeakerTurn(speaker, newStart, newEnd, timestampMillis);
    }
}
