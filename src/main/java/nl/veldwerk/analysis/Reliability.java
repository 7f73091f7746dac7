package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement statistics over units coded by several coders: percent agreement, Cohen's kappa (two coders)
 * and Krippendorff's alpha for nominal data (any number of coders, missing values allowed). A unit has a
 * weight, so a stretch of text of 40 characters that all coders treat alike counts as 40 units.
 */
public final class Reliability {
    /**
     * One unit: its weight and each coder's value (null when that coder did not code the unit).
     */
    public record Unit(double weight, List<Object> values) {
        public Unit {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Unit of(Object... values) {
            return new Unit(1, java.util.Arrays.asList(values));
        }
    }

    private Reliability() {
    }

    /** The weighted share of units on which every coder who coded it gave the same value (needs two). */
    public static double percentAgreement(List<Unit> units) {
        double agree = 0;
        double total = 0;
        for (Unit u : units) {
            List<Object> present = u.values().stream().filter(Objects::nonNull).toList();
            if (present.size() < 2) {
                continue;
            }
            total += u.weight();
            if (present.stream().distinct().count() == 1) {
                agree += u.weight();
            }
        }
        return total == 0 ? Double.NaN : agree / total;
    }

    /** Cohen's kappa for the first two coders, over the units both coded. */
    public static double cohensKappa(List<Unit> units) {
        double total = 0;
        double agree = 0;
        Map<Object, Double> first = new HashMap<>();
        Map<Object, Double> second = new HashMap<>();
        for (Unit u : units) {
            Object a = u.values().get(0);
            Object b = u.values().get(1);
            if (a == null || b == null) {
                continue;
            }
            total += u.weight();
            if (a.equals(b)) {
                agree += u.weight();
            }
            first.merge(a, u.weight(), Double::sum);
            second.merge(b, u.weight(), Double::sum);
        }
        if (total == 0) {
            return Double.NaN;
        }
        double observed = agree / total;
        double expected = 0;
        for (Map.Entry<Object, Double> e : first.entrySet()) {
            expected += (e.getValue() / total) * (second.getOrDefault(e.getKey(), 0.0) / total);
        }
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /**
     * Krippendorff's alpha, nominal metric: 1 - (n - 1) * sum of off-diagonal coincidences / sum over
     * pairs of different values of n_c * n_k. Units with fewer than two values are not pairable and drop
     * out. NaN when there is no variation at all (alpha is then undefined).
     */
    public static double krippendorffAlphaNominal(List<Unit> units) {
        Map<Object, Map<Object, Double>> o = new HashMap<>();
        for (Unit u : units) {
            List<Object> present = u.values().stream().filter(Objects::nonNull).toList();
            int m = present.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o.computeIfAbsent(present.get(i), k -> new HashMap<>())
                                .merge(present.get(j), u.weight() / (m - 1), Double::sum);
                    }
                }
            }
        }
        Map<Object, Double> marginal = new HashMap<>();
        double n = 0;
        double disagreement = 0;
        for (Map.Entry<Object, Map<Object, Double>> row : o.entrySet()) {
            for (Map.Entry<Object, Double> cell : row.getValue().entrySet()) {
                marginal.merge(row.getKey(), cell.getValue(), Double::sum);
                n += cell.getValue();
                if (!row.getKey().equals(cell.getKey())) {
                    disagreement += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (Map.Entry<Object, Double> c : marginal.entrySet()) {
            for (Map.Entry<Object, Double> k : marginal.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * disagreement / expected;
    }
}
