package nl.veldwerk.ui.common;

import java.text.Normalizer;
import java.util.Locale;

/** Text as a filter field compares it: without accents or case, so "cafe" finds "Café" and "ozlem" "Özlem". */
public final class Folded {
    private Folded() {
    }

    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code words} (as typed) are in {@code text}, folded; blank words are in every text. */
    public static boolean contains(String text, String words) {
        String needle = of(words.strip());
        return needle.isEmpty() || of(text).contains(needle);
    }
}
