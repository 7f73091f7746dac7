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
    private final int longest;
    private final int[] starts;
    private final LabelLine[] read;
    private int[] labelLines;
    /** The forms the label lines have. */
    private final java.util.EnumSet<LabelLine.Form> forms = java.util.EnumSet.noneOf(LabelLine.Form.class);
    private final RecentLabels recent = new RecentLabels();
    /** {@link #markAt} made once: a method reference written in {@link #read} was an object per line. */
    private final LabelLine.Marks marksAt = this::markAt;
    private final List<TimeMark> marks;
    private final int[] markStarts;
    /**
     * The first mark that starts at or after the position asked last: the questions come in text order (each line's
     * start, each turn's end), so the answer is there or a step on; a search of the marks for each was a tenth of an
     * import's analysis (issue 24).
     */
    private int cursor;
    /** Labels given as speakers, longest first, read as labels however they are written; null for none. */
    private final List<String> given;

    private Lines(String text, int[] starts, List<String> given, int longest) {
        this.text = text;
        this.longest = longest;
        this.given = given;
        this.starts = starts;
        this.marks = TimeMarks.find(text);
        this.markStarts = new int[marks.size()];
        for (int m = 0; m < marks.size(); m++) {
            markStarts[m] = marks.get(m).start();
        }
        this.read = new LabelLine[starts.length];
        Arrays.fill(read, NOT_READ);
    }

    /** The length of the longest line. */
    int longest() {
        return longest;
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
        // One pass over the text: a line starts after each line end, so its end is the next line's start less one.
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, 2 * count);
            }
            starts[count++] = i + 1;
        }
        starts = Arrays.copyOf(starts, count);
        int longest = text.length() - starts[count - 1];
        for (int line = 0; line + 1 < count; line++) {
            longest = Math.max(longest, starts[line + 1] - 1 - starts[line]);
        }
        return new Lines(text, starts, given, longest);
    }

    /** The text's time marks, found once for all the questions asked of its lines. */
    List<TimeMark> marks() {
        return marks;
    }

    /** The time mark that ends exactly at a position (f4's mark closing a turn), or null. */
    TimeMark markEndingAt(int position) {
        int before = firstMarkFrom(position) - 1;
        return before >= 0 && marks.get(before).end() == position ? marks.get(before) : null;
    }

    private TimeMark markAt(int position) {
        int at = firstMarkFrom(position);
        return at < markStarts.length && markStarts[at] == position ? marks.get(at) : null;
    }

    /** The index of the first mark that starts at or after {@code position} (the marks' count when none does). */
    private int firstMarkFrom(int position) {
        int c = cursor;
        boolean here = (c == 0 || markStarts[c - 1] < position) && (c == markStarts.length || markStarts[c] >= position);
        if (!here) {
            boolean next = c < markStarts.length && markStarts[c] < position
                    && (c + 1 == markStarts.length || markStarts[c + 1] >= position);
            if (next) {
                c++;
            } else {
                int at = Arrays.binarySearch(markStarts, position);
                c = at >= 0 ? at : -at - 1;
            }
            cursor = c;
        }
        return c;
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
    }

    /** Line {@code i}'s text, without its line end. */
    String text(int i) {
        return text.substring(starts[i], end(i));
    }

    int length(int i) {
        return end(i) - starts[i];
    }

    boolean blank(int i) {
        for (int c = starts[i], end = end(i); c < end; c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines that read as possible turn openings, in order: the only ones each layout's questions are asked
     * of (six layouts asked of every line was a fifth of an import's analysis, issue 24).
     */
    int[] labelLines() {
        if (labelLines == null) {
            int[] found = new int[starts.length];
            int n = 0;
            for (int i = 0; i < starts.length; i++) {
                LabelLine line = read(i);
                if (line != null) {
                    found[n++] = i;
                    forms.add(line.form());
                }
            }
            labelLines = Arrays.copyOf(found, n);
        }
        return labelLines;
    }

    /** Whether any line reads as a label line that {@code layout} accepts (most layouts find none in a text). */
    boolean anyAcceptedBy(TranscriptLayout layout) {
        labelLines();
        for (LabelLine.Form form : forms) {
            if (layout.accepts(form)) {
                return true;
            }
        }
        return false;
    }

    /** The line read as a possible turn opening, or null. */
    LabelLine read(int i) {
        if (read[i] == NOT_READ) {
            read[i] = LabelLine.read(text, starts[i], end(i), marksAt, given, recent);
        }
        return read[i];
    }
}
