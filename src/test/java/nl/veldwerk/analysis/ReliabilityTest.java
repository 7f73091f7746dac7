package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.analysis.Reliability.Unit;
import org.junit.jupiter.api.Test;

/** Known answers from the literature. */
class ReliabilityTest {
    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example of nominal data from
     * four observers on twelve units with missing values: alpha = 0.743.
     */
    @Test
    void krippendorffsOwnNominalExampleWithMissingValues() {
        Integer[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Object> values = new ArrayList<>();
            for (Integer[] observer : observers) {
                values.add(observer[u]);
            }
            units.add(new Unit(1, values));
        }
        assertEquals(0.743, Reliability.krippendorffAlphaNominal(units), 0.0005);
    }

    /** Krippendorff (2011), binary data, two observers, ten units: alpha = 0.095. */
    @Test
    void krippendorffsBinaryExample() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < a.length; u++) {
            units.add(Unit.of(a[u], b[u]));
        }
        assertEquals(0.095, Reliability.krippendorffAlphaNominal(units), 0.0005);
        assertEquals(0.6, Reliability.percentAgreement(units), 1e-9);
        // Cohen: po 0.6, pe 0.2*0.4 + 0.8*0.6 = 0.56, kappa = 0.04 / 0.44
        assertEquals(0.04 / 0.44, Reliability.cohensKappa(units), 1e-9);
    }

    /** The usual textbook table: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15: kappa 0.4. */
    @Test
    void cohensKappaTextbookTable() {
        List<Unit> units = List.of(new Unit(20, List.of("yes", "yes")), new Unit(5, List.of("yes", "no")),
                new Unit(10, List.of("no", "yes")), new Unit(15, List.of("no", "no")));
        assertEquals(0.4, Reliability.cohensKappa(units), 1e-9);
        assertEquals(0.7, Reliability.percentAgreement(units), 1e-9);
    }

    @Test
    void weightsEqualRepeatedUnits() {
        List<Unit> weighted = List.of(new Unit(3, List.of(1, 1)), new Unit(2, List.of(1, 0)), new Unit(5, List.of(0, 0)));
        List<Unit> repeated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            repeated.add(Unit.of(1, 1));
        }
        for (int i = 0; i < 2; i++) {
            repeated.add(Unit.of(1, 0));
        }
        for (int i = 0; i < 5; i++) {
            repeated.add(Unit.of(0, 0));
        }
        assertEquals(Reliability.krippendorffAlphaNominal(repeated), Reliability.krippendorffAlphaNominal(weighted), 1e-9);
        assertEquals(Reliability.cohensKappa(repeated), Reliability.cohensKappa(weighted), 1e-9);
    }

    @Test
    void perfectAgreementAndNoVariation() {
        assertEquals(1.0, Reliability.krippendorffAlphaNominal(List.of(Unit.of(1, 1), Unit.of(0, 0))), 1e-9);
        assertTrue(Double.isNaN(Reliability.krippendorffAlphaNominal(List.of(Unit.of(1, 1), Unit.of(1, 1)))),
                "no variation: alpha is undefined");
    }
}
