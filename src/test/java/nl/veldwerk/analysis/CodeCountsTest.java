package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.analysis.CodeDocumentTable.Columns;
import nl.veldwerk.analysis.CodeDocumentTable.Measure;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** A category with sub-codes, worked out by hand: the category codes nothing itself. */
class CodeCountsTest {
    private static final Instant T = Instant.EPOCH;

    private static Project project() {
        Project p = new Project(ProjectInfo.named("Tellen", T));
        p.put(Document.of("a", "A01", "een twee drie vier", SourceFormat.TXT, List.of(), T).withNumber(1));
        p.put(Document.of("b", "A02", "vijf zes zeven", SourceFormat.TXT, List.of(), T).withNumber(2));
        p.put(Code.of("cat", "Psychische kenmerken", null, null));
        p.put(Code.of("schaamte", "Schaamte", null, "cat"));
        p.put(Code.of("trots", "Trots", null, "schaamte"));
        p.put(Code.of("los", "Los", null, null));
        p.put(new Quotation("q1", "a", 0, 3, "", null, T, 1));
        p.put(new Quotation("q2", "a", 4, 8, "", null, T, 2));
        p.put(new Quotation("q3", "b", 0, 4, "", null, T, 1));
        p.put(new Coding("k1", "q1", "schaamte", null, T));
        p.put(new Coding("k2", "q1", "trots", null, T)); // the same quotation under two sub-codes: counted once
        p.put(new Coding("k3", "q2", "trots", null, T));
        p.put(new Coding("k4", "q3", "trots", null, T));
        p.put(new Coding("k5", "q3", "los", null, T));
        p.put(new Relation("r", "los", "cat", RelationType.CAUSES, "", 1.0, ""));
        return p;
    }

    @Test
    void countingOneCodeInStepsGivesWhatCountingEveryCodeAtOnceGives() {
        Project p = project();
        for (boolean sums : new boolean[] {true, false}) {
            java.util.Map<String, CodeCounts.Count> all = CodeCounts.all(p, sums);
            for (Code c : p.codes()) {
                assertEquals(all.get(c.id()), CodeCounts.of(p, c.id(), sums), c.id() + " " + sums);
            }
        }
        assertEquals(null, CodeCounts.of(p, "gone", true), "no such code: no count");
    }

    @Test
    void aCategoryCountsItsSubCodesEachQuotationOnceAndSaysSo() {
        Project p = project();
        CodeCounts.Count cat = CodeCounts.of(p, "cat", true);
        assertEquals(3, cat.quotations());
        assertEquals(2, cat.documents());
        assertTrue(cat.withSubcodes());
        assertEquals(0, cat.own(), "the category itself codes nothing");
        assertEquals(1, cat.relations());
        CodeCounts.Count schaamte = CodeCounts.of(p, "schaamte", true);
        assertEquals(3, schaamte.quotations(), "q1 once, though coded with schaamte and trots");
        assertEquals(1, schaamte.own());
        CodeCounts.Count trots = CodeCounts.of(p, "trots", true);
        assertFalse(trots.withSubcodes(), "a code without sub-codes counts only itself");
        assertEquals(3, trots.quotations());
    }

    @Test
    void withoutSubCodesACategoryCountsOnlyWhatItCodes() {
        Project p = project();
        assertEquals(0, CodeCounts.of(p, "cat", false).quotations());
        assertEquals(0, CodeCounts.of(p, "cat", false).documents());
        assertFalse(CodeCounts.of(p, "cat", false).withSubcodes());
        assertEquals(List.of("trots", "schaamte", "cat"), List.copyOf(CodeCounts.selfAndAncestors(p, "trots")));
    }

    @Test
    void theCodeByDocumentTableSumsCategoriesTooAndLabelsThem() {
        Project p = project();
        List<Code> codes = List.of(p.code("cat").orElseThrow(), p.code("los").orElseThrow());
        CodeDocumentTable summed = CodeDocumentTable.compute(p, codes, Columns.DOCUMENTS, null);
        assertEquals(2, summed.raw(0, 0, Measure.QUOTATIONS), "q1 and q2 in A01");
        assertEquals(1, summed.raw(0, 1, Measure.QUOTATIONS));
        var grid = summed.toGrid("t", Measure.QUOTATIONS, CodeDocumentTable.Normalisation.RAW);
        assertEquals("Σ Psychische kenmerken", grid.rowLabels().getFirst());
        assertEquals("Los", grid.rowLabels().get(1));
        CodeDocumentTable own = CodeDocumentTable.compute(p, codes, Columns.DOCUMENTS, null, false);
        assertEquals(0, own.raw(0, 0, Measure.QUOTATIONS));
    }

    @Test
    void everyCodesCountsAtOnceAreEachCodesOwn() {
        // all() counts in one pass what of() counts code by code: the same for every code, both ways.
        Project p = nl.veldwerk.project.synthetic.SyntheticProject.generate(
                nl.veldwerk.project.synthetic.SyntheticProject.Preset.SMALL, 5);
        List<Code> codes = List.copyOf(p.codes());
        for (int i = 0; i + 1 < codes.size(); i += 3) {
            p.put(new nl.veldwerk.model.Relation("r" + i, codes.get(i).id(), codes.get(i + 1).id(),
                    nl.veldwerk.model.RelationType.values()[0], "", 1, ""));
        }
        p.put(new nl.veldwerk.model.Relation("self", codes.get(0).id(), codes.get(0).id(),
                nl.veldwerk.model.RelationType.values()[0], "", 1, ""));
        for (boolean withSubcodes : new boolean[] {true, false}) {
            java.util.Map<String, CodeCounts.Count> all = CodeCounts.all(p, withSubcodes);
            assertEquals(codes.size(), all.size());
            for (Code c : codes) {
                assertEquals(CodeCounts.of(p, c.id(), withSubcodes), all.get(c.id()), c.name() + ", " + withSubcodes);
            }
        }
    }
}
