package nl.veldwerk.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's more-like-this as suggestions and "more like these" use it: the most telling terms of the given
 * texts (every term counts, however rare), weighed against one field of an index, with the project's analysis.
 */
final class AlikeQuery {
    private AlikeQuery() {
    }

    /** The query, or null when the texts hold no telling term (only stop words, say). */
    static Query of(IndexReader reader, Analyzer analyzer, String field, List<String> texts, int mostTerms)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(mostTerms);
        mlt.setBoost(true);
        Query q = mlt.like(field, texts.stream().map(StringReader::new).toArray(Reader[]::new));
        return q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
    }
}
