package nl.veldwerk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time marks that transcription tools write into a text. Bracketed marks count wherever they stand:
 * f4/f5transkript's {@code #00:01:22-6#} (tenths after the dash), {@code [00:01:23]}, {@code (00:01:23)},
 * {@code #00:01:23#}, each with an optional fraction ({@code [00:02:05.5]}). A bare {@code 00:01:23.456}
 * counts anywhere too. A bare mark without a fraction ({@code 00:00:03}, {@code 0:01}) counts only on a line
 * that holds nothing else but a speaker label, as Word's Transcribe, Teams and Otter write them: in running
 * text "om 10:30" is a clock time, not a place in the recording.
 */
public final class TimeMarks {
    /** Groups: open, hours, minutes, seconds, fraction, f4 tenths, close. */
    private static final Pattern MARK = Pattern.compile("([#\\[(])?(?<![\\d:.,])(?:(\\d{1,2}):)?(\\d{1,2}):([0-5]\\d)"
            + "(?:[.,](\\d{1,3})|-(\\d{1,2}))?(?![\\d:])([#\\])])?");
    /** What may stand beside a bare mark on its line: a speaker label of at most four words, and a colon. */
    private static final Pattern LABEL_REST = Pattern.compile("[ \\t]*(?:\\p{Lu}[\\p{L}\\d.'’_-]*"
            + "(?:[ \\t]+[\\p{L}\\d.'’_-]+){0,3})?[ \\t]*:?[ \\t]*");

    private TimeMarks() {
    }

    /** Every time mark in the text, in text order. */
    public static List<TimeMark> find(String text) {
        List<TimeMark> marks = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            TimeMark mark = accepted(text, m);
            if (mark != null) {
                marks.add(mark);
            }
        }
        return marks;
    }

    /** The time mark that starts exactly at {@code at} (after no more than spaces), or null. */
    public static TimeMark at(String text, int at, int lineEnd) {
        Matcher m = MARK.matcher(text).region(at, lineEnd);
        if (m.lookingAt()) {
            return accepted(text, m);
        }
        return null;
    }

    private static TimeMark accepted(String text, Matcher m) {
        String open = m.group(1);
        String close = m.group(7);
        long millis = millis(m);
        if (millis < 0) {
            return null;
        }
        if (open != null && close != null && pairs(open.charAt(0), close.charAt(0))) {
            return new TimeMark(m.start(), m.end(), millis);
        }
        // Without its brackets the mark is the clock alone (a lone bracket belongs to the text).
        int start = open == null ? m.start() : m.start() + 1;
        int end = close == null ? m.end() : m.end() - 1;
        if (m.group(6) != null) {
            return null; // "-6" is f4's and f4 always brackets
        }
        if (m.group(5) != null && m.group(2) != null) {
            return new TimeMark(start, end, millis); // 00:01:23.456
        }
        return onALabelLine(text, start, end, m.group(2) != null) ? new TimeMark(start, end, millis) : null;
    }

    private static boolean pairs(char open, char close) {
        return open == '#' ? close == '#' : open == '[' ? close == ']' : close == ')';
    }

    private static boolean onALabelLine(String text, int start, int end, boolean hours) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd);
        // The mark opens or closes the line; the rest is a label (or nothing). After a label, a mark without
        // hours needs a wider gap ("Jordan Lee   0:01"), so that "we meet at 10:30" stays text.
        if (before.isBlank()) {
            return LABEL_REST.matcher(after).matches();
        }
        return after.isBlank() && LABEL_REST.matcher(before).matches()
                && (hours || before.endsWith("  ") || before.endsWith("\t"));
    }

    /** The mark's time in milliseconds, or -1 when it is no time (minutes past 59 after hours). */
    private static long millis(Matcher m) {
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long minutes = Long.parseLong(m.group(3));
        long seconds = Long.parseLong(m.group(4));
        if (m.group(2) != null && minutes > 59) {
            return -1;
        }
        long fraction = 0;
        if (m.group(5) != null) {
            fraction = Long.parseLong((m.group(5) + "00").substring(0, 3));
        } else if (m.group(6) != null) {
            fraction = m.group(6).length() == 1 ? Long.parseLong(m.group(6)) * 100 : Long.parseLong(m.group(6)) * 10;
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
    }

    /** "[00:01:23]" for a time in milliseconds (tenths dropped): how Veldwerk writes marks it makes itself. */
    public static String bracketed(long millis) {
        long s = millis / 1000;
        return String.format(java.util.Locale.ROOT, "[%02d:%02d:%02d]", s / 3600, s / 60 % 60, s % 60);
    }
}
