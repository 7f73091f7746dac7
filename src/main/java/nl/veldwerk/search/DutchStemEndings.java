package nl.veldwerk.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Joins Dutch stems that Snowball's Dutch stemmer leaves apart, after it: a plural or verb form whose last
 * consonant changes or doubles before "-en" ("huizen" huiz / "huis", "brieven" briev / "brief", "gezinnen"
 * gezinn / "gezin", "stoffen" stoff / "stof") and the two irregular plurals Lucene's own Dutch analyzer
 * overrides ("kinderen" / "kind", "eieren" / "ei"). A researcher searching "buurthuis" found no
 * "buurthuizen", "gezin" no "gezinnen". The index and the queries both pass through this, so only the stems
 * need to agree, not to be words. English loans' "-es" plurals ("wijkcoaches", "lunches") join their singulars. A word kept as written beside its stem (marked as a keyword) is left alone.
 * The price is a few words joined that differ ("lezen" and "les"), as with any stemmer.
 */
final class DutchStemEndings extends TokenFilter {
    private static final Map<String, String> IRREGULAR = Map.of("kinder", "kind", "eier", "ei");
    /**
     * Nouns whose singular ends in a consonant and "s", kept as they are before the stemmer: it takes their "s" for a
     * plural's ("mens" men, "kans" kan) while their plural in "-en" keeps it ("mensen" mens), so "mens" found no
     * "mensen" (QA, as Lucene's own Dutch analyzer keeps "fiets"). Whole words only: "kopers" and "helpers" are
     * plurals.
     */
    static final org.apache.lucene.analysis.CharArraySet SINGULARS_IN_S = org.apache.lucene.analysis.CharArraySet
            .unmodifiableSet(new org.apache.lucene.analysis.CharArraySet(java.util.List.of("mens", "medemens", "kans",
                    "wens", "grens", "dans", "fiets", "bromfiets", "pers", "beurs", "koers", "kers", "lens", "hals",
                    "pols", "prins", "gans", "kaars"), false));
    private static final String VOWELS = "aeiouy";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchStemEndings(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && mayChange()) {
            String joined = joined(term.toString());
            if (joined != null) {
                term.setEmpty().append(joined);
            }
        }
        return true;
    }

    /** Whether {@link #joined} could change the term, read off its characters (most stems stay: no string made). */
    private boolean mayChange() {
        int n = term.length();
        if (n < 2) {
            return false;
        }
        char[] c = term.buffer();
        char last = c[n - 1];
        return last == 'z' || last == 'v' || last == c[n - 2] || last == 'r' || last == 's' && c[n - 2] == 'e';
    }

    /** The stem as the other forms of its word stem, or null when it stays as it is. */
    static String joined(String stem) {
        String irregular = IRREGULAR.get(stem);
        if (irregular != null) {
            return irregular;
        }
        int n = stem.length();
        if (n < 3 || !isLetter(stem.charAt(n - 1)) || !isLetter(stem.charAt(n - 2))) {
            return null;
        }
        char last = stem.charAt(n - 1);
        if (last == stem.charAt(n - 2) && VOWELS.indexOf(last) < 0) {
            return stem.substring(0, n - 1); // gezinn → gezin: Dutch ends no word in a doubled consonant
        }
        if (stem.endsWith("ches") || stem.endsWith("shes")) {
            return stem.substring(0, n - 2); // coaches → coach, flashes → flash: English plurals Dutch took along
        }
        if (last == 'z' || last == 'v') {
            return stem.substring(0, n - 1) + (last == 'z' ? 's' : 'f'); // huiz → huis, briev → brief
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
