package nl.veldwerk.analysis;

import static nl.veldwerk.analysis.AnalysisFixture.code;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import nl.veldwerk.analysis.CodeDocumentTable.Columns;
import nl.veldwerk.analysis.CodeDocumentTable.Measure;
import nl.veldwerk.analysis.CodeDocumentTable.Normalisation;
import nl.veldwerk.analysis.CooccurrenceTable.Relation;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import org.junit.jupiter.api.Test;

/** Known answers worked out by hand on {@link AnalysisFixture}. */
class TablesTest {
    private final Project p = AnalysisFixture.project();
    private final List<Code> codes = List.of(code(p, "netwerk"), code(p, "schaamte"), code(p, "geld"));

    @Test
    void codeByDocumentCountsQuotationsOnceWhateverTheNumberOfCoders() {
        CodeDocumentTable t = CodeDocumentTable.compute(p, codes, Columns.DOCUMENTS, null);
        assertEquals(List.of("A01", "A02", "W01"), t.columns().stream().map(CodeDocumentTable.Column::label).toList());
        long[][] expected = {{3, 0, 1}, {1, 1, 1}, {0, 1, 0}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[r][c], t.raw(r, c, Measure.QUOTATIONS), "row " + r + " column " + c);
            }
        }
        assertEquals(4, t.rowTotal(0, Measure.QUOTATIONS));
        assertEquals(4, t.columnTotal(0, Measure.QUOTATIONS));
        assertEquals(1, t.columnTotal(2, Measure.QUOTATIONS), "W01's one quotation holds two of the codes");
        assertEquals(7, t.grandTotal(Measure.QUOTATIONS), "seven quotations, eight code-quotation pairs");
        assertEquals(75.0, t.value(0, 0, Measure.QUOTATIONS, Normalisation.PERCENT_OF_COLUMN), 1e-9);
        assertEquals(25.0, t.value(0, 2, Measure.QUOTATIONS, Normalisation.PERCENT_OF_ROW), 1e-9);
        assertEquals(9, t.raw(0, 0, Measure.WORDS), "2 + 3 + 4 words in A01's netwerk quotations");
        assertEquals(12, t.rowTotal(0, Measure.WORDS));
        List<String> cell = t.quotations(0, 0).stream().map(Quotation::id).toList();
        assertEquals(List.of("a01q1", "a01q4", "a01q3"), cell, "in the order of the text (q4 comes before q3)");
    }

    /** A share of a row or column with nothing in it is no figure ("—" in the window), not 0 %. */
    @Test
    void aShareOfNothingIsNoFigure() {
        p.put(Code.of("unused", "Ongebruikt", null, null));
        List<Code> withUnused = new java.util.ArrayList<>(codes);
        withUnused.add(code(p, "unused"));
        CodeDocumentTable t = CodeDocumentTable.compute(p, withUnused, Columns.DOCUMENTS, null);
        int unused = withUnused.size() - 1;
        assertTrue(Double.isNaN(t.value(unused, 0, Measure.QUOTATIONS, Normalisation.PERCENT_OF_ROW)));
        assertTrue(Double.isNaN(t.rowTotalValue(unused, Measure.QUOTATIONS, Normalisation.PERCENT_OF_ROW)));
        assertEquals(0.0, t.value(unused, 0, Measure.QUOTATIONS, Normalisation.PERCENT_OF_COLUMN), 1e-9,
                "none of a column that has some: 0 %");
        assertEquals(0.0, t.value(unused, 0, Measure.QUOTATIONS, Normalisation.RAW), 1e-9);
    }

    @Test
    void byGroupAndByAttributeValue() {
        CodeDocumentTable groups = CodeDocumentTable.compute(p, codes, Columns.GROUPS, null);
        assertEquals(3, groups.raw(0, 0, Measure.QUOTATIONS));
        assertEquals(2, groups.raw(1, 0, Measure.QUOTATIONS));
        assertEquals(1, groups.raw(1, 1, Measure.QUOTATIONS));
        CodeDocumentTable roles = CodeDocumentTable.compute(p, codes, Columns.ATTRIBUTE, "role");
        assertEquals(List.of("aanbieder", CodeDocumentTable.NO_VALUE),
                roles.columns().stream().map(CodeDocumentTable.Column::label).toList());
        assertEquals(1, roles.raw(2, 0, Measure.QUOTATIONS));

        // A number attribute's columns in numeric order (they were in text order: "10" before "9.5").
        p.put(new nl.veldwerk.model.AttributeDefinition("jaren", "jaren", nl.veldwerk.model.AttributeType.NUMBER));
        p.put(p.document("a01").orElseThrow().withAttributes(java.util.Map.of("jaren", "10")));
        p.put(p.document("a02").orElseThrow().withAttributes(java.util.Map.of("jaren", "9.5")));
        CodeDocumentTable years = CodeDocumentTable.compute(p, codes, Columns.ATTRIBUTE, "jaren");
        assertEquals(List.of("9.5", "10", CodeDocumentTable.NO_VALUE),
                years.columns().stream().map(CodeDocumentTable.Column::label).toList());
    }

    @Test
    void bySpeakerCountsTheQuotationsThatStartInTheirTurns() {
        // Each fixture document is one turn of the speaker named after it; a quotation outside any turn is
        // counted under "(no speaker)".
        p.put(nl.veldwerk.model.Document.of("x01", "X01", "Geld, zei iemand.\n", nl.veldwerk.model.SourceFormat.TXT,
                List.of(), AnalysisFixture.T));
        p.put(new Quotation("a02q3", "x01", 0, 4, "", null, AnalysisFixture.T));
        p.put(new nl.veldwerk.model.Coding("a02q3-geld", "a02q3", "geld", null, AnalysisFixture.T));
        CodeDocumentTable t = CodeDocumentTable.compute(p, codes, Columns.SPEAKERS, null);
        assertEquals(List.of("A01", "A02", "W01", CodeDocumentTable.NO_SPEAKER),
                t.columns().stream().map(CodeDocumentTable.Column::label).toList());
        assertEquals(3, t.raw(0, 0, Measure.QUOTATIONS), "netwerk in A01's turns");
        assertEquals(1, t.raw(1, 1, Measure.QUOTATIONS), "schaamte in A02's");
        assertEquals(1, t.raw(2, 1, Measure.QUOTATIONS), "geld in A02's turn");
        assertEquals(1, t.raw(2, 3, Measure.QUOTATIONS), "geld outside any turn");
        assertEquals(List.of("a02q3"), t.quotations(2, 3).stream().map(Quotation::id).toList());
    }

    /**
     * A total counts each quotation once: a category counted with its sub-codes and the sub-code itself are one
     * quotation in the column's total, and a document in two groups puts its quotation once in the code's total.
     */
    @Test
    void totalsCountEachQuotationOnce() {
        p.put(Code.of("houding", "Houding", null, null));
        p.put(code(p, "schaamte").withParent("houding"));
        p.put(p.document("a02").orElseThrow().withGroups(java.util.Set.of("aanbieders", "wijkcoaches")));
        List<Code> rows = List.of(code(p, "houding"), code(p, "schaamte"), code(p, "geld"));
        CodeDocumentTable docs = CodeDocumentTable.compute(p, rows, Columns.DOCUMENTS, null, true);
        assertEquals(1, docs.raw(0, 0, Measure.QUOTATIONS), "Σ Houding in A01: its sub-code's quotation");
        assertEquals(1, docs.columnTotal(0, Measure.QUOTATIONS), "A01: a01q2, under Houding and under Schaamte");
        assertEquals(2, docs.columnTotal(1, Measure.QUOTATIONS), "A02: a02q1 (geld), a02q2 (schaamte)");
        assertEquals(4, docs.grandTotal(Measure.QUOTATIONS), "a01q2, a02q1, a02q2, w01q1");
        assertEquals(50.0, docs.value(1, 1, Measure.QUOTATIONS, Normalisation.PERCENT_OF_COLUMN), 1e-9,
                "a share of the column's quotations");
        assertEquals(2 + 2 + 4 + 3, docs.grandTotal(Measure.WORDS), "each quotation's words once");
        CodeDocumentTable groups = CodeDocumentTable.compute(p, rows, Columns.GROUPS, null, true);
        assertEquals(1, groups.raw(2, 0, Measure.QUOTATIONS));
        assertEquals(1, groups.raw(2, 1, Measure.QUOTATIONS), "A02 is in both groups");
        assertEquals(1, groups.rowTotal(2, Measure.QUOTATIONS), "one quotation of Betaalbaarheid");
        // Σ Houding and Schaamte both count a01q2 in A01: that column's shares add up to 200 %.
        assertTrue(docs.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.PERCENT_OF_COLUMN));
        assertFalse(docs.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.PERCENT_OF_ROW),
                "each quotation is in one document");
        assertFalse(docs.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.RAW));
        assertTrue(groups.sharesAddUpToMore(Measure.WORDS, Normalisation.PERCENT_OF_ROW), "A02 in both groups");
        assertTrue(groups.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.RAW),
                "counts too: 1 + 1 in the row, its total 1 (QA: 6 + 5 + 1 beside a total of 11 read as wrong)");
        CodeDocumentTable flat = CodeDocumentTable.compute(p, List.of(code(p, "geld")), Columns.DOCUMENTS, null,
                true);
        assertFalse(flat.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.PERCENT_OF_COLUMN));
        assertFalse(flat.sharesAddUpToMore(Measure.QUOTATIONS, Normalisation.PERCENT_OF_ROW));
        // What a total counts is what it lists.
        assertEquals(List.of("a01q2"), docs.quotationsOfTotal(3, 0).stream().map(Quotation::id).toList());
        assertEquals(List.of("a01q2", "a02q2", "w01q1"), docs.quotationsOfTotal(0, 3).stream().map(Quotation::id)
                .toList(), "Σ Houding in every document");
        assertEquals(4, docs.quotationsOfTotal(3, 3).size());
    }

    @Test
    void theGridHasTotals() {
        Grid grid = CodeDocumentTable.compute(p, codes, Columns.DOCUMENTS, null)
                .toGrid("t", Measure.QUOTATIONS, Normalisation.RAW);
        assertEquals(List.of("A01", "A02", "W01", "Total"), grid.columnLabels());
        assertArrayEquals(new double[] {4, 2, 1, 7}, grid.values()[3], 1e-9);
        assertArrayEquals(new double[] {3, 0, 1, 4}, grid.values()[0], 1e-9);
    }

    @Test
    void cooccurrenceCountsPairsByRelationAndTheCCoefficient() {
        CooccurrenceTable all = CooccurrenceTable.compute(p, codes);
        assertEquals(4, all.frequency(0));
        assertEquals(3, all.frequency(1));
        assertEquals(4, all.count(0, 1), "A01: enclosed, two adjacent; W01: one quotation with both");
        assertEquals(1, all.count(1, 2), "A02: adjacent");
        assertEquals(0, all.count(0, 2));
        assertEquals(4.0 / 3.0, all.coefficient(0, 1), 1e-9, "n12 > min(n1, n2): c exceeds 1, as in ATLAS.ti");
        assertEquals(1.0 / 3.0, all.coefficient(1, 2), 1e-9);
        assertEquals(all.count(0, 1), all.count(1, 0));

        CooccurrenceTable close = CooccurrenceTable.compute(p, codes, EnumSet.of(Relation.ENCLOSES, Relation.OVERLAPS));
        assertEquals(2, close.count(0, 1));
        assertEquals(0.4, close.coefficient(0, 1), 1e-9);
        assertEquals(List.of(Relation.ENCLOSES, Relation.ENCLOSES),
                close.pairs(0, 1).stream().map(CooccurrenceTable.Pair::relation).toList());
        assertEquals(0, close.count(1, 2));
    }

    @Test
    void overlapIsTold() {
        Project q = AnalysisFixture.project();
        // A partial overlap: [40, 52) "speelt. Buren" against schaamte's [30, 46).
        q.put(new Quotation("ov", "a01", 40, 52, "", "ann", AnalysisFixture.T));
        q.put(new nl.veldwerk.model.Coding("ov-geld", "ov", "geld", "ann", AnalysisFixture.T));
        CooccurrenceTable t = CooccurrenceTable.compute(q, List.of(code(q, "schaamte"), code(q, "geld")),
                EnumSet.of(Relation.OVERLAPS));
        assertEquals(1, t.count(0, 1));
        assertEquals("ov", t.pairs(0, 1).getFirst().second().id());
    }

    @Test
    void wordFrequenciesLeaveOutStopWordsLabelsAndTimeMarks() {
        List<WordFrequencies.WordCount> a01 = WordFrequencies.ofDocuments(p, java.util.Set.of("a01"),
                StopWords.dutchAndEnglish());
        assertEquals(new WordFrequencies.WordCount("buren", 2), a01.getFirst());
        List<String> words = a01.stream().map(WordFrequencies.WordCount::word).toList();
        assertEquals(List.of("buren", "helpen", "schaamte", "speelt", "weten"), words, "no a01, 00 or veel");
        List<WordFrequencies.WordCount> shame = WordFrequencies.ofCode(p, "schaamte", StopWords.forLanguage("nl"));
        assertEquals(List.of(new WordFrequencies.WordCount("schaamte", 3), new WordFrequencies.WordCount("buren", 1),
                new WordFrequencies.WordCount("speelt", 1)), shame);
        // Spoken Dutch's 'n, 's and 't ("zo'n", "'s ochtends", "'t buurthuis") are no words of their own.
        p.put(nl.veldwerk.model.Document.of("x", "X", "Dat is 'n buurthuis, 's ochtends open, 't is fijn.",
                nl.veldwerk.model.SourceFormat.TXT, List.of(), AnalysisFixture.T));
        assertEquals(List.of("buurthuis", "fijn", "ochtends", "open"), WordFrequencies.ofDocuments(p,
                java.util.Set.of("x"), StopWords.forLanguage("nl")).stream().map(WordFrequencies.WordCount::word)
                .sorted().toList());
    }

    @Test
    void theWordCloudPlacesWordsWithoutOverlapBiggestFirst() {
        List<WordFrequencies.WordCount> words = List.of(new WordFrequencies.WordCount("schaamte", 30),
                new WordFrequencies.WordCount("buren", 12), new WordFrequencies.WordCount("geld", 3),
                new WordFrequencies.WordCount("taal", 1));
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(words, 50, 400, 300, 10, 60,
                (w, size) -> new double[] {w.length() * size * 0.6, size * 1.2});
        assertEquals(4, placed.size());
        assertEquals(60, placed.getFirst().fontSize(), 1e-9);
        assertEquals(10, placed.getLast().fontSize(), 1e-9);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertEquals(false, placed.get(i).overlaps(placed.get(j)), placed.get(i) + " / " + placed.get(j));
            }
            WordCloudLayout.Placed w = placed.get(i);
            assertEquals(true, w.x() >= 0 && w.y() >= 0 && w.x() + w.width() <= 400 && w.y() + w.height() <= 300);
        }
    }

    /**
     * Categories with their sub-codes (QA: a category coded with nothing itself showed 0 beside the diagram's 11):
     * its row counts its sub-codes' quotations, labelled Σ; a code and the category above it are no pair.
     */
    @Test
    void cooccurrenceOfCategoriesWithTheirSubCodes() {
        Project p = DiagramTestProject.project();
        List<Code> codes = List.of(p.code("netwerk").orElseThrow(), p.code("weak").orElseThrow(),
                p.code("strong").orElseThrow(), p.code("core").orElseThrow());
        CooccurrenceTable own = CooccurrenceTable.compute(p, codes, EnumSet.allOf(Relation.class));
        CooccurrenceTable summed = CooccurrenceTable.compute(p, codes, EnumSet.allOf(Relation.class), true);
        assertEquals(0, own.count(0, 3), "the category codes nothing itself");
        assertEquals(own.frequency(1) + own.frequency(2), summed.frequency(0), "its sub-codes' quotations");
        java.util.Set<String> pairsOfSubCodes = new java.util.HashSet<>();
        for (int sub : new int[] {1, 2}) {
            own.pairs(sub, 3).forEach(pair -> pairsOfSubCodes.add(pair.first().id() + "/" + pair.second().id()));
        }
        assertTrue(summed.count(0, 3) > 0);
        assertEquals(pairsOfSubCodes.size(), summed.count(0, 3), "the pairs its sub-codes make with the core");
        assertEquals(0, summed.count(0, 1), "a sub-code and its category are no pair");
        assertTrue(Double.isNaN(summed.toGrid("t", false).values()[0][1]) && Double.isNaN(summed.toGrid("t", true)
                .values()[1][0]), "shown as no figure, as a code beside itself: a 0 read as 'never together' (QA)");
        assertEquals(summed.count(0, 3), summed.toGrid("t", false).values()[0][3]);
        assertEquals(own.count(1, 3), summed.count(1, 3), "the sub-codes' own rows as they were");
        assertEquals("Σ Sociaal netwerk", summed.toGrid("t", false).rowLabels().getFirst());
        assertEquals("Sociaal netwerk", own.toGrid("t", false).rowLabels().getFirst());
    }

    /** In some documents only (a group's): their quotations and pairs count, the others' not, frequencies too. */
    @Test
    void cooccurrenceInAGroupsDocuments() {
        Project p = AnalysisFixture.project();
        List<Code> codes = List.of(p.code("netwerk").orElseThrow(), p.code("schaamte").orElseThrow());
        CooccurrenceTable all = CooccurrenceTable.compute(p, codes, EnumSet.allOf(Relation.class), false, null);
        CooccurrenceTable wijkcoaches = CooccurrenceTable.compute(p, codes, EnumSet.allOf(Relation.class), false,
                java.util.Set.of("w01"));
        assertEquals(1, wijkcoaches.count(0, 1), "W01's one quotation with both codes");
        assertTrue(all.count(0, 1) > wijkcoaches.count(0, 1), "A01's pairs are not W01's");
        assertEquals(1, wijkcoaches.frequency(0));
        assertEquals(all.count(0, 1), CooccurrenceTable.compute(p, codes, EnumSet.allOf(Relation.class)).count(0, 1));
    }

    /** Two quotations that both carry both codes are one pair (QA: counted twice, more than the code's quotations). */
    @Test
    void twoQuotationsWithBothCodesArePairedOnce() {
        Project p = new Project(nl.veldwerk.model.ProjectInfo.named("P", java.time.Instant.EPOCH));
        p.put(nl.veldwerk.model.Document.of("d", "A07", "Kijk, we zijn er nu voor iedereen.\n",
                nl.veldwerk.model.SourceFormat.TXT, List.of(), java.time.Instant.EPOCH));
        p.put(Code.of("z", "Zichtbaarheid", null, null));
        p.put(Code.of("i", "Individueel gebruik", null, null));
        p.put(new Quotation("outer", "d", 0, 30, "", null, java.time.Instant.EPOCH));
        p.put(new Quotation("inner", "d", 6, 20, "", null, java.time.Instant.EPOCH));
        for (String q : List.of("outer", "inner")) {
            for (String c : List.of("z", "i")) {
                p.put(new nl.veldwerk.model.Coding(q + c, q, c, null, java.time.Instant.EPOCH));
            }
        }
        CooccurrenceTable t = CooccurrenceTable.compute(p, List.of(p.code("z").orElseThrow(),
                p.code("i").orElseThrow()));
        assertEquals(2, t.frequency(0));
        assertEquals(3, t.count(0, 1), "each quotation with both codes, and the pair once");
        assertEquals(3, t.pairs(0, 1).size());
    }
}
