package nl.veldwerk.importer;

import java.util.Arrays;
import java.util.List;

import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/** A text's lines (split at '\n'), each read once as a possible label line. */
final class Lines {
    private static final LabelLine NOT_READ = new LabelLine(0, 0, "-", "-", 0, 0, 0, LabelLine.Form.LABEL_ALONE,
            null);
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final LabelLine[] read;
    private final List<TimeMark> marks;
    private final int[] markStarts;
    /** Labels given as speakers, longest first, read as labels however they are written; null for none. */
    private final List<String> given;

    private Lines(String text, int[] starts, int[] ends, List<String> given) {
        this.text = text;
        this.given = given;
        this.starts = starts;
        this.ends = ends;
        this.marks = TimeMarks.find(text);
        this.markStarts = marks.stream().mapToInt(TimeMark::start).toArray();
        this.read = new LabelLine[starts.length];
        Arrays.fill(read, NOT_READ);
    }

    /** The text whose lines these are. */
    String text() {
        return text;
    }

    static Lines of(String text) {
        return of(text, null);
    }

    /** With labels given as speakers (null for none), which open a line however they are written. */
    static Lines of(String text, List<String> given) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int start = 0;
        for (int line = 0; line < count; line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            starts[line] = start;
            ends[line] = end;
            start = end + 1;
        }
        return new Lines(text, starts, ends, given);
    }

    /** The text's time marks, found once for all the questions asked of its lines. */
    List<TimeMark> marks() {
        return marks;
    }

    /** The time mark that ends exactly at a position (f4's mark closing a turn), or null. */
    TimeMark markEndingAt(int position) {
        int at = Arrays.binarySearch(markStarts, position);
        int before = (at >= 0 ? at : -at - 1) - 1;
        return before >= 0 && marks.get(before).end() == position ? marks.get(before) : null;
    }

    private TimeMark markAt(int position) {
        int at = Arrays.binarySearch(markStarts, position);
        return at >= 0 ? marks.get(at) : null;
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Line {@code i}'s text, without its line end. */
    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    boolean blank(int i) {
        for (int c = starts[i]; c < ends[i]; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** The line read as a possible turn opening, or null. */
    LabelLine read(int i) {
        if (read[i] == NOT_READ) {
            read[i] = LabelLine.read(text, starts[i], ends[i], this::markAt, given);
        }
        return read[i];
    }
}
