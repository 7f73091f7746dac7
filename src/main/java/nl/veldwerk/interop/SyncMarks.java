package nl.veldwerk.interop;

import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * A transcript's sync points written into its text as time marks ("[00:01:22] "), where the text has no
 * mark of that time already: Veldwerk keeps a transcript's times in its text, where they move with every
 * edit. Positions after an inserted mark shift by its length; a quotation starting at a sync point starts
 * after the mark, one ending there ends before it.
 */
final class SyncMarks {
    /** How far from a sync point a mark of the same time may stand and still be taken for it. */
    private static final int NEAR = 40;

    private final String text;
    private final int[] at;
    private final int[] length;

    private SyncMarks(String text, int[] at, int[] length) {
        this.text = text;
        this.at = at;
        this.length = length;
    }

    /** The text with the marks the sync points ({position in the tool's units, milliseconds}) call for. */
    static SyncMarks of(String text, List<long[]> syncPoints, OffsetMapper mapper) {
        List<TimeMark> existing = TimeMarks.find(text);
        List<int[]> inserts = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        syncPoints.stream().sorted(java.util.Comparator.comparingLong(s -> s[0])).forEach(point -> {
            int index = mapper.index(point[0]);
            if (index < 0 || point[1] < 0 || hasMark(existing, index, point[1])) {
                return;
            }
            String mark = TimeMarks.bracketedExact(point[1]) + " ";
            inserts.add(new int[] {index, mark.length()});
            marks.add(mark);
        });
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 11);
        int from = 0;
        int[] at = new int[inserts.size()];
        int[] length = new int[inserts.size()];
        for (int i = 0; i < inserts.size(); i++) {
            out.append(text, from, inserts.get(i)[0]).append(marks.get(i));
            from = inserts.get(i)[0];
            at[i] = inserts.get(i)[0];
            length[i] = inserts.get(i)[1];
        }
        out.append(text, from, text.length());
        return new SyncMarks(out.toString(), at, length);
    }

    private static boolean hasMark(List<TimeMark> existing, int index, long millis) {
        for (TimeMark mark : existing) {
            if (Math.abs(mark.start() - index) <= NEAR && Math.abs(mark.millis() - millis) < 1000) {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    /** Whether any mark was written in. */
    int added() {
        return at.length;
    }

    /** Where a quotation starting at {@code index} of the old text starts now (after marks inserted there). */
    int start(int index) {
        return index + shift(index, true);
    }

    /** Where a quotation ending at {@code index} of the old text ends now (before marks inserted there). */
    int end(int index) {
        return index + shift(index, false);
    }

    private int shift(int index, boolean inclusive) {
        int sum = 0;
        for (int i = 0; i < at.length && (at[i] < index || inclusive && at[i] == index); i++) {
            sum += length[i];
        }
        return sum;
    }
}
