package nl.veldwerk.ui.coding;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * Where a transcript's time marks put a moment of the recording, and the reverse: which stretch of the text
 * is being said at a time (the speaker turn, or the text between two marks), and which stretch of the
 * recording a passage of text covers. A mark that opens its line names the time its line starts; a mark
 * that closes its line (f4transkript writes one at the end of each turn) names the time the next begins.
 */
final class PlayedStretch {
    private PlayedStretch() {
    }

    /** The stretch {@code [start, end)} of the text said at {@code millis}, or null before the first mark. */
    static int[] at(String text, List<SpeakerTurn> turns, List<TimeMark> marks, long millis) {
        TimeMark mark = TimeMarks.playing(marks, millis);
        if (mark == null) {
            return null;
        }
        int from = closesItsLine(text, mark) ? mark.end() : mark.start();
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from >= text.length()) {
            return null;
        }
        for (SpeakerTurn turn : turns) {
            if (turn.start() <= from && from < turn.end()) {
                return new int[] {turn.start(), turn.end()};
            }
        }
        int end = text.length();
        for (TimeMark next : marks) {
            if (next.start() > from) {
                end = closesItsLine(text, next) ? next.end() : next.start();
                break;
            }
        }
        return new int[] {from, end};
    }

    /**
     * The stretch of the recording a passage covers, in milliseconds: from the mark it begins at (the one before
     * it, or the one after its speaker's label) to the mark after it ({@code -1} as the end: on to the end of the
     * recording). Without a mark before it, from 0.
     */
    static long[] recordingOf(String text, List<TimeMark> marks, int start, int end) {
        TimeMark before = TimeMarks.startOf(text, marks, start, Math.max(end, start + 1));
        TimeMark after = TimeMarks.after(marks, Math.max(end, start + 1));
        long from = before == null ? 0 : before.millis();
        long to = after == null || after.millis() <= from ? -1 : after.millis();
        return new long[] {from, to};
    }

    /** Whether a mark stands at the end of its line after some text ("... koffie. #00:00:04-0#"). */
    static boolean closesItsLine(String text, TimeMark mark) {
        int lineEnd = text.indexOf('\n', mark.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int lineStart = text.lastIndexOf('\n', Math.max(0, mark.start() - 1)) + 1;
        return text.substring(mark.end(), lineEnd).isBlank() && !text.substring(lineStart, mark.start()).isBlank();
    }

    /** The mark that holds {@code offset}, or null. */
    static TimeMark markAt(List<TimeMark> marks, int offset) {
        for (TimeMark mark : marks) {
            if (mark.start() <= offset && offset < mark.end()) {
                return mark;
            }
            if (mark.start() > offset) {
                break;
            }
        }
        return null;
    }
}
