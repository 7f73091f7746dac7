package nl.veldwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Code suggestions from the project's own codings, on this machine only: the coded quotations most like
 * a passage (Lucene's more-like-this over the project's language analysis: stemming, stop words, folded
 * diacritics) vote for their codes, each vote weighed by how alike the quotation is. A suggestion comes with
 * its score (its share of the votes) and the quotations that support it, most alike first. Nothing is
 * coded by this class: accepting a suggestion is the user's coding.
 */
public final class CodeSuggester implements AutoCloseable {
    /** How many alike quotations vote. */
    static final int NEIGHBOURS = 10;
    /** How many supporting quotations a suggestion shows. */
    static final int SUPPORT = 3;
    private static final String ID = "id";
    private static final String TEXT = "text";

    /** A coded quotation that supports a suggestion, and how alike it is (1 for the most alike). */
    public record Support(String quotationId, double similarity) {
    }

    /**
     * A code, its share of the votes (0 to 1), and the quotations behind it; {@code votes} of the {@code voters}
     * alike coded quotations carry it. The share is relative (one weakly alike quotation alone is "100 %"), so
     * it is shown with the votes it rests on.
     */
    public record Suggestion(String codeId, double score, List<Support> support, int votes, int voters) {
    }

    private final Project project;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private CodeSuggester(Project project) throws IOException {
        this.project = project;
        this.analyzer = TranscriptAnalyzer.forLanguage(project.info().language());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Quotation q : project.quotations()) {
                Document d = project.document(q.documentId()).orElse(null);
                if (d == null || project.codingsOf(q.id()).isEmpty() || q.end() > d.textLength()) {
                    continue;
                }
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(ID, q.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, d.text().substring(q.start(), q.end()), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** The suggester for a project as it is now (its coded quotations are read once, into memory). */
    public static CodeSuggester of(Project project) {
        try {
            return new CodeSuggester(project);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code limit} codes for the passage, best first. */
    public List<Suggestion> suggest(String passage, int limit) {
        return suggest(passage, limit, Set.of());
    }

    /**
     * The same, leaving out the given quotations (the one being evaluated, or those coded already at this
     * passage); codes in {@code rejected} are not suggested.
     */
    public List<Suggestion> suggest(String passage, int limit, Set<String> leftOut) {
        return suggest(passage, limit, leftOut, Set.of());
    }

    public List<Suggestion> suggest(String passage, int limit, Set<String> leftOut, Set<String> rejected) {
        try {
            Query alike = alike(passage);
            if (alike == null) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(alike, BooleanClause.Occur.MUST);
            leftOut.forEach(id -> query.add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.MUST_NOT));
            ScoreDoc[] hits = searcher.search(query.build(), NEIGHBOURS).scoreDocs;
            if (hits.length == 0) {
                return List.of();
            }
            double best = hits[0].score;
            Map<String, Double> votes = new HashMap<>();
            Map<String, Integer> counted = new HashMap<>();
            int voters = 0;
            Map<String, List<Support>> support = new LinkedHashMap<>();
            double total = 0;
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                String quotationId = stored.document(hit.doc).get(ID);
                double similarity = hit.score / best;
                boolean voted = false;
                for (String codeId : project.codingsOf(quotationId).stream().map(Coding::codeId).distinct().toList()) {
                    if (rejected.contains(codeId) || project.code(codeId).isEmpty()) {
                        continue;
                    }
                    voted = true;
                    votes.merge(codeId, similarity, Double::sum);
                    counted.merge(codeId, 1, Integer::sum);
                    List<Support> behind = support.computeIfAbsent(codeId, k -> new ArrayList<>());
                    if (behind.size() < SUPPORT) {
                        behind.add(new Support(quotationId, similarity));
                    }
                }
                // A score is a share of the likeness of the quotations that voted: each counts once, however
                // many codes it carries, so one code's score is at most 1.
                total += voted ? similarity : 0;
                voters += voted ? 1 : 0;
            }
            if (total == 0) {
                return List.of();
            }
            double all = total;
            int everyVoter = voters;
            return votes.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(limit)
                    .map(e -> new Suggestion(e.getKey(), e.getValue() / all, List.copyOf(support.get(e.getKey())),
                            counted.get(e.getKey()), everyVoter))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The more-like-this query for a passage: its most telling terms, weighed against the coded quotations. */
    private Query alike(String passage) throws IOException {
        return AlikeQuery.of(reader, analyzer, TEXT, List.of(passage), 25);
    }

    /** How many coded quotations the suggester learns from. */
    public int coded() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** The codes of a quotation, most used first (for a stable order in reports). */
    static List<String> codesOf(Project p, String quotationId) {
        return p.codingsOf(quotationId).stream().map(Coding::codeId).distinct().sorted(Comparator.naturalOrder())
                .toList();
    }
}
