package nl.veldwerk.report;

import java.util.Locale;
import nl.veldwerk.analysis.DrawnDiagram;

/** Geometry both diagram writers share: the arrowhead, and how a weight is printed. */
public final class DiagramShapes {
    private DiagramShapes() {
    }

    /** Where an arrow's label sits: above the middle of its last leg. */
    public static double[] labelAt(DrawnDiagram.Arrow a) {
        return new double[] {(a.bendX() + a.x2()) / 2, (a.bendY() + a.y2()) / 2 - 4};
    }

    /**
     * The arrowhead at the arrow's end: its tip, its two back corners, and where the shaft stops (so a thick
     * shaft does not poke through the tip), as {tipX, tipY, leftX, leftY, rightX, rightY, shaftX, shaftY}.
     */
    public static double[] arrowHead(DrawnDiagram.Arrow a) {
        double dx = a.x2() - a.bendX(); // the last leg: from the bend (the start, without one) to the target
        double dy = a.y2() - a.bendY();
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
}
