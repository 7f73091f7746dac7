package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The highlighter given the hits' texts as read gives the library's own snippets where they are hard to get
 * right: a text longer than the part highlighted (a character pair across the cut), an empty quotation, and
 * documents the index never makes (a text in two values, none, an empty one). Cases a reviewer found.
 */
class HighlighterOfReadTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aLongTextAndAnEmptyQuotationAreHighlightedAsByTheLibrary() throws Exception {
        StringBuilder b = new StringBuilder("Begin schamen hier. ");
        while (b.length() < 9_990) {
            b.append("vul woord zin. ");
        }
        b.setLength(9_999);
        b.append("\uD83D\uDE00"); // a surrogate pair across the highlighter's cut at 10,000
        while (b.length() < 12_000) {
            b.append(" voorziening vul.");
        }
        b.append(" coördinator aan het eind.");
        String text = "Kort: mensen schamen zich.\n" + b + "\nSlot.\n";
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Lang", "", "nl", T));
        p.put(new nl.veldwerk.model.Document("a01", "A01", "", text, SourceFormat.TXT, List.of(), java.util.Set.of(),
                Map.of(), T));
        p.put(Code.of("schaamte", "Schaamte", null, null));
        new ProjectSession(p).execute(QuotationCommands.codeRange("a01", 3, 3, "schaamte", null, T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            for (String query : List.of("schamen", "voorziening", "coordinator", "code:schaamte", "document:A01",
                    "schamen OR coordinator", "vul*")) {
                SearchIndexTest.assertSnippetsAsTheLibrarys(index, query);
            }
        }
    }

    @Test
    void aTextInTwoValuesNoneOrEmptyIsHighlightedAsByTheLibrary() throws Exception {
        Analyzer analyzer = new StandardAnalyzer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                w.addDocument(List.of(new TextField("other", "alpha", Field.Store.YES)));
                w.addDocument(List.of(new TextField(SearchIndex.TEXT, "first value without it.", Field.Store.YES),
                        new TextField(SearchIndex.TEXT, "second value with alpha in it.", Field.Store.YES)));
                w.addDocument(List.of(new TextField(SearchIndex.TEXT, "", Field.Store.YES),
                        new TextField("other", "alpha", Field.Store.YES)));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SearchIndex.TEXT, "alpha")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("other", "alpha")), BooleanClause.Occur.SHOULD).build();
                TopDocs top = searcher.search(query, 10);
                assertEquals(3, top.scoreDocs.length);
                Map<Integer, Document> read = new HashMap<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    read.put(sd.doc, searcher.storedFields().document(sd.doc));
                }
                String[] library = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(10_000).build()
                        .highlight(SearchIndex.TEXT, query, top, 1);
                String[] ours = new Search.HighlighterOfRead(UnifiedHighlighter.builder(searcher, analyzer)
                        .withMaxLength(10_000), read).highlight(SearchIndex.TEXT, query, top, 1);
                assertArrayEquals(library, ours);
            }
        }
    }
}
