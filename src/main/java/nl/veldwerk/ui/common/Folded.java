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

    /**
     * Whether a text holds {@code words} (as typed), folded: the words folded once for a whole list, not again for
     * every row; blank words are in every text.
     */
    public static java.util.function.Predicate<String> containing(String words) {
        String needle = of(words.strip());
        return text -> needle.isEmpty() || of(text).contains(needle);
    }
}
