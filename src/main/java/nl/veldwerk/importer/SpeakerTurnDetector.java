package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.veldwerk.model.SpeakerTurn;

/**
 * Finds speaker turns in a transcript: a line that starts with a speaker label and a colon ("A01:",
 * "Interviewer:", "I:", "R:") opens a turn that runs until the next label; lines without a label
 * continue the turn. A timestamp ("#00:01:23#", "[00:01:23]", "(01:23)") on the turn's first line gives
 * the turn's time in the recording.
 */
public final class SpeakerTurnDetector {
    /** Labels that look like a speaker: a short name or code, capitalised, at most three words. */
    private static final Pattern ANY_LABEL = Pattern.compile(
            "^(?:[ \\t]*" + "(?:[#\\[(]\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[#\\])][ \\t]*)?" + ")"
                    + "(\\p{Lu}[\\p{L}\\d.'-]*(?: [\\p{L}\\d.'-]+){0,2})[ \\t]*:(?:\\s|$)", Pattern.MULTILINE);
    private static final Pattern TIMESTAMP = nl.veldwerk.model.Timestamps.IN_TRANSCRIPT;
    /** Words that end in a colon at a line start without being a speaker ("Note:", "Opmerking:"). */
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "noot", "opmerking", "let op", "bron",
            "source", "datum", "date", "tijd", "time", "locatie", "location", "onderwerp", "subject");

    private final Set<String> labels;

    private SpeakerTurnDetector(Set<String> labels) {
        this.labels = labels;
    }

    /** Detects any label that looks like a speaker. */
    public static SpeakerTurnDetector automatic() {
        return new SpeakerTurnDetector(null);
    }

    /** Detects only the given labels (compared case-insensitively), for transcripts where guessing misfires. */
    public static SpeakerTurnDetector withLabels(List<String> labels) {
        return new SpeakerTurnDetector(labels.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public List<SpeakerTurn> detect(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        Matcher m = ANY_LABEL.matcher(text);
        String speaker = null;
        int start = 0;
        while (m.find()) {
            String label = m.group(1).strip();
            if (!accepts(label)) {
                continue;
            }
            if (speaker != null) {
                turns.add(turn(text, speaker, start, m.start()));
            }
            speaker = label;
            start = m.start();
        }
        if (speaker != null) {
            turns.add(turn(text, speaker, start, text.length()));
        }
        return turns;
    }

    private boolean accepts(String label) {
        String key = label.toLowerCase(Locale.ROOT);
        return labels == null ? !NOT_SPEAKERS.contains(key) : labels.contains(key);
    }

    private static SpeakerTurn turn(String text, String speaker, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        int lineEnd = text.indexOf('\n', start);
        String firstLine = text.substring(start, lineEnd < 0 || lineEnd > trimmedEnd ? trimmedEnd : lineEnd);
        return new SpeakerTurn(speaker, start, trimmedEnd, timestamp(firstLine));
    }

    /** The first timestamp in the line, in milliseconds, or null. */
    static Long timestamp(String line) {
        Matcher t = TIMESTAMP.matcher(line);
        if (!t.find()) {
            return null;
        }
        long hours = t.group(1) == null ? 0 : Long.parseLong(t.group(1));
        long minutes = Long.parseLong(t.group(2));
        long seconds = Long.parseLong(t.group(3));
        long millis = t.group(4) == null ? 0 : Long.parseLong((t.group(4) + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
