package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veldwerk.model.SpeakerTurn;

/**
 * Which speaker's label to type next while transcribing: the document's speakers (its turns, then the
 * labels typed at the start of lines so far) taken in turn, after the one who spoke last before the caret.
 * A new transcript starts with "I" (interviewer) and "R" (respondent), as f4transkript's users type them.
 */
final class NextSpeaker {
    /** A label typed at the start of a line, after an optional time mark: "I:", "Respondent 2:". */
    private static final Pattern TYPED = Pattern.compile(
            "(?m)^[ \\t]*(?:[\\[(#][\\d:.,-]+[\\])#][ \\t]*)?(\\p{Lu}[\\p{L}\\d.'’_-]{0,30}(?: [\\p{L}\\d.'’_-]+){0,2})[ \\t]*:");
    static final List<String> DEFAULTS = List.of("I", "R");
    /** The labels that hold each default's role (English and Dutch transcription conventions). */
    private static final java.util.Map<String, Pattern> ROLES = java.util.Map.of(
            "I", Pattern.compile("(?i)i\\d*|int\\.?|interview(er|ster)?\\s*\\d*|onderzoek(er|ster)\\s*\\d*"
                    + "|researcher\\s*\\d*|moderator\\s*\\d*"),
            "R", Pattern.compile("(?i)[rbp]\\s*\\d*|resp\\.?|respondent\\s*\\d*|participant\\s*\\d*"
                    + "|deelnemer\\s*\\d*|geïnterviewde\\s*\\d*|befragte[rn]?\\s*\\d*"));

    private NextSpeaker() {
    }

    /** The labels typed at the start of lines, each once, in the order they first appear. */
    static List<String> typedLabels(String text) {
        Set<String> labels = new LinkedHashSet<>();
        Matcher m = TYPED.matcher(text);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return List.copyOf(labels);
    }

    static String after(String text, int caret, List<SpeakerTurn> turns) {
        Set<String> speakers = new LinkedHashSet<>();
        turns.forEach(t -> speakers.add(t.speaker()));
        String last = null;
        int lastAt = -1;
        for (SpeakerTurn t : turns) {
            if (t.start() < caret && t.start() >= lastAt) {
                last = t.speaker();
                lastAt = t.start();
            }
        }
        // A label that opens a turn is that turn's speaker: "I:" typed and given to the project's "Interviewer" is
        // the interviewer, not a third speaker between the two (who would then come next in turn).
        java.util.Map<Integer, String> openedBy = new java.util.HashMap<>();
        turns.forEach(t -> openedBy.put(t.start(), t.speaker()));
        Matcher m = TYPED.matcher(text);
        while (m.find()) {
            String speaker = openedBy.getOrDefault(m.start(), m.group(1));
            speakers.add(speaker);
            if (m.start(1) < caret && m.start(1) >= lastAt) {
                last = speaker;
                lastAt = m.start(1);
            }
        }
        List<String> cycle = new ArrayList<>(speakers);
        if (cycle.size() < 2) {
            // A default stands for a role: "I" is taken by "Interviewer", "R" by "R07" or "Respondent", so after
            // "Interviewer:" alone the respondent comes next, not a second interviewer called "I". A name
            // ("Ingrid") takes no role: the interviewer comes after it.
            DEFAULTS.stream().filter(d -> cycle.stream().noneMatch(known -> ROLES.get(d).matcher(known).matches()))
                    .limit(2 - cycle.size()).forEach(cycle::add);
        }
        int index = last == null ? -1 : cycle.indexOf(last);
        return cycle.get((index + 1) % cycle.size());
    }
}
