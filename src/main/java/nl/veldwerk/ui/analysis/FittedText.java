package nl.veldwerk.ui.analysis;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;

/**
 * Texts cut to a width, ending in "…" where they do not fit, as a table draws its labels and headings. Kept by
 * font and width: the same few labels are drawn again at every scroll, and measuring is the cost.
 */
final class FittedText {
    private static final int KEPT = 20_000;
    private final Map<String, String> known = new HashMap<>();

    /** {@code s} as it fits in {@code width} in font {@code f}: whole, or its longest start with "…". */
    String fitted(String s, Font f, double width) {
        if (s.isEmpty() || width <= 0) {
            return s;
        }
        String key = f.getName() + f.getSize() + "\u0000" + (int) width + "\u0000" + s;
        String cut = known.get(key);
        if (cut != null) {
            return cut;
        }
        if (known.size() > KEPT) {
            known.clear();
        }
        cut = s;
        if (width(s, f) > width) {
            int low = 0;
            int high = s.length();
            while (low < high) { // the longest start that fits with its "…"
                int mid = (low + high + 1) / 2;
                if (width(s.substring(0, mid) + "…", f) <= width) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            cut = s.substring(0, low).stripTrailing() + "…";
        }
        known.put(key, cut);
        return cut;
    }

    private static double width(String s, Font f) {
        return nl.veldwerk.ui.common.Labels.widthOf(s, f);
    }
}
