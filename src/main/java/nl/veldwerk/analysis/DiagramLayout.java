package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;

/**
 * The automatic layered layout: arrows run left to right, so each code sits in the column given by the
 * longest chain of relations from it to an end (the core category lands in the last column). Within a
 * column codes follow the codebook, band by band (one band per top-level code, e.g. demand side, the
 * social team, supply side), with room between bands and between the groups drawn as frames (a code
 * whose sub-codes are on the diagram frames them and is not placed itself). Then each column is
 * centred on the tallest one.
 */
public final class DiagramLayout {
    static final double ROW_GAP = 12;
    static final double GROUP_GAP = 60;
    static final double BAND_GAP = 56;
    static final double COLUMN_GAP = 200;
    static final double MARGIN = 40;

    private DiagramLayout() {
    }

    /** Top-left corners for {@code codeIds} (frames get none), given the relations between them. */
    public static Map<String, double[]> layered(Project project, List<String> codeIds, List<Relation> relations) {
        CodeTreeOrder order = new CodeTreeOrder(project);
        Set<String> shown = new HashSet<>(codeIds);
        Set<String> frames = frames(project, codeIds);
        List<String> placed = codeIds.stream().filter(id -> !frames.contains(id)).toList();
        Map<String, List<String>> outgoing = new HashMap<>();
        for (Relation r : relations) {
            if (shown.contains(r.sourceCodeId()) && shown.contains(r.targetCodeId())
                    && !frames.contains(r.sourceCodeId()) && !frames.contains(r.targetCodeId())) {
                outgoing.computeIfAbsent(r.sourceCodeId(), k -> new ArrayList<>()).add(r.targetCodeId());
            }
        }
        Map<String, Integer> toEnd = new HashMap<>();
        placed.forEach(id -> chainToEnd(id, outgoing, toEnd, new HashSet<>()));
        int columns = toEnd.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;

        List<List<String>> byColumn = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            byColumn.add(new ArrayList<>());
        }
        placed.forEach(id -> byColumn.get(columns - 1 - toEnd.get(id)).add(id));
        Comparator<String> reading = Comparator.comparingInt((String id) -> order.position(order.band(id)))
                .thenComparingInt(order::position);
        byColumn.forEach(column -> column.sort(reading));

        Map<String, double[]> corners = new LinkedHashMap<>();
        double[] heights = new double[columns];
        double x = MARGIN;
        for (int c = 0; c < columns; c++) {
            double y = MARGIN;
            String previous = null;
            double widest = 0;
            for (String id : byColumn.get(c)) {
                if (previous != null) {
                    y += !order.band(previous).equals(order.band(id)) ? BAND_GAP
                            : !parentOf(project, previous).equals(parentOf(project, id)) ? GROUP_GAP : ROW_GAP;
                } else if (hasFramedParent(project, id, frames)) {
                    y += GROUP_GAP; // room for the first frame's title
                }
                corners.put(id, new double[] {x, y});
                y += DrawnDiagram.BOX_HEIGHT;
                widest = Math.max(widest, DrawnDiagram.boxWidth(name(project, id)));
                previous = id;
            }
            heights[c] = y;
            x += widest + COLUMN_GAP;
        }
        double tallest = java.util.Arrays.stream(heights).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            double shift = (tallest - heights[c]) / 2;
            byColumn.get(c).forEach(id -> corners.get(id)[1] += shift);
        }
        return corners;
    }

    /** Codes with at least one of their sub-codes on the diagram: drawn as frames around them. */
    static Set<String> frames(Project project, List<String> codeIds) {
        Set<String> shown = new HashSet<>(codeIds);
        Set<String> frames = new HashSet<>();
        for (String id : codeIds) {
            for (String p = parentId(project, id); p != null; p = parentId(project, p)) {
                if (!frames.add(p)) {
                    break; // its ancestors were marked with it
                }
            }
        }
        frames.retainAll(shown);
        return frames;
    }

    private static int chainToEnd(String id, Map<String, List<String>> outgoing, Map<String, Integer> memo,
                                  Set<String> onPath) {
        Integer known = memo.get(id);
        if (known != null) {
            return known;
        }
        onPath.add(id);
        int longest = 0;
        for (String next : outgoing.getOrDefault(id, List.of())) {
            if (!onPath.contains(next)) { // a cycle is cut where it closes
                longest = Math.max(longest, 1 + chainToEnd(next, outgoing, memo, onPath));
            }
        }
        onPath.remove(id);
        memo.put(id, longest);
        return longest;
    }

    private static String parentId(Project project, String id) {
        return project.code(id).map(Code::parentId).orElse(null);
    }

    private static String parentOf(Project project, String id) {
        return project.code(id).map(Code::parentId).map(String::valueOf).orElse("");
    }

    private static boolean hasFramedParent(Project project, String id, Set<String> frames) {
        return frames.contains(parentOf(project, id));
    }

    private static String name(Project project, String id) {
        return project.code(id).map(Code::name).orElse("?");
    }
}
