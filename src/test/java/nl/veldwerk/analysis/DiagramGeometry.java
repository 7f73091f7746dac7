package nl.veldwerk.analysis;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks of a drawn diagram's geometry, for tests: crossings, shared ends, overlapping labels. */
public final class DiagramGeometry {
    private DiagramGeometry() {
    }

    /** Each leg of the arrow's route. */
    static List<Line2D> legs(DrawnDiagram.Arrow a) {
        List<Line2D> legs = new ArrayList<>();
        double[] p = a.points();
        for (int i = 0; i + 3 < p.length; i += 2) {
            legs.add(new Line2D.Double(p[i], p[i + 1], p[i + 2], p[i + 3]));
        }
        return legs;
    }

    /**
     * "arrow crosses box" for every leg that enters a box (frames aside), its own boxes included: shrunk by
     * a pixel, a box may be touched where an arrow leaves or enters it, and nowhere else.
     */
    public static List<String> crossings(DrawnDiagram d) {
        List<String> crossings = new ArrayList<>();
        for (DrawnDiagram.Arrow a : d.arrows()) {
            for (DrawnDiagram.Box b : d.boxes()) {
                Rectangle2D inside = new Rectangle2D.Double(b.x() + 1, b.y() + 1, b.w() - 2, b.h() - 2);
                if (!b.frame() && legs(a).stream().anyMatch(l -> l.intersects(inside))) {
                    crossings.add(a.sourceCodeId() + " -> " + a.targetCodeId() + " crosses " + b.codeId());
                }
            }
        }
        return crossings;
    }

    /** Arrow ends that share a point (within a pixel) on the same box. */
    public static List<String> sharedEnds(DrawnDiagram d) {
        Map<String, String> seen = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (DrawnDiagram.Arrow a : d.arrows()) {
            for (String end : List.of(a.sourceCodeId() + "@" + Math.round(a.x1()) + "," + Math.round(a.y1()),
                    a.targetCodeId() + "@" + Math.round(a.x2()) + "," + Math.round(a.y2()))) {
                String before = seen.put(end, a.relationId());
                if (before != null) {
                    shared.add(end + ": " + before + " and " + a.relationId());
                }
            }
        }
        return shared;
    }

    /** Pairs of arrows whose labels would overlap each other, and labels that cover a box. */
    public static List<String> overlappingLabels(DrawnDiagram d, Map<String, Double> widths) {
        List<String> found = new ArrayList<>();
        List<double[]> rects = new ArrayList<>();
        for (DrawnDiagram.Arrow a : d.arrows()) {
            double[] r = ArrowRouting.rect(new double[] {a.labelX(), a.labelY()}, widths.getOrDefault(a.relationId(),
                    120.0));
            for (int i = 0; i < rects.size(); i++) {
                if (ArrowRouting.overlaps(rects.get(i), r)) {
                    found.add(d.arrows().get(i).relationId() + " and " + a.relationId());
                }
            }
            for (DrawnDiagram.Box b : d.boxes()) {
                if (!b.frame() && ArrowRouting.overlaps(r, new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()})) {
                    found.add(a.relationId() + " covers " + b.codeId());
                }
            }
            rects.add(r);
        }
        return found;
    }

    /** The width the routing reserves for each arrow's label. */
    public static Map<String, Double> labelWidths(nl.veldwerk.model.Project p, DrawnDiagram d) {
        Map<String, Double> widths = new HashMap<>();
        d.arrows().forEach(a -> widths.put(a.relationId(), ArrowRouting.labelWidth(p.relation(a.relationId())
                .orElseThrow())));
        return widths;
    }
}
