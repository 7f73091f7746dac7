package nl.veldwerk.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.model.TimeMarks;

/**
 * A transcript as NVivo keeps one beside its recording, exported or copied as a table: a header row naming a
 * timespan column, a content column and often a speaker column ("Timespan / Content / Speaker"; in Dutch
 * "Tijdspanne / Inhoud / Spreker"), then a row per passage ("0:00:05.2 - 0:00:12.0 | Sinds 1998. | Respondent").
 * Read from the text as the importers give a table (a row a line, its cells separated by tabs) and written as
 * Veldwerk's turns: "[00:00:05.2] Respondent: Sinds 1998." (the speaker was taken for text at the row's end,
 * and no turns were found).
 */
final class TimespanTable {
    private static final Set<String> TIMESPAN = Set.of("timespan", "time span", "tijdspanne", "tijdsduur", "tijd",
            "time", "zeitspanne", "zeitraum");
    private static final Set<String> CONTENT = Set.of("content", "inhoud", "inhalt", "text", "tekst", "transcript",
            "transcriptie");
    private static final Set<String> SPEAKER = Set.of("speaker", "spreker", "sprecher", "spreker(s)", "speakers");

    /** The table's text as turns, and the speakers its speaker column names. */
    record Read(String text, List<String> speakers) {
    }

    /** How many lines from the top the header row may stand. */
    private static final int HEADER_WITHIN = 20;

    private TimespanTable() {
    }

    /** The transcript the table holds, or null when the text is no such table. */
    static Read of(String text) {
        // The header row among the first lines: a title or the interview's details may stand above the table. Only
        // those are looked at first: every imported text comes here, few are such tables.
        List<String> first = text.lines().limit(HEADER_WITHIN).toList();
        int header = 0;
        String[] columns = null;
        for (; header < first.size(); header++) {
            String[] cells = first.get(header).split("\t", -1);
            if (cells.length > 1 && column(cells, TIMESPAN) >= 0 && column(cells, CONTENT) >= 0) {
                columns = cells;
                break;
            }
        }
        if (columns == null) {
            return null;
        }
        List<String> lines = text.lines().toList();
        int time = column(columns, TIMESPAN);
        int content = column(columns, CONTENT);
        int speaker = column(columns, SPEAKER);
        StringBuilder out = new StringBuilder();
        for (String above : lines.subList(0, header)) {
            out.append(above.strip()).append('\n');
        }
        Set<String> speakers = new LinkedHashSet<>();
        int rows = 0;
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            long start = cells.length > time ? startOf(cells[time]) : -1;
            if (start < 0 || cells.length <= content) {
                // Not a row of the table (a note under it): kept as the text it is.
                out.append(line.strip()).append('\n');
                continue;
            }
            rows++;
            String who = speaker >= 0 && cells.length > speaker ? cells[speaker].strip() : "";
            String words = cells[content].strip();
            out.append(TimeMarks.bracketedExact(start)).append(' ');
            if (!who.isEmpty()) {
                speakers.add(who);
                out.append(who).append(": ");
            }
            out.append(words).append('\n');
        }
        return rows == 0 ? null : new Read(out.toString(), List.copyOf(speakers));
    }

    private static int column(String[] columns, Set<String> names) {
        for (int i = 0; i < columns.length; i++) {
            if (names.contains(columns[i].strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The timespan's start in milliseconds, or -1: "[h:]m:ss[.f]" before a dash or the cell's end, as NVivo writes
     * it ("0:00:05.2 - 0:00:12.0", "0:00.0 - 0:05.2", "00:02:00-00:10:00", "0:02:0-0:10:0"; review: read with the
     * running text's rules, most of these were no time and the table was read as text).
     */
    static long startOf(String cell) {
        java.util.regex.Matcher m = SPAN_START.matcher(cell);
        if (!m.lookingAt()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 && m.group(1) != null || seconds > 59) {
            return -1;
        }
        String fraction = m.group(4) == null ? "" : m.group(4);
        long millis = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    private static final java.util.regex.Pattern SPAN_START = java.util.regex.Pattern.compile(
            "\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{1,2})(?:[.,](\\d{1,3}))?\\s*(?:[-–]|$)");
}
