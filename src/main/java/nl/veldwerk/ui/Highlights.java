package nl.veldwerk.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.Timestamps;

/**
 * The look of a transcript derived from its quotations (never stored as editor state): the text cut into
 * runs, each with the colours of the codes on it, and whether it is a speaker label or a time mark.
 * Overlapping codes are all kept, in the order their quotations start, so the view can show more than
 * one. Plain Java: computed in a few milliseconds for thousands of quotations and tested without a window.
 */
final class Highlights {
    enum Kind { TEXT, SPEAKER, TIMESTAMP }

    /** A stretch of text that looks the same throughout. */
    record Run(int length, List<String> colors, Kind kind) {
    }

    private Highlights() {
    }

    static List<Run> of(Project p, Document d) {
        int length = d.text().length();
        // Boundary -> what changes there: +colour when a code starts, -colour when it ends.
        TreeMap<Integer, List<String[]>> events = new TreeMap<>();
        events.put(0, new ArrayList<>());
        events.put(length, new ArrayList<>());
        for (Quotation q : p.quotationsOf(d.id())) {
            if (q.end() <= q.start()) {
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Coding c : p.codingsOf(q.id())) {
                if (seen.add(c.codeId())) {
                    String color = p.code(c.codeId()).map(Code::color).orElse("#808080");
                    String key = q.id() + "/" + c.codeId();
                    events.computeIfAbsent(q.start(), k -> new ArrayList<>()).add(new String[] {"+", key, color});
                    events.computeIfAbsent(q.end(), k -> new ArrayList<>()).add(new String[] {"-", key, color});
                }
            }
        }
        Map<Integer, Kind> kinds = markup(d);
        kinds.keySet().forEach(at -> events.computeIfAbsent(at, k -> new ArrayList<>()));
        List<Run> runs = new ArrayList<>();
        Map<String, String> active = new LinkedHashMap<>();
        Kind kind = Kind.TEXT;
        Integer previous = null;
        for (Map.Entry<Integer, List<String[]>> e : events.entrySet()) {
            int at = Math.min(e.getKey(), length);
            if (previous != null && at > previous) {
                append(runs, new Run(at - previous, List.copyOf(new java.util.LinkedHashSet<>(active.values())), kind));
            }
            for (String[] event : e.getValue()) {
                if (event[0].equals("-")) {
                    active.remove(event[1]);
                }
            }
            for (String[] event : e.getValue()) {
                if (event[0].equals("+")) {
                    active.put(event[1], event[2]);
                }
            }
            kind = kinds.getOrDefault(at, kind);
            previous = at;
        }
        return runs;
    }

    /** Where speaker labels and time marks start (their kind) and end (back to TEXT). */
    private static Map<Integer, Kind> markup(Document d) {
        Map<Integer, Kind> kinds = new TreeMap<>();
        String text = d.text();
        for (SpeakerTurn turn : d.turns()) {
            int label = text.indexOf(turn.speaker(), turn.start());
            int colon = label < 0 ? -1 : text.indexOf(':', label);
            if (label >= 0 && colon >= 0 && colon < turn.end()) {
                kinds.put(label, Kind.SPEAKER);
                kinds.putIfAbsent(colon + 1, Kind.TEXT);
            }
        }
        Matcher m = Timestamps.IN_TRANSCRIPT.matcher(text);
        while (m.find()) {
            kinds.put(m.start(), Kind.TIMESTAMP);
            kinds.put(m.end(), Kind.TEXT);
        }
        return kinds;
    }

    /** Joins a run to the previous one when they look the same, so the view gets fewer, longer spans. */
    private static void append(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.getLast();
            if (last.colors().equals(run.colors()) && last.kind() == run.kind()) {
                runs.set(runs.size() - 1, new Run(last.length() + run.length(), last.colors(), last.kind()));
                return;
            }
        }
        runs.add(run);
    }

    /** The inline CSS of a run: the first code's colour as background, further codes as underlines. */
    static String css(Run run) {
        StringBuilder css = new StringBuilder();
        switch (run.kind()) {
            case SPEAKER -> css.append("-fx-font-weight: bold; -fx-fill: #2b5d8c;");
            case TIMESTAMP -> css.append("-fx-fill: #7a7a7a; -fx-font-family: monospace;");
            default -> { }
        }
        List<String> colors = run.colors();
        if (!colors.isEmpty()) {
            css.append("-rtfx-background-color: ").append(colors.getFirst()).append("55;");
        }
        if (colors.size() >= 2) {
            css.append("-rtfx-underline-color: ").append(colors.get(1)).append("; -rtfx-underline-width: 3;");
            if (colors.size() >= 3) {
                css.append(" -rtfx-underline-dash-array: 6 3;");
            }
        }
        return css.toString();
    }
}
