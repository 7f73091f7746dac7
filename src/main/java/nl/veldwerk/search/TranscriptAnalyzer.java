package nl.veldwerk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How transcript text becomes search terms, per project language: words, lower case, stop words out,
 * diacritics folded (coördinator finds coordinator), and stems, so "voorzieningen" finds "voorziening".
 * Stop words go before folding and stemming so that "één" still counts as the stop word it is.
 *
 * <p>The search index keeps the stop words (at their places), so that a quoted phrase with one in it finds that
 * phrase: "de voorziening" was searched as "any word, then voorziening" and found "een voorziening" too. A stop
 * word searched on its own or among words not quoted still asks for nothing ({@link #forLanguage}).
 */
public final class TranscriptAnalyzer extends Analyzer {
    private final boolean dutch;
    private final boolean keepWords;
    /** Null: stop words are kept. */
    private final CharArraySet stopWords;

    private TranscriptAnalyzer(boolean dutch, boolean keepWords, boolean keepStopWords) {
        this.dutch = dutch;
        this.keepWords = keepWords;
        this.stopWords = keepStopWords ? null : dutch ? DutchAnalyzer.getDefaultStopSet()
                : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }

    /** The analyzer for a project language code ("nl" or anything else, which is English). */
    public static TranscriptAnalyzer forLanguage(String language) {
        return new TranscriptAnalyzer("nl".equalsIgnoreCase(language), false, false);
    }

    /** The analyzer of a quoted phrase: as {@link #forLanguage}, stop words kept in their places. */
    public static TranscriptAnalyzer forPhrases(String language) {
        return new TranscriptAnalyzer("nl".equalsIgnoreCase(language), false, true);
    }

    /**
     * The analyzer the search index writes with: stop words kept, each word kept beside its stem, at the same
     * position. A word
     * searched finds its stem (as with {@link #forLanguage}); a wildcard, which Lucene does not stem, finds the
     * words as written: "kwetsbaarheid*" found nothing when only the stem "kwetsbar" was indexed.
     */
    public static TranscriptAnalyzer forIndex(String language) {
        return new TranscriptAnalyzer("nl".equalsIgnoreCase(language), true, true);
    }

    /** Time marks are no words of the interview ({@link TimeMarkMask}). */
    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new TimeMarkMask(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (stopWords != null) {
            stream = new StopFilter(stream, stopWords);
        }
        stream = new ASCIIFoldingFilter(stream);
        if (keepWords) {
            stream = new KeywordRepeatFilter(stream); // the word itself, marked so the stemmer leaves it as it is
        }
        stream = dutch ? new DutchStemEndings(new SnowballFilter(new org.apache.lucene.analysis.miscellaneous
                .SetKeywordMarkerFilter(stream, DutchStemEndings.SINGULARS_IN_S), new DutchStemmer()))
                : new PorterStemFilter(stream);
        if (keepWords) {
            stream = new RemoveDuplicatesTokenFilter(stream); // a word that is its own stem once
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
