package nl.veldwerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.model.UserText;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
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

    /**
     * One hit: what it is, where it is, and a snippet with the matched words between « and ».
     *
     * @param matchStart where in the document the first highlighted word begins (-1: none, e.g. a hit found by
     *                   its code or coder only), so that a long paragraph can be opened at the word found
     * @param matchEnd   where that word ends (-1: none)
     */
    public record Hit(String kind, String documentId, String documentName, String quotationId, int start, int end,
                      String speaker, String snippet, float score, int matchStart, int matchEnd) {

        /** A hit without a highlighted word. */
        public Hit(String kind, String documentId, String documentName, String quotationId, int start, int end,
                   String speaker, String snippet, float score) {
            this(kind, documentId, documentName, quotationId, start, end, speaker, snippet, score, -1, -1);
        }
    }

    /** A query that does not parse, with the parser's reason. */
    public static final class BadQuery extends Exception implements UserText.Carrier {
        private final transient UserText text;

        BadQuery(String query, UserText reason) {
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

    /** Refuses a query the search would refuse (to keep one under a name, say), as the search would. */
    public static void requireValid(String queryText) throws BadQuery {
        org.apache.lucene.analysis.Analyzer words = new org.apache.lucene.analysis.core.WhitespaceAnalyzer();
        parse(queryText, words, words, SubCodes.NONE);
    }

    private static Query parse(String queryText, org.apache.lucene.analysis.Analyzer analyzer,
                               org.apache.lucene.analysis.Analyzer phrases, SubCodes subCodes) throws BadQuery {
        try {
            QueryParser parser = new QueryParser(SearchIndex.TEXT, analyzer) {
                @Override
                protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                    // A quoted phrase keeps its stop words: "de voorziening" is not "een voorziening".
                    Query query = quoted ? newFieldQuery(phrases, field, queryText, true)
                            : super.getFieldQuery(field, queryText, false);
                    Set<String> under = field.equals(SearchIndex.CODE) ? subCodes.under(queryText) : Set.of();
                    if (query == null || under.isEmpty()) {
                        return query;
                    }
                    // A category: its quotations, or those of any code under it (by id: a name may be in others).
                    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                            .add(new org.apache.lucene.search.TermInSetQuery(SearchIndex.CODE_ID, under.stream()
                                    .map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.SHOULD)
                            .build();
                }
            };
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parser.setAllowLeadingWildcard(false);
            return everythingBut(parser.parse(queryText));
        } catch (ParseException | IllegalArgumentException e) {
            throw new BadQuery(queryText, QuerySyntax.problem(queryText));
        }
    }

    /**
     * A query of exclusions only ("NOT schaamte", "-code:Angst") asks for everything but those: alone, Lucene
     * finds nothing for it, and "NOT schaamte" gave 0 hits without a word (QA).
     */
    private static Query everythingBut(Query query) {
        if (!(query instanceof BooleanQuery b) || b.clauses().isEmpty()
                || b.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT)) {
            return query;
        }
        // Excluding what only quotations have (a code, a coder, a comment) asks for the other quotations: every
        // paragraph has no code, and "-code:Angst" listed them all (review).
        Set<String> fields = new java.util.HashSet<>();
        b.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this; // the excluded clauses' own fields, however deep
            }
        });
        Query base = !fields.isEmpty() && QUOTATION_FIELDS.containsAll(fields)
                ? new TermQuery(new org.apache.lucene.index.Term(SearchIndex.KIND, "quotation"))
                : new org.apache.lucene.search.MatchAllDocsQuery();
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        b.clauses().forEach(all::add);
        return all.build();
    }

    /** The fields only quotations have. */
    private static final Set<String> QUOTATION_FIELDS = Set.of(SearchIndex.CODE, SearchIndex.CODE_ID,
            SearchIndex.CODER, SearchIndex.COMMENT);

    private static final java.util.regex.Pattern SPEAKER_FIELD = field("speaker");
    private static final java.util.regex.Pattern CODE_FIELD = field("code");

    /** A field of a query with its value, quoted (group 1) or not (group 2), in any case ("Code:Angst"). */
    private static java.util.regex.Pattern field(String name) {
        return java.util.regex.Pattern.compile("(?i)(?<![\\w:])" + name + ":(?:\"([^\"]*)\"|([^\\s()\"]+))");
    }

    /**
     * The search as it reads once the code called {@code oldName} is called {@code newName}: each {@code code:}
     * of that name written anew, the rest as it was (QA: a saved search for code:Wantrouwen found nothing after
     * the code's rename, and the report built on it came out empty). Left as it is where another code keeps the
     * old name ({@code code:} finds either by name) or the new one is taken ({@code otherNames}: the other
     * codes' names).
     */
    public static String afterCodeRename(String query, String oldName, String newName,
                                         java.util.Collection<String> otherNames) {
        String oldKey = SubCodes.key(oldName);
        if (otherNames.stream().map(SubCodes::key).anyMatch(k -> k.equals(oldKey) || k.equals(SubCodes.key(newName)))) {
            return query;
        }
        return renamedIn(query, CODE_FIELD, "code:", named -> SubCodes.key(named).equals(oldKey), newName);
    }

    /**
     * The names a query's {@code code:} fields give that no code of {@code codes} has (as {@code code:} compares
     * names: case and accents aside), in the order written: a search for a code that is not there found nothing
     * without a word (QA), where a code query says so.
     */
    public static List<String> unknownCodes(String query, java.util.Collection<nl.veldwerk.model.Code> codes) {
        Set<String> known = new java.util.HashSet<>();
        codes.forEach(c -> known.add(SubCodes.key(c.name())));
        return codeNames(query).stream().filter(named -> !known.contains(SubCodes.key(named))).toList();
    }

    /**
     * The names a query's {@code code:} fields give, each once, in the order written; not a wildcard, fuzzy or boosted
     * name, which is no one name.
     */
    private static List<String> codeNames(String query) {
        List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher m = CODE_FIELD.matcher(query);
        while (m.find()) {
            String named = m.group(1) != null ? m.group(1) : m.group(2);
            if (!named.matches(".*[*?~^].*") && !names.contains(named)) {
                names.add(named);
            }
        }
        return names;
    }

    /**
     * The names a query's {@code code:} fields give that two or more codes of {@code project} have, each with the
     * places of those codes ("Psychische kenmerken > Schaamte"), in the order written: {@code code:} finds the
     * quotations of all of them, mixed without a word (QA), where a code query asks which one is meant.
     */
    public static java.util.Map<String, List<String>> sharedCodeNames(String query, nl.veldwerk.model.Project project) {
        java.util.Map<String, List<String>> shared = new java.util.LinkedHashMap<>();
        for (String named : codeNames(query)) {
            String key = SubCodes.key(named);
            List<String> places = project.codes().stream().filter(c -> SubCodes.key(c.name()).equals(key))
                    .map(c -> project.pathOf(c.id())).sorted().toList();
            if (places.size() > 1) {
                shared.put(named, places);
            }
        }
        return shared;
    }

    private static final java.util.regex.Pattern GROUP_FIELD = field("group");

    /**
     * The search as it reads once the document group called {@code oldName} is called {@code newName}: each
     * {@code group:} of that name (in any case) written anew, the rest as it was; a saved search for the group found
     * nothing after its rename, as one for a code did before.
     */
    public static String afterGroupRename(String query, String oldName, String newName) {
        return renamedIn(query, GROUP_FIELD, "group:", named -> named.equalsIgnoreCase(oldName), newName);
    }

    /**
     * The search as it reads once the document attribute called {@code oldName} is called {@code newName}: each
     * field of the old attribute ({@code rol:aanbieder}) asks for the new one ({@code functie:aanbieder}), its value
     * and the rest as they were; a saved search for it found nothing after the rename. Left as it is where another
     * attribute ({@code otherNames}) is searched by the old field or would be by the new one, either is one of the
     * index's own fields ({@code group:}), or the new name has no letters or digits to search it by.
     */
    public static String afterAttributeRename(String query, String oldName, String newName,
                                              java.util.Collection<String> otherNames) {
        String oldField = SearchIndex.attributeField(oldName);
        String newField = SearchIndex.attributeField(newName);
        if (oldField.isEmpty() || newField.isEmpty() || oldField.equals(newField) || otherNames.stream()
                .map(SearchIndex::attributeField).anyMatch(f -> f.equals(oldField) || f.equals(newField))
                || SearchIndex.OWN_FIELDS.contains(oldField) || SearchIndex.OWN_FIELDS.contains(newField)) {
            return query; // "group:" of an attribute called Group is the groups' too: not rewritten (review)
        }
        return java.util.regex.Pattern.compile("(?iu)(?<![\\w:])" + java.util.regex.Pattern.quote(oldField) + ":")
                .matcher(query).replaceAll(java.util.regex.Matcher.quoteReplacement(newField + ":"));
    }

    /**
     * The query with each {@code field} whose value {@code renamed} accepts given {@code newName} (quoted where it needs
     * it), the field's name as written ("Code:" stays), the rest as it was.
     */
    private static String renamedIn(String query, java.util.regex.Pattern field, String prefix,
                                    java.util.function.Predicate<String> renamed, String newName) {
        String written = newName.matches("[\\p{L}\\p{N}_-]+") ? newName : "\"" + newName.replace("\"", "") + "\"";
        java.util.regex.Matcher m = field.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String named = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(renamed.test(named)
                    ? m.group().substring(0, prefix.length()) + written : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The speakers left out, but those the query asks for by name ({@code speaker:Interviewer}): asked for, they
     * are what is wanted (it found "0 hits here; 2 in the words of Interviewer, left out").
     */
    public static Set<String> withoutNamed(String queryText, Set<String> leftOut) {
        if (leftOut.isEmpty()) {
            return leftOut;
        }
        Set<String> named = new java.util.HashSet<>();
        java.util.regex.Matcher m = SPEAKER_FIELD.matcher(queryText);
        while (m.find()) {
            named.add(SubCodes.key(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return named.isEmpty() ? leftOut : leftOut.stream().filter(s -> !named.contains(SubCodes.key(s)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The words of a query that the search leaves out as too common (stop words outside quotes: "geen" in
     * geen aanbod), so the hits can say so; a negation dropped without a word changes what was asked.
     */
    public static List<String> tooCommon(SearchIndex index, String queryText) {
        List<String> left = new ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("\"[^\"]*\"|[^\\s()\"]+").matcher(queryText);
        while (words.find()) {
            String word = words.group();
            if (word.startsWith("\"") || word.contains(":") || word.contains("*") || word.contains("?")
                    || word.contains("~") || List.of("AND", "OR", "NOT").contains(word)) {
                continue;
            }
            String bare = word.replaceFirst("^[+-]", "");
            if (!hasWords(index.queryAnalyzer(), bare) && hasWords(index.phraseAnalyzer(), bare)
                    && !left.contains(bare)) {
                left.add(bare);
            }
        }
        return left;
    }

    /** Whether the analyzer makes any term of the text (stop words kept, it makes one of every word). */
    private static boolean hasWords(org.apache.lucene.analysis.Analyzer analyzer, String text) {
        try (org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream(SearchIndex.TEXT, text)) {
            tokens.reset();
            boolean any = tokens.incrementToken();
            tokens.end();
            return any;
        } catch (IOException e) {
            return false; // reading a string does not fail
        }
    }

    public static List<Hit> run(SearchIndex index, String queryText, Scope scope, int max)
            throws IOException, BadQuery {
        return run(index, queryText, scope, max, Set.of());
    }

    /**
     * The best {@code max} hits, leaving out what the {@code leftOutSpeakers} say (a paragraph of theirs, or a
     * quotation starting in one): hits are read in pages until {@code max} are kept, so an interviewer's many
     * questions do not crowd out the answers.
     */
    public static List<Hit> run(SearchIndex index, String queryText, Scope scope, int max, Set<String> leftOutSpeakers)
            throws IOException, BadQuery {
        return run(index, queryText, scope, max, leftOutSpeakers, SubCodes.NONE);
    }

    /** As above; {@code code:} of a code with sub-codes finds their quotations too. */
    public static List<Hit> run(SearchIndex index, String queryText, Scope scope, int max, Set<String> leftOutSpeakers,
                                SubCodes subCodes) throws IOException, BadQuery {
        leftOutSpeakers = withoutNamed(queryText, leftOutSpeakers);
        Query parsed = parse(queryText, index.queryAnalyzer(), index.phraseAnalyzer(), subCodes);
        if (parsed instanceof BooleanQuery none && none.clauses().isEmpty() && !queryText.isBlank()) {
            // Every word a stop word ("de", "het en"): said, not "no hits" as if the texts lacked them; no word
            // at all ("—", "!!"): said so.
            throw new BadQuery(queryText, UserText.of(Search.class, hasWords(index.phraseAnalyzer(), queryText)
                    ? "query.onlyStopWords" : "query.noWords"));
        }
        Query query = scope == Scope.ALL ? parsed : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.KIND, scope == Scope.QUOTATIONS ? "quotation" : "paragraph")),
                        BooleanClause.Occur.FILTER).build();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> read = new HashMap<>();
            List<ScoreDoc> kept = new ArrayList<>();
            TopDocs page = searcher.search(query, max);
            while (true) {
                for (ScoreDoc sd : page.scoreDocs) {
                    if (kept.size() >= max) {
                        break;
                    }
                    Document d = stored.document(sd.doc);
                    String speaker = d.get(SearchIndex.SPEAKER);
                    if (speaker == null || !leftOutSpeakers.contains(speaker)) {
                        kept.add(sd);
                        read.put(sd.doc, d);
                    }
                }
                if (kept.size() >= max || page.scoreDocs.length < max) {
                    break;
                }
                page = searcher.searchAfter(page.scoreDocs[page.scoreDocs.length - 1], query, max);
            }
            TopDocs top = new TopDocs(page.totalHits, kept.toArray(ScoreDoc[]::new));
            HighlighterOfRead.Marked[] snippets = highlighted(searcher, index, query, top, read, MAX_HIGHLIGHTED);
            highlightLongTextsWhole(searcher, index, query, top, read, snippets);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = read.get(sd.doc);
                HighlighterOfRead.Marked marked = snippets[i];
                String snippet = marked != null ? marked.snippet() : d.get(SearchIndex.TEXT);
                int start = d.getField(SearchIndex.START).numericValue().intValue();
                boolean found = marked != null && marked.matchStart() >= 0;
                hits.add(new Hit(d.get(SearchIndex.KIND), d.get(SearchIndex.DOCUMENT_ID), d.get(SearchIndex.DOCUMENT),
                        d.get(SearchIndex.QUOTATION_ID), start, d.getField(SearchIndex.END).numericValue().intValue(),
                        d.get(SearchIndex.SPEAKER),
                        SnippetWindow.of(snippet),
                        sd.score, found ? start + marked.matchStart() : -1, found ? start + marked.matchEnd() : -1));
            }
            return hits;
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** Whether the query matches the hit's text itself, not only its other fields. */
    private static boolean matchesText(IndexSearcher searcher, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        return matches != null && matches.getMatches(SearchIndex.TEXT) != null;
    }

    /** How much of a hit's text the highlighter looks at first. */
    private static final int MAX_HIGHLIGHTED = 10_000;

    private static HighlighterOfRead.Marked[] highlighted(IndexSearcher searcher, SearchIndex index, Query query,
                                                          TopDocs top, Map<Integer, Document> read, int maxLength)
            throws IOException {
        return new HighlighterOfRead(UnifiedHighlighter.builder(searcher, index.analyzer()).withMaxLength(maxLength),
                read).marked(SearchIndex.TEXT, query, top);
    }

    /**
     * Highlights again, whole, the hits longer than the highlighter first looked at that came back without a
     * highlighted word although the query matches their text: their match lies further on (a long paragraph),
     * and the hit should show it. Rare: a hit found by another field only (its document's name, a code) is not
     * highlighted again, which would find nothing at the cost of reading its whole text.
     */
    private static void highlightLongTextsWhole(IndexSearcher searcher, SearchIndex index, Query query, TopDocs top,
                                                Map<Integer, Document> read, HighlighterOfRead.Marked[] snippets)
            throws IOException {
        List<Integer> again = new ArrayList<>();
        int longest = 0;
        Weight weight = null; // made for the first long hit without a highlighted word (most searches have none)
        for (int i = 0; i < snippets.length; i++) {
            String text = read.get(top.scoreDocs[i].doc).get(SearchIndex.TEXT);
            boolean highlighted = snippets[i] != null && snippets[i].matchStart() >= 0;
            if (text == null || text.length() <= MAX_HIGHLIGHTED || highlighted) {
                continue;
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            }
            if (matchesText(searcher, weight, top.scoreDocs[i].doc)) {
                again.add(i);
                longest = Math.max(longest, text.length());
            }
        }
        if (again.isEmpty()) {
            return;
        }
        ScoreDoc[] those = again.stream().map(i -> top.scoreDocs[i]).toArray(ScoreDoc[]::new);
        HighlighterOfRead.Marked[] whole = highlighted(searcher, index, query, new TopDocs(top.totalHits, those), read,
                longest + 1);
        for (int j = 0; j < those.length; j++) {
            if (whole[j] != null && whole[j].matchStart() >= 0) {
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

        /** Whether the formatter also says where the first highlighted word is ({@link #marked}). */
        private boolean marking;

        HighlighterOfRead(UnifiedHighlighter.Builder builder, Map<Integer, Document> read) {
            super(builder);
            this.read = read;
        }

        /** A hit's snippet as the library makes it, and where in its text its first highlighted word is (-1: none). */
        record Marked(String snippet, int matchStart, int matchEnd) {
        }

        /**
         * As {@link #highlight(String, Query, TopDocs, int)} with one passage, each snippet with the place of its
         * first highlighted word (null where the library gives no snippet).
         */
        Marked[] marked(String field, Query query, TopDocs top) throws IOException {
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            marking = true;
            try {
                Object[] formatted = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {1}).get(field);
                Marked[] marked = new Marked[docs.length];
                for (int i = 0; i < docs.length; i++) {
                    marked[i] = (Marked) formatted[i];
                }
                return marked;
            } finally {
                marking = false;
            }
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            PassageFormatter library = super.getFormatter(field);
            if (!marking) {
                return library;
            }
            return new PassageFormatter() {
                @Override
                public Object format(Passage[] passages, String content) {
                    String snippet = (String) library.format(passages, content);
                    for (Passage passage : passages) { // in the text's order
                        if (passage.getNumMatches() > 0) {
                            return new Marked(snippet, passage.getMatchStarts()[0], passage.getMatchEnds()[0]);
                        }
                    }
                    return new Marked(snippet, -1, -1);
                }
            };
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
