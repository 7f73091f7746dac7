package nl.veldwerk.model;

import java.util.Locale;
import java.util.Set;

/**
 * Whether transcripts are in Dutch or English, the two languages the search stems, told by their most frequent
 * small words: for a file that does not say (a REFI-QDA project), so the question asking it starts at the likely
 * answer (QA: a Dutch study's own export was offered "en").
 */
public final class TranscriptLanguage {
    /** Frequent in spoken Dutch and not English words. */
    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "van", "ik", "dat", "niet", "je", "op",
            "te", "wat", "ze", "zijn", "er", "maar", "met", "voor", "die", "ook", "als", "dan", "wel", "nog", "naar",
            "heb", "hebben", "ja", "nee", "wij", "mijn", "heel", "wordt", "waar", "kan", "hoe");
    /** Frequent in spoken English and not Dutch words. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "a", "to", "of", "i", "that", "it", "you",
            "for", "on", "with", "they", "but", "have", "be", "so", "not", "what", "this", "are", "there", "yes",
            "my", "do", "just", "like", "we", "our", "would", "when", "how", "about", "think", "really", "because");
    /**
     * Frequent in German and in neither of the two: a German text shares "die", "er", "als" and "ja" with Dutch,
     * and was taken for Dutch without these (review).
     */
    private static final Set<String> GERMAN = Set.of("und", "ich", "nicht", "das", "ist", "sie", "mit", "auf", "wir",
            "sind", "aber", "auch", "ein", "eine", "dass", "habe", "haben", "wenn", "schon", "mir", "mich",
            "uns", "nur", "sehr", "bei", "zu", "war", "oder");
    /** Fewer of these words than this together, and the text says too little to tell. */
    private static final int ENOUGH = 12;
    /** One word in this many, at least, must be one of these words for the text to be told by them. */
    private static final int SHARE = 10;

    private TranscriptLanguage() {
    }

    /** "nl" or "en" as the text's words say, with one clearly ahead; {@code otherwise} when they do not. */
    public static String guess(CharSequence text, String otherwise) {
        int dutch = 0;
        int english = 0;
        int other = 0;
        int words = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            words += i > start ? 1 : 0;
            if (i > start && i - start <= 8) {
                String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                dutch += DUTCH.contains(word) ? 1 : 0;
                english += ENGLISH.contains(word) ? 1 : 0;
                other += GERMAN.contains(word) ? 1 : 0;
            }
        }
        if (dutch + english < ENOUGH || SHARE * (dutch + english) < words) {
            // Too few, or too rare to be the text's own small words: Hungarian's "a" and "de" made an NVivo
            // project "en" (QA). In Dutch or English speech these words are a third or more of all words, in a
            // technical text a sixth; in the Hungarian texts fewer than a tenth.
            return otherwise;
        }
        if (2 * other >= dutch + english) {
            return otherwise; // German, or a text of mixed languages: the user says
        }
        return dutch >= 2 * english ? "nl" : english >= 2 * dutch ? "en" : otherwise;
    }
}
