package nl.veldwerk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time marks that transcription tools write into a text. Bracketed marks count wherever they stand:
 * f4/f5transkript's {@code #00:01:22-6#} (tenths after the dash), {@code [00:01:23]}, {@code (00:01:23)},
 * {@code #00:01:23#}, each with an optional fraction ({@code [00:02:05.5]}). A bare {@code 00:01:23.456}
 * counts anywhere too. A bare mark without a fraction ({@code 00:00:03}, {@code 0:01}) counts on a line
 * that holds nothing else but a speaker label, as Word's Transcribe, Teams and Otter write them, and at the
 * start of lines when three or more do so, rising through the text (oTranscribe): in running text
 * "om 10:30" is a clock time, not a place in the recording.
 */
public final class TimeMarks {
    /**
     * What may stand before a bare mark that ends its line: a speaker's name as meeting tools write it
     * ("Bakker, Jan (Guest)", "[Alex Kim]", "María del Carmen García López").
     */
    private static final Pattern NAME_BEFORE = Pattern.compile("[ \\t]*\\[?" + NameParticles.OPENING
            + "\\p{Lu}[\\p{L}\\d.'’_, ()-]{0,47}\\]?[ \\t]*");
    /** A speaker label of at most four words (particles before them), and a colon, with the blanks around them. */
    private static final String LABEL = "[ \\t]*(?:" + NameParticles.OPENING
            + "\\p{Lu}[\\p{L}\\d.'’_-]*(?:[ \\t]+[\\p{L}\\d.'’_-]+){0,3})?[ \\t]*:?[ \\t]*";
    /** What may stand beside a bare mark on its line: a {@link #LABEL}. */
    private static final Pattern LABEL_REST = Pattern.compile(LABEL);
    /**
     * As {@link #LABEL_REST}, with a dash or bar between the mark and the label ("00:00:03 - Interviewer",
     * "Interviewer – 00:00:03"): only beside a mark with hours, so "Lunch – 12:30" in notes stays text.
     */
    private static final Pattern LABEL_REST_SEPARATED = Pattern.compile("[ \\t]*(?:[-–—|][ \\t]+)?" + LABEL
            + "(?:[-–—|][ \\t]*)?");

    private TimeMarks() {
    }

    /**
     * A bracketed clock written as transcription tools write marks ("[00:01:99]", "#00:75:10-2#"), two digits after
     * each colon, in a text that has time marks of as many parts, that is no time: a minute or second past 59. It is
     * read as text, and a quotation there takes the time of the mark before it, so the preview and the transcript
     * view say it (QA: a mistyped mark became text without a word). A ratio, a score or a verse ("(1:2)", "[2:1]",
     * "(1:100)") is not written so (review).
     */
    private static final Pattern MARK_LIKE = Pattern.compile("[#\\[(]\\d{1,2}(?::\\d{2}){1,2}(?:[.,-]\\d{1,3})?[#\\])]");

    /** Where a text with time marks has bracketed clocks that are no time (see {@link #MARK_LIKE}); their ranges. */
    public record Unreadable(int start, int end) {
    }

    /** The bracketed clocks of {@code text} that are no time, given its {@code marks} (as {@link #find} gives them). */
    public static List<Unreadable> unreadable(String text, List<TimeMark> marks) {
        if (marks.isEmpty()) {
            return List.of(); // "(1:2)" in field notes is a ratio; only a transcript with marks has mistyped ones
        }
        List<Unreadable> found = new ArrayList<>();
        java.util.Set<Integer> parts = new java.util.HashSet<>(); // the marks' colons: 1 ("00:05"), 2 ("00:00:05")
        for (TimeMark mark : marks) {
            parts.add(colons(text, mark.start(), mark.end()));
        }
        java.util.regex.Matcher m = MARK_LIKE.matcher(text);
        int next = 0;
        while (m.find()) {
            if (!pairs(text.charAt(m.start()), text.charAt(m.end() - 1))
                    || !parts.contains(colons(text, m.start(), m.end()))) {
                continue;
            }
            while (next < marks.size() && marks.get(next).end() <= m.start()) {
                next++;
            }
            if (next < marks.size() && marks.get(next).start() < m.end()) {
                continue; // a mark, or overlapping one
            }
            found.add(new Unreadable(m.start(), m.end()));
        }
        return found;
    }

    private static int colons(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += text.charAt(i) == ':' ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the mark found at {@code start} is bracketed or f4's ("[00:00:05]", "(00:00:05)", "#00:00:05-0#"), not
     * a bare clock: alone on a line, a bare "14:30" is as likely a time of day in a header or a spoken answer.
     */
    public static boolean bracketedAt(String text, int start) {
        return start < text.length() && "[(#".indexOf(text.charAt(start)) >= 0;
    }

    /**
     * Every time mark in the text, in text order. Marks are looked for only around a colon between digits,
     * and read by hand: a pattern tried at every position of a long transcript cost ten times reading it.
     */
    public static List<TimeMark> find(String text) {
        List<TimeMark> marks = new ArrayList<>();
        List<TimeMark> openingLines = new ArrayList<>();
        List<TimeMark> closingLabels = new ArrayList<>();
        List<String> closingLabelNames = new ArrayList<>();
        int from = 0;
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', Math.max(colon + 1, from))) {
            if (colon == 0 || colon + 1 >= text.length() || !isDigit(text.charAt(colon - 1))
                    || !isDigit(text.charAt(colon + 1))) {
                continue;
            }
            // The earliest start that makes a mark through this colon: "[00:01:23]" starts 7 before its second.
            for (int start = Math.max(from, colon - 7); start < colon; start++) {
                char first = text.charAt(start);
                if (!isDigit(first) && first != '#' && first != '[' && first != '(') {
                    continue; // no clock starts here (Clock.read would say so, after more work: issue 24)
                }
                Clock clock = Clock.read(text, start);
                TimeMark mark = accepted(text, clock);
                if (mark != null) {
                    marks.add(mark);
                    from = mark.end();
                    break;
                }
                if (opensALine(text, clock) && (openingLines.isEmpty() || openingLines.getLast().start() != start)) {
                    openingLines.add(new TimeMark(clock.start(), clock.end(), clock.millis()));
                }
                String label = closesALabelLine(text, clock);
                if (label != null && (closingLabels.isEmpty() || closingLabels.getLast().start() != start)) {
                    closingLabels.add(new TimeMark(clock.start(), clock.end(), clock.millis()));
                    closingLabelNames.add(label);
                }
            }
        }
        // oTranscribe and others open each paragraph with a bare clock ("00:12 So, tell me..."). One such clock
        // could be a time of day; several, running forward through the text, are the recording's.
        if (openingLines.size() >= MIN_OPENING_CLOCKS && rising(openingLines)
                && !aheadOfTheMarks(marks, openingLines)) {
            marks.addAll(openingLines);
            marks.sort(java.util.Comparator.comparingInt(TimeMark::start));
        } else if (marks.size() >= MIN_OPENING_CLOCKS && !openingLines.isEmpty()) {
            addInTimeOrder(text, marks, openingLines);
        }
        // Otter and others write "Interviewer 00:05" with one space: one such line could be "Lunch 12:30" in
        // notes; several, running forward through the text, beside labels that come back as speakers' do, are the
        // recording's (QA: read as a speaker "Interviewer 00" saying "05 ..."); "Maandag 09:00", "Dinsdag 10:30"
        // or "De bus gaat om 07:15" are not (review).
        if (closingLabels.size() >= MIN_OPENING_CLOCKS && rising(closingLabels) && likeSpeakers(closingLabelNames)) {
            marks.addAll(closingLabels);
            marks.sort(java.util.Comparator.comparingInt(TimeMark::start));
        }
        withoutClocksPastTheMarksUnlikeThem(text, marks);
        return marks;
    }

    /**
     * Whether a bare clock runs ahead of a mark of the recording that comes after it in the text: a schedule read
     * aloud ("07:30 Ontbijt", "12:00 Lunch", "17:30 Diner" in an answer at [00:02:24], before [00:02:50]) rises but
     * is no place in the recording (review). Bare clocks before a later mark, or after the last (a second part
     * counted from zero), may be the recording's.
     */
    private static boolean aheadOfTheMarks(List<TimeMark> marks, List<TimeMark> clocks) {
        int next = 0;
        int ahead = 0;
        for (TimeMark clock : clocks) {
            while (next < marks.size() && marks.get(next).start() < clock.start()) {
                next++;
            }
            if (next < marks.size() && clock.millis() > marks.get(next).millis()) {
                ahead++;
            }
        }
        // More than a third: one stray bracketed mark ("[00:00:05]" typed for "[00:05:00]") is no reason to doubt
        // the clocks of a whole oTranscribe file (review).
        return 3 * ahead > clocks.size();
    }

    /**
     * Leaves out the bare clocks after the recording's last bracketed mark when they go on from it in another style:
     * "19:00 Inloop met koffie", "21:00 Afsluiting" in an appendix's programme, or a day's schedule read aloud in the
     * last answer, after "[00:00:37]", are times of day (QA). A second part counted from zero starts below the last
     * mark, and a typist who went on with bare clocks writes them as the marks were (with hours or without): both
     * stay the recording's; so do bare clocks in a text that has them among its bracketed marks too.
     */
    private static void withoutClocksPastTheMarksUnlikeThem(String text, List<TimeMark> marks) {
        int last = -1;
        boolean bareAmongThem = false;
        for (int i = 0; i < marks.size(); i++) {
            if (bracketedAt(text, marks.get(i).start())) {
                last = i;
            }
        }
        for (int i = 0; i < last; i++) {
            bareAmongThem |= !bracketedAt(text, marks.get(i).start());
        }
        if (last < 0 || last == marks.size() - 1 || bareAmongThem) {
            return;
        }
        TimeMark mark = marks.get(last);
        TimeMark next = marks.get(last + 1);
        // And far on from it: a typist who went on in another style ("00:25 I:" after "#00:00:20-1#", Otter's lines
        // after one "[00:00:00] opname start") goes on from where the marks were (review).
        if (next.millis() >= mark.millis() + TIME_OF_DAY_GAP && withHours(text, next) != withHours(text, mark)) {
            marks.subList(last + 1, marks.size()).removeIf(clock -> !bracketedAt(text, clock.start()));
        }
    }

    /**
     * Adds the bare clocks that open a turn ("00:01:28 R: Soms") among a recording's other marks ("R: [00:01:20]
     * ...") where they stand between two of them in time order, written as they are (with hours or without): the
     * recording's (QA: the turn went to the one before). A time of day is not: "09:00 Opening: koffie" among marks of
     * the first minutes, "21:14 Anja: ..." pasted after the last mark, "10:15 ben ik thuis" in a wrapped answer, or
     * "10:15 Hervat: ..." above the first mark (adversarial QA).
     */
    private static void addInTimeOrder(String text, List<TimeMark> marks, List<TimeMark> clocks) {
        List<TimeMark> recording = List.copyOf(marks);
        int next = 0;
        for (TimeMark clock : clocks) {
            while (next < recording.size() && recording.get(next).start() < clock.start()) {
                next++;
            }
            if (next == 0 || next == recording.size()) {
                continue; // not between two of the recording's marks
            }
            TimeMark before = recording.get(next - 1);
            TimeMark after = recording.get(next);
            if (before.millis() <= clock.millis() && clock.millis() <= after.millis()
                    && withHours(text, before) == withHours(text, clock)
                    && LABEL_AFTER.matcher(text).region(clock.end(), text.length()).lookingAt()) {
                marks.add(clock);
            }
        }
        marks.sort(java.util.Comparator.comparingInt(TimeMark::start));
    }

    /** A speaker's label and its colon after a clock, and something said ("00:01:28 R: Soms", "00:01:28 - R: Ja"). */
    private static final Pattern LABEL_AFTER = Pattern.compile(
            "[ \\t]+(?:[-–—|][ \\t]+)?[\\p{L}\\d][\\p{L}\\d .'’_-]{0,40}:[ \\t]*\\S");

    /** Whether a mark holds hours ("00:01:28", "[00:01:20]"), not minutes and seconds alone ("01:28"). */
    public static boolean withHours(String text, TimeMark mark) {
        int colons = 0; // counted in place: a stream over a copy was a tenth of an import's analysis (issue 24)
        for (int i = mark.start(); i < mark.end(); i++) {
            if (text.charAt(i) == ':') {
                colons++;
            }
        }
        return colons >= 2;
    }

    /**
     * The label before a bare clock without hours that ends its line after one blank ("Interviewer 00:05"), or null
     * when the clock is not so.
     */
    private static String closesALabelLine(String text, Clock c) {
        if (c == null || c.open() != 0 || c.close() != 0 || c.tenths() || c.fraction() || c.hours()) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        String before = text.substring(lineStart, c.start());
        return !before.isBlank() && !before.strip().endsWith(":") && onALabelLine(text, c.start(), c.end(), false, false)
                ? before.strip() : null;
    }

    /** At least two labels, one of them back more than once: as speakers take turns, not a list of days or events. */
    private static boolean likeSpeakers(List<String> labels) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        labels.forEach(l -> counts.merge(l.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        return counts.size() >= 2 && counts.values().stream().anyMatch(n -> n >= 2);
    }

    private static final int MIN_OPENING_CLOCKS = 3;
    /** How far past the recording's last mark a clock in another style is taken for a time of day. */
    private static final long TIME_OF_DAY_GAP = 5 * 60_000L;

    /** A bare clock (no brackets, no f4 tenths) at the start of its line, with text after it. */
    private static boolean opensALine(String text, Clock c) {
        if (c == null || c.open() != 0 || c.close() != 0 || c.tenths() || c.end() >= text.length()
                || (text.charAt(c.end()) != ' ' && text.charAt(c.end()) != '\t')) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
        return text.substring(lineStart, c.start()).isBlank();
    }

    private static boolean rising(List<TimeMark> marks) {
        for (int i = 1; i < marks.size(); i++) {
            if (marks.get(i).millis() < marks.get(i - 1).millis()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A clock read at a position: an optional bracket, [h:]m:ss, an optional fraction (".5", ",250") or f4's
     * tenths ("-6"), an optional closing bracket; {@code end} is where it ends.
     */
    private record Clock(int start, int end, char open, char close, boolean hours, boolean fraction,
                         boolean tenths, long millis) {
        static Clock read(String text, int at) {
            int n = text.length();
            int i = at;
            char open = 0;
            if (text.charAt(i) == '#' || text.charAt(i) == '[' || text.charAt(i) == '(') {
                open = text.charAt(i++);
            } else if (i > 0 && "0123456789:.,".indexOf(text.charAt(i - 1)) >= 0) {
                return null; // inside a number
            }
            // Up to three parts, [h:]m:ss, read into locals (an array per position tried was most of the cost).
            long first = 0;
            long second = 0;
            long third = 0;
            int count = 0;
            int lastDigits = 0;
            while (count < 3) {
                int digits = 0;
                long value = 0;
                while (i < n && digits < 3 && isDigit(text.charAt(i))) {
                    value = value * 10 + (text.charAt(i++) - '0');
                    digits++;
                }
                if (digits == 0 || digits > 2) {
                    return null;
                }
                if (count == 0) {
                    first = value;
                } else if (count == 1) {
                    second = value;
                } else {
                    third = value;
                }
                count++;
                lastDigits = digits;
                if (count < 3 && i + 1 < n && text.charAt(i) == ':' && isDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            long minutes = count == 3 ? second : first;
            long seconds = count == 3 ? third : second;
            if (count < 2 || lastDigits != 2 || seconds > 59 || count == 3 && minutes > 59
                    || i < n && text.charAt(i) == ':') {
                return null;
            }
            long hours = count == 3 ? first : 0;
            long millis = ((hours * 60 + minutes) * 60 + seconds) * 1000;
            boolean fraction = false;
            boolean tenths = false;
            if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == '-')
                    && isDigit(text.charAt(i + 1))) {
                int j = i + 1;
                long value = 0;
                while (j < n && isDigit(text.charAt(j))) {
                    value = value * 10 + (text.charAt(j++) - '0');
                }
                int digits = j - i - 1;
                boolean dash = text.charAt(i) == '-';
                if (digits <= (dash ? 2 : 3) && (j >= n || text.charAt(j) != ':')) {
                    millis += value * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
                    fraction = !dash;
                    tenths = dash;
                    i = j;
                }
            } else if (i < n && isDigit(text.charAt(i))) {
                return null;
            }
            char close = 0;
            if (i < n && (text.charAt(i) == '#' || text.charAt(i) == ']' || text.charAt(i) == ')')) {
                close = text.charAt(i++);
            }
            return new Clock(at, i, open, close, count == 3, fraction, tenths, millis);
        }
    }

    private static TimeMark accepted(String text, Clock c) {
        if (c == null) {
            return null;
        }
        if (c.open() != 0 && c.close() != 0 && pairs(c.open(), c.close())) {
            return new TimeMark(c.start(), c.end(), c.millis());
        }
        // Without its brackets the mark is the clock alone (a lone bracket belongs to the text).
        int start = c.open() == 0 ? c.start() : c.start() + 1;
        int end = c.close() == 0 ? c.end() : c.end() - 1;
        if (c.tenths()) {
            return null; // "-6" is f4's and f4 always brackets
        }
        if (c.fraction() && c.hours()) {
            return new TimeMark(start, end, c.millis()); // 00:01:23.456
        }
        return !c.fraction() && onALabelLine(text, start, end, c.hours(), true) ? new TimeMark(start, end, c.millis())
                : null;
    }

    private static boolean pairs(char open, char close) {
        return open == '#' ? close == '#' : open == '[' ? close == ']' : close == ')';
    }

    /**
     * Whether the mark at {@code [start, end)} opens or closes its line beside a label; {@code gapNeeded}: after a
     * label, a mark without hours needs more than one blank before it.
     */
    private static boolean onALabelLine(String text, int start, int end, boolean hours, boolean gapNeeded) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd);
        // The mark opens or closes the line; the rest is a label (or nothing). After a label, a mark without
        // hours needs a wider gap ("Jordan Lee   0:01"), so that "we meet at 10:30" stays text.
        Pattern rest = hours ? LABEL_REST_SEPARATED : LABEL_REST;
        if (before.isBlank()) {
            return rest.matcher(after).matches();
        }
        return after.isBlank() && (rest.matcher(before).matches() || NAME_BEFORE.matcher(before).matches())
                && (hours || !gapNeeded || before.endsWith("  ") || before.endsWith("\t")) && !FIELD.matcher(before).find();
    }

    /**
     * A header's field about time before a clock ("Duur: 00:45:12", "Opnameduur: 01:02:03", "Beginn: 10:15:00",
     * "Start time: 14:00:00"): its value, not a place in the recording (QA: the first turns got 00:45:12 as their
     * time, and playing a quotation started there). With its colon, as a header writes it; a word of its own, or a
     * Dutch or German compound ending in one ("opnameduur", "uhrzeit"): a speaker named "Michael Ende", "Fatime" or
     * "Candidate" beside a clock keeps it (review).
     */
    private static final Pattern FIELD = Pattern.compile("(?iu)^\\s*\\[?(?:(?:total|totale|start|begin|end|eind)\\s+)?"
            + "(?:\\p{L}*(?:duur|dauer|tijd|zeit|datum|lengte)|time|date|duration|length|begin|beginn|start|einde|eind|ende"
            + "|end|aanvang|opname|aufnahme|recording|recorded|opgenomen)\\]?\\s*:\\s*$");

    /** "[00:01:23]" for a time in milliseconds (tenths dropped): how Veldwerk writes marks it makes itself. */
    public static String bracketed(long millis) {
        long s = millis / 1000;
        return String.format(java.util.Locale.ROOT, "[%02d:%02d:%02d]", s / 3600, s / 60 % 60, s % 60);
    }

    /**
     * "[00:01:23.5]": as {@link #bracketed}, with the part of a second when there is one ("[00:00:04.25]"), for
     * times that come exact (subtitle cues, REFI-QDA sync points): a cue at 4.5 s became "[00:00:04]".
     */
    public static String bracketedExact(long millis) {
        long part = millis % 1000;
        if (part == 0) {
            return bracketed(millis);
        }
        String fraction = String.format(java.util.Locale.ROOT, "%03d", part).replaceFirst("0+$", "");
        String whole = bracketed(millis);
        return whole.substring(0, whole.length() - 1) + "." + fraction + "]";
    }

    /**
     * "[00:01:23.50]": as {@link #bracketed}, with {@code digits} (0 to 3) of the second's part, so that the marks of
     * one text read alike ("[00:00:01.23]", "[00:00:05.10]", "[00:00:17.00]", not "…05.1]" and "…17]").
     */
    public static String bracketedExact(long millis, int digits) {
        if (digits <= 0) {
            return bracketed(millis);
        }
        String fraction = String.format(java.util.Locale.ROOT, "%03d", millis % 1000).substring(0, Math.min(3, digits));
        String whole = bracketed(millis);
        return whole.substring(0, whole.length() - 1) + "." + fraction + "]";
    }

    /** How many digits of the second's part show every one of these times exactly (0 to 3). */
    public static int digitsFor(java.util.Collection<Long> millis) {
        int digits = 0;
        for (long m : millis) {
            long part = m % 1000;
            int needed = part == 0 ? 0 : part % 100 == 0 ? 1 : part % 10 == 0 ? 2 : 3;
            digits = Math.max(digits, needed);
        }
        return digits;
    }

    /** "#00:01:22-6#": f4/f5transkript's mark, with tenths of a second. */
    public static String f4(long millis) {
        long s = millis / 1000;
        return String.format(java.util.Locale.ROOT, "#%02d:%02d:%02d-%d#", s / 3600, s / 60 % 60, s % 60,
                millis % 1000 / 100);
    }

    /** "00:01:22" (or "01:22:05"): a time as lists and reports show it, always with hours. */
    public static String clock(long millis) {
        return bracketed(millis).substring(1, 9);
    }

    /**
     * "00:01:23.4": a player's clock, to the tenth of a second, as transcription players show it: marks read
     * from subtitles or f4 carry tenths ("[00:00:09.5]"), and a clock of whole seconds could not be matched
     * against them, nor show a step back of half a second.
     */
    public static String clockTenths(long millis) {
        String tenths = bracketedExact(millis / 100 * 100, 1);
        return tenths.substring(1, tenths.length() - 1);
    }

    /**
     * "00:00:09.5": a mark's time as exactly as the mark gives it (the second's part only where it has one), for
     * lists and reports that cite it beside a text reading "[00:00:09.5]"; "00:00:09" cut half a second off.
     */
    public static String clockExact(long millis) {
        String exact = bracketedExact(millis);
        return exact.substring(1, exact.length() - 1);
    }

    /** The last mark that starts at or before {@code offset}, or null: the time a passage there begins at. */
    public static TimeMark before(List<TimeMark> marks, int offset) {
        TimeMark found = null;
        for (TimeMark mark : marks) {
            if (mark.start() > offset) {
                break;
            }
            found = mark;
        }
        return found;
    }

    /**
     * The mark a passage from {@code start} to {@code end} begins at: the one inside it that opens it after no more
     * than a speaker's label ("Jan: [00:03:20] Nee, dank u", a turn selected whole, begins at 00:03:20, not at the
     * turn before's mark: QA), else the last mark before it ({@link #before}). A passage that ends before the mark
     * (the label alone) is not at it (review).
     */
    public static TimeMark startOf(String text, List<TimeMark> marks, int start, int end) {
        TimeMark next = after(marks, start);
        return next != null && next.start() < end && onlyALabelBetween(text, start, next.start()) ? next
                : before(marks, start);
    }

    /**
     * Whether the text between a passage's start and a mark is a speaker's label at most, on the mark's line:
     * "Jan:", "Dr. de Vries:", "Interviewer  " (a name above its time, as Otter writes it), or nothing but blank
     * lines; not words said before the mark ("Ja, dat klopt. [00:03:20]", "Elke week #00:00:09-5#").
     */
    private static boolean onlyALabelBetween(String text, int from, int to) {
        if (to - from > LABEL_BEFORE_A_MARK) {
            return false;
        }
        String between = text.substring(from, to).strip();
        if (between.isEmpty()) {
            return true;
        }
        if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
            return false;
        }
        if (between.endsWith(":")) {
            return between.length() <= 40;
        }
        String[] words = between.split("\\s+");
        return words.length <= 3 && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0))
                || Character.isDigit(w.charAt(0)) || NameParticles.WORDS.contains(w))
                && between.chars().noneMatch(c -> ".,;?!".indexOf(c) >= 0);
    }

    /** How far before a mark a passage may start for the mark to be its beginning (blank lines and a label). */
    private static final int LABEL_BEFORE_A_MARK = 60;

    /** The first mark that starts at or after {@code offset}, or null: the time a passage there ends by. */
    public static TimeMark after(List<TimeMark> marks, int offset) {
        for (TimeMark mark : marks) {
            if (mark.start() >= offset) {
                return mark;
            }
        }
        return null;
    }

    /**
     * The mark a recording's position belongs to: the last one, in text order, whose time is at or before
     * {@code millis}, or null before the first. Marks that go back in time (a typing slip) do not stop it.
     */
    public static TimeMark playing(List<TimeMark> marks, long millis) {
        TimeMark found = null;
        for (TimeMark mark : marks) {
            if (mark.millis() <= millis && (found == null || mark.millis() >= found.millis())) {
                found = mark;
            }
        }
        return found;
    }
}
