package nl.veldwerk.importer;

/**
 * What the import decided about a file where the file itself left it open, said in the preview (the window's and the
 * command line's) rather than decided in silence: a researcher who sees it can fix the file and import it again.
 *
 * @param unreadableTimes a subtitle file's time lines that could not be read (their words kept at the time before)
 * @param cuesReordered   subtitle cues that came in the file after a cue of a later time, and were put in the order
 *                        of their times (as a player shows them)
 * @param cuesJoined     subtitle cues that went on with a sentence begun in the cue before, joined to it without a
 *                       time mark of their own (a mark there would split the sentence)
 * @param windows1252     the text was not UTF-8 and was read as Windows-1252 (a guess: an old Windows editor's text)
 * @param strayBytes      bytes of an otherwise UTF-8 text that fit no UTF-8 character, each read as Windows-1252
 * @param clockStart      the first time mark's time when it is an hour or more: perhaps a time of day (Zoom's saved
 *                        captions write one), not a place in the recording; -1 otherwise
 */
public record ReadNotes(int unreadableTimes, int cuesReordered, int cuesJoined, boolean windows1252, int strayBytes,
                        long clockStart) {
    public static final ReadNotes NONE = new ReadNotes(0, 0, 0, false, 0, -1);

    /** From this time on, a first time mark may be a time of day: a recording seldom begins its transcript there. */
    static final long HOUR = 3_600_000L;

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** These notes with what reading a subtitle file's times found. */
    ReadNotes withTimes(int unreadable, int reordered, int joined) {
        return new ReadNotes(unreadable, reordered, joined, windows1252, strayBytes, clockStart);
    }

    /** These notes with how the bytes were decoded. */
    ReadNotes decodedAs(TextDecoder.Decoded decoded) {
        return new ReadNotes(unreadableTimes, cuesReordered, cuesJoined, decoded.windows1252(), decoded.strayBytes(),
                clockStart);
    }

    /** These notes with the text's time marks looked at: a first one of an hour or more is said. */
    ReadNotes withMarks(java.util.List<nl.veldwerk.model.TimeMark> marks) {
        long first = marks.isEmpty() ? -1 : marks.getFirst().millis();
        return new ReadNotes(unreadableTimes, cuesReordered, cuesJoined, windows1252, strayBytes,
                first >= HOUR ? first : -1);
    }
}
