package nl.veldwerk.ui.coding;

import java.util.ArrayList;
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
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * The look of a transcript derived from its quotations (never stored as editor state): the text cut into
 * runs, each with the colours of the codes on it, and whether it is a speaker label or a time mark.
 * Overlapping codes are all kept, in the order their quotations start, so the view can show more than
 * one. Plain Java: computed in a few milliseconds for thousands of quotations and tested without a window.
 */
final class Highlights {
    /** What a run is: text, a speaker's label, a time mark, or a bracketed clock that is no time (a typing slip). */
    enum Kind { TEXT, SPEAKER, TIMESTAMP, UNREADABLE_MARK }

    /** A stretch of text that looks the same throughout. */
    record Run(int length, List<String> colors, Kind kind) {
    }

    /** Where an event's position starts in its long (texts are at most 2^25 characters long). */
    private static final int EVENT_POSITION = 38;
    /** The bit set for a start; ends come first where a quotation ends and another starts. */
    private static final int EVENT_IS_START = 37;
    private static final long EVENT_NUMBER = (1L << EVENT_IS_START) - 1;

    private Highlights() {
    }

    /** A quotation as the highlighting needs it: its range and its distinct codes, by name. */
    record Coded(int start, int end, List<String> codeIds) {
    }

    /**
     * The quotation's codes by name, not in the order they were applied: an undo and redo (which may bring
     * codings back in another order) must not change the colour a passage shows.
     */
    static Coded coded(Project p, Quotation q) {
        List<Coding> codings = p.codingsOf(q.id());
        List<String> ids = new ArrayList<>(codings.size());
        for (int i = 0; i < codings.size(); i++) {
            if (!alreadyOn(codings, i, codings.get(i).codeId())) {
                ids.add(codings.get(i).codeId());
            }
        }
        if (ids.size() > 1) {
            ids.sort(java.util.Comparator.comparing((String id) -> p.code(id).map(Code::name).orElse(""))
                    .thenComparing(id -> id));
        }
        return new Coded(q.start(), q.end(), ids);
    }

    static List<Run> of(Project p, Document d) {
        List<Coded> coded = p.quotationsOf(d.id()).stream().map(q -> coded(p, q)).toList();
        Map<String, String> colors = new java.util.HashMap<>();
        p.codes().forEach(c -> colors.put(c.id(), c.color()));
        return of(d.textLength(), coded, colors, markup(d));
    }

    static List<Run> of(int length, java.util.Collection<Coded> coded, Map<String, String> colorOf,
                        TreeMap<Integer, Kind> kinds) {
        return of(0, length, coded, colorOf, kinds);
    }

