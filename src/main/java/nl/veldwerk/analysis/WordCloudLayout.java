package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Places words for a word cloud: font size from frequency (square root, so a few very common words do
 * not dwarf the rest), the most frequent in the middle, the others on an outward spiral at the first spot
 * where they overlap nothing. Measuring text is the caller's (AWT or JavaFX), so this stays plain maths.
 */
public final class WordCloudLayout {
    /** Measures a word's box at a font size: {width, height}. */
    public interface Measure {
        double[] size(String word, double fontSize);
    }

    /** A word placed with the top-left of its box at (x, y). */
    public record Placed(String word, int count, double fontSize, double x, double y, double width, double height) {
        boolean overlaps(Placed o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    private WordCloudLayout() {
    }

    public static List<Placed> layout(List<WordFrequencies.WordCount> words, int maxWords, double width,
                                      double height, double minFont, double maxFont, Measure measure) {
        List<Placed> placed = new ArrayList<>();
        List<WordFrequencies.WordCount> top = words.stream().limit(maxWords).toList();
        if (top.isEmpty()) {
            return placed;
        }
        double most = Math.sqrt(top.getFirst().count());
        double least = Math.sqrt(top.getLast().count());
        for (WordFrequencies.WordCount w : top) {
            double t = most == least ? 1 : (Math.sqrt(w.count()) - least) / (most - least);
            double font = minFont + t * (maxFont - minFont);
            double[] box = measure.size(w.word(), font);
            Placed spot = findSpot(w, font, box, width, height, placed);
            if (spot != null) {
                placed.add(spot);
            }
        }
        return placed;
    }

    private static Placed findSpot(WordFrequencies.WordCount w, double font, double[] box, double width,
                                   double height, List<Placed> placed) {
        double cx = width / 2;
        double cy = height / 2;
        double aspect = width / height;
        for (double angle = 0; angle < 600; angle += 0.1) {
            double radius = 2.5 * angle;
            double x = cx + radius * aspect * Math.cos(angle) / 1.5 - box[0] / 2;
            double y = cy + radius * Math.sin(angle) / 1.5 - box[1] / 2;
            if (x < 0 || y < 0 || x + box[0] > width || y + box[1] > height) {
                if (radius * aspect > width && radius > height) {
                    return null; // the spiral has left the canvas on every side
                }
                continue;
            }
            Placed candidate = new Placed(w.word(), w.count(), font, x, y, box[0], box[1]);
            if (placed.stream().noneMatch(candidate::overlaps)) {
                return candidate;
            }
        }
        return null;
    }
}
