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
    /** The model's spacing: between factors of one band, between bands, and between the factors and the core. */
    static final double MODEL_ROW_GAP = 12;
    static final double MODEL_BAND_GAP = 30;
    static final double MODEL_COLUMN_GAP = 130;

    private DiagramLayout() {
    }

    /** Top-left corners for {@code codeIds} (frames get none), given the relations between them. */
    public static Map<String, double[]> layered(Project project, List<String> codeIds, List<Relation> relations) {
        return layered(project, codeIds, relations, false);
    }

    /**
     * The same, for boxes that list their sub-codes inside when {@code subCodesInside} (so taller), each
     * box as tall as {@link DrawnDiagram} draws it.
     */
    public static Map<String, double[]> layered(Project project, List<String> codeIds, List<Relation> relations,
                                                boolean subCodesInside) {
        CodeTreeOrder order = new CodeTreeOrder(project);
        Set<String> shown = new HashSet<>(codeIds);
        Map<String, Integer> ports = portsOnASide(relations);
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
        List<String> bandOrder = bands(project, order, placed.stream().map(order::band).distinct().toList(), relations);
        Comparator<String> reading = Comparator.comparingInt((String id) -> bandOrder.indexOf(order.band(id)))
                .thenComparingInt(order::position);
        byColumn.forEach(column -> column.sort(reading));

        Map<String, double[]> corners = new LinkedHashMap<>();
        double[] heights = new double[columns];
        // Arrows between codes of one column run in lanes left of it: room for them before the column.
        int[] lanes = new int[columns];
        for (Relation r : relations) {
            Integer from = toEnd.get(r.sourceCodeId());
            if (from != null && from.equals(toEnd.get(r.targetCodeId()))) {
                lanes[columns - 1 - from]++;
            }
        }
        double x = MARGIN;
        for (int c = 0; c < columns; c++) {
            x += DrawnDiagram.LANE_GAP * lanes[c];
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
                y += height(project, id, shown, ports, subCodesInside);
                List<String> lines = subCodesInside ? DrawnDiagram.lines(project, id, shown) : List.of();
                widest = Math.max(widest, DrawnDiagram.boxWidth(DrawnDiagram.label(name(project, id), !lines.isEmpty()),
                        lines));
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

    /**
     * The thesis model's layout: the factors in one column, the core category to their right, level with
     * the column's middle. Factors come band by band (a band is a top-level category, such as the demand
     * side, the social team and the supply side) in the codebook's own order, except that bands related to
     * each other are put next to each other: a band related to two others (a mediator) comes between them.
     * Left of the column there is room for the lanes of arrows between factors.
     */
    public static Map<String, double[]> model(Project project, List<String> factorIds, String coreId,
                                              List<Relation> relations) {
        CodeTreeOrder order = new CodeTreeOrder(project);
        List<String> codebook = project.codes().stream().map(Code::id).toList();
        List<String> bands = bands(project, order, factorIds.stream().map(order::band).distinct().toList(), relations);
        List<String> column = new ArrayList<>();
        for (String band : bands) {
            factorIds.stream().filter(id -> order.band(id).equals(band))
                    .sorted(Comparator.comparingInt(codebook::indexOf)).forEach(column::add);
        }
        Set<String> shown = new HashSet<>(factorIds);
        shown.add(coreId);
        // The factors' right sides hold their arrows into the core; their left sides the links between factors.
        Map<String, Integer> left = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        for (Relation r : relations) {
            if (shown.contains(r.sourceCodeId()) && shown.contains(r.targetCodeId())) {
                if (r.targetCodeId().equals(coreId)) {
                    right.merge(r.sourceCodeId(), 1, Integer::sum);
                    left.merge(coreId, 1, Integer::sum);
                } else if (!r.sourceCodeId().equals(coreId)) {
                    left.merge(r.sourceCodeId(), 1, Integer::sum);
                    left.merge(r.targetCodeId(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> ports = new HashMap<>(left);
        right.forEach((id, n) -> ports.merge(id, n, Math::max));
        long between = relations.stream().filter(r -> shown.contains(r.sourceCodeId())
                && shown.contains(r.targetCodeId()) && !r.targetCodeId().equals(coreId)
                && !r.sourceCodeId().equals(coreId)).count();
        boolean labelled = DrawnDiagram.labelled(relations);
        // Room on the left for the lanes of arrows between factors, and for their labels when they have some.
        double x = MARGIN + DrawnDiagram.LANE_GAP * between + (labelled && between > 0 ? 140 : 0);
        double y = MARGIN;
        double widest = 0;
        Map<String, double[]> corners = new LinkedHashMap<>();
        String previous = null;
        for (String id : column) {
            if (previous != null) {
                y += order.band(previous).equals(order.band(id)) ? MODEL_ROW_GAP : MODEL_BAND_GAP;
            }
            corners.put(id, new double[] {x, y});
            List<String> lines = DrawnDiagram.lines(project, id, shown);
            y += height(project, id, shown, ports, true);
            widest = Math.max(widest, DrawnDiagram.boxWidth(DrawnDiagram.label(name(project, id), !lines.isEmpty()),
                    lines));
            previous = id;
        }
        double coreX = x + widest + MODEL_COLUMN_GAP + (labelled ? 140 : 0);
        double coreHeight = height(project, coreId, shown, ports, true);
        corners.put(coreId, new double[] {coreX, Math.max(MARGIN, (MARGIN + y) / 2 - coreHeight / 2)});
        return corners;
    }

    /**
     * The bands (top-level categories) in the codebook's own order, changed only to bring bands that the
     * codebook relates to each other (or the diagram's relations do) next to each other; relations with the
     * core category, which every band has, say nothing about the order.
     */
    private static List<String> bands(Project project, CodeTreeOrder order, List<String> bands, List<Relation> shown) {
        List<String> codebook = project.codes().stream().map(Code::id).toList();
        List<String> inOrder = bands.stream().sorted(Comparator.comparingInt(codebook::indexOf)).toList();
        List<String[]> links = new ArrayList<>();
        Set<String> present = new HashSet<>(bands);
        java.util.stream.Stream.concat(project.relations().stream(), shown.stream()).distinct().forEach(r -> {
            boolean core = isCore(project, r.sourceCodeId()) || isCore(project, r.targetCodeId());
            String a = order.band(r.sourceCodeId());
            String b = order.band(r.targetCodeId());
            if (!core && !a.equals(b) && present.contains(a) && present.contains(b)) {
                links.add(new String[] {a, b});
            }
        });
        return BandOrder.seriated(inOrder, links);
    }

    private static boolean isCore(Project project, String codeId) {
        return project.code(codeId).map(c -> c.phase() == nl.veldwerk.model.Phase.SELECTIVE).orElse(false);
    }

    /** How tall a code's box is drawn: its listed sub-codes, and the arrows meeting one of its sides. */
    private static double height(Project project, String id, Set<String> shown, Map<String, Integer> ports,
                                 boolean subCodesInside) {
        int lines = subCodesInside ? DrawnDiagram.lines(project, id, shown).size() : 0;
        return DrawnDiagram.boxHeight(DrawnDiagram.label(name(project, id), lines > 0), lines,
                ports.getOrDefault(id, 0));
    }

    /** For each code, the most arrows that can meet one side of its box: the more of its ins and its outs. */
    static Map<String, Integer> portsOnASide(List<Relation> relations) {
        Map<String, Integer> in = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (Relation r : relations) {
            out.merge(r.sourceCodeId(), 1, Integer::sum);
            in.merge(r.targetCodeId(), 1, Integer::sum);
        }
        Map<String, Integer> most = new HashMap<>(in);
        out.forEach((id, n) -> most.merge(id, n, Math::max));
        return most;
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
