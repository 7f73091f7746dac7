package nl.veldwerk.importer;

import java.util.Arrays;
import java.util.Set;

/**
 * A text broken into lines of a fixed width (an export from a typewriter-width tool, or a mail): one
 * paragraph spread over several lines, sometimes cut inside a word. Recognised when nearly every line is
 * at most the width and a line followed by more of the same paragraph almost always fills it; joined only
 * inside a turn of an accepted layout, so a label line never joins the line before it.
 *
 * @param width the width lines are broken at (the 90th percentile of line lengths)
 * @param exact whether lines are cut at exactly that width regardless of words (then joined without a space)
 */
record HardWrap(int width, boolean exact) {
    private static final int MIN_LINES = 8;
    private static final int MIN_WIDTH = 30;
    private static final int MAX_WIDTH = 120;
    private static final double FULL = 0.75;
    /** The longest line a wrapped text has: its width at most, and a little over ({@link #of}'s ceiling). */
    private static final double CEILING = 1.15;

    /** The text's wrap, or null when its lines are paragraphs. */
    static HardWrap of(Lines lines) {
        int[] lengths = new int[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.blank(i)) {
                lengths[n++] = lines.length(i);
                if (lines.length(i) > MAX_WIDTH * CEILING) {
                    return null; // the checks below would refuse it, after sorting every line's length (issue 24)
                }
            }
        }
        if (n < MIN_LINES) {
            return null;
        }
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.9 * (n - 1))];
        // Paragraph-per-line text has a long tail of long paragraphs; a wrapped text has a ceiling.
        if (width < MIN_WIDTH || width > MAX_WIDTH || sorted[n - 1] > width * CEILING) {
            return null;
        }
        int followed = 0;
        int full = 0;
        int exact = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.blank(i) && !lines.blank(i + 1) && lines.read(i + 1) == null) {
                followed++;
                if (lines.length(i) >= FULL * width) {
                    full++;
                    if (lines.length(i) == width) {
                        exact++;
                    }
                }
            }
        }
        if (followed < 5 || full < 0.5 * followed) {
            return null;
        }
        return new HardWrap(width, exact >= 0.8 * full);
    }

    /** Whether line {@code i} continues the paragraph of the line before it. */
    boolean continues(Lines lines, int i, Set<Integer> openings) {
        if (i == 0 || lines.blank(i) || lines.blank(i - 1) || openings.contains(lines.start(i))) {
            return false;
        }
        LabelLine previous = lines.read(i - 1);
        if (previous != null && previous.alone() && openings.contains(lines.start(i - 1))) {
            return false; // the label above its text
        }
        // A full line was broken for the width; a shorter one too when its sentence goes on, in lower case, on the
        // next line (the next word did not fit a narrower wrap: "… die bij u" / "binnenloopt?" stood apart, QA).
        return lines.length(i - 1) >= FULL * width || goesOn(lines, i);
    }

    /** Whether line {@code i - 1} ends mid-sentence and line {@code i} goes on with it in lower case. */
    private static boolean goesOn(Lines lines, int i) {
        String before = lines.text(i - 1);
        String line = lines.text(i).stripLeading();
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0))
                && !SpeakerTurnDetector.endsASentence(before) && !before.strip().endsWith(":");
    }

    /** The text with continued lines joined to the line before (with a space, or without for exact cuts). */
    String join(String text, Lines lines, Set<Integer> openings) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.start(i), lines.end(i));
            if (i > 0) {
                if (continues(lines, i, openings)) {
                    // Cut at the width inside a word: joined as it was. A shorter line ended at a word.
                    if (!exact || lines.length(i - 1) != width) {
                        trimEnd(out);
                        out.append(' ');
                        line = line.stripLeading();
                    }
                } else {
                    out.append('\n');
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
            out.setLength(out.length() - 1);
        }
    }
}
