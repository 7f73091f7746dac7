package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.Weighting;

/**
 * A diagram ready to draw, the same for the window and for SVG and PNG: a box per shown code (a code whose
 * sub-codes are shown becomes a frame around them; with {@link Diagram#subCodesInside()} a code whose
 * sub-codes are not shown lists them inside its box), and an arrow per shown relation whose thickness and
 * darkness follow its weight relative to the heaviest arrow; arrows without support, or with less than a
 * fifth of the heaviest, are dashed and light.
 *
 * <p>Arrows end on a box's border at distinct points: the arrows meeting one side of a box share it out
 * evenly, in the order of where their other ends lie, so they do not cross there. An arrow to a box beside
 * its source leaves level (past the frames around its source) and then runs straight to its target; an
 * arrow between boxes stacked in one column runs round their left side in a lane of its own, so it
 * crosses no box. Each arrow's label has a place that overlaps no box and no other label.
 */
public record DrawnDiagram(List<Box> boxes, List<Arrow> arrows, Weighting weighting, double heaviest,
                           double width, double height) {
    public static final double BOX_HEIGHT = 30;
    /** The height of one listed sub-code inside a box. */
    public static final double LINE_HEIGHT = 15;
    /** The room an arrow's end needs on a box's side. */
    public static final double PORT_GAP = 22;
    /** How far from a box's top and bottom the arrows' ends keep (the corners are rounded). */
    static final double PORT_INSET = 10;
    static final double FRAME_PADDING = 12;
    static final double FRAME_TITLE = 20;
    /** How far past a frame's edge an arrow runs level before it turns towards its target. */
    static final double FRAME_GAP = 10;
    /** How far apart the lanes of arrows between boxes of one column run, left of the column. */
    public static final double LANE_GAP = 12;
    /** A label's height, and the width of a letter, at the labels' type size. */
    static final double LABEL_HEIGHT = 14;
    static final double LABEL_LETTER = 6.5;
    /** Below this share of the heaviest arrow an arrow counts as weak. */
    public static final double WEAK = 0.2;
    public static final double THINNEST = 1;
    public static final double THICKEST = 8;
    private static final int MAX_LABEL = 32;
    private static final int MAX_LINES = 8;
    /** The longest sub-code name listed inside a box before it is shortened. */
    private static final int MAX_LINE = 44;

    /**
     * A code on the diagram; a frame encloses the boxes of its shown sub-codes. {@code lines}: the sub-codes
     * listed inside the box (the label is then its title, at the top).
     */
    public record Box(String codeId, String label, String color, double x, double y, double w, double h,
                      boolean frame, List<String> lines) {
        public Box {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public Box(String codeId, String label, String color, double x, double y, double w, double h, boolean frame) {
            this(codeId, label, color, x, y, w, h, frame, List.of());
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }

        /** The same box at another place. */
        public Box at(double newX, double newY) {
            return new Box(codeId, label, color, newX, newY, w, h, frame, lines);
        }
    }

    /**
     * A relation as drawn: width and grey from its weight; its route as points {x, y, x, y, ...} from the
     * source box's border to the target box's; where its ends sit on the two borders (as shares of the
     * box's height); and where its label goes (the label's centre, on its baseline).
     */
    public record Arrow(String relationId, String sourceCodeId, String targetCodeId, RelationType type,
                        String label, double weight, double strength, double strokeWidth, String stroke,
                        boolean weak, DiagramEvidence.Evidence evidence, double[] points, double fromPort,
                        double toPort, double lane, double labelX, double labelY) {
        public double x1() {
            return points[0];
        }

        public double y1() {
            return points[1];
        }

        public double x2() {
            return points[points.length - 2];
        }

        public double y2() {
            return points[points.length - 1];
        }

        /** The same arrow along another route (its label keeps its offset from the start). */
        public Arrow along(double[] route) {
            return new Arrow(relationId, sourceCodeId, targetCodeId, type, label, weight, strength, strokeWidth,
                    stroke, weak, evidence, route, fromPort, toPort, lane, labelX + route[0] - points[0],
                    labelY + route[1] - points[1]);
        }

        /** The same arrow between the two boxes where they are now: its ends keep their places on the borders. */
        public Arrow between(Box from, Box to) {
            return along(route(from, fromPort, to, toPort, lane));
        }
    }

    /**
     * The route between two boxes, ending at {@code fromPort} and {@code toPort} (shares of each box's
     * height). When the target lies beside the source the arrow leaves the facing side, runs level to
     * {@code lane} (past the frames around its source, or past the labels' room), then straight to the
     * target's facing side. When the boxes overlap in x (one column) it leaves the source's left side,
     * runs to the lane {@code lane} left of them, along it, and into the target's left side.
     */
    public static double[] route(Box from, double fromPort, Box to, double toPort, double lane) {
        boolean right = to.x() >= from.x() + from.w();
        boolean left = to.x() + to.w() <= from.x();
        double y1 = from.y() + fromPort * from.h();
        double y2 = to.y() + toPort * to.h();
        if (!right && !left) {
            double laneX = Math.min(lane, Math.min(from.x(), to.x()) - LANE_GAP);
            return new double[] {from.x(), y1, laneX, y1, laneX, y2, to.x(), y2};
        }
        double startX = right ? from.x() + from.w() : from.x();
        double endX = right ? to.x() : to.x() + to.w();
        // The last leg keeps some length, so it still points into its target and its head has room.
        double keep = Math.min(FRAME_GAP, Math.abs(endX - startX) / 2);
        double bendX = right ? Math.clamp(lane, startX, Math.max(startX, endX - keep)) : Math.clamp(lane,
                Math.min(startX, endX + keep), startX);
        return new double[] {startX, y1, bendX, y1, endX, y2};
    }

    /** How far right (or left) an arrow from {@code source} runs level: past every frame around it but not the target's. */
    static double clearX(Map<String, Box> boxes, Project project, String source, String target, boolean right) {
        Box from = boxes.get(source);
        double clear = right ? from.x() + from.w() : from.x();
        for (Box frame : boxes.values()) {
            if (frame.frame() && project.isBelow(source, frame.codeId()) && !frame.codeId().equals(target)
                    && !project.isBelow(target, frame.codeId())) {
                clear = right ? Math.max(clear, frame.x() + frame.w() + FRAME_GAP)
                        : Math.min(clear, frame.x() - FRAME_GAP);
            }
        }
        return clear;
    }

    /** The sub-codes a box lists inside, in the codebook's order (at most eight, then how many more). */
    public static List<String> lines(Project project, String codeId, java.util.Set<String> shown) {
        List<Code> children = project.childrenOf(codeId);
        if (children.isEmpty() || children.stream().anyMatch(c -> shown.contains(c.id()))) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(children.stream().limit(MAX_LINES).map(c -> shorten(c.name(), MAX_LINE))
                .toList());
        if (children.size() > MAX_LINES) {
            lines.set(MAX_LINES - 1, "+ " + (children.size() - MAX_LINES + 1) + " …");
        }
        return lines;
    }

    /**
     * A box's height: one line for its name, one for each listed sub-code, and room for the arrows at its
     * sides, up to {@value #MOST_SPACED_PORTS} of them spaced {@link #PORT_GAP} apart (a box that many more
     * arrows meet does not grow further: their ends come closer, still distinct).
     */
    public static double boxHeight(int lines, int portsOnASide) {
        return boxHeight("", lines, portsOnASide);
    }

    /** As {@link #boxHeight(int, int)}, with a line more for a {@link #label} wrapped onto a second line. */
    public static double boxHeight(String label, int lines, int portsOnASide) {
        double content = lines == 0 ? BOX_HEIGHT + Math.max(0, label.lines().count() - 1) * LINE_HEIGHT
                : BOX_HEIGHT + 8 + lines * LINE_HEIGHT;
        return Math.max(content, (Math.min(portsOnASide, MOST_SPACED_PORTS) + 1) * PORT_GAP + 2 * PORT_INSET);
    }

    /** The most arrow ends a box grows for. */
    static final int MOST_SPACED_PORTS = 16;

    /** The codes a diagram shows (not hidden, still in the project). */
    private static List<DiagramNode> visible(Project project, Diagram diagram) {
        return diagram.nodes().stream().filter(n -> !n.hidden() && project.code(n.codeId()).isPresent()).toList();
    }

    /** The arrows a diagram draws: its relations between two codes it shows (a hidden code's are not drawn). */
    public static List<Relation> arrows(Project project, Diagram diagram) {
        java.util.Set<String> shown = new java.util.HashSet<>(visible(project, diagram).stream()
                .map(DiagramNode::codeId).toList());
        return diagram.relationIds().stream().map(project::relation).flatMap(java.util.Optional::stream)
                .filter(r -> shown.contains(r.sourceCodeId()) && shown.contains(r.targetCodeId())).toList();
    }

    public static DrawnDiagram of(Project project, Diagram diagram, DiagramEvidence evidence) {
        List<DiagramNode> visible = visible(project, diagram);
        List<String> ids = visible.stream().map(DiagramNode::codeId).toList();
        java.util.Set<String> shown = new java.util.HashSet<>(ids);
        Set<String> frames = DiagramLayout.frames(project, ids);
        List<Relation> relations = arrows(project, diagram);
        Map<String, Integer> ports = DiagramLayout.portsOnASide(relations);
        Map<String, Box> boxes = new HashMap<>();
        for (DiagramNode n : visible) {
            if (!frames.contains(n.codeId())) {
                Code code = project.code(n.codeId()).orElseThrow();
                List<String> lines = diagram.subCodesInside() ? lines(project, code.id(), shown) : List.of();
                String label = label(code.name(), !lines.isEmpty());
                boxes.put(code.id(), new Box(code.id(), label, code.color(), n.x(), n.y(), boxWidth(label, lines),
                        boxHeight(label, lines.size(), ports.getOrDefault(code.id(), 0)), false, lines));
            }
        }
        // Frames from the innermost out: each encloses the boxes (and frames) of its shown sub-codes.
        List<String> frameIds = new ArrayList<>(frames);
        frameIds.sort(Comparator.comparingInt((String id) -> depth(project, id)).reversed());
        for (String id : frameIds) {
            Code code = project.code(id).orElseThrow();
            List<Box> inside = boxes.values().stream().filter(b -> project.isBelow(b.codeId(), id)).toList();
            double minX = inside.stream().mapToDouble(Box::x).min().orElse(0) - FRAME_PADDING;
            double minY = inside.stream().mapToDouble(Box::y).min().orElse(0) - FRAME_PADDING - FRAME_TITLE;
            double maxX = inside.stream().mapToDouble(b -> b.x() + b.w()).max().orElse(0) + FRAME_PADDING;
            double maxY = inside.stream().mapToDouble(b -> b.y() + b.h()).max().orElse(0) + FRAME_PADDING;
            String title = shorten(code.name());
            double width = Math.max(maxX - minX, 2 * FRAME_PADDING + 7.5 * title.length()); // the bold title fits
            boxes.put(id, new Box(id, title, code.color(), minX, minY, width, maxY - minY, true));
        }

        List<Relation> drawn = relations.stream().filter(r -> boxes.containsKey(r.sourceCodeId())
                && boxes.containsKey(r.targetCodeId()) && !r.sourceCodeId().equals(r.targetCodeId())).toList();
        Map<String, DiagramEvidence.Evidence> found = new HashMap<>();
        double heaviest = 0;
        for (Relation r : drawn) {
            DiagramEvidence.Evidence e = evidence.of(r);
            found.put(r.id(), e);
            heaviest = Math.max(heaviest, e.weight(diagram.weighting(), r));
        }
        boolean labelled = labelled(drawn);
        ArrowRouting routing = new ArrowRouting(project, boxes, drawn, labelled);
        List<Arrow> arrows = new ArrayList<>();
        for (Relation r : drawn) {
            DiagramEvidence.Evidence e = found.get(r.id());
            double weight = e.weight(diagram.weighting(), r);
            double strength = heaviest == 0 ? 0 : weight / heaviest;
            boolean weak = weight == 0 || strength < WEAK;
            ArrowRouting.Route route = routing.route(r);
            arrows.add(new Arrow(r.id(), r.sourceCodeId(), r.targetCodeId(), r.type(), r.label(), weight, strength,
                    THINNEST + (THICKEST - THINNEST) * strength, grey(weak ? Math.min(strength, 0.15) : strength),
                    weak, e, route.points(), route.fromPort(), route.toPort(), route.lane(), route.labelX(),
                    route.labelY()));
        }
        List<Box> ordered = new ArrayList<>(boxes.values());
        // Frames first (outermost first) so they are drawn behind the boxes they enclose.
        ordered.sort(Comparator.comparing((Box b) -> !b.frame()).thenComparingInt(b -> depth(project, b.codeId()))
                .thenComparing(Box::codeId));
        double width = Math.max(ordered.stream().mapToDouble(b -> b.x() + b.w()).max().orElse(0),
                routing.rightmostLabel()) + DiagramLayout.MARGIN;
        double height = ordered.stream().mapToDouble(b -> b.y() + b.h()).max().orElse(0) + DiagramLayout.MARGIN;
        return new DrawnDiagram(List.copyOf(ordered), List.copyOf(arrows), diagram.weighting(), heaviest, width,
                height);
    }

    /**
     * The same drawing moved to the top-left corner with {@code pad} around what is drawn (boxes, arrows and
     * their lanes, labels), for a figure on a page, where the window's margins would only make it smaller.
     */
    public DrawnDiagram trimmed(double pad) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.w());
            maxY = Math.max(maxY, b.y() + b.h());
        }
        for (Arrow a : arrows) {
            for (int i = 0; i < a.points().length; i += 2) {
                minX = Math.min(minX, a.points()[i] - THICKEST);
                maxX = Math.max(maxX, a.points()[i] + THICKEST);
            }
        }
        for (Arrow a : labelled() ? arrows : List.<Arrow>of()) {
            double half = ArrowRouting.labelWidth(a.type(), a.label()) / 2;
            minX = Math.min(minX, a.labelX() - half);
            maxX = Math.max(maxX, a.labelX() + half);
            minY = Math.min(minY, a.labelY() - LABEL_HEIGHT);
            maxY = Math.max(maxY, a.labelY() + 4);
        }
        if (boxes.isEmpty()) {
            return this;
        }
        double dx = pad - minX;
        double dy = pad - minY;
        List<Box> moved = boxes.stream().map(b -> b.at(b.x() + dx, b.y() + dy)).toList();
        List<Arrow> shifted = arrows.stream().map(a -> {
            double[] p = a.points().clone();
            for (int i = 0; i < p.length; i += 2) {
                p[i] += dx;
                p[i + 1] += dy;
            }
            return a.along(p);
        }).toList();
        return new DrawnDiagram(moved, shifted, weighting, heaviest, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
    }

    /**
     * Whether the arrows carry labels: only when the relations are not all of one kind (then the legend names
     * that kind once, as {@code DiagramText} writes it).
     */
    public static boolean labelled(List<Relation> relations) {
        return moreThanOneKind(relations.stream().map(r -> r.type() + "/" + r.label()));
    }

    /** The same for the drawn arrows. */
    public boolean labelled() {
        return moreThanOneKind(arrows.stream().map(a -> a.type() + "/" + a.label()));
    }

    private static boolean moreThanOneKind(java.util.stream.Stream<String> kinds) {
        return kinds.distinct().limit(2).count() > 1;
    }

    /** The width a box needs for its name (about 7 px a character at 12 px type) and its listed sub-codes. */
    public static double boxWidth(String label, List<String> lines) {
        if (lines.isEmpty()) {
            return boxWidth(label);
        }
        // The name in bold (about 7.8 px a letter) and the lines in plain type (about 7.2) with the box's margins.
        double widest = lines.stream().mapToDouble(line -> 24 + 7.2 * line.length()).max().orElse(0);
        return Math.max(24 + 7.8 * label.length(), widest);
    }

    /** The width a box needs for its label alone (about 7 px a character at the diagram's 12 px font). */
    public static double boxWidth(String label) {
        int longest = label.lines().mapToInt(String::length).max().orElse(0);
        return Math.clamp(24 + 7.0 * Math.min(longest, MAX_LABEL), 70, 24 + 7.0 * MAX_LABEL);
    }

    /**
     * A box's label: a code's name, on two lines where it is too long for one, broken at a space, slash or hyphen
     * near its middle (a figure for a thesis cut "Spanningen tussen culturen/inclusiviteit" to "…/incl…": QA).
     * Only what is longer than two lines is shortened, and a category's title over its listed sub-codes.
     */
    public static String label(String name, boolean listsSubCodes) {
        int cut = listsSubCodes || name.length() <= MAX_LABEL ? -1 : breakNearTheMiddle(name);
        return cut < 0 ? shorten(name) : name.substring(0, cut).strip() + "\n" + shorten(name.substring(cut).strip());
    }

    /** Where a name may break (after a space, slash or hyphen) nearest its middle with a first line that fits; or -1. */
    private static int breakNearTheMiddle(String name) {
        int best = -1;
        double middle = name.length() / 2.0;
        for (int i = 1; i < name.length() && i <= MAX_LABEL; i++) {
            char c = name.charAt(i - 1);
            if ((c == ' ' || c == '/' || c == '-') && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best;
    }

    /** From light grey (no weight) to black (the heaviest arrow). */
    static String grey(double strength) {
        int level = (int) Math.round(200 * (1 - Math.clamp(strength, 0, 1)));
        return String.format("#%02x%02x%02x", level, level, level);
    }

    static String shorten(String name) {
        return shorten(name, MAX_LABEL);
    }

    private static String shorten(String name, int most) {
        return name.length() <= most ? name : name.substring(0, most - 1) + "…";
    }

    private static int depth(Project project, String codeId) {
        int depth = 0;
        for (String p = project.code(codeId).map(Code::parentId).orElse(null); p != null;
             p = project.code(p).map(Code::parentId).orElse(null)) {
            depth++;
        }
        return depth;
    }
}
