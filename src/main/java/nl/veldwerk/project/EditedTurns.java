package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.SpeakerTurn;

/**
 * The turns of a text edited by hand, split where a line new since the edit began opens with the label of one of
 * the document's speakers inside another speaker's turn ("Interviewer: Waarom?" typed or pasted in an answer).
 */
public final class EditedTurns {
    private EditedTurns() {
    }

    /** {@code turns} over {@code text}, split so; the same list when no line asks for it. */
    public static List<SpeakerTurn> split(List<SpeakerTurn> turns, String before, String text) {
        Set<String> speakers = new LinkedHashSet<>();
        turns.forEach(t -> speakers.add(t.speaker()));
        // The label lines there were when the edit began, each as often as it was there.
        Map<String, Integer> old = new HashMap<>();
        forEachLabelLine(before, speakers, (line, start, speaker) -> old.merge(line, 1, Integer::sum));
        List<int[]> splits = new ArrayList<>(); // {line start, index of the speaker in speakers}
        List<String> names = List.copyOf(speakers);
        forEachLabelLine(text, speakers, (line, start, speaker) -> {
            Integer had = old.get(line);
            if (had != null && had > 0) {
                old.put(line, had - 1);
            } else {
                splits.add(new int[] {start, names.indexOf(speaker)});
            }
        });
        if (splits.isEmpty()) {
            return turns;
        }
        List<SpeakerTurn> result = new ArrayList<>(turns);
        boolean changed = false;
        for (int[] split : splits) {
            String speaker = names.get(split[1]);
            for (int i = 0; i < result.size(); i++) {
                SpeakerTurn t = result.get(i);
                if (t.start() < split[0] && split[0] < t.end() && !t.speaker().equals(speaker)) {
                    result.set(i, t.withRange(t.start(), split[0]));
                    result.add(i + 1, new SpeakerTurn(speaker, split[0], t.end(), null));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? result : turns;
    }

    private interface LabelLine {
        void found(String line, int start, String speaker);
    }

    /** Each line of {@code text} that opens with "Speaker:" for one of {@code speakers} (the longest that fits). */
    private static void forEachLabelLine(String text, Set<String> speakers, LabelLine found) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String speaker = null;
            for (String s : speakers) {
                if (text.startsWith(s + ":", start) && (speaker == null || s.length() > speaker.length())) {
                    speaker = s;
                }
            }
            if (speaker != null) {
                found.found(text.substring(start, end), start, speaker);
            }
            start = end + 1;
        }
    }
}
