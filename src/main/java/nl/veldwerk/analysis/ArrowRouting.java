package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veldwerk.analysis.DrawnDiagram.Box;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;

/**
 * Where a diagram's arrows run: which side of each box an arrow meets, its share of that side (arrows on
 * one side spread evenly in the order of their other ends, so no two end in one point and they do not
 * cross there), the lane of an arrow between boxes of one column (nested by length, so lanes do not cross
 * each other or any box), how far an arrow runs level before it turns (past the frames around its source
 * and past its own column, with room for its label), and where its label goes without covering a box or
 * another label.
 */
final class ArrowRouting {
    /** An arrow's route, the places of its ends on the two borders, its lane and its label's place. */
    record Route(double[] points, double fromPort, double toPort, double lane, double labelX, double labelY) {
    }

    private enum Side { LEFT, RIGHT }

    private record End(Relation relation, boolean source, double otherY) {
    }

    private final Map<String, Box> boxes;
    /** Each box's column edges, left and right, worked out once. */
    private final Map<String, double[]> columnEdges = new HashMap<>();
    private final Map<String, Double> fromPorts = new HashMap<>();
    private final Map<String, Double> toPorts = new HashMap<>();
    private final Map<String, Double> lanes = new HashMap<>();
    private final Map<String, double[]> labels = new HashMap<>();
    private final Map<String, double[]> routes = new HashMap<>();
    private double rightmostLabel;

    ArrowRouting(Project project, Map<String, Box> boxes, List<Relation> relations, boolean labelled) {
        this.boxes = boxes;
        Map<String, List<End>> sides = new HashMap<>();
        List<Relation> inColumn = new ArrayList<>();
        for (Relation r : relations) {
            Box from = boxes.get(r.sourceCodeId());
            Box to = boxes.get(r.targetCodeId());
            boolean right = to.x() >= from.x() + from.w();
            boolean left = to.x() + to.w() <= from.x();
            Side out = right ? Side.RIGHT : Side.LEFT;
            Side in = left ? Side.RIGHT : Side.LEFT;
            sides.computeIfAbsent(from.codeId() + out, k -> new ArrayList<>()).add(new End(r, true, to.centerY()));
            sides.computeIfAbsent(to.codeId() + in, k -> new ArrayList<>()).add(new End(r, false, from.centerY()));
            if (!right && !left) {
                inColumn.add(r);
            } else {
                double startX = right ? from.x() + from.w() : from.x();
                double clear = DrawnDiagram.clearX(boxes, project, r.sourceCodeId(), r.targetCodeId(), right);
                double column = columnEdge(from, right);
                double room = labelled ? labelWidth(r) + 16 : 0;
                lanes.put(r.id(), right ? Math.max(Math.max(clear, column), startX + room)
                        : Math.min(Math.min(clear, column), startX - room));
            }
        }
        for (Map.Entry<String, List<End>> side : sides.entrySet()) {
            List<End> ends = side.getValue();
            ends.sort(Comparator.comparingDouble(End::otherY).thenComparing(e -> e.relation().id()));
            for (int i = 0; i < ends.size(); i++) {
                End e = ends.get(i);
                Box box = boxes.get(e.source() ? e.relation().sourceCodeId() : e.relation().targetCodeId());
                // Spread along the side, clear of the rounded corners (where an arrowhead would stick out).
                double inset = Math.min(DrawnDiagram.PORT_INSET, box.h() / 4);
                double share = (inset + (box.h() - 2 * inset) * (i + 1.0) / (ends.size() + 1)) / box.h();
                (e.source() ? fromPorts : toPorts).put(e.relation().id(), share);
            }
        }
        laneInColumn(inColumn);
        for (Relation r : relations) { // each route worked out once, for its label and for drawing
            routes.put(r.id(), DrawnDiagram.route(boxes.get(r.sourceCodeId()), fromPorts.get(r.id()),
                    boxes.get(r.targetCodeId()), toPorts.get(r.id()), lanes.get(r.id())));
        }
        if (labelled) {
            placeLabels(relations);
        } else {
            // Not drawn (the legend names the one relation): a place on the first leg, taking no room.
            for (Relation r : relations) {
                double[] p = routes.get(r.id());
                labels.put(r.id(), new double[] {(p[0] + p[2]) / 2, p[1] - 4});
            }
        }
    }

    /** The right (or left) edge of the boxes stacked in the source's column, a little past it. */
    private double columnEdge(Box from, boolean right) {
        double[] edges = columnEdges.computeIfAbsent(from.codeId(), id -> {
            double left = from.x();
            double rightEdge = from.x() + from.w();
            for (Box b : boxes.values()) {
                if (!b.frame() && b.x() < from.x() + from.w() && from.x() < b.x() + b.w()) {
                    left = Math.min(left, b.x());
                    rightEdge = Math.max(rightEdge, b.x() + b.w());
                }
            }
            return new double[] {left - DrawnDiagram.FRAME_GAP, rightEdge + DrawnDiagram.FRAME_GAP};
        });
        return right ? edges[1] : edges[0];
    }

