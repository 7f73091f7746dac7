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
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How transcript text becomes search terms, per project language: words, lower case, stop words out,
 * diacritics folded (coördinator finds coordinator), and stems, so "voorzieningen" finds "voorziening".
 * Stop words go before folding and stemming so that "één" still counts as the stop word it is.
 */
public final class TranscriptAnalyzer extends Analyzer {
    private final boolean dutch;
    private final CharArraySet stopWords;

    private TranscriptAnalyzer(boolean dutch) {
        this.dutch = dutch;
        this.stopWords = dutch ? DutchAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }

    /** The analyzer for a project language code ("nl" or anything else, which is English). */
    public static TranscriptAnalyzer forLanguage(String language) {
        return new TranscriptAnalyzer("nl".equalsIgnoreCase(language));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, stopWords);
        stream = new ASCIIFoldingFilter(stream);
        stream = dutch ? new SnowballFilter(stream, new DutchStemmer()) : new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
