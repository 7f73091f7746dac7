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
 * A diagram ready to draw, the same for the window and for SVG: a box per shown code (a code whose
 * sub-codes are shown becomes a frame around them), and an arrow per shown relation whose thickness
 * and darkness follow its weight relative to the heaviest arrow; arrows without support, or with less
 * than a fifth of the heaviest, are dashed and light.
 */
public record DrawnDiagram(List<Box> boxes, List<Arrow> arrows, Weighting weighting, double heaviest,
                           double width, double height) {
    public static final double BOX_HEIGHT = 30;
    static final double FRAME_PADDING = 12;
    static final double FRAME_TITLE = 20;
    /** How far past a frame's edge an arrow runs level before it turns towards its target. */
    static final double FRAME_GAP = 10;
    /** Below this share of the heaviest arrow an arrow counts as weak. */
    public static final double WEAK = 0.2;
    public static final double THINNEST = 1;
    public static final double THICKEST = 8;
    private static final int MAX_LABEL = 32;

    /** A code on the diagram; a frame encloses the boxes of its shown sub-codes. */
    public record Box(String codeId, String label, String color, double x, double y, double w, double h,
                      boolean frame) {
        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /**
     * A relation as drawn: width and grey from its weight; a line from the source box's edge (x1, y1), level
     * to (bendX, bendY) when it first has to leave the frames around its source, then straight to the
     * target box's edge (x2, y2). Without a bend the bend is the start.
     */
    public record Arrow(String relationId, String sourceCodeId, String targetCodeId, RelationType type,
                        String label, double weight, double strength, double strokeWidth, String stroke,
                        boolean weak, DiagramEvidence.Evidence evidence, double x1, double y1, double bendX,
                        double bendY, double x2, double y2) {
        /** The same arrow along another route, {x1, y1, bendX, bendY, x2, y2}. */
        public Arrow along(double[] route) {
            return new Arrow(relationId, sourceCodeId, targetCodeId, type, label, weight, strength, strokeWidth,
                    stroke, weak, evidence, route[0], route[1], route[2], route[3], route[4], route[5]);
        }
    }

    /**
     * The route of an arrow between two boxes, {x1, y1, bendX, bendY, x2, y2}. When the target lies beside
     * the source, the arrow leaves from the middle of the facing side and runs level to {@code clearX} (the
     * outer edge of the frames around the source, which the target is not in) before it turns towards the
     * target, so it never crosses the boxes stacked in the source's column. Otherwise it runs straight
     * between the two centres, cut at the boxes' edges.
     */
    public static double[] route(Box from, Box to, double clearX) {
        boolean right = to.x() >= from.x() + from.w();
        boolean left = to.x() + to.w() <= from.x();
        if (!right && !left) {
            double[] start = edgePoint(from, to.centerX(), to.centerY());
            double[] end = edgePoint(to, from.centerX(), from.centerY());
            return new double[] {start[0], start[1], start[0], start[1], end[0], end[1]};
        }
        double startX = right ? from.x() + from.w() : from.x();
        double bendX = right ? Math.max(startX, Math.min(clearX, to.x())) : Math.min(startX, Math.max(clearX,
                to.x() + to.w()));
        double y = from.centerY();
        double[] end = edgePoint(to, bendX, y);
        return new double[] {startX, y, bendX, y, end[0], end[1]};
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

    public static DrawnDiagram of(Project project, Diagram diagram, DiagramEvidence evidence) {
        List<DiagramNode> visible = diagram.nodes().stream().filter(n -> !n.hidden()
                && project.code(n.codeId()).isPresent()).toList();
        List<String> ids = visible.stream().map(DiagramNode::codeId).toList();
        Set<String> frames = DiagramLayout.frames(project, ids);
        Map<String, Box> boxes = new HashMap<>();
        for (DiagramNode n : visible) {
            if (!frames.contains(n.codeId())) {
                Code code = project.code(n.codeId()).orElseThrow();
                String label = shorten(code.name());
                boxes.put(code.id(), new Box(code.id(), label, code.color(), n.x(), n.y(), boxWidth(label),
                        BOX_HEIGHT, false));
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

        List<Relation> relations = diagram.relationIds().stream().map(project::relation)
                .flatMap(java.util.Optional::stream)
                .filter(r -> boxes.containsKey(r.sourceCodeId()) && boxes.containsKey(r.targetCodeId())).toList();
        Map<String, DiagramEvidence.Evidence> found = new HashMap<>();
        double heaviest = 0;
        for (Relation r : relations) {
            DiagramEvidence.Evidence e = evidence.of(r);
            found.put(r.id(), e);
            heaviest = Math.max(heaviest, e.weight(diagram.weighting(), r));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (Relation r : relations) {
            DiagramEvidence.Evidence e = found.get(r.id());
            double weight = e.weight(diagram.weighting(), r);
            double strength = heaviest == 0 ? 0 : weight / heaviest;
            boolean weak = weight == 0 || strength < WEAK;
            Box from = boxes.get(r.sourceCodeId());
            Box to = boxes.get(r.targetCodeId());
            double[] route = route(from, to, clearX(boxes, project, r.sourceCodeId(), r.targetCodeId(),
                    to.centerX() > from.centerX()));
            arrows.add(new Arrow(r.id(), r.sourceCodeId(), r.targetCodeId(), r.type(), r.label(), weight, strength,
                    THINNEST + (THICKEST - THINNEST) * strength, grey(weak ? Math.min(strength, 0.15) : strength),
                    weak, e, route[0], route[1], route[2], route[3], route[4], route[5]));
        }
        List<Box> ordered = new ArrayList<>(boxes.values());
        // Frames first (outermost first) so they are drawn behind the boxes they enclose.
        ordered.sort(Comparator.comparing((Box b) -> !b.frame()).thenComparingInt(b -> depth(project, b.codeId()))
                .thenComparing(Box::codeId));
        double width = ordered.stream().mapToDouble(b -> b.x() + b.w()).max().orElse(0) + DiagramLayout.MARGIN;
        double height = ordered.stream().mapToDouble(b -> b.y() + b.h()).max().orElse(0) + DiagramLayout.MARGIN;
        return new DrawnDiagram(List.copyOf(ordered), List.copyOf(arrows), diagram.weighting(), heaviest, width,
                height);
    }

    /** The width a box needs for its label (about 7 px a character at the diagram's 12 px font). */
    public static double boxWidth(String label) {
        return Math.clamp(24 + 7.0 * Math.min(label.length(), MAX_LABEL), 70, 24 + 7.0 * MAX_LABEL);
    }

    /** From light grey (no weight) to black (the heaviest arrow). */
    static String grey(double strength) {
        int level = (int) Math.round(200 * (1 - Math.clamp(strength, 0, 1)));
        return String.format("#%02x%02x%02x", level, level, level);
    }

    private static String shorten(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
    }

    /** Where the line from the box's centre towards (tx, ty) leaves the box. */
    public static double[] edgePoint(Box box, double tx, double ty) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (box.w() / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (box.h() / 2) / Math.abs(dy));
        return new double[] {cx + dx * scale, cy + dy * scale};
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
