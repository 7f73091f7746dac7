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
    private final int[] ends;
    private final LabelLine[] read;
    private int[] labelLines;
    /** The forms the label lines have. */
    private final java.util.EnumSet<LabelLine.Form> forms = java.util.EnumSet.noneOf(LabelLine.Form.class);
    private final RecentLabels recent = new RecentLabels();
    /** The index of the mark {@link #markAt} found last (-1 before the first). */
    private int lastFound = -1;
    private final List<TimeMark> marks;
    private final int[] markStarts;
    /**
     * Where marks start and end, for the many questions whose answer is "no mark here" (every line's start, every
     * turn's end): a bit is one look where a search of the marks was a tenth of an import's analysis (issue 24).
     */
    private final java.util.BitSet startsAMark;
    private final java.util.BitSet endsAMark;
    /** Labels given as speakers, longest first, read as labels however they are written; null for none. */
    private final List<String> given;

    private Lines(String text, int[] starts, int[] ends, List<String> given, int longest) {
        this.text = text;
        this.longest = longest;
        this.given = given;
        this.starts = starts;
        this.ends = ends;
        this.marks = TimeMarks.find(text);
        this.markStarts = new int[marks.size()];
        this.startsAMark = new java.util.BitSet(text.length() + 1);
        this.endsAMark = new java.util.BitSet(text.length() + 1);
        for (int m = 0; m < marks.size(); m++) {
            markStarts[m] = marks.get(m).start();
            startsAMark.set(marks.get(m).start());
            endsAMark.set(marks.get(m).end());
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
        // One pass over the text: a line starts after each line end, so the ends are the starts shifted by one.
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, 2 * count);
            }
            starts[count++] = i + 1;
        }
        starts = Arrays.copyOf(starts, count);
        int[] ends = new int[count];
        for (int line = 0; line + 1 < count; line++) {
            ends[line] = starts[line + 1] - 1;
        }
        ends[count - 1] = text.length();
        int longest = 0;
        for (int line = 0; line < count; line++) {
            longest = Math.max(longest, ends[line] - starts[line]);
        }
        return new Lines(text, starts, ends, given, longest);
    }

    /** The text's time marks, found once for all the questions asked of its lines. */
    List<TimeMark> marks() {
        return marks;
    }

    /** The time mark that ends exactly at a position (f4's mark closing a turn), or null. */
    TimeMark markEndingAt(int position) {
        if (position < 0 || !endsAMark.get(position)) {
            return null;
        }
        int at = Arrays.binarySearch(markStarts, position);
        int before = (at >= 0 ? at : -at - 1) - 1;
        return before >= 0 && marks.get(before).end() == position ? marks.get(before) : null;
    }

    private TimeMark markAt(int position) {
        if (position < 0 || !startsAMark.get(position)) {
            return null;
        }
        // Lines are read in order: the mark after the one found last is nearly always the one asked for.
        int at = lastFound + 1 < markStarts.length && markStarts[lastFound + 1] == position ? lastFound + 1
                : Arrays.binarySearch(markStarts, position);
        if (at < 0) {
            return null;
        }
        lastFound = at;
        return marks.get(at);
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
            read[i] = LabelLine.read(text, starts[i], ends[i], this::markAt, given, recent);
        }
        return read[i];
    }
}
