package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veldwerk.model.TimeMarks;

/**
 * Subtitles (.srt from Whisper, YouTube and most players; .vtt from Zoom, Teams and YouTube) as a transcript:
 * cues of one speaker in a row become one paragraph (a new one after a pause of two seconds or some 600
 * characters), written "[00:01:23] Speaker: text", a cue inside it that starts a sentence with its own mark
 * ("… rol. [00:01:31] Mensen …"), so that the turn detector,
 * the reader and a later re-import see the same layout. A speaker comes from a WebVTT voice tag
 * ({@code <v Jordan Lee>}) or a label before a colon ("Jordan Lee: text", Whisper's "[SPEAKER_00]: text"), and
 * is taken as written: Zoom names a phone dialling in "+31 6 1234 5678" and a guest "marieke", Teams a speaker
 * "UU: Pieter Jansen" ({@link Read#speakers} tells the turn detector so). A cue in which two people speak (two
 * voice tags, or a second labelled line) is split between them. Cues without a speaker are gathered into
 * paragraphs in the same way, but a sentence's end also ends the paragraph: nothing says the next cue is the same
 * person's. A cue whose time line cannot be read keeps its text, at the time of the cue
 * before it; only the formats' own tags are taken out ("&lt;gelach&gt;" and "&lt;1500 euro" are text).
 */
final class SubtitleText {
    /** Where the subtitles are: a subtitle file, or inside another file (the old Teams transcript in Word). */
    enum Source { FILE, INSIDE }

