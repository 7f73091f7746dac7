package nl.veldwerk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import nl.veldwerk.analysis.DrawnDiagram;

/**
 * Renders a drawn diagram to a PNG with Java2D (headless): at twice its size for the screen, or at the
 * scale that gives 300 dpi at the size it prints. Text sizes are in the diagram's units: codes and the
 * sub-codes listed in a box {@value #CODE_FONT}, arrow labels {@value #SMALLEST_FONT}, caption and legend 11.
 */
public final class DiagramImage {
    private static final double SCALE = 2;
    /** The smallest text drawn, in the diagram's units (what must print at 8 pt or more). */
    public static final int SMALLEST_FONT = 10;
    /** The codes' type size, in the diagram's units. */
    public static final int CODE_FONT = 12;

    private DiagramImage() {
    }

    public static BufferedImage render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel,
                                       List<String> legend) {
        return render(d, arrowLabel, legend, SCALE);
    }

    /** At {@code scale} pixels per unit of the diagram; the legend's lines below it. */
    public static BufferedImage render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel,
                                       List<String> legend, double scale) {
        return render(d, arrowLabel, null, legend, scale);
    }

    /** The same with a caption (bold, or none when null) above the legend, both wrapped to the picture's width. */
    public static BufferedImage render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel,
                                       String caption, List<String> legend, double scale) {
        double width = legend.isEmpty() && caption == null ? d.width() : Math.max(d.width(), 420);
        List<DiagramShapes.Line> below = DiagramShapes.below(caption, legend, width);
        double height = below.isEmpty() ? d.height() : d.height() + 16 + 18 * below.size();
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            Font bold = plain.deriveFont(Font.BOLD);
            for (DrawnDiagram.Box b : d.boxes()) {
                if (b.frame()) {
                    Color c = Color.decode(b.color());
                    RoundRectangle2D r = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 16, 16);
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 20));
                    g.fill(r);
                    g.setColor(c);
                    g.setStroke(new BasicStroke(1));
                    g.draw(r);
                    g.setFont(bold);
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(b.label(), (float) b.x() + 8, (float) b.y() + 15);
                }
            }
            g.setFont(plain.deriveFont((float) SMALLEST_FONT));
            for (DrawnDiagram.Arrow a : d.arrows()) {
                double[] head = DiagramShapes.arrowHead(a);
                Color stroke = Color.decode(a.stroke());
                g.setColor(stroke);
                g.setStroke(a.weak() ? new BasicStroke((float) a.strokeWidth(), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0) : new BasicStroke((float) a.strokeWidth(),
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                java.awt.geom.Path2D.Double line = new java.awt.geom.Path2D.Double();
                double[] shaft = DiagramShapes.shaft(a);
                line.moveTo(shaft[0], shaft[1]);
                for (int i = 2; i < shaft.length; i += 2) {
                    line.lineTo(shaft[i], shaft[i + 1]);
                }
                g.draw(line);
                Polygon tip = new Polygon();
                for (int i = 0; i < 6; i += 2) {
                    tip.addPoint((int) Math.round(head[i]), (int) Math.round(head[i + 1]));
                }
                g.fill(tip);
                String label = arrowLabel.apply(a);
                if (!label.isBlank()) {
                    g.setColor(Color.GRAY);
                    FontMetrics m = g.getFontMetrics();
                    double[] at = DiagramShapes.labelAt(a);
                    g.drawString(label, (float) (at[0] - m.stringWidth(label) / 2.0), (float) at[1]);
                }
            }
            g.setFont(plain);
            FontMetrics m = g.getFontMetrics();
            for (DrawnDiagram.Box b : d.boxes()) {
                if (!b.frame()) {
                    RoundRectangle2D r = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 12, 12);
                    g.setColor(Color.WHITE);
                    g.fill(r);
                    g.setColor(Color.decode(b.color()));
                    g.setStroke(new BasicStroke(2));
                    g.draw(r);
                    g.setColor(Color.BLACK);
                    if (b.lines().isEmpty()) {
                        List<String> label = b.label().lines().toList(); // one line, or a long name's two
                        for (int i = 0; i < label.size(); i++) {
                            g.drawString(label.get(i), (float) (b.centerX() - m.stringWidth(label.get(i)) / 2.0),
                                    (float) (b.centerY() + 4 + (i - (label.size() - 1) / 2.0) * DrawnDiagram.LINE_HEIGHT));
                        }
                    } else {
                        // A category: its name at the top, its sub-codes listed below it.
                        g.setFont(bold);
                        g.drawString(b.label(), (float) b.x() + 10, (float) b.y() + 19);
                        g.setFont(plain);
                        g.setColor(Color.DARK_GRAY);
                        for (int i = 0; i < b.lines().size(); i++) {
                            g.drawString(b.lines().get(i), (float) b.x() + 10, (float) (b.y() + 26
                                    + DrawnDiagram.LINE_HEIGHT * (i + 1)));
                        }
                    }
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.setFont(plain.deriveFont(11f));
            for (int i = 0; i < below.size(); i++) {
                g.setFont(below.get(i).bold() ? bold.deriveFont(11f) : plain.deriveFont(11f));
                g.drawString(below.get(i).text(), 16f, (float) (d.height() + 18 * (i + 1)));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
