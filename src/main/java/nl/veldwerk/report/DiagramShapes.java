package nl.veldwerk.report;

import java.util.Locale;
import nl.veldwerk.analysis.DrawnDiagram;

/** Geometry both diagram writers share: the arrowhead, and how a weight is printed. */
public final class DiagramShapes {
    private DiagramShapes() {
    }

    /** Where an arrow's label sits (its centre, on its baseline): the place the routing found for it. */
    public static double[] labelAt(DrawnDiagram.Arrow a) {
        return new double[] {a.labelX(), a.labelY()};
    }

    /** The arrow's line as drawn: its route, the last point pulled back to where the head's shaft stops. */
    public static double[] shaft(DrawnDiagram.Arrow a) {
        double[] points = a.points().clone();
        double[] head = arrowHead(a);
        points[points.length - 2] = head[6];
        points[points.length - 1] = head[7];
        return points;
    }

    /**
     * The arrowhead at the arrow's end: its tip, its two back corners, and where the shaft stops (so a thick
     * shaft does not poke through the tip), as {tipX, tipY, leftX, leftY, rightX, rightY, shaftX, shaftY}.
     */
    public static double[] arrowHead(DrawnDiagram.Arrow a) {
        double[] p = a.points(); // the last leg: from the last bend (the start, without one) to the target
        double dx = a.x2() - p[p.length - 4];
        double dy = a.y2() - p[p.length - 3];
        double length = Math.max(Math.hypot(dx, dy), 1e-9);
        double ux = dx / length;
        double uy = dy / length;
        double size = 8 + 1.6 * a.strokeWidth();
        double backX = a.x2() - ux * size;
        double backY = a.y2() - uy * size;
        double half = size * 0.45;
        return new double[] {a.x2(), a.y2(), backX - uy * half, backY + ux * half, backX + uy * half,
            backY - ux * half, backX, backY};
    }

    /** A weight as people write it: 12 rather than 12.0, 2.5 as it is. */
    public static String number(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.format(Locale.ROOT, "%.2f", weight);
    }

    /** A line of text below a diagram; the caption's is bold. */
    public record Line(String text, boolean bold) {
    }

    /** About how wide a letter of the legend's 11-unit type is. */
    private static final double LEGEND_LETTER = 6.3;

    /**
     * The caption (when not null) and the legend's lines, each wrapped at word boundaries to fit
     * {@code width} units (less a margin on each side), so nothing runs off the picture.
     */
    public static java.util.List<Line> below(String caption, java.util.List<String> legend, double width) {
        int letters = Math.max(20, (int) ((width - 32) / LEGEND_LETTER));
        java.util.List<Line> lines = new java.util.ArrayList<>();
        if (caption != null) {
            wrap(caption, letters).forEach(t -> lines.add(new Line(t, true)));
        }
        legend.forEach(l -> wrap(l, letters).forEach(t -> lines.add(new Line(t, false))));
        return lines;
    }

    private static java.util.List<String> wrap(String text, int letters) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > letters) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }
}
