package nl.veldwerk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.veldwerk.analysis.DiagramEvidence;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Project;

/**
 * A diagram as a figure on an A4 page: landscape when it is wider than tall, printed as large as the text
 * area allows below its heading and above its caption and legend, rendered at 300 dpi for that size, and
 * the size of its smallest text on paper, which must not fall below 8 pt.
 */
public final class DiagramFigure {
    /** What a reader can still read on paper. */
    public static final double SMALLEST_READABLE_PT = 8;
    private static final double DPI = 300;
    /** White space around the drawing, in its units. */
    private static final double PAD = 12;
    /** The largest the codes' names print. */
    private static final double LARGEST_PT = 11;
    /** Room on the page for the heading above and the caption and legend below, in cm. */
    private static final double ROOM_FOR_TEXT_CM = 4.5;

    private final DrawnDiagram drawn;
    private final String name;
    private final Locale locale;

    private DiagramFigure(DrawnDiagram drawn, String name, Locale locale) {
        this.drawn = drawn;
        this.name = name;
        this.locale = locale;
    }

    public static DiagramFigure of(Project p, Diagram d, Locale l) {
        return of(DrawnDiagram.of(p, d, new DiagramEvidence(p)), d.name(), l);
    }

    /** The figure of a drawing, trimmed to what is drawn (the window's margins would only make it print smaller). */
    public static DiagramFigure of(DrawnDiagram drawn, String name, Locale l) {
        return new DiagramFigure(drawn.trimmed(PAD), name, l);
    }

    /** Whether it prints larger on a page turned sideways (so when it is clearly wider than tall). */
    public boolean landscape() {
        return widthCm(true) > widthCm(false);
    }

    /** How wide it prints, in cm: as large as the page's text area allows, keeping its proportions. */
    public double printedWidthCm() {
        return widthCm(landscape());
    }

    private double widthCm(boolean sideways) {
        double[] area = WordDocument.textAreaCm(sideways);
        double height = area[1] - ROOM_FOR_TEXT_CM;
        // A small diagram is not blown up: its codes' names print at 11 pt at most, like the text around it.
        double natural = drawn.width() * LARGEST_PT / DiagramImage.CODE_FONT / 72 * 2.54;
        return Math.min(natural, Math.min(area[0], height * drawn.width() / Math.max(drawn.height(), 1)));
    }

    /** Points on paper per unit of the diagram. */
    private double pointsPerUnit() {
        return printedWidthCm() / 2.54 * 72 / Math.max(drawn.width(), 1);
    }

    /** The same on a page of its own (PNG or SVG), where the caption and legend are drawn in at 11 units. */
    public double pageSmallestFontPt() {
        return Math.min(smallestFontPt(), 11 * pointsPerUnit());
    }

    /** The size of the diagram's smallest text on paper, in points (arrow labels when drawn, else the codes'). */
    public double smallestFontPt() {
        boolean labels = !DiagramText.oneKind(drawn, locale);
        return (labels ? DiagramImage.SMALLEST_FONT : DiagramImage.CODE_FONT) * pointsPerUnit();
    }

    public String caption(int number) {
        return QuotationReport.text(locale, "report.figure") + " " + number + ": " + name;
    }

    public List<String> legend() {
        return DiagramText.legend(drawn, locale);
    }

    /**
     * The picture, its caption ("Figuur 1: name") and its legend. (When it prints too small to read,
     * {@link QuotationReport#writeDocx} tells the writer; the thesis page does not carry the warning.)
     */
    void addTo(WordDocument doc, int number) throws IOException {
        double widthCm = printedWidthCm();
        double scale = widthCm / 2.54 * DPI / Math.max(drawn.width(), 1);
        java.awt.image.BufferedImage image = DiagramImage.render(drawn, DiagramText.labels(drawn, locale),
                List.of(), scale);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        doc.image(png.toByteArray(), image.getWidth(), image.getHeight(), widthCm, "diagram-" + number + ".png");
        doc.caption(QuotationReport.text(locale, "report.figure"), number, name);
        legend().forEach(doc::note);
    }

    /** For a page of its own (PNG at 300 dpi of the printed size, legend and caption drawn in). */
    public java.awt.image.BufferedImage pagePng(int number) {
        double scale = printedWidthCm() / 2.54 * DPI / Math.max(drawn.width(), 1);
        return DiagramImage.render(drawn, DiagramText.labels(drawn, locale), caption(number), legend(),
                scale);
    }

    /** As SVG, sized in millimetres as it prints, with caption and legend. */
    public String pageSvg(int number) {
        return DiagramSvg.render(drawn, DiagramText.labels(drawn, locale), caption(number), legend(),
                printedWidthCm() * 10);
    }

    /** Writes the page's PNG ({@link #pagePng}), whole or not at all. */
    public void writePng(java.nio.file.Path file, int number) throws IOException {
        java.awt.image.BufferedImage image = pagePng(number);
        GridExport.writeAtomically(file, out -> writeAt300Dpi(image, out));
    }

    /** A PNG that says its resolution (pHYs), so other programs place it at its printed size. */
    private static void writeAt300Dpi(java.awt.image.BufferedImage image, java.io.OutputStream out) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(
                    javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param);
            javax.imageio.metadata.IIOMetadataNode physical = new javax.imageio.metadata.IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(DPI / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.write(new javax.imageio.IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    /** Writes the page's SVG ({@link #pageSvg}), whole or not at all. */
    public void writeSvg(java.nio.file.Path file, int number) throws IOException {
        byte[] svg = pageSvg(number).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GridExport.writeAtomically(file, out -> out.write(svg));
    }

    /** As SVG for a web page (no fixed size: it scales with the page); caption and legend are the page's. */
    public String inlineSvg() {
        return DiagramSvg.render(drawn, DiagramText.labels(drawn, locale), List.of(), 0);
    }
}