    /** A time's parts: hours (optional), minutes, seconds, and milliseconds after a '.', ',' or ':' (optional). */
    private static final String PARTS_OF_TIME = "(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{1,2})(?:[.,:](\\d{1,3}))?";
    private static final Pattern PARTS = Pattern.compile(PARTS_OF_TIME);
    /** "00:01:23,456", "01:23.456", "00:00:17:000", and old Teams' "0:0:7.13" and "0:0:13". */
    private static final String TIME = PARTS_OF_TIME.replace("(\\d", "(?:\\d");
    /**
     * A cue's times; the end may be missing (a cut-off or hand-made file): the cue is kept, not dropped. A
     * colon before the milliseconds and a short or long arrow are read too (hand-edited files). What follows
     * is the cue's settings ("align:start position:0%"), or words.
     */
    private static final Pattern TIMING = Pattern.compile("^\\s*(" + TIME + ")\\s*(?:-{1,3}>|–>|—>|→)\\s*(" + TIME
            + ")?(.*)$");
    private static final Pattern SETTINGS = Pattern.compile("(?:\\s*[\\w-]+:\\S+)*\\s*");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]+)>");
    /** WebVTT's time of a word within a cue ("welkom&lt;00:00:00.880&gt;&lt;c&gt; bij"), as rolling captions have. */
    private static final String TIME_OF_A_WORD = "<(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}>";
    private static final Pattern KARAOKE = Pattern.compile(TIME_OF_A_WORD);
    /**
     * The formats' own tags and the HTML some tools write in them: styling, voices, classes, word times; a line
     * break in a cue is a space; an ASS override tag in braces in an .srt ("{\an8}", "{\i1}": Subtitle Edit,
     * YouTube) is no text either (QA: "{\an8}Jan" was a speaker of its own). Anything else between angle brackets
     * is text ("&lt;gelach&gt;", "&lt;1500").
     */
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:c|i|b|u|v|s|lang|ruby|rt|font|span|em|strong"
            + "|small|big|sub|sup|p|div)(?:[.\\s][^<>]*)?>|" + TIME_OF_A_WORD
            + "|\\{\\\\[^{}]*\\}");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    /** A label as a transcript writes one: capitalised words or a code ("Jordan Lee", "SPEAKER_00"). */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}\\d.'’_-]*(?: [\\p{L}\\d.'’_-]+){0,3}");
    /** A WebVTT comment block's first word: "NOTE", then a space, a tab or the line's end. */
    private static final Pattern NOTE = Pattern.compile("NOTE(?:[ \\t]|$)");
    private static final int NOTE_WORD = 4;

    /** What closed captions put where another person starts speaking. */
    private static final String CHANGE_OF_SPEAKER = ">>";

    /** Any short text before a colon: a speaker if it opens several cues, as Zoom writes every name. */
    private static final Pattern NAMED = Pattern.compile("^\\[?([^:\\[\\]]{1,48}?)]?\\s*:\\s+(.*)$");
    /** A label and a colon alone on a cue's first line, the words under it. */
    private static final Pattern NAMED_ALONE = Pattern.compile("^\\[?([^:\\[\\]]{1,48}?)]?\\s*:$");
    private static final Pattern HEADER = Pattern.compile("^(?:WEBVTT|NOTE|STYLE|REGION)\\b.*");
    private static final long PAUSE = 2_000;
    private static final int PARAGRAPH = 600;

    private SubtitleText() {
    }

    /**
     * The transcript text, the speakers it names as the subtitles named them, whether any cue had a time, and how
     * many time lines could not be read (their words are given the time before them) and how many cues were put
     * before a cue the file had first (their times earlier), and how many cues went on with a sentence and were
     * joined to it without a time mark of their own: the preview says each. {@code notes} are the words of a WebVTT
     * file's NOTE blocks (its comments: "Namen zijn gepseudonimiseerd"), no part of the transcript but kept with its
     * import notes (QA: they were gone without a word).
     */
    record Read(String text, List<String> speakers, boolean timed, int unreadableTimes, int cuesReordered,
                int cuesJoined, List<String> notes) {
    }

    private record Cue(long start, long end, String speaker, String text) {
    }

    /**
     * What one person says in a cue: a voice's words, or a label read off a line ({@code named}), which is not yet
     * taken as a speaker: on the cue's {@code first} line or a later one; {@code bare} when it is a name alone on
     * its line without a colon (the old Teams layout).
     */
    private static final class Said {
        final String voice;
        final String named;
        final boolean first;
        final boolean bare;
        final StringBuilder words = new StringBuilder();

        Said(String voice) {
            this(voice, null, false, false);
        }

        Said(String named, boolean first, boolean bare) {
            this(null, named, first, bare);
        }

        private Said(String voice, String named, boolean first, boolean bare) {
            this.voice = voice;
            this.named = named;
            this.first = first;
            this.bare = bare;
        }

        /** Words as written in the file (tags, entities). */
        void add(String written) {
            addPlain(plain(written));
        }

        /**
         * Words already without tags and entities. A line that opens with a dash after others in the cue is
         * another person's, as subtitles write two speakers in one cue ("- Waar woon je?" / "- In Utrecht."): it
         * stays a line of its own (QA: the two were run together as one sentence). Who says it is not written.
         */
        void addPlain(String words) {
            if (!words.isEmpty()) {
                boolean anotherSpeaker = words.length() > 2 && "-–—".indexOf(words.charAt(0)) >= 0
                        && words.charAt(1) == ' ' || words.startsWith(CHANGE_OF_SPEAKER);
                this.words.append(this.words.isEmpty() ? "" : anotherSpeaker ? "\n" : " ").append(words);
            }
        }

        /** What was read as a label, back as the words it was ("Jan: ", "Ik denk dat "). */
        String asWords() {
            return named + (bare ? " " : ": ");
        }
    }

    /** A cue's times and what is said in it; {@code timed} false for text kept without a time line of its own. */
    private record Timed(long start, long end, List<Said> said, boolean timed) {
    }

    /** A cue's times and its lines as written. */
    private record Raw(long start, long stop, List<String> lines, boolean timed) {
    }

    /** As {@link #of}, the text alone. */
    static String read(String subtitles) {
        return of(subtitles).text();
    }

    /** A subtitle file's cues as a transcript. */
    static Read of(String subtitles) {
        return of(subtitles, Source.FILE, List.of());
    }

    /**
     * The transcript text of subtitles, their cues in the order of their times (as a player shows them; a file
     * whose cues are out of order would otherwise get marks that run backwards); {@code known} are labels the
     * user named as speakers.
     */
    static Read of(String subtitles, Source source, java.util.Collection<String> known) {
        String lines = subtitles.replace("\r\n", "\n").replace('\r', '\n');
        int[] unreadable = new int[1];
        List<String> notes = new ArrayList<>();
        List<Timed> timed = timed(lines, source, unreadable, notes);
        Set<String> speakers = new LinkedHashSet<>();
        List<Cue> cues = cues(timed, known.stream().map(SpeakerTurnDetector::key).collect(java.util.stream
                .Collectors.toSet()), speakers, source);
        int reordered = outOfOrder(cues);
        cues.sort(java.util.Comparator.comparingLong(Cue::start)); // stable: cues of one time keep their order
        StringBuilder out = new StringBuilder();
        Cue open = null;
        StringBuilder turn = new StringBuilder();
        int joined = 0;
        // Every mark with as many digits as the file's cues need, so they read alike.
        int digits = TimeMarks.digitsFor(cues.stream().map(Cue::start).toList());
        for (Cue cue : cues) {
            // A speaker's cues in a row make one paragraph, until a pause or the paragraph grows long: then a
            // new one with its own time mark, so a long turn can still be played from near where it is read.
            // Cues that name no one (Whisper's) are not known to be one person's: a new paragraph, with its own time,
            // after each that ends a sentence, as a question and its answer each end one; cues cut mid-sentence
            // (captions without punctuation) still join.
            // Captions without any punctuation run on: a new paragraph, with its own time, every RUN_ON of them,
            // or a quotation in it was given a time up to 45 s early (QA: 26 marks for 400 cues).
            boolean same = open != null && java.util.Objects.equals(open.speaker(), cue.speaker())
                    && cue.start() - open.end() < PAUSE && turn.length() < PARAGRAPH
                    && !(cue.speaker() == null && SpeakerTurnDetector.endsASentence(turn.toString()))
                    && !(cue.start() - open.start() >= RUN_ON && noSentenceEnd(turn));
            if (!same) {
                flush(out, open, turn, digits);
                open = cue;
                turn.setLength(0);
            } else {
                // A cue that starts a sentence keeps its time inside the turn: a quotation of it was given the
                // turn's time and played from seconds before it (QA: 19.5 s for a sentence said at 27.1 s). A cue
                // that goes on with a sentence cut across cues (captions) does not: a mark there splits words.
                boolean sentence = cue.start() > open.start() && SpeakerTurnDetector.endsASentence(turn.toString());
                open = new Cue(open.start(), Math.max(open.end(), cue.end()), open.speaker(), open.text());
                turn.append(' ');
                if (sentence) {
                    turn.append(TimeMarks.bracketedExact(cue.start(), digits)).append(' ');
                } else if (cue.start() > open.start()) {
                    joined++; // its time is not in the text: said
                }
            }
            turn.append(cue.text());
        }
        flush(out, open, turn, digits);
        return new Read(out.toString(), List.copyOf(speakers), timed.stream().anyMatch(Timed::timed), unreadable[0],
                reordered, joined, List.copyOf(notes));
    }

    /**
     * How many cues begin before a cue the file has ahead of them: the ones sorting moves up (a file edited by hand,
     * or two files pasted together). Said, as the document's order is then not the file's.
     */
    private static int outOfOrder(List<Cue> cues) {
        int moved = 0;
        long latest = Long.MIN_VALUE;
        for (Cue cue : cues) {
            if (cue.start() < latest) {
                moved++;
            } else {
                latest = cue.start();
            }
        }
        return moved;
    }

    /** How long a paragraph of captions without punctuation runs before the next starts with its own time. */
    private static final long RUN_ON = 20_000;

    private static boolean noSentenceEnd(CharSequence turn) {
        for (int i = 0; i < turn.length(); i++) {
            if (".?!…".indexOf(turn.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder out, Cue open, StringBuilder turn, int digits) {
        if (open == null || turn.isEmpty()) {
            return;
        }
        out.append(TimeMarks.bracketedExact(open.start(), digits)).append(' ');
        if (open.speaker() != null) {
            out.append(open.speaker()).append(": ");
        }
        out.append(turn).append('\n');
    }

    /**
     * The cues: runs of lines between blank lines, split where a time line starts a cue (a file without blank
     * lines between its cues). A line of spaces right under a time line is the cue's (YouTube opens its cues
     * so). A run without a time line that is not a header keeps its text, at the time where the cue before it
     * ended: a time line mistyped by hand lost a whole question. In a subtitle file the line before a time
     * line is the cue's number or name, and a number right before the next time line is that cue's; inside
     * another file only a number is (an answer "1995" is words).
     */
    private static List<Timed> timed(String text, Source source, int[] unreadable, List<String> notes) {
        List<Raw> cues = new ArrayList<>();
        List<String> lines = java.util.Arrays.asList(text.split("\n", -1));
        long last = 0;
        for (int i = 0; i < lines.size(); ) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (!lines.get(end).isBlank()
                    || !lines.get(end).isEmpty() && isTiming(lines.get(end - 1)))) {
                end++;
            }
            // WEBVTT (with YouTube's "Kind:" and "Language:" under it), NOTE, STYLE, REGION: no words of the cues
            boolean header = HEADER.matcher(lines.get(i).strip()).matches();
            int k = i;
            while (k < end && !isTiming(lines.get(k))) {
                k++;
            }
            if (header && NOTE.matcher(lines.get(i).strip()).lookingAt()) {
                // Up to a cue that follows without a blank line (its number or name, then its time line).
                int noteEnd = k < end && k - 1 > i ? k - 1 : k;
                String note = String.join(" ", lines.subList(i, noteEnd)).strip().substring(NOTE_WORD).strip();
                if (!note.isEmpty()) {
                    notes.add(note);
                }
            }
            if (!header) {
                boolean untimed = k == end;
                int id = !untimed && k > i && (source == Source.FILE || isNumber(lines.get(k - 1))) ? k - 1 : k;
                List<String> kept = new ArrayList<>();
                for (int line = i; line < id; line++) {
                    if (!looksLikeATime(lines.get(line)) && !(source == Source.FILE && cutShortTime(lines, line, i))) {
                        kept.add(lines.get(line));
                    }
                }
                unreadable[0] += id - i - kept.size(); // time lines too damaged to read: counted, to be said
                List<String> words = kept.stream().filter(l -> !(untimed && isNumber(l))).toList();
                if (words.stream().anyMatch(l -> !l.isBlank())) {
                    cues.add(new Raw(last, last, words, false));
                }
            }
            while (k < end) {
                Matcher timing = TIMING.matcher(lines.get(k));
                timing.matches();
                int next = k + 1;
                while (next < end && !isTiming(lines.get(next))) {
                    next++;
                }
                int textEnd = source == Source.FILE && next < end && next - 1 > k && isNumber(lines.get(next - 1))
                        ? next - 1 : next;
                long start = millis(timing.group(1));
                long stop = timing.group(2) == null ? start : Math.max(start, millis(timing.group(2)));
                List<String> words = new ArrayList<>();
                String after = timing.group(3);
                if (!SETTINGS.matcher(after).matches()) {
                    words.add(after.strip()); // "00:00:01 --> 00:00:04 Jan: Hallo daar", on one line
                }
                words.addAll(lines.subList(k + 1, textEnd));
                if (!words.isEmpty()) {
                    cues.add(new Raw(start, stop, List.copyOf(words), true));
                }
                last = Math.max(last, stop);
                k = next;
            }
            i = end;
        }
        if (cues.stream().anyMatch(c -> c.lines().stream().anyMatch(l -> KARAOKE.matcher(l).find()))) {
            withoutRolledLines(cues);
        }
        // Text without a time line of its own (a title above the cues) has no name on a line of its own.
        return cues.stream().map(c -> new Timed(c.start(), c.stop(), said(c.lines(), c.timed()), c.timed())).toList();
    }

    /**
     * Rolling captions (YouTube's own): each cue repeats the line the cue before it ended with above its new
     * one, and a cue of ten milliseconds holds only that line. Every line was imported two or three times.
     */
    private static void withoutRolledLines(List<Raw> cues) {
        String before = null;
        for (int i = 0; i < cues.size(); i++) {
            Raw cue = cues.get(i);
            List<String> kept = new ArrayList<>(cue.lines());
            List<String> plain = kept.stream().map(SubtitleText::plain).toList();
            int first = 0;
            while (first < plain.size() && plain.get(first).isEmpty()) {
                first++;
            }
            String last = plain.stream().filter(l -> !l.isEmpty()).reduce((x, y) -> y).orElse(null);
            if (before != null && first < plain.size() && plain.get(first).equals(before)) {
                kept.remove(first);
                cues.set(i, new Raw(cue.start(), cue.stop(), kept, cue.timed()));
            }
            if (last != null) {
                before = last;
            }
        }
    }

    /**
     * A cue's time line whose times can be: minutes and seconds under 60 ("99:99:99.999" was read as a hundred
     * hours and more, and the marks after it ran on from there).
     */
    private static boolean isTiming(String line) {
        Matcher timing = TIMING.matcher(line);
        return timing.matches() && readable(timing.group(1)) && (timing.group(2) == null || readable(timing.group(2)));
    }

    private static boolean readable(String time) {
        Matcher parts = PARTS.matcher(time.strip());
        return parts.matches() && Integer.parseInt(parts.group(2)) < 60 && Integer.parseInt(parts.group(3)) < 60;
    }

    private static boolean isNumber(String line) {
        return line.strip().matches("\\d+");
    }

    /** A time line too damaged to read ("00:00:17 -> 20"), not to be kept as words. */
    private static boolean looksLikeATime(String line) {
        return (line.contains("->") || line.contains("→")) && line.matches(".*\\d.*");
    }

    /**
     * The start of a subtitle file's time line and nothing else, hours, minutes and seconds written out as such a
     * line writes them: "00:00:15,8", "00:00:15,800 --", "00:00:1". Not a time said ("10:30").
     */
    private static final Pattern CUT_TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{1,2}(?:[.,]\\d{0,3})?"
            + "(?:[ \\t]{0,4}[-–—]{1,3}>?[ \\t]{0,4}[\\d:.,]{0,12})?");
    /** No time line cut short is longer. */
    private static final int LONGEST_CUT_TIME = 40;

    /**
     * Whether line {@code at} of a subtitle file is a time line cut short, where a cue's time line stands: first in
     * its cue, or under the cue's number (QA: a file cut off after "4\n00:00:15,8" ended with those as words).
     */
    private static boolean cutShortTime(List<String> lines, int at, int cueStart) {
        String line = lines.get(at);
        return line.length() <= LONGEST_CUT_TIME && CUT_TIME.matcher(line.strip()).matches()
                && (at == cueStart || isNumber(lines.get(at - 1)));
    }

    /**
     * A cue's lines as what each person says. In a cue with voice tags only a voice tag starts the next (a line
     * "Let op: ..." in Jan's cue is Jan's). Otherwise a label opens the cue ("Jan: words", "Jan:" alone, or in the
     * old Teams layout inside another file the bare name), and a later line's label starts the next person's
     * words only if it is a speaker elsewhere (decided in {@link #cues}).
     */
    private static List<Said> said(List<String> lines, boolean timed) {
        List<Said> said = new ArrayList<>();
        Said current = new Said(null);
        said.add(current);
        boolean voiced = lines.stream().anyMatch(l -> VOICE.matcher(l).find());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (voiced) {
                Matcher voice = VOICE.matcher(line);
                int from = 0;
                while (voice.find()) {
                    current.add(line.substring(from, voice.start()));
                    current = new Said(voice.group(1).strip());
                    said.add(current);
                    from = voice.end();
                }
                current.add(line.substring(from));
                continue;
            }
            String plain = plain(line);
            // Closed captions mark a change of speaker with ">>", before a name or not (Rev: ">> HENK: Ja.").
            String unmarked = plain.startsWith(CHANGE_OF_SPEAKER) ? plain.substring(2).strip() : plain;
            Matcher named = NAMED.matcher(unmarked);
            Matcher alone = NAMED_ALONE.matcher(unmarked);
            if (named.matches()) {
                current = new Said(named.group(1).strip(), i == 0, false);
                said.add(current);
                current.addPlain(named.group(2).strip());
            } else if (i == 0 && lines.size() > 1 && alone.matches()) {
                current = new Said(alone.group(1).strip(), true, false);
                said.add(current);
            } else if (i == 0 && timed && lines.size() > 1 && nameAlone(plain)) {
                current = new Said(plain, true, true);
                said.add(current);
            } else {
                current.addPlain(plain);
            }
        }
        return said;
    }

    /**
     * A cue's first line that may be a name on its own line: short, a few words, not a sentence. Teams adds to a
     * name in brackets ("Bakker, Els (Extern)", "Piet Jansen (Guest)") and writes initials ("Bakker, E.J."):
     * their ")" and "." end no sentence (QA: such a person's words went to the one before, name and all).
     */
    private static boolean nameAlone(String line) {
        if (line.isEmpty() || line.length() > 48 || line.split(" ").length > 6 || line.endsWith(",")
                || line.contains(": ") || "-–—".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        String name = NAME_ADDITION.matcher(line).replaceFirst("");
        return !name.isEmpty() && (INITIALS_AT_END.matcher(name).find() || !SpeakerTurnDetector.endsASentence(name));
    }

    /** A name's addition in brackets at its end: " (Extern)", " (Guest)", " (Piet)". */
    private static final Pattern NAME_ADDITION = Pattern.compile("\\s+\\([^()]{1,30}\\)$");
    /** Initials at a name's end: "E.J.", "P.". */
    private static final Pattern INITIALS_AT_END = Pattern.compile("(?<!\\p{L})(\\p{Lu}\\.)+$");

    /**
     * The cues, one per person speaking in each. A label on a cue's first line is a speaker when it is written
     * as labels are, or when it opens at least two cues (Zoom's names, whatever they look like); a bare name
     * on its own line (the old Teams layout) when most cues open so; any label on a first line when most cues
     * open with one (Zoom's layout); a label on a later line only when it is a speaker by those rules; a label
     * the user named ({@code known}, compared as {@link #key}) on any line. Otherwise a label's words are the
     * text they were.
     */
    private static List<Cue> cues(List<Timed> timed, Set<String> known, Set<String> speakers, Source source) {
        Map<String, Integer> opens = new HashMap<>();
        int bare = 0;
        int twoLines = 0;
        for (Timed t : timed) {
            for (Said s : t.said()) {
                if (s.named != null && s.first) {
                    opens.merge(s.named, 1, Integer::sum);
                    bare += s.bare ? 1 : 0;
                }
            }
            twoLines += t.said().stream().anyMatch(s -> s.bare) || t.said().size() > 1 ? 1 : 0;
        }
        // Zoom's layout: most cues open with "Name: words"; then each such name is one, however written and
        // said once or not ("kees" who says one thing).
        long labelled = timed.stream().filter(t -> t.said().stream().anyMatch(s -> s.named != null && s.first
                && !s.bare)).count();
        long spoken = timed.stream().filter(t -> t.said().stream().anyMatch(s -> !s.words.isEmpty())).count();
        boolean labelledCues = labelled >= 3 && labelled * 10 >= spoken * 6;
        Set<String> names = new java.util.HashSet<>();
        for (Timed t : timed) {
            t.said().stream().filter(s -> s.named != null && s.first && !s.bare).map(s -> s.named)
                    .filter(n -> LABEL.matcher(n).matches() || n.split(" ").length <= 6
                            && (labelledCues || opens.get(n) >= 2))
                    .filter(n -> !SpeakerTurnDetector.neverASpeaker(SpeakerTurnDetector.key(n)))
                    .forEach(names::add);
        }
        // Labels the user named are speakers on any line (a shared cue's "marieke: Ja, echt.").
        timed.forEach(t -> t.said().stream().filter(s -> s.named != null && known.contains(SpeakerTurnDetector.key(s.named)))
                .forEach(s -> names.add(s.named)));
        // The old Teams layout: most cues open with a name on its own line; then each is one, said once or not.
        // A subtitle file of its own breaks its cues' lines anywhere, so a first line without a full stop is no
        // name there unless it is written as one and opens several cues (QA: a .vtt with each cue's speaker on
        // its first line imported without speakers).
        Set<String> bareNames = source == Source.INSIDE
                ? (bare >= 3 && 2 * bare >= twoLines ? bareLabels(timed, name -> true) : Set.of())
                : repeatedBareNames(timed, opens, twoLines);
        List<Cue> cues = new ArrayList<>();
        for (Timed t : timed) {
            String voice = null;
            StringBuilder words = new StringBuilder();
            for (Said s : t.said()) {
                boolean label = s.named != null && (s.bare ? bareNames.contains(s.named) : names.contains(s.named));
                if (s.voice != null || label) { // a new speaker within the cue: what came before is theirs
                    add(cues, t, voice, words);
                    voice = s.voice != null ? s.voice : s.named;
                    words.setLength(0);
                } else if (s.named != null) {
                    join(words, s.asWords());
                }
                join(words, s.words.toString());
            }
            add(cues, t, voice, words);
        }
        cues.stream().map(Cue::speaker).filter(java.util.Objects::nonNull).forEach(speakers::add);
        return cues;
    }

    /** The names alone on cues' first lines that pass {@code kept}. */
    private static Set<String> bareLabels(List<Timed> timed, java.util.function.Predicate<String> kept) {
        Set<String> names = new java.util.HashSet<>();
        for (Timed t : timed) {
            t.said().stream().filter(s -> s.bare && kept.test(s.named)).forEach(s -> names.add(s.named));
        }
        return names;
    }

    /**
     * How many cues names alone on their first lines must open, together, in a subtitle file: a short file of
     * ordinary subtitles can repeat two first lines twice ("Dank je wel", "Weet je"; review).
     */
    private static final int MIN_BARE_NAMED = 6;

    /**
     * In a subtitle file: the names alone on cues' first lines that are written as labels and open at least two
     * cues, when there are two such names or more, they open {@link #MIN_BARE_NAMED} cues or more, and those are
     * most of the cues of two lines or more (ordinary subtitles repeat a first line now and then, not in most cues).
     */
    private static Set<String> repeatedBareNames(List<Timed> timed, Map<String, Integer> opens, int twoLines) {
        Set<String> repeated = bareLabels(timed, n -> opens.get(n) >= 2 && LABEL.matcher(n).matches()
                && !SpeakerTurnDetector.neverASpeaker(SpeakerTurnDetector.key(n)));
        int opened = repeated.stream().mapToInt(opens::get).sum();
        return repeated.size() >= 2 && opened >= MIN_BARE_NAMED && 2 * opened >= twoLines ? repeated : Set.of();
    }

    /** Words after words, a space between (none doubled). */
    private static void join(StringBuilder words, String more) {
        if (more.isEmpty()) {
            return;
        }
        if (!words.isEmpty() && words.charAt(words.length() - 1) != ' ') {
            words.append(' ');
        }
        words.append(more);
    }

    private static void add(List<Cue> cues, Timed t, String speaker, StringBuilder words) {
        String said = words.toString().strip();
        if (!said.isEmpty()) {
            cues.add(new Cue(t.start(), t.end(), speaker, said));
        }
    }

    /** A line's words as read: without tags, entities decoded, a line break in a cue a space. */
    private static String plain(String written) {
        return entities(TAG.matcher(BREAK.matcher(written).replaceAll(" ")).replaceAll("")).strip()
                .replaceAll("\\s{2,}", " ");
    }

    private static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&amp;", "&");
    }

    /** A time as {@link #TIME} reads it, in milliseconds. */
    private static long millis(String time) {
        Matcher m = PARTS.matcher(time);
        if (!m.matches()) {
            throw new IllegalArgumentException(time);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long fraction = m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "00").substring(0, 3));
        return ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000 + fraction;
    }

    /**
     * How subtitles inside another file are laid out: as a subtitle file's when they open with "WEBVTT" (a .vtt
     * saved as .txt or pasted into Word), whose line before a time line is the cue's name (Teams writes
     * "0a1b2c3d-1/12-0"); else as the old Teams transcript in Word, where only a number is.
     */
    static Source layoutInside(String text) {
        String opening = text.substring(0, Math.min(text.length(), 200)).replace("\uFEFF", "").stripLeading();
        return opening.startsWith("WEBVTT") ? Source.FILE : Source.INSIDE;
    }

    /** A SubViewer (.sbv) cue's time line: its start and end with a comma between, on a line of their own. */
    private static final Pattern SBV_TIMES = Pattern.compile("(?m)^[ \\t]*(" + TIME + ")[ \\t]*,[ \\t]*(" + TIME
            + ")[ \\t]*$");

    /**
     * A SubViewer file (YouTube's .sbv) as the cues of a SubRip file: each time line "0:00:01.000,0:00:04.000" written
     * "0:00:01.000 --> 0:00:04.000" (the transcript is written afresh from the cues, so no position in the file counts).
     */
    static String sbvTimesAsArrows(String sbv) {
        return SBV_TIMES.matcher(sbv).replaceAll("$1 --> $2");
    }

    /**
     * Whether a text of another format is subtitles inside (a WebVTT file saved as .txt, the old Teams
     * transcript in Word: "0:0:7.13 --> 0:0:13.0", the name, the words): a sixth of its lines or more are cue
     * times, and at least three.
     */
    static boolean shaped(String text) {
        // A text with fewer than three arrows has fewer than three cue times: known with indexOf alone, which the
        // JVM runs over many characters at once (the line scan below was a fifth of importing a plain text).
        if (countedUpTo(3, text, '>') + countedUpTo(3, text, '→') < 3) {
            return false;
        }
        // Line by line in place, the cue-time pattern only on a line with an arrow: splitting the text with a
        // pattern and matching every line took three fifths of reading a plain .txt (bench-import, issue 24).
        int times = 0;
        int lines = 0;
        java.util.regex.Matcher timing = TIMING.matcher(text);
        for (int start = 0, n = text.length(); start <= n; ) {
            int end = start;
            boolean arrow = false;
            boolean blank = true;
            for (char c; end < n && (c = text.charAt(end)) != '\n' && c != '\r'; end++) {
                arrow |= c == '>' || c == '→';
                blank &= Character.isWhitespace(c);
            }
            if (!blank) {
                lines++;
                times += arrow && timing.region(start, end).matches() ? 1 : 0;
            }
            start = end + 1;
        }
        return times >= 3 && times * 6 >= lines;
    }

    /** How many times {@code c} is in the text, counted up to {@code limit}. */
    private static int countedUpTo(int limit, String text, char c) {
        int count = 0;
        for (int at = text.indexOf(c); at >= 0 && count < limit; at = text.indexOf(c, at + 1)) {
            count++;
        }
        return count;
    }
}
