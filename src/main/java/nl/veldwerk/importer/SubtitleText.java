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
 * characters), written "[00:01:23] Speaker: text" so that the turn detector,
 * the reader and a later re-import see the same layout. A speaker comes from a WebVTT voice tag
 * ({@code <v Jordan Lee>}) or a label before a colon ("Jordan Lee: text", Whisper's "[SPEAKER_00]: text"), and
 * is taken as written: Zoom names a phone dialling in "+31 6 1234 5678" and a guest "marieke", Teams a speaker
 * "UU: Pieter Jansen" ({@link Read#speakers} tells the turn detector so). A cue in which two people speak (two
 * voice tags, or a second labelled line) is split between them. Cues without a speaker are gathered into
 * paragraphs in the same way. A cue whose time line cannot be read keeps its text, at the time of the cue
 * before it; only the formats' own tags are taken out ("&lt;gelach&gt;" and "&lt;1500 euro" are text).
 */
final class SubtitleText {
    /** "00:01:23,456", "01:23.456", "00:00:17:000", and old Teams' "0:0:7.13" and "0:0:13". */
    private static final String TIME = "((?:\\d{1,2}:)?\\d{1,2}:\\d{1,2}(?:[.,:]\\d{1,3})?)";
    private static final Pattern PARTS = Pattern.compile(
            "(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{1,2})(?:[.,:](\\d{1,3}))?");
    /**
     * A cue's times; the end may be missing (a cut-off or hand-made file): the cue is kept, not dropped. A
     * colon before the milliseconds and a short or long arrow are read too (hand-edited files).
     */
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*(?:-{1,3}>|–>|—>|→)\\s*(?:" + TIME
            + ")?.*$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]+)>");
    /** The formats' own tags: styling, voices, classes and WebVTT's karaoke times; anything else is text. */
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:c|i|b|u|v|lang|ruby|rt|font)(?:[.\\s][^<>]*)?>"
            + "|<(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}>");
    /** WebVTT's time of a word within a cue ("welkom<00:00:00.880><c> bij</c>"), as rolling captions have. */
    private static final Pattern KARAOKE = Pattern.compile("<(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}>");
    /** A label as a transcript writes one: capitalised words or a code ("Jordan Lee", "SPEAKER_00"). */
    private static final Pattern LABEL = Pattern.compile(
            "^\\[?(\\p{Lu}[\\p{L}\\d.'’_-]*(?: [\\p{L}\\d.'’_-]+){0,3})]?\\s*:\\s+(.*)$");
    /** Any short text before a colon: a speaker if it opens several cues, as Zoom writes every name. */
    private static final Pattern NAMED = Pattern.compile("^\\[?([^:\\[\\]]{1,48}?)]?\\s*:\\s+(.*)$");
    private static final Pattern HEADER = Pattern.compile("^(?:WEBVTT|NOTE|STYLE|REGION)\\b.*");
    private static final long PAUSE = 2_000;
    private static final int PARAGRAPH = 600;

    private SubtitleText() {
    }

    /** The transcript text, and the speakers it names as the subtitles named them. */
    record Read(String text, List<String> speakers, boolean timed) {
    }

    private record Cue(long start, long end, String speaker, String text) {
    }

    /** What one person says in a cue; {@code named} is a label read off a line, not yet taken as a speaker. */
    private static final class Said {
        final String voice;
        final String named;
        /** The label was a line of its own (old Teams: the name, then the words), not "Name: words". */
        final boolean alone;
        final StringBuilder words = new StringBuilder();

        Said(String voice, String named) {
            this(voice, named, false);
        }

        Said(String voice, String named, boolean alone) {
            this.voice = voice;
            this.named = named;
            this.alone = alone;
        }

        void add(String text) {
            String line = entities(TAG.matcher(text).replaceAll("")).strip();
            if (!line.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(line);
            }
        }
    }

    /** A cue's times and what is said in it; {@code timed} false for text kept without a time line of its own. */
    private record Timed(long start, long end, List<Said> said, boolean timed) {
    }

    /** As {@link #of}, the text alone. */
    static String read(String subtitles) {
        return of(subtitles).text();
    }

    /**
     * The transcript text of a subtitle file's text, its cues in the order of their times (as a player shows
     * them; a file whose cues are out of order would otherwise get marks that run backwards).
     */
    static Read of(String subtitles) {
        List<Timed> timed = timed(subtitles.replace("\r\n", "\n").replace('\r', '\n'));
        Set<String> speakers = new LinkedHashSet<>();
        List<Cue> cues = cues(timed, speakers);
        cues.sort(java.util.Comparator.comparingLong(Cue::start)); // stable: cues of one time keep their order
        StringBuilder out = new StringBuilder();
        Cue open = null;
        StringBuilder turn = new StringBuilder();
        // Every mark with as many digits as the file's cues need, so they read alike.
        int digits = TimeMarks.digitsFor(cues.stream().map(Cue::start).toList());
        for (Cue cue : cues) {
            // A speaker's cues in a row make one paragraph, until a pause or the paragraph grows long: then a
            // new one with its own time mark, so a long turn can still be played from near where it is read.
            boolean same = open != null && java.util.Objects.equals(open.speaker(), cue.speaker())
                    && cue.start() - open.end() < PAUSE && turn.length() < PARAGRAPH;
            if (!same) {
                flush(out, open, turn, digits);
                open = cue;
                turn.setLength(0);
            } else {
                open = new Cue(open.start(), Math.max(open.end(), cue.end()), open.speaker(), open.text());
                turn.append(' ');
            }
            turn.append(cue.text());
        }
        flush(out, open, turn, digits);
        return new Read(out.toString(), List.copyOf(speakers), timed.stream().anyMatch(Timed::timed));
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
     * The cues of the file: runs of lines between blank lines, split where a time line starts a cue (a file
     * without blank lines between its cues). A run without a time line that is not a header keeps its text,
     * at the time where the cue before it ended: a time line mistyped by hand lost a whole question.
     */
    private static List<Timed> timed(String text) {
        List<Raw> cues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        long last = 0;
        for (int i = 0; i < lines.length; ) {
            if (lines[i].isEmpty()) {
                i++;
                continue;
            }
            int end = i;
            // Only an empty line ends a cue: YouTube's cues open with a line of one space.
            while (end < lines.length && !lines[end].isEmpty()) {
                end++;
            }
            // WEBVTT (with YouTube's "Kind:" and "Language:" under it), NOTE, STYLE, REGION: no words of the cues
            boolean header = HEADER.matcher(lines[i].strip()).matches();
            List<String> before = new ArrayList<>();
            int k = i;
            while (k < end && !TIMING.matcher(lines[k]).matches()) {
                before.add(lines[k++]);
            }
            if (header) {
                before.clear();
            }
            if (k == end) { // no time line at all
                List<String> words = before.stream().filter(l -> !isNumber(l) && !looksLikeATime(l)).toList();
                if (!words.isEmpty()) {
                    cues.add(new Raw(last, last, words, false));
                }
                i = end;
                continue;
            }
            if (before.size() > 1) { // text before the cue's id (its number, or a WebVTT identifier)
                cues.add(new Raw(last, last, before.subList(0, before.size() - 1), false));
            }
            while (k < end) {
                Matcher timing = TIMING.matcher(lines[k]);
                timing.matches();
                int next = k + 1;
                while (next < end && !TIMING.matcher(lines[next]).matches()) {
                    next++;
                }
                int textEnd = next < end && next - 1 > k && isNumber(lines[next - 1]) ? next - 1 : next;
                long start = millis(timing.group(1));
                long stop = timing.group(2) == null ? start : Math.max(start, millis(timing.group(2)));
                List<String> words = List.of(lines).subList(k + 1, textEnd);
                if (!words.isEmpty()) {
                    cues.add(new Raw(start, stop, words, true));
                }
                last = Math.max(last, stop);
                k = next;
            }
            i = end;
        }
        if (cues.stream().anyMatch(c -> c.lines().stream().anyMatch(l -> KARAOKE.matcher(l).find()))) {
            withoutRolledLines(cues);
        }
        return cues.stream().map(c -> new Timed(c.start(), c.stop(), said(c.lines()), c.timed())).toList();
    }

    /** A cue's times and its lines as written. */
    private record Raw(long start, long stop, List<String> lines, boolean timed) {
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
            List<String> plain = kept.stream().map(l -> entities(TAG.matcher(l).replaceAll("")).strip()).toList();
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

    private static boolean isNumber(String line) {
        return line.strip().matches("\\d+");
    }

    /** A time line too damaged to read ("00:00:17 -> 20"), not to be kept as words. */
    private static boolean looksLikeATime(String line) {
        return (line.contains("->") || line.contains("→")) && line.matches(".*\\d.*");
    }

    /** A cue's lines as what each person says: a voice tag, or a line opening with a label, starts the next. */
    private static List<Said> said(List<String> lines) {
        List<Said> said = new ArrayList<>();
        Said current = new Said(null, null);
        said.add(current);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher voice = VOICE.matcher(line);
            int from = 0;
            boolean tagged = false;
            while (voice.find()) {
                current.add(line.substring(from, voice.start()));
                current = new Said(voice.group(1).strip(), null);
                said.add(current);
                from = voice.end();
                tagged = true;
            }
            String rest = line.substring(from);
            String plain = entities(TAG.matcher(rest).replaceAll("")).strip();
            Matcher named = tagged ? null : NAMED.matcher(plain);
            if (!tagged && i == 0 && lines.size() > 1 && nameAlone(plain)) {
                current = new Said(null, plain, true);
                said.add(current);
            } else if (named != null && named.matches()) {
                current = new Said(null, named.group(1).strip());
                said.add(current);
                current.add(named.group(2));
            } else {
                current.add(rest);
            }
        }
        return said;
    }

    /** A cue's first line that may be a name on its own line: short, a few words, not a sentence. */
    private static boolean nameAlone(String line) {
        return !line.isEmpty() && line.length() <= 48 && line.split(" ").length <= 6
                && !SpeakerTurnDetector.endsASentence(line) && !line.endsWith(",") && !line.contains(": ");
    }

    /**
     * The cues, one per person speaking in each: a label read off a line is a speaker when it is written as
     * labels are, or when it opens at least two cues (Zoom's names, whatever they look like); otherwise its
     * words are the text they were.
     */
    private static List<Cue> cues(List<Timed> timed, Set<String> speakers) {
        Map<String, Integer> opens = new HashMap<>();
        timed.forEach(t -> t.said().stream().filter(s -> s.named != null).forEach(s -> opens.merge(s.named, 1,
                Integer::sum)));
        List<Cue> cues = new ArrayList<>();
        for (Timed t : timed) {
            String voice = null;
            StringBuilder words = new StringBuilder();
            for (Said s : t.said()) {
                // A name alone on its line must open several cues: else it is a line of speech ("Ja").
                boolean label = s.named != null && (!s.alone && LABEL.matcher(s.named + ": x").matches()
                        || opens.get(s.named) >= 2 && s.named.split(" ").length <= 6);
                String who = s.named == null ? s.voice : label ? s.named : null;
                if (s.voice != null || label) { // a new speaker within the cue: what came before is theirs
                    add(cues, t, voice, words);
                    voice = who;
                    words.setLength(0);
                } else if (s.named != null) {
                    words.append(words.isEmpty() ? "" : " ").append(s.named).append(s.alone ? " " : ": ");
                }
                words.append(words.isEmpty() || words.charAt(words.length() - 1) == ' ' ? "" : " ").append(s.words);
            }
            add(cues, t, voice, words);
        }
        cues.stream().map(Cue::speaker).filter(java.util.Objects::nonNull).forEach(speakers::add);
        return cues;
    }

    private static void add(List<Cue> cues, Timed t, String speaker, StringBuilder words) {
        String said = words.toString().strip();
        if (!said.isEmpty()) {
            cues.add(new Cue(t.start(), t.end(), speaker, said));
        }
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
     * Whether a text of another format is subtitles inside (a WebVTT file saved as .txt, the old Teams
     * transcript in Word: "0:0:7.13 --> 0:0:13.0", the name, the words): a sixth of its lines or more are cue
     * times, and at least three.
     */
    static boolean shaped(String text) {
        int times = 0;
        int lines = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines++;
                times += TIMING.matcher(line).matches() ? 1 : 0;
            }
        }
        return times >= 3 && times * 6 >= lines;
    }
}
