package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;

class HitsTableTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    /**
     * A paragraph imported without line breaks is one hit whose snippet is cut around the word found; its row
     * in the table still holds the whole paragraph, and a quotation hit its ID as reports cite it.
     */
    @Test
    void aRowCarriesTheHitsWholeTextNotItsCutSnippet() throws Exception {
        String filler = "De buurtbewoners praten over de wijk en de voorzieningen die zij kennen. ".repeat(300);
        String text = filler + "Het speeltuintje is weg." + filler;
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Tabel", "", "nl", T));
        p.put(new Document("lang", "Lang", "", text, SourceFormat.TXT, List.of(), java.util.Set.of(),
                java.util.Map.of(), T));
        p.put(Code.of("plek", "Plek", null, null));
        int at = text.indexOf("Het speeltuintje");
        new ProjectSession(p).execute(QuotationCommands.codeRange("lang", at, at + "Het speeltuintje is weg.".length(),
                "plek", null, T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            List<Search.Hit> hits = Search.run(index, "speeltuintje", Search.Scope.ALL, 10);
            Search.Hit paragraph = hits.stream().filter(h -> h.kind().equals("paragraph")).findFirst().orElseThrow();
            Search.Hit quotation = hits.stream().filter(h -> h.kind().equals("quotation")).findFirst().orElseThrow();
            assertTrue(paragraph.snippet().length() < 1_000, "the snippet is cut: " + paragraph.snippet().length());

            List<List<String>> rows = HitsTable.rows(p, List.of(paragraph, quotation));
            assertEquals(HitsTable.HEADER.size(), rows.getFirst().size());
            int textColumn = HitsTable.HEADER.indexOf("text");
            int idColumn = HitsTable.HEADER.indexOf("quotation");
            assertEquals(text.strip(), rows.get(0).get(textColumn).strip(), "the whole paragraph");
            assertEquals("", rows.get(0).get(idColumn), "a paragraph is no quotation");
            assertEquals("Het speeltuintje is weg.", rows.get(1).get(textColumn));
            nl.veldwerk.model.Quotation q = p.quotation(quotation.quotationId()).orElseThrow();
            assertEquals(q.idIn(p.document("lang").orElseThrow()), rows.get(1).get(idColumn));
            assertTrue(rows.get(1).get(idColumn).endsWith(":1"), rows.get(1).get(idColumn));
            assertEquals(paragraph.snippet(), rows.get(0).get(HitsTable.HEADER.indexOf("snippet")));
        }
    }

    @Test
    void aHitOutsideTheTextAsItIsNowIsClampedNotRefused() {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Tabel", "", "nl", T));
        p.put(new Document("kort", "Kort", "", "Kort.", SourceFormat.TXT, List.of(), java.util.Set.of(),
                java.util.Map.of(), T));
        Search.Hit stale = new Search.Hit("paragraph", "kort", "Kort", null, 2, 400, null, "…", 1f);
        assertEquals("rt.", HitsTable.rows(p, List.of(stale)).getFirst().get(HitsTable.HEADER.indexOf("text")));
        Search.Hit gone = new Search.Hit("paragraph", "weg", "Weg", null, 0, 4, null, "…", 1f);
        assertEquals("", HitsTable.rows(p, List.of(gone)).getFirst().get(HitsTable.HEADER.indexOf("text")));
    }
}