    /**
     * Lanes left of a column, shortest arrows nearest the boxes: each takes the nearest lane that no arrow
     * overlapping it in height has taken, so a longer arrow runs outside the shorter ones it spans.
     */
    private void laneInColumn(List<Relation> inColumn) {
        List<Relation> byLength = new ArrayList<>(inColumn);
        byLength.sort(Comparator.comparingDouble(this::span).thenComparing(Relation::id));
        Map<String, Integer> index = new HashMap<>();
        for (Relation r : byLength) {
            int lane = 0;
            boolean taken = true;
            while (taken) {
                taken = false;
                for (Relation other : byLength) {
                    if (index.getOrDefault(other.id(), -1) == lane && overlapInHeight(r, other)) {
                        taken = true;
                        lane++;
                        break;
                    }
                }
            }
            index.put(r.id(), lane);
            Box from = boxes.get(r.sourceCodeId());
            Box to = boxes.get(r.targetCodeId());
            double columnLeft = Math.min(columnEdge(from, false), columnEdge(to, false)) + DrawnDiagram.FRAME_GAP;
            lanes.put(r.id(), columnLeft - DrawnDiagram.LANE_GAP * (lane + 1));
        }
    }

    private double span(Relation r) {
        return Math.abs(boxes.get(r.sourceCodeId()).centerY() - boxes.get(r.targetCodeId()).centerY());
    }

    private boolean overlapInHeight(Relation a, Relation b) {
        double a1 = Math.min(boxes.get(a.sourceCodeId()).y(), boxes.get(a.targetCodeId()).y());
        double a2 = Math.max(boxes.get(a.sourceCodeId()).y() + boxes.get(a.sourceCodeId()).h(),
                boxes.get(a.targetCodeId()).y() + boxes.get(a.targetCodeId()).h());
        double b1 = Math.min(boxes.get(b.sourceCodeId()).y(), boxes.get(b.targetCodeId()).y());
        double b2 = Math.max(boxes.get(b.sourceCodeId()).y() + boxes.get(b.sourceCodeId()).h(),
                boxes.get(b.targetCodeId()).y() + boxes.get(b.targetCodeId()).h());
        return a1 < b2 && b1 < a2;
    }

    /** The estimated width of a relation's label (a built-in type: the longest of its names, about 18 letters). */
    static double labelWidth(Relation r) {
        return labelWidth(r.type(), r.label());
    }

    static double labelWidth(RelationType type, String label) {
        String text = type == RelationType.USER_DEFINED ? label : "is associated with";
        return DrawnDiagram.LABEL_LETTER * text.length() + 6;
    }

    Route route(Relation r) {
        double[] points = routes.get(r.id());
        double[] label = labels.get(r.id());
        return new Route(points, fromPorts.get(r.id()), toPorts.get(r.id()), lanes.get(r.id()), label[0], label[1]);
    }

    double rightmostLabel() {
        return rightmostLabel;
    }

    /**
     * Each label at the first place along its arrow (the middle of its first leg, then of its last, then a
     * quarter and three quarters along each leg) where it covers no box and no label placed before it.
     */
    private void placeLabels(List<Relation> relations) {
        List<double[]> taken = new ArrayList<>();
        for (Box b : boxes.values()) {
            if (!b.frame()) {
                taken.add(new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()});
            }
        }
        for (Relation r : relations) {
            double[] p = routes.get(r.id());
            double w = labelWidth(r);
            List<double[]> candidates = new ArrayList<>();
            int legs = p.length / 2 - 1;
            List<Integer> order = new ArrayList<>(List.of(0));
            for (int leg = legs - 1; leg > 0; leg--) {
                order.add(leg);
            }
            for (double along : new double[] {0.5, 0.25, 0.75}) {
                for (int leg : order) {
                    double x = p[2 * leg] + along * (p[2 * leg + 2] - p[2 * leg]);
                    double y = p[2 * leg + 1] + along * (p[2 * leg + 3] - p[2 * leg + 1]);
                    if (Math.abs(p[2 * leg + 2] - p[2 * leg]) < 1) { // a lane: beside it
                        candidates.add(new double[] {x - w / 2 - 4, y + 4});
                        candidates.add(new double[] {x + w / 2 + 4, y + 4});
                    } else {
                        candidates.add(new double[] {x, y - 4});
                        candidates.add(new double[] {x, y + DrawnDiagram.LABEL_HEIGHT});
                    }
                }
            }
            double[] chosen = candidates.getFirst();
            for (double[] c : candidates) {
                double[] rect = rect(c, w);
                if (taken.stream().noneMatch(t -> overlaps(t, rect))) {
                    chosen = c;
                    break;
                }
            }
            double[] rect = rect(chosen, w);
            taken.add(rect);
            rightmostLabel = Math.max(rightmostLabel, rect[2]);
            labels.put(r.id(), chosen);
        }
    }

    /** The rectangle {x1, y1, x2, y2} a label centred at x with its baseline at y covers. */
    static double[] rect(double[] at, double width) {
        return new double[] {at[0] - width / 2, at[1] - DrawnDiagram.LABEL_HEIGHT + 3, at[0] + width / 2, at[1] + 3};
    }

    static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
