package nl.veldwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * "Find more like these": the sentences, paragraphs or speaker turns of chosen documents that do not carry a
 * code yet, ranked by how alike they are to the code's quotations (Lucene's more-like-this over the
 * project's language analysis). The best come first with their similarity (1 for the most alike); coding
 * the chosen ones is one undoable step ({@link SearchAndCode#command}).
 */
public final class SimilarPassages {
    /** A passage and how alike it is to the code's quotations (the best is 1). */
    public record Hit(SearchAndCode.Stretch stretch, double similarity) {
    }

    private static final String TEXT = "text";
    private static final String AT = "at";

    private SimilarPassages() {
    }

    /**
     * Up to {@code limit} passages of {@code documentIds} (all documents when empty), in units of {@code unit}
     * (sentence, paragraph or turn), that overlap no quotation with the code and are not said by
     * {@code leftOutSpeakers}, best first. Empty when the code has no quotations to learn from.
     */
    public static List<Hit> rank(Project p, String codeId, Set<String> documentIds, SearchAndCode.Unit unit,
                                 Set<String> leftOutSpeakers, int limit) {
        List<String> examples = new ArrayList<>();
        for (Coding c : p.codingsWithCode(codeId)) {
            p.quotation(c.quotationId()).ifPresent(q -> p.document(q.documentId()).filter(d -> q.end() <= d.textLength())
                    .ifPresent(d -> examples.add(d.text().substring(q.start(), q.end()))));
        }
        List<SearchAndCode.Stretch> candidates = new ArrayList<>();
        for (Document d : p.documents()) {
            if (documentIds.isEmpty() || documentIds.contains(d.id())) {
                units(p, d, unit, codeId, leftOutSpeakers, candidates);
            }
        }
        if (examples.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        Analyzer analyzer = TranscriptAnalyzer.forLanguage(p.info().language());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < candidates.size(); i++) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new StoredField(AT, i));
                    doc.add(new TextField(TEXT, candidates.get(i).text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query alike = AlikeQuery.of(reader, analyzer, TEXT, examples, 40);
                if (alike == null) {
                    return List.of();
                }
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] hits = searcher.search(alike, limit).scoreDocs;
                List<Hit> ranked = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc hit : hits) {
                    int at = stored.document(hit.doc).getField(AT).numericValue().intValue();
                    ranked.add(new Hit(candidates.get(at), hit.score / hits[0].score));
                }
                return List.copyOf(ranked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's units that do not overlap a quotation with the code and are not said by a left-out speaker. */
    private static void units(Project p, Document d, SearchAndCode.Unit unit, String codeId, Set<String> leftOut,
                              List<SearchAndCode.Stretch> into) {
        String text = d.text();
        List<Quotation> coded = p.quotationsOf(d.id()).stream().filter(q -> p.codingsOf(q.id()).stream()
                .anyMatch(c -> c.codeId().equals(codeId))).toList();
        List<int[]> ranges = new ArrayList<>();
        if (unit == SearchAndCode.Unit.TURN && !d.turns().isEmpty()) {
            d.turns().forEach(t -> ranges.add(new int[] {t.start(), Math.min(t.end(), text.length())}));
        } else {
            int at = 0;
            while (at < text.length()) {
                if (Character.isWhitespace(text.charAt(at))) {
                    at++;
                    continue;
                }
                int[] r = SearchAndCode.widen(d, at, at + 1, unit == SearchAndCode.Unit.SENTENCE
                        ? SearchAndCode.Unit.SENTENCE : SearchAndCode.Unit.PARAGRAPH);
                int end = Math.max(r[1], at + 1);
                ranges.add(new int[] {Math.max(r[0], at), end});
                at = end;
            }
        }
        for (int[] r : ranges) {
            java.util.regex.Matcher label = SearchAndCode.SPEAKER_LABEL.matcher(text).region(r[0], r[1]);
            // Only where the document has turns is "Name: " at a line's start a speaker's label.
            if (!d.turns().isEmpty() && label.lookingAt() && (r[0] == 0 || text.charAt(r[0] - 1) == '\n')) {
                r[0] = label.end(); // the speaker's label is not what was said
            }
            String said = text.substring(r[0], r[1]);
            boolean overlaps = coded.stream().anyMatch(q -> q.start() < r[1] && r[0] < q.end());
            if (said.isBlank() || overlaps || leftOut.contains(speaker(d, r[0]))) {
                continue;
            }
            into.add(new SearchAndCode.Stretch(d.id(), d.name(), r[0], r[1], said));
        }
    }

    private static String speaker(Document d, int at) {
        // The last turn that holds the offset, as the concordance and search-and-code decide it.
        String speaker = d.speakerAt(at);
        return speaker == null ? "" : speaker;
    }
}
