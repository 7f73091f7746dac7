package nl.veldwerk.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import nl.veldwerk.analysis.WordCloudLayout;
import nl.veldwerk.analysis.WordFrequencies;

/** Renders a word cloud to a PNG with Java2D (headless), in a calm palette that prints well. */
public final class WordCloudImage {
    private static final Color[] PALETTE = {new Color(0x1f4e79), new Color(0x2e75b6), new Color(0x548235),
        new Color(0xc55a11), new Color(0x7030a0), new Color(0x404040)};

    private WordCloudImage() {
    }

    public static BufferedImage render(List<WordFrequencies.WordCount> words, int maxWords, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(words, maxWords, width, height, 11,
                    height / 7.0, (word, size) -> {
                        FontMetrics m = g.getFontMetrics(font(size));
                        return new double[] {m.stringWidth(word) + 4, m.getAscent() + m.getDescent()};
                    });
            for (int i = 0; i < placed.size(); i++) {
                WordCloudLayout.Placed w = placed.get(i);
                g.setFont(font(w.fontSize()));
                g.setColor(PALETTE[i % PALETTE.length]);
                g.drawString(w.word(), (float) w.x() + 2, (float) (w.y() + g.getFontMetrics().getAscent()));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void toPng(List<WordFrequencies.WordCount> words, int maxWords, int width, int height, Path file)
            throws IOException {
        BufferedImage image = render(words, maxWords, width, height);
        GridExport.writeAtomically(file, out -> ImageIO.write(image, "png", out));
    }

    private static Font font(double size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) size);
    }
}
