package nl.veldwerk.analysis;

import static nl.veldwerk.analysis.AnalysisFixture.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import nl.veldwerk.analysis.IntercoderAgreement.Result;
import nl.veldwerk.analysis.IntercoderAgreement.UnitKind;
import nl.veldwerk.model.Project;
import org.junit.jupiter.api.Test;

/** Agreement between Ann and Bob on A01 of {@link AnalysisFixture}, worked out by hand. */
class AgreementTest {
    private final Project p = AnalysisFixture.project();
    private final List<String> coders = List.of("ann", "bob");

    @Test
    void onlyDocumentsBothCodedAreCompared() {
        assertEquals(List.of("a01"), IntercoderAgreement.documentsCodedByAll(p, coders));
        assertEquals(java.util.Set.of("a02", "w01"), java.util.Set.copyOf(IntercoderAgreement.documentsCodedBySomeOnly(p,
                coders)), "coded by Ann alone: left out, and said (QA)");
        Result r = IntercoderAgreement.compute(p, coders, List.of("a01"), List.of(code(p, "netwerk")),
                UnitKind.CHARACTER);
        assertEquals(List.of("a01"), r.documentIds(), "the result says what it covers");
        assertEquals(java.util.Set.of("a02", "w01"), java.util.Set.copyOf(r.leftOutIds()), "and what it left out, then");
    }

    @Test
    void characterLevel() {
        Result r = IntercoderAgreement.compute(p, coders, List.of("a01"), List.of(code(p, "netwerk"),
                code(p, "schaamte")), UnitKind.CHARACTER);
        IntercoderAgreement.CodeResult netwerk = r.perCode().get(0);
        // 65 characters: both have it on 13, only Bob on 34, neither on 18.
        assertEquals(31.0 / 65, netwerk.percent(), 1e-9);
        assertEquals(7.2 / 41.2, netwerk.kappa(), 1e-9);
        assertEquals(1 - 129.0 * 68 / (2 * 60 * 70), netwerk.alpha(), 1e-9);
        IntercoderAgreement.CodeResult schaamte = r.perCode().get(1);
        assertEquals(1.0, schaamte.percent(), 1e-9);
        assertEquals(1.0, schaamte.kappa(), 1e-9);
        assertEquals(1.0, schaamte.alpha(), 1e-9);
        assertEquals(96.0 / 130, r.percent(), 1e-9);
        assertEquals(2, r.disagreements().size());
        IntercoderAgreement.Disagreement first = r.disagreements().getFirst();
        assertEquals(List.of(29, 46), List.of(first.start(), first.end()));
        assertEquals(java.util.Set.of("bob"), first.with());
        assertEquals(java.util.Set.of("ann"), first.without());
    }

    /**
     * Two sentences coded apart by one coder and as one by the other: the blank between them is no decision about the
     * code, so no disagreement, and agreement is whole (QA: a row of no text in the list).
     */
    @Test
    void theBlankBetweenSentencesCodedApartIsNoDisagreement() {
        Project two = AnalysisFixture.project();
        for (var c : List.copyOf(two.codings())) {
            two.remove(nl.veldwerk.model.EntityKind.CODING, c.id());
        }
        for (var q : List.copyOf(two.quotationsOf("a01"))) {
            two.remove(nl.veldwerk.model.EntityKind.QUOTATION, q.id());
        }
        AnalysisFixture.quote(two, "ann-1", "a01", 16, 29, "netwerk", "ann");
        AnalysisFixture.quote(two, "ann-2", "a01", 30, 46, "netwerk", "ann");
        AnalysisFixture.quote(two, "bob-1", "a01", 16, 46, "netwerk", "bob");
        Result r = IntercoderAgreement.compute(two, coders, List.of("a01"), List.of(code(two, "netwerk")),
                UnitKind.CHARACTER);
        assertEquals(List.of(), r.disagreements());
        assertEquals(1.0, r.perCode().getFirst().percent(), 1e-9);
    }

    @Test
    void quotationLevel() {
        Result r = IntercoderAgreement.compute(p, coders, List.of("a01"), List.of(code(p, "netwerk"),
                code(p, "schaamte")), UnitKind.QUOTATION);
        assertEquals(0.25, r.perCode().get(0).percent(), 1e-9, "4 ranges; they agree only on [30, 46)");
        assertEquals(1.0, r.perCode().get(1).percent(), 1e-9);
        assertEquals(3, r.disagreements().size());
    }

    /**
     * A code neither coder applied in the compared documents has no figures of its own and stays out of the
     * overall ones: it agreed "everywhere" by default, and unused codes lifted the overall figures far above
     * the agreement on the codes in play.
     */
    @Test
    void aCodeNobodyAppliedIsLeftOutOfTheOverallFigures() {
        Result withUnused = IntercoderAgreement.compute(p, coders, List.of("a01"), List.of(code(p, "netwerk"),
                code(p, "schaamte"), code(p, "geld")), UnitKind.CHARACTER);
        Result without = IntercoderAgreement.compute(p, coders, List.of("a01"), List.of(code(p, "netwerk"),
                code(p, "schaamte")), UnitKind.CHARACTER);
        assertEquals(true, Double.isNaN(withUnused.perCode().get(2).percent()), "geld: not applied in A01");
        assertEquals(true, Double.isNaN(withUnused.perCode().get(2).kappa()));
        assertEquals(without.percent(), withUnused.percent(), 1e-12);
        assertEquals(without.kappa(), withUnused.kappa(), 1e-12);
        assertEquals(96.0 / 130, withUnused.percent(), 1e-9);
        nl.veldwerk.analysis.Grid dutch = nl.veldwerk.report.AgreementExport.summary(withUnused,
                java.util.Locale.of("nl"));
        assertEquals(List.of("Overeenstemming (%)", "Cohens kappa", "Krippendorffs alfa (nominaal)"),
                dutch.columnLabels());
        assertEquals("Alle toegepaste codes", dutch.rowLabels().getLast());
    }

    @Test
    void threeCodersHaveAlphaButNoKappa() {
        Project q = AnalysisFixture.project();
        q.put(new nl.veldwerk.model.Coder("cas", "Cas"));
        q.put(new nl.veldwerk.model.Coding("a01q2-schaamte-cas", "a01q2", "schaamte", "cas", AnalysisFixture.T));
        Result r = IntercoderAgreement.compute(q, List.of("ann", "bob", "cas"), List.of("a01"),
                List.of(code(q, "schaamte")), UnitKind.CHARACTER);
        assertEquals(true, Double.isNaN(r.kappa()));
        assertEquals(1.0, r.alpha(), 1e-9);
    }
}
