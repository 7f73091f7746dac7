package nl.veldwerk.interop;

import java.util.Arrays;
import java.util.List;

/**
 * Maps REFI-QDA text positions onto Veldwerk's. The standard counts Unicode code points over the plain
 * text as stored; NVivo counts UTF-16 units instead, and ATLAS.ti stores CRLF but counts a line break as
 * one. Veldwerk's text drops CR (line breaks are LF) and uses UTF-16 indices. For each source the mapper
 * tries the counting modes in the order the origin suggests and keeps, of those under which every selection
 * lands on a character boundary inside the text, the one that puts most selections on the words they are named
 * after.
 */
final class OffsetMapper {
    /** How a tool counts: code points or UTF-16 units, and a CRLF as two positions or one. */
    record Mode(boolean utf16, boolean crlfAsTwo) {
    }

    private final String normalised;
    /** For each position in the tool's counting, the Veldwerk index; -1 inside a surrogate pair. */
    private final int[] toIndex;

    /** Most texts have neither CR nor emoji: then every counting is the identity and needs no table. */
    private OffsetMapper(String plain) {
        this.normalised = plain;
        this.toIndex = null;
    }

    private OffsetMapper(String raw, Mode mode) {
        StringBuilder text = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int units = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
            if (crBeforeLf) {
                if (mode.crlfAsTwo()) {
                    map[units++] = text.length(); // the CR: same place as the LF that follows
                }
                continue;
            }
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(raw.charAt(i - 1))) {
                if (mode.utf16()) {
                    map[units++] = -1; // between the two halves of one character
                }
                text.append(c);
                continue;
            }
            map[units++] = text.length();
            text.append(c == '\r' ? '\n' : c);
        }
        map[units++] = text.length();
        this.normalised = text.toString();
        this.toIndex = Arrays.copyOf(map, units);
    }

    /** The text as Veldwerk keeps it: LF line ends, no BOM. */
    static String normalise(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The modes to try, most likely first, for a file written by {@code origin}. */
    static List<Mode> modesFor(String origin) {
        String o = origin == null ? "" : origin;
        if (o.startsWith("NVivo")) {
            return List.of(new Mode(true, true), new Mode(false, true), new Mode(true, false), new Mode(false, false));
        }
        if (o.startsWith("ATLAS.ti")) {
            return List.of(new Mode(false, false), new Mode(false, true), new Mode(true, false), new Mode(true, true));
        }
        return List.of(new Mode(false, true), new Mode(false, false), new Mode(true, true), new Mode(true, false));
    }

    /** A selection as the file gives it: its positions and its name (often its text, or the text's start). */
    record Range(long start, long end, String name) {
    }

    /**
     * The mode under which all ranges map and the most selections land on the text their names give (several
     * tools name a selection after its words, so a counting that puts them beside their words shows itself:
     * QualCoder's "CR for MAXQDA" text counts a CRLF as one, as ATLAS.ti does, under another origin); of
     * equals, the one the origin suggests first. The first mode when none maps every range.
     */
    static OffsetMapper choose(String raw, String origin, List<Range> ranges) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (isPlain(text)) {
            return new OffsetMapper(text);
        }
        OffsetMapper first = null;
        OffsetMapper best = null;
        int bestAgreeing = -1;
        for (Mode mode : modesFor(origin)) {
            OffsetMapper mapper = new OffsetMapper(text, mode);
            if (first == null) {
                first = mapper;
            }
            if (ranges.stream().allMatch(r -> mapper.index(r.start()) >= 0 && mapper.index(r.end()) >= 0)) {
                int agreeing = mapper.agreeing(ranges);
                if (agreeing > bestAgreeing) {
                    best = mapper;
                    bestAgreeing = agreeing;
                }
                if (agreeing == ranges.size()) {
                    break; // every one where its name says: no counting can do better
                }
            }
        }
        return best != null ? best : first;
    }

    /** How many of the ranges land on the words their names give. */
    private int agreeing(List<Range> ranges) {
        int agreeing = 0;
        for (Range r : ranges) {
            int from = index(r.start());
            int to = index(r.end());
            if (from <= to && nameAgrees(r.name(), normalised.substring(from, to))) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /**
     * Whether a selection's name is its text, or the start of it (a name cut short, perhaps with an ellipsis),
     * white space compared as single spaces. A name of fewer than three characters says too little.
     */
    static boolean nameAgrees(String name, String text) {
        if (name == null) {
            return false;
        }
        String n = oneSpaced(name);
        if (n.endsWith("…")) {
            n = n.substring(0, n.length() - 1).strip();
        } else if (n.endsWith("...")) {
            n = n.substring(0, n.length() - 3).strip();
        }
        return n.length() >= 3 && oneSpaced(text).startsWith(n);
    }

    private static String oneSpaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    String text() {
        return normalised;
    }

    /** The Veldwerk index of a tool position, or -1 when it lies outside the text or inside a character. */
    int index(long position) {
        if (toIndex == null) {
            return position < 0 || position > normalised.length() ? -1 : (int) position;
        }
        if (position < 0 || position >= toIndex.length) {
            return -1;
        }
        return toIndex[(int) position];
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
