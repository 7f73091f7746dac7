package nl.veldwerk.importer;

import java.util.Arrays;

/** A text's lines (split at '\n'), each read once as a possible label line. */
final class Lines {
    private static final LabelLine NOT_READ = new LabelLine(0, 0, "-", 0, 0, 0, LabelLine.Form.LABEL_ALONE, null);
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final LabelLine[] read;

    private Lines(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.read = new LabelLine[starts.length];
        Arrays.fill(read, NOT_READ);
    }

    static Lines of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int line = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                starts[line] = start;
                ends[line] = i;
                line++;
                start = i + 1;
            }
        }
        return new Lines(text, starts, ends);
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
            read[i] = LabelLine.read(text, starts[i], ends[i]);
        }
        return read[i];
    }
}
