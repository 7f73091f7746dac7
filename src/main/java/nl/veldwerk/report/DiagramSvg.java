package nl.veldwerk.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.veldwerk.analysis.DrawnDiagram;

/**
 * Writes a drawn diagram as SVG for Word, LibreOffice or a vector editor: frames, codes, arrows whose
 * stroke width and grey follow their weight (dashed when weak), their labels, and a legend.
 */
public final class DiagramSvg {
    private DiagramSvg() {
    }

    /**
     * @param arrowLabel the text beside an arrow (its relation type in the user's language)
     * @param legend     the legend's lines, drawn below the diagram
     */
    public static String render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel, List<String> legend) {
        return render(d, arrowLabel, legend, -1);
    }

    /**
     * @param widthMm the printed width in millimetres (the height follows), 0 to scale with a web page, or
     *                negative for one unit a pixel
     */
    public static String render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel, List<String> legend,
                                double widthMm) {
        return render(d, arrowLabel, null, legend, widthMm);
    }

    /** The same with a caption (bold, or none when null) above the legend, both wrapped to the drawing's width. */
    public static String render(DrawnDiagram d, Function<DrawnDiagram.Arrow, String> arrowLabel, String caption,
                                List<String> legend, double widthMm) {
        double width = legend.isEmpty() && caption == null ? d.width() : Math.max(d.width(), 420);
        List<DiagramShapes.Line> below = DiagramShapes.below(caption, legend, width);
        double legendHeight = below.isEmpty() ? 0 : 16 + 18 * below.size();
        double height = d.height() + legendHeight;
        String size = widthMm > 0 ? String.format(Locale.ROOT, "width=\"%.1fmm\" height=\"%.1fmm\"", widthMm,
                widthMm * height / width) : widthMm == 0 ? "width=\"100%\" style=\"max-width:" + Math.round(width)
                + "px;height:auto\"" : String.format(Locale.ROOT, "width=\"%.0f\" height=\"%.0f\"", width, height);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" %s "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                size, width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g class=\"frames\">\n");
        for (DrawnDiagram.Box b : d.boxes()) {
            if (b.frame()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" "
                        + "fill=\"%s\" fill-opacity=\"0.08\" stroke=\"%s\"/>%n", b.x(), b.y(), b.w(), b.h(), b.color(),
                        b.color()));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>%n",
                        b.x() + 8, b.y() + 15, escape(b.label())));
            }
        }
        svg.append("</g>\n<g class=\"arrows\">\n");
        for (DrawnDiagram.Arrow a : d.arrows()) {
            double[] head = DiagramShapes.arrowHead(a);
            StringBuilder points = new StringBuilder();
            double[] shaft = DiagramShapes.shaft(a);
            for (int i = 0; i < shaft.length; i += 2) {
                points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", shaft[i], shaft[i + 1]));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" "
                    + "stroke=\"%s\" stroke-width=\"%.2f\"%s data-relation=\"%s\" data-weight=\"%s\"/>%n", points,
                    a.stroke(), a.strokeWidth(), a.weak() ? " stroke-dasharray=\"6 4\"" : "", escape(a.relationId()),
                    DiagramShapes.number(a.weight())));
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>%n",
                    head[0], head[1], head[2], head[3], head[4], head[5], a.stroke()));
            String label = arrowLabel.apply(a);
            if (!label.isBlank()) {
                double[] at = DiagramShapes.labelAt(a);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#555555\" "
                        + "text-anchor=\"middle\">%s</text>%n", at[0], at[1], escape(label)));
            }
        }
        svg.append("</g>\n<g class=\"codes\">\n");
        for (DrawnDiagram.Box b : d.boxes()) {
            if (!b.frame()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" "
                        + "fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>%n", b.x(), b.y(), b.w(), b.h(), b.color()));
                if (b.lines().isEmpty()) {
                    List<String> label = b.label().lines().toList(); // one line, or a long name's two
                    for (int i = 0; i < label.size(); i++) {
                        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s"
                                + "</text>%n", b.centerX(), b.centerY() + 4 + (i - (label.size() - 1) / 2.0)
                                * DrawnDiagram.LINE_HEIGHT, escape(label.get(i))));
                    }
                } else {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>%n",
                            b.x() + 10, b.y() + 19, escape(b.label())));
                    for (int i = 0; i < b.lines().size(); i++) {
                        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#333333\">%s</text>%n",
                                b.x() + 10, b.y() + 26 + DrawnDiagram.LINE_HEIGHT * (i + 1), escape(b.lines().get(i))));
                    }
                }
            }
        }
        svg.append("</g>\n<g class=\"legend\">\n");
        for (int i = 0; i < below.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" font-size=\"11\" fill=\"#333333\"%s>%s</text>%n",
                    d.height() + 18 * (i + 1), below.get(i).bold() ? " font-weight=\"bold\"" : "",
                    escape(below.get(i).text())));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return WordDocument.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
