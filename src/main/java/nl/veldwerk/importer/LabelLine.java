package nl.veldwerk.importer;

import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * One line of a transcript read as a possible start of a speaker's turn: the label, where it stands, the
 * line's form and a time mark on it. Reading a line decides nothing; {@link SpeakerTurnDetector} weighs the
 * evidence of all lines together.
 *
 * @param key          the label as compared: lower case, single spaces
 * @param contentStart where the spoken text starts on this line (the line's end when the label is alone)
 * @param mark         a time mark before or after the label, or at the start of the spoken text; null if none
 */
record LabelLine(int lineStart, int lineEnd, String label, String key, int labelStart, int labelEnd,
                 int contentStart, Form form, TimeMark mark) {
    private static final int MAX_WORDS = 5;
    private static final int MAX_PAREN = 24;
    private static final int MAX_LABEL = 48;

    /** How the label stands on its line; each {@link TranscriptLayout} accepts some of these. */
    enum Form {
        /** "Interviewer: text", "B:text", "[00:01:23] Marco: text", "R (01:02:03): text". */
        LABEL_COLON_TEXT,
        /** "Interviewer:" alone on its line. */
        LABEL_COLON_ALONE,
        /** "INTERVIEWER" alone on its line. */
        LABEL_ALONE,
        /** "00:00:03 Speaker 1" or "[00:01:23] Marco:" alone on its line. */
        TIME_LABEL_ALONE,
        /** "Jordan Lee   0:01" or "Jordan Lee 00:01:23" alone on its line. */
        LABEL_TIME_ALONE,
        /** "[Interviewer] text", "[Marco] 00:01:23 text": the closing bracket stands for the colon. */
        BRACKET_LABEL_TEXT,
        /** "I - text", "Interviewer – text": a dash between blanks stands for the colon. */
        LABEL_DASH_TEXT
    }

    /**
     * What transcribers put in brackets at a line's start that is no one speaking ("[Laughter] Yes.",
     * "[Inaudible]"): a bracketed word is a speaker's label only when it is not one of these.
     */
    private static final java.util.Set<String> ANNOTATIONS = java.util.Set.of("laughter", "laughs", "laughing",
            "inaudible", "unintelligible", "crosstalk", "pause", "silence", "music", "applause", "noise", "sighs",
            "coughs", "interruption", "overlap", "unclear", "lacht", "lachen", "gelach", "onverstaanbaar",
            "onduidelijk", "stilte", "pauze", "muziek", "zucht", "hoest", "door elkaar", "geluid", "onderbreking",
            "lacht hardop", "inaudible speech", "background noise", "achtergrondgeluid", "applaus", "naam", "name",
            "telefoon", "phone", "redacted", "geanonimiseerd", "anoniem", "plaats", "place", "organisatie",
            "organisation", "organization", "huilt", "cries", "gelach op de achtergrond", "stilte valt");

    /** Whether bracketed words are a transcriber's annotation ("lacht", "Inaudible"), compared in lower case. */
    static boolean annotation(String words) {
        return ANNOTATIONS.contains(words.strip().toLowerCase(java.util.Locale.ROOT));
    }

    boolean alone() {
        return form != Form.LABEL_COLON_TEXT && form != Form.BRACKET_LABEL_TEXT && form != Form.LABEL_DASH_TEXT;
    }

    /** The line {@code [lineStart, lineEnd)} read as a turn's opening, or null when it cannot be one. */
    /** The time mark that starts at a position of the text, or null. */
    interface Marks {
        TimeMark at(int position);
    }

    static LabelLine read(String text, int lineStart, int lineEnd, Marks marks) {
        return read(text, lineStart, lineEnd, marks, null);
    }

    /**
     * As {@link #read(String, int, int, Marks)}, where a label {@code given} as a speaker's (longest first) is read
     * as one however it is written: "marieke", "+31 6 1234 5678", "UU: Pieter Jansen" (subtitles' names).
     */
    static LabelLine read(String text, int lineStart, int lineEnd, Marks marks, java.util.List<String> given) {
        return read(text, lineStart, lineEnd, marks, given, new RecentLabels());
    }

    /** As {@link #read(String, int, int, Marks, java.util.List)}, knowing the labels of the lines read before. */
    static LabelLine read(String text, int lineStart, int lineEnd, Marks marks, java.util.List<String> given,
                          RecentLabels recent) {
        int p = skipBlanks(text, lineStart, lineEnd);
        if (p - lineStart > 1 || p < lineEnd && text.charAt(lineStart) == '\t') {
            return null; // an indented line ("   Besluit: ...") is part of a list, not a turn
        }
        p = skipEmphasis(text, p, lineEnd);
        if (given != null && p < lineEnd) {
            LabelLine named = given(text, lineStart, lineEnd, p, marks, given);
            if (named != null) {
                return named;
            }
        }
        if (p >= lineEnd || !mayOpen(text.charAt(p))) {
            return null; // most lines of a transcript: no label, no mark
        }
        TimeMark lead = marks.at(p);
        if (lead != null) {
            int after = skipBlanks(text, lead.end(), lineEnd);
            int separated = skipSeparator(text, after, lineEnd); // looked at before the mark's hours: seldom there
            p = skipEmphasis(text, separated != after && TimeMarks.withHours(text, lead) ? separated : after, lineEnd);
        }
        boolean bracketed = p < lineEnd && text.charAt(p) == '[';
        int labelStart = bracketed ? p + 1 : p;
        int labelEnd = words(text, labelStart, lineEnd, marks);
        if (labelEnd < 0) {
            return null;
        }
        int q = labelEnd;
        if (bracketed) {
            if (q >= lineEnd || text.charAt(q) != ']') {
                return null;
            }
            q++; // "[Alex Kim] 14:03:22"
        }
        q = skipEmphasis(text, q, lineEnd);
        boolean tab = hasTab(text, labelEnd, skipBlanks(text, q, lineEnd));
        q = skipBlanks(text, q, lineEnd);
        TimeMark tail = lead == null ? marks.at(q) : null;
        if (lead == null && tail == null && skipSeparator(text, q, lineEnd) != q) {
            TimeMark separated = marks.at(skipSeparator(text, q, lineEnd)); // "Interviewer - 00:00:03"
            tail = separated != null && TimeMarks.withHours(text, separated) ? separated : null;
        }
        if (tail != null) {
            q = skipBlanks(text, tail.end(), lineEnd);
        }
        TimeMark mark = lead != null ? lead : tail;
        String label;
        String key;
        int known = recent.find(text, labelStart, labelEnd);
        if (known >= 0) {
            label = recent.label(known);
            key = recent.key(known);
        } else {
            String written = text.substring(labelStart, labelEnd);
            label = written.contains("  ") || written.indexOf('\t') >= 0 ? written.replaceAll("[ \\t]+", " ")
                    : written;
            key = SpeakerTurnDetector.key(label);
            recent.remember(written, label, key);
        }
        // A colon between digits is a clock's ("Interviewer 00:05" is no label "Interviewer 00" saying "05").
        boolean colon = q < lineEnd && text.charAt(q) == ':' && !(q + 1 < lineEnd
                && Character.isDigit(text.charAt(q - 1)) && Character.isDigit(text.charAt(q + 1)));
        if (colon || tab && q < lineEnd && tail == null) {
            // "Label: text", and a tab in place of the colon ("I<tab>text", a table exported as text)
            int content = skipBlanks(text, skipEmphasis(text, colon ? q + 1 : q, lineEnd), lineEnd);
            if (content < lineEnd) {
                if (mark == null) {
                    mark = marks.at(content); // "A01: (12:34) ja"
                }
                return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, content,
                        Form.LABEL_COLON_TEXT, mark);
            }
            return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, lineEnd, lead != null
                    ? Form.TIME_LABEL_ALONE : tail != null ? Form.LABEL_TIME_ALONE : Form.LABEL_COLON_ALONE, mark);
        }
        if (bracketed && q < lineEnd && q > labelEnd + 1 && !ANNOTATIONS.contains(key)) {
            // "[Interviewer] text": some transcription services write the label so, without a colon
            return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, q, Form.BRACKET_LABEL_TEXT,
                    mark != null ? mark : marks.at(q));
        }
        if (!bracketed && tail == null && q > labelEnd && q + 2 < lineEnd && dash(text.charAt(q))
                && (text.charAt(q + 1) == ' ' || text.charAt(q + 1) == '\t') && label.split(" ").length <= 3) {
            int content = skipBlanks(text, q + 1, lineEnd);
            if (content < lineEnd) { // "I - text": a dash between blanks in place of the colon
                return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, content, Form.LABEL_DASH_TEXT,
                        mark != null ? mark : marks.at(content));
            }
        }
        if (!bracketed && tail != null && q < lineEnd && text.charAt(tail.start()) == '['
                && TimeMarks.withHours(text, tail)) {
            // "Anna Jansen [00:00:03] Oké, ...": a recording's time in square brackets stands for the colon (QA: no
            // turns at all); not a time of day in prose ("Maandag (09:00) aankomst", review)
            return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, q, Form.LABEL_COLON_TEXT, mark);
        }
        if (q < lineEnd) {
            return null; // words followed by more text without a colon: a sentence
        }
        return new LabelLine(lineStart, lineEnd, label, key, labelStart, labelEnd, lineEnd, lead != null
                ? Form.TIME_LABEL_ALONE : tail != null ? Form.LABEL_TIME_ALONE : Form.LABEL_ALONE, mark);
    }

    /** A line opening with one of the given labels and a colon, after a time mark or not; null if none does. */
    private static LabelLine given(String text, int lineStart, int lineEnd, int p, Marks marks,
                                   java.util.List<String> given) {
        TimeMark lead = marks.at(p);
        int at = p;
        if (lead != null) {
            int after = skipBlanks(text, lead.end(), lineEnd);
            at = skipEmphasis(text, TimeMarks.withHours(text, lead) ? skipSeparator(text, after, lineEnd) : after,
                    lineEnd);
        }
        boolean bracketed = at < lineEnd && text.charAt(at) == '[';
        int labelStart = bracketed ? at + 1 : at;
        for (String label : given) {
            if (label.isEmpty() || !text.regionMatches(true, labelStart, label, 0, label.length())) {
                continue;
            }
            int labelEnd = labelStart + label.length();
            int q = labelEnd;
            if (bracketed) {
                if (q >= lineEnd || text.charAt(q) != ']') {
                    continue;
                }
                q++;
            }
            q = skipBlanks(text, skipEmphasis(text, q, lineEnd), lineEnd);
            if (q >= lineEnd || text.charAt(q) != ':') {
                continue;
            }
            String written = text.substring(labelStart, labelEnd);
            int content = skipBlanks(text, skipEmphasis(text, q + 1, lineEnd), lineEnd);
            if (content < lineEnd) {
                return new LabelLine(lineStart, lineEnd, written, SpeakerTurnDetector.key(written), labelStart,
                        labelEnd, content, Form.LABEL_COLON_TEXT, lead != null ? lead : marks.at(content));
            }
            return new LabelLine(lineStart, lineEnd, written, SpeakerTurnDetector.key(written), labelStart, labelEnd,
                    lineEnd, lead != null ? Form.TIME_LABEL_ALONE : Form.LABEL_COLON_ALONE, lead);
        }
        return null;
    }

    /**
     * Past a dash or bar that stands between a time mark and a label, as some transcription services write
     * them ("00:00:03 - Interviewer", "Interviewer – 00:00:03", "[00:01] | Jan"); {@code p} when there is none.
     */
    private static int skipSeparator(String text, int p, int lineEnd) {
        if (p + 1 < lineEnd && (dash(text.charAt(p)) || text.charAt(p) == '|')
                && (text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\t')) {
            return skipBlanks(text, p + 1, lineEnd);
        }
        return p;
    }

    /** A hyphen, en dash or em dash (compared by hand: a search of a string of them was a cost per line). */
    static boolean dash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean hasTab(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    /** Past Markdown's emphasis around a label ("**Interviewer:**"). */
    private static int skipEmphasis(String text, int p, int lineEnd) {
        int i = p;
        // Compared a character at a time: two string searches, four times a line, were a cost per line (issue 24).
        while (i + 1 < lineEnd && (text.charAt(i) == '*' || text.charAt(i) == '_') && text.charAt(i + 1) == text.charAt(i)) {
            i += 2;
        }
        return i;
    }

    /**
     * The end of a label of one to five words from {@code p}, or -1: the first word starts with a capital
     * ("Interviewer", "A01", "SPEAKER_00", "Jordan Lee", "Mevrouw van der Berg") or is a title's abbreviation
     * ("mw. de Jong", "dhr. van Dijk"); a surname first takes a comma ("Bakker, Jan"), and a short part in
     * parentheses may follow ("Interviewer (I)", "Bakker, Jan (Guest)").
     */
    private static int words(String text, int p, int lineEnd, Marks marks) {
        if (p >= lineEnd) {
            return -1;
        }
        if (!Character.isUpperCase(text.codePointAt(p)) && !abbreviation(text, p, lineEnd)
                && !nl.veldwerk.model.NameParticles.openName(text, p, lineEnd)) {
            return roleInLowerCase(text, p, lineEnd); // "interviewer:", "respondent 2:" (QA: a file typed so had no turns)
        }
        int end = -1;
        int i = p;
        for (int word = 0; word < MAX_WORDS && i < lineEnd && isWordStart(text.charAt(i)); word++) {
            while (i < lineEnd && isWordPart(text.charAt(i))) {
                i++;
            }
            end = i;
            if (i + 2 < lineEnd && text.charAt(i) == ',' && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))) {
                i += 2; // "Bakker, Jan"
                continue;
            }
            int next = skipBlanks(text, i, lineEnd);
            if (next == i || next >= lineEnd || !isWordStart(text.charAt(next)) || marks.at(next) != null
                    || hasTab(text, i, next)) {
                break; // a tab ends the label ("I<tab>text")
            }
            i = next;
        }
        int paren = skipBlanks(text, end, lineEnd);
        if (end > 0 && paren < lineEnd && text.charAt(paren) == '(' && marks.at(paren) == null) {
            // Looked for within reach only: to the text's end, every line without one was read to the end (QA).
            int close = text.indexOf(')', paren, Math.min(lineEnd, paren + MAX_PAREN + 1));
            if (close > paren + 1 && close < lineEnd && close - paren <= MAX_PAREN) {
                end = close + 1;
            }
        }
        return end - p > MAX_LABEL ? -1 : end;
    }

    /**
     * A role typed in lower case before a colon ("interviewer:", "respondent 2:", "i:"): a label however it is
     * written, where a lower-case word before a colon is otherwise speech ("maar toen zei ik:"). Its end, or -1.
     */
    private static int roleInLowerCase(String text, int p, int lineEnd) {
        java.util.regex.Matcher role = LOWER_CASE_ROLE.matcher(text).region(p, lineEnd);
        return role.lookingAt() ? role.end(1) : -1;
    }

    private static final java.util.regex.Pattern LOWER_CASE_ROLE = java.util.regex.Pattern.compile(
            "((?:interviewer|interviewee|respondent|resp|int|moderator|participant|deelnemer|onderzoeker"
                    + "|geïnterviewde|spreker|speaker|i|r|b)(?: ?\\d{1,3})?)[ \\t]*:");

    /** A lower-case title's abbreviation before a name: "mw.", "dhr.", "mevr.", "drs.". */
    private static boolean abbreviation(String text, int p, int lineEnd) {
        // Within the five characters it may be in: looked for to the text's end, an import of lines in lower case
        // without a full stop read the whole rest of the text for each line (QA: 280 s for 19 MB of speech).
        int dot = text.indexOf('.', p, Math.min(lineEnd, p + 5));
        return dot > p && dot - p <= 4 && dot + 2 < lineEnd && text.charAt(dot + 1) == ' '
                && text.substring(p, dot).chars().allMatch(Character::isLowerCase);
    }

    private static boolean mayOpen(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '[' || c == '(';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '_' || c == '-';
    }

    static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
