package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Dutch words whose last consonant changes or doubles in the plural are found by either form. */
class DutchStemEndingsTest {
    private static List<String> terms(Analyzer analyzer, String text) throws Exception {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    @Test
    void aPluralAndItsSingularHaveOneStem() throws Exception {
        Analyzer dutch = TranscriptAnalyzer.forLanguage("nl");
        String[][] pairs = {{"buurthuizen", "buurthuis"}, {"brieven", "brief"}, {"gezinnen", "gezin"},
                {"stoffen", "stof"}, {"kinderen", "kind"}, {"eieren", "ei"}, {"reizen", "reis"}, {"muizen", "muis"},
                {"mannen", "man"}, {"zussen", "zus"}, {"voorzieningen", "voorziening"}, {"wijken", "wijk"},
                // A singular in -s whose s the stemmer took for a plural's; an English loan's -es (QA).
                {"mensen", "mens"}, {"kansen", "kans"}, {"wensen", "wens"}, {"fietsen", "fiets"},
                {"wijkcoaches", "wijkcoach"}, {"lunches", "lunch"}, {"helpers", "helper"}, {"dossiers", "dossier"}};
        for (String[] pair : pairs) {
            assertEquals(terms(dutch, pair[1]), terms(dutch, pair[0]), pair[0] + " / " + pair[1]);
        }
        assertNotEquals(terms(dutch, "huis"), terms(dutch, "hout"));
        assertNotEquals(terms(dutch, "gezin"), terms(dutch, "gezien"), "only a doubled consonant is undone");
    }

    @Test
    void theWordAsWrittenIsKeptBesideItsJoinedStem() throws Exception {
        assertEquals(List.of("buurthuizen", "buurthuis"), terms(TranscriptAnalyzer.forIndex("nl"), "buurthuizen"),
                "a wildcard finds the word as written; a search the stem shared with the singular");
        assertEquals(List.of("houses", "hous"), terms(TranscriptAnalyzer.forIndex("en"), "houses"),
                "English stems are not touched");
    }

    @Test
    void searchingTheSingularFindsTheIrregularPlural() throws Exception {
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Zoeken", "", "nl", t));
        p.put(Document.of("a", "A01", "De buurthuizen zijn vaak dicht.\n\nVeel gezinnen met kinderen komen niet.\n\n"
                + "Mensen vragen de wijkcoach.",
                SourceFormat.TXT, List.of(), t));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(1, Search.run(index, "buurthuis", Search.Scope.ALL, 10).size());
            assertEquals(1, Search.run(index, "gezin AND kind", Search.Scope.ALL, 10).size());
            assertEquals(1, Search.run(index, "mens", Search.Scope.ALL, 10).size(), "'mens' finds 'mensen' (QA)");
            assertEquals(1, Search.run(index, "wijkcoaches", Search.Scope.ALL, 10).size(), "and '-es' its singular");
            assertEquals(1, Search.run(index, "buurthuiz*", Search.Scope.ALL, 10).size(), "as written, by wildcard");
        }
    }
}