    /**
     * The runs of the stretch [from, to) only, from the quotations that overlap it: after a coding change
     * only the touched stretch is computed and restyled.
     */
    static List<Run> of(int from, int to, java.util.Collection<Coded> coded, Map<String, String> colorOf,
                        TreeMap<Integer, Kind> kinds) {
        // The codes over a passage are listed in the order their quotations over it start (the longer first of
        // two that start together; a quotation's codes by name): a rule of what covers the passage alone, so
        // a stretch computed after a coding looks exactly as the same stretch of the whole text.
        List<Coded> over = new ArrayList<>();
        for (Coded q : coded) {
            if (q.end() > q.start() && q.end() > from && q.start() < to) {
                over.add(q);
            }
        }
        over.sort(java.util.Comparator.comparingInt(Coded::start).thenComparing(java.util.Comparator
                .comparingInt(Coded::end).reversed()).thenComparing(Coded::codeIds, Highlights::byCodes));
        // One event per quotation edge and code, packed in a long so sorting is cheap: position, then ends
        // before starts at the same position, then the event's number. A start's number follows the order
        // above; each event's code, and an end's start, are looked up by number.
        List<String> codeIds = new ArrayList<>();
        Map<String, Integer> codeIndex = new java.util.HashMap<>();
        int edges = 0;
        for (Coded q : over) {
            edges += 2 * q.codeIds().size();
        }
        long[] events = new long[edges];
        int[] codeOf = new int[edges];
        int[] startOf = new int[edges];
        int n = 0;
        for (Coded q : over) {
            long start = Math.max(q.start(), from);
            long end = Math.min(q.end(), to);
            for (String codeId : q.codeIds()) {
                int index = codeIndex.computeIfAbsent(codeId, k -> {
                    codeIds.add(k);
                    return codeIds.size() - 1;
                });
                codeOf[n] = index;
                events[n] = (start << EVENT_POSITION) | (1L << EVENT_IS_START) | n;
                n++;
                codeOf[n] = index;
                startOf[n] = n - 1;
                events[n] = (end << EVENT_POSITION) | n;
                n++;
            }
        }
        java.util.Arrays.sort(events, 0, n);
        List<String> colors = codeIds.stream().map(id -> colorOf.getOrDefault(id, "#808080")).toList();
        List<Run> runs = new ArrayList<>();
        // Per code, the starts of its quotations over the position; a code is listed by the first of them.
        List<java.util.TreeSet<Integer>> startsOver = new ArrayList<>(codeIds.size());
        for (int i = 0; i < codeIds.size(); i++) {
            startsOver.add(new java.util.TreeSet<>());
        }
        List<Integer> shown = new ArrayList<>();
        Map.Entry<Integer, Kind> kindAtStart = kinds.floorEntry(from);
        Kind kind = kindAtStart == null ? Kind.TEXT : kindAtStart.getValue();
        int previous = from;
        int e = 0;
        Integer nextKind = kinds.higherKey(from);
        int length = to;
        while (previous < length) {
            long nextEvent = e < n ? events[e] >>> EVENT_POSITION : Long.MAX_VALUE;
            int at = (int) Math.min(Math.min(nextEvent, nextKind == null ? Long.MAX_VALUE : nextKind), length);
            if (at > previous) {
                shown.sort(java.util.Comparator.comparingInt(c -> startsOver.get(c).first()));
                List<String> here = new ArrayList<>(shown.size());
                shown.forEach(c -> here.add(colors.get(c)));
                append(runs, new Run(at - previous, here, kind));
                previous = at;
            }
            while (e < n && (events[e] >>> EVENT_POSITION) == at) {
                int number = (int) (events[e] & EVENT_NUMBER);
                int index = codeOf[number];
                java.util.TreeSet<Integer> starts = startsOver.get(index);
                if ((events[e] & (1L << EVENT_IS_START)) != 0) {
                    if (starts.isEmpty()) {
                        shown.add(index);
                    }
                    starts.add(number);
                } else {
                    starts.remove(startOf[number]);
                    if (starts.isEmpty()) {
                        shown.remove(Integer.valueOf(index));
                    }
                }
                e++;
            }
            if (nextKind != null && nextKind == at) {
                kind = kinds.get(at);
                nextKind = kinds.higherKey(at);
            }
            if (at == length) {
                break;
            }
        }
        return runs;
    }

    /** Two quotations over the same text in a fixed order: by their codes, one by one. */
    private static int byCodes(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean alreadyOn(List<Coding> codings, int upTo, String codeId) {
        for (int i = 0; i < upTo; i++) {
            if (codings.get(i).codeId().equals(codeId)) {
                return true;
            }
        }
        return false;
    }

    /** Where speaker labels and time marks start (their kind) and end (back to TEXT). */
    static TreeMap<Integer, Kind> markup(Document d) {
        TreeMap<Integer, Kind> kinds = new TreeMap<>();
        String text = d.text();
        for (SpeakerTurn turn : d.turns()) {
            int[] label = turn.label(text);
            if (label != null) {
                kinds.put(label[0], Kind.SPEAKER);
                kinds.putIfAbsent(label[1], Kind.TEXT);
            }
        }
        List<TimeMark> marks = TimeMarks.find(text);
        for (TimeMark mark : marks) {
            kinds.put(mark.start(), Kind.TIMESTAMP);
            kinds.put(mark.end(), Kind.TEXT);
        }
        for (TimeMarks.Unreadable slip : TimeMarks.unreadable(text, marks)) {
            kinds.put(slip.start(), Kind.UNREADABLE_MARK);
            kinds.put(slip.end(), Kind.TEXT);
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
            // Red, as a spelling checker marks a slip: it reads as text and plays nothing (QA).
            case UNREADABLE_MARK -> css.append("-fx-fill: #c0392b; -fx-font-family: monospace;");
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
