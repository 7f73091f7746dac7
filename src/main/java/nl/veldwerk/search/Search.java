package nl.veldwerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veldwerk.model.UserText;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.Term;

/**
 * Searching the index with the familiar query syntax: words (stemmed), "phrases", wild* cards, fuzzy~
 * terms, AND / OR / NOT, and fields: code:schaamte, document:A01, group:aanbieders, speaker:W01,
 * coder:ann, comment:… . Hits come back with a highlighted snippet and their character offsets.
 */
public final class Search {
    /** Where to look: in quotations, in transcript paragraphs, or both. */
    public enum Scope { QUOTATIONS, PARAGRAPHS, ALL }

    /** One hit: what it is, where it is, and a snippet with the matched words between « and ». */
    public record Hit(String kind, String documentId, String documentName, String quotationId, int start, int end,
                      String speaker, String snippet, float score) {
    }

    /** A query that does not parse, with the parser's reason. */
    public static final class BadQuery extends Exception implements UserText.Carrier {
        private final transient UserText text;

        BadQuery(String query, String reason) {
            super(UserText.of(Search.class, "search.badQuery", query, reason).toString());
            this.text = UserText.of(Search.class, "search.badQuery", query, reason);
        }

        @Override
        public UserText userText() {
            return text;
        }
    }

    private Search() {
    }

    public static List<Hit> run(SearchIndex index, String queryText, Scope scope, int max)
            throws IOException, BadQuery {
        Query parsed;
        try {
            QueryParser parser = new QueryParser(SearchIndex.TEXT, index.analyzer());
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parser.setAllowLeadingWildcard(false);
            parsed = parser.parse(queryText);
        } catch (ParseException | IllegalArgumentException e) {
            throw new BadQuery(queryText, e.getMessage().lines().findFirst().orElse(""));
        }
        Query query = scope == Scope.ALL ? parsed : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.KIND, scope == Scope.QUOTATIONS ? "quotation" : "paragraph")),
                        BooleanClause.Occur.FILTER).build();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            TopDocs top = searcher.search(query, max);
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> read = new HashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                read.put(sd.doc, stored.document(sd.doc));
            }
            String[] snippets = highlighted(searcher, index, query, top, read, MAX_HIGHLIGHTED);
            highlightLongTextsWhole(searcher, index, query, top, read, snippets);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = read.get(sd.doc);
                String snippet = snippets[i] != null ? snippets[i] : d.get(SearchIndex.TEXT);
                hits.add(new Hit(d.get(SearchIndex.KIND), d.get(SearchIndex.DOCUMENT_ID), d.get(SearchIndex.DOCUMENT),
                        d.get(SearchIndex.QUOTATION_ID), d.getField(SearchIndex.START).numericValue().intValue(),
                        d.getField(SearchIndex.END).numericValue().intValue(), d.get(SearchIndex.SPEAKER),
                        SnippetWindow.of(snippet.replace("<b>", "«").replace("</b>", "»").replace('\n', ' ')),
                        sd.score));
            }
            return hits;
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** How much of a hit's text the highlighter looks at first. */
    private static final int MAX_HIGHLIGHTED = 10_000;

    private static String[] highlighted(IndexSearcher searcher, SearchIndex index, Query query, TopDocs top,
                                        Map<Integer, Document> read, int maxLength) throws IOException {
        return new HighlighterOfRead(UnifiedHighlighter.builder(searcher, index.analyzer()).withMaxLength(maxLength),
                read).highlight(SearchIndex.TEXT, query, top, 1);
    }

    /**
     * Highlights again, whole, the hits longer than the highlighter first looked at that came back without a
     * highlighted word: their match lies further on (a long paragraph), and the hit should show it. Rare, and
     * only those hits are read again.
     */
    private static void highlightLongTextsWhole(IndexSearcher searcher, SearchIndex index, Query query, TopDocs top,
                                                Map<Integer, Document> read, String[] snippets) throws IOException {
        List<Integer> again = new ArrayList<>();
        int longest = 0;
        for (int i = 0; i < snippets.length; i++) {
            String text = read.get(top.scoreDocs[i].doc).get(SearchIndex.TEXT);
            if (text != null && text.length() > MAX_HIGHLIGHTED && (snippets[i] == null || !snippets[i].contains("<b>"))) {
                again.add(i);
                longest = Math.max(longest, text.length());
            }
        }
        if (again.isEmpty()) {
            return;
        }
        ScoreDoc[] those = again.stream().map(i -> top.scoreDocs[i]).toArray(ScoreDoc[]::new);
        String[] whole = highlighted(searcher, index, query, new TopDocs(top.totalHits, those), read, longest + 1);
        for (int j = 0; j < those.length; j++) {
            if (whole[j] != null && whole[j].contains("<b>")) {
                snippets[again.get(j)] = whole[j];
            }
        }
    }

    /**
     * The library's highlighter, given the hits' texts as they were read with their other fields: reading the
     * hits itself, it read every stored document a second time (a sixth of a search at a million quotations,
     * each read decompressing a block of the index).
     */
    static final class HighlighterOfRead extends UnifiedHighlighter {
        private final Map<Integer, Document> read;

        HighlighterOfRead(UnifiedHighlighter.Builder builder, Map<Integer, Document> read) {
            super(builder);
            this.read = read;
        }

        /** One row per hit the iterator yields, in its order, each field as the library reads it. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document d = read.get(doc);
                if (d == null) {
                    throw new IllegalStateException("a hit not read: " + doc); // only the hits read are highlighted
                }
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    row[f] = joined(d.getValues(fields[f]));
                }
                values.add(row);
            }
            return values;
        }

        /** A field's values as the library joins them: split by U+0000, cut at the highlighter's length. */
        private String joined(String[] values) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < values.length && text.length() < getMaxLength(); i++) {
                if (i > 0) {
                    text.append('\u0000');
                }
                text.append(values[i]);
            }
            if (text.length() > getMaxLength()) {
                text.setLength(getMaxLength());
            }
            return text.toString();
        }
    }
}
