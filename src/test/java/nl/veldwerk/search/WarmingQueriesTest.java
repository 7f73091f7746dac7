package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.model.Project;
import nl.veldwerk.store.ProjectReader;
import org.junit.jupiter.api.Test;

/**
 * The searches that warm the searcher at open are of every kind a user types and each finds something, so
 * each reads postings and highlights a hit (a search that finds nothing loads and compiles little).
 */
class WarmingQueriesTest {
    @Test
    void everyWarmingSearchIsOfItsOwnKindAndFindsSomething() throws Exception {
        Project sample = ProjectReader.read(Path.of("sample-projects/wijk-y"));
        try (SearchIndex index = SearchIndex.inMemory(sample)) {
            List<String> queries = WarmingQueries.of(index, sample.documents().stream()
                    .map(nl.veldwerk.model.Document::text).toList());
            assertEquals(5, queries.size(), queries.toString());
            assertTrue(queries.get(1).contains(" OR ") && queries.get(2).contains(" AND ")
                    && queries.get(3).startsWith("\"") && queries.get(4).endsWith("*"), queries.toString());
            for (String query : queries) {
                List<Search.Hit> hits = Search.run(index, query, Search.Scope.ALL, 200);
                assertTrue(!hits.isEmpty(), query + " finds nothing");
                assertTrue(hits.stream().anyMatch(h -> h.snippet().contains("«")), query + " highlights nothing");
            }
        }
    }

    @Test
    void textsWithoutTwoKeptWordsInARowWarmWithOneWord() {
        assertEquals(List.of("interview"), WarmingQueries.of(TranscriptAnalyzer.forLanguage("nl"),
                List.of("", "ja nee", "iets niet")), "'iets' and 'niet' are stop words");
    }
}
