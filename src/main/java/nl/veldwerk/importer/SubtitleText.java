package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veldwerk.model.TimeMarks;

/**
 * Subtitles (.srt from Whisper, YouTube and most players; .vtt from Zoom, Teams and YouTube) as a transcript:
 * cues of one speaker in a row become one paragraph (a new one after a pause of two seconds or some 600
 * characters), written "[00:01:23] Speaker: text" so that the turn detector,
 * the reader and a later re-import see the same layout. A speaker comes from a WebVTT voice tag
 * ({@code <v Jordan Lee>}) or a label before a colon ("Jordan Lee: text", Whisper's "[SPEAKER_00]: text").
 * Cues without a speaker are gathered into paragraphs in the same way.
 */
final class SubtitleText {
    /** A cue's times; the end may be missing (a cut-off or hand-made file): the cue is kept, not dropped. */
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s*-->\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})?.*$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[^>]*>");
    private static final Pattern LABEL = Pattern.compile(
            "^\\[?(\\p{Lu}[\\p{L}\\d.'’_-]*(?: [\\p{L}\\d.'’_-]+){0,3})]?\\s*:\\s+(.*)$");
    private static final long PAUSE = 2_000;
    private static final int PARAGRAPH = 600;

    private SubtitleText() {
    }

    private record Cue(long start, long end, String speaker, String text) {
    }

    /**
     * The transcript text of a subtitle file's text, its cues in the order of their times (as a player shows
     * them; a file whose cues are out of order would otherwise get marks that run backwards).
     */
    static String read(String subtitles) {
        List<Cue> cues = new ArrayList<>(cues(subtitles.replace("\r\n", "\n").replace('\r', '\n')));
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
                open = new Cue(open.start(), cue.end(), open.speaker(), open.text());
                turn.append(' ');
            }
            turn.append(cue.text());
        }
        flush(out, open, turn, digits);
        return out.toString();
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

    private static List<Cue> cues(String text) {
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.matches()) {
                continue; // numbers, WEBVTT, NOTE, STYLE and REGION blocks
            }
            StringBuilder words = new StringBuilder();
            String voice = null;
            int j = i + 1;
            for (; j < lines.length && !lines[j].isBlank() && !TIMING.matcher(lines[j]).matches(); j++) {
                Matcher v = VOICE.matcher(lines[j]);
                if (voice == null && v.find()) {
                    voice = v.group(1).strip();
                }
                String line = entities(TAG.matcher(lines[j]).replaceAll("")).strip();
                if (!line.isEmpty()) {
                    words.append(words.isEmpty() ? "" : " ").append(line);
                }
            }
            i = j - 1;
            String said = words.toString().strip();
            if (voice == null) {
                Matcher label = LABEL.matcher(said);
                if (label.matches()) {
                    voice = label.group(1);
                    said = label.group(2);
                }
            }
            if (!said.isEmpty()) {
                long start = millis(timing.group(1));
                long end = timing.group(2) == null ? start : Math.max(start, millis(timing.group(2)));
                cues.add(new Cue(start, end, voice, said));
            }
        }
        return cues;
    }

    private static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&amp;", "&");
    }

    /** "00:01:23,456", "00:01:23.456" or "01:23.456" in milliseconds. */
    private static long millis(String time) {
        String[] parts = time.replace(',', '.').split("[:.]");
        int n = parts.length;
        long hours = n == 4 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[n - 3]);
        long seconds = Long.parseLong(parts[n - 2]);
        long fraction = Long.parseLong((parts[n - 1] + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
    }
}
