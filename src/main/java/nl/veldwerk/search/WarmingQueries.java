package nl.veldwerk.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Searches to warm a searcher with right after it opens, one of each kind a user types (a word, two joined by
 * OR and by AND, a phrase, a prefix), made of the first two words in a row of four letters or more that the
 * index keeps (stop words find nothing, and a search that finds nothing loads and compiles little).
 */
public final class WarmingQueries {
    private static final Pattern TWO_WORDS = Pattern.compile("(\\p{L}{4,})\\s+(?=(\\p{L}{4,}))");

    private WarmingQueries() {
    }

    /** How far into each text the words are looked for. */
    private static final int LOOKED_AT = 5000;

    /**
     * The searches for an index, from the first texts that hold two such words in a row; the texts are asked for
     * one by one, only until they are found (a text not in memory is read from its part).
     */
    public static List<String> of(SearchIndex index, Iterable<String> texts) {
        return of(index.queryAnalyzer(), texts);
    }

    static List<String> of(Analyzer analyzer, Iterable<String> texts) {
        for (String text : texts) {
            Matcher m = TWO_WORDS.matcher(text).region(0, Math.min(text.length(), LOOKED_AT));
            while (m.find()) {
                String first = m.group(1).toLowerCase(Locale.ROOT);
                String second = m.group(2).toLowerCase(Locale.ROOT);
                if (kept(first, analyzer) && kept(second, analyzer)) {
                    return List.of(first, first + " OR " + second, first + " AND " + second,
                            "\"" + first + " " + second + "\"", first.substring(0, 4) + "*");
                }
            }
        }
        return List.of("interview");
    }

    /** Whether the index keeps the word (it is not a stop word). */
    private static boolean kept(String word, Analyzer analyzer) {
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.TEXT, word)) {
            tokens.reset();
            boolean kept = tokens.incrementToken();
            tokens.end();
            return kept;
        } catch (IOException e) {
            return false; // an analyzer over a string does not fail; if it did, the word is not used
        }
    }
}
