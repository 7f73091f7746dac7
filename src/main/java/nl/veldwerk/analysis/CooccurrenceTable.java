package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * How often the quotations of two codes co-occur: within one quotation, one enclosing the other,
 * overlapping, or adjacent (nothing but white space between them). n12 counts co-occurring pairs of
 * quotations; the c-coefficient is ATLAS.ti's n12 / (n1 + n2 - n12), where n1 and n2 count the
 * quotations of each code. As in ATLAS.ti it can exceed 1 when one quotation meets several of the other
 * code's quotations; the table says so rather than hiding it.
 */
public final class CooccurrenceTable {
    public enum Relation { ENCLOSES, OVERLAPS, ADJACENT }

    /** Two co-occurring quotations (the same quotation twice when it carries both codes). */
    public record Pair(Quotation first, Quotation second, Relation relation) {
    }

    private final List<Code> codes;
    private final long[] frequency;
    private final long[][] count;
    private final Map<Long, List<Pair>> pairs = new HashMap<>();
    /** With sub-codes: the rows of codes with sub-codes, labelled "Σ"; and the pairs of a code and one above it. */
    private final Set<Integer> summed = new java.util.HashSet<>();
    private final Set<Long> nested = new java.util.HashSet<>();

    private CooccurrenceTable(Project project, List<Code> codes, Set<Relation> relations, boolean withSubCodes,
                              Set<String> documentIds) {
        this.codes = List.copyOf(codes);
        int n = codes.size();
        frequency = new long[n];
        count = new long[n][n];
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < n; i++) {
            row.put(codes.get(i).id(), i);
        }
        // Each code's rows: its own, and with sub-codes those of the codes above it (a category counts what its
        // sub-codes code, as the code tree's Σ does; a category coded with nothing itself showed 0 everywhere).
        Map<String, List<Integer>> index = new HashMap<>();
        for (Code c : codes) {
            List<Integer> rows = new ArrayList<>(List.of(row.get(c.id())));
            for (String up = c.parentId(); withSubCodes && up != null;
                 up = project.code(up).map(Code::parentId).orElse(null)) {
                Integer above = row.get(up);
                if (above != null) {
                    rows.add(above);
                    summed.add(above);
                    nested.add(key(above, row.get(c.id())));
                }
            }
            index.put(c.id(), rows);
        }
        for (Document d : project.documents()) {
            if (documentIds != null && !documentIds.contains(d.id())) {
                continue; // outside the documents asked for: neither its quotations nor its pairs count
            }
            List<Quotation> coded = new ArrayList<>();
            Map<String, Set<Integer>> codesOf = new HashMap<>();
            for (Quotation q : project.quotationsOf(d.id())) {
                Set<Integer> set = new LinkedHashSet<>();
                for (Coding c : project.codingsOf(q.id())) {
                    set.addAll(index.getOrDefault(c.codeId(), List.of()));
                }
                if (!set.isEmpty()) {
                    coded.add(q);
                    codesOf.put(q.id(), set);
                    set.forEach(i -> frequency[i]++);
                }
            }
            coded.sort(Comparator.comparingInt(Quotation::start).thenComparing(Quotation::end,
                    Comparator.reverseOrder()));
            countDocument(d.text(), coded, codesOf, relations);
        }
    }

    public static CooccurrenceTable compute(Project project, List<Code> codes, Set<Relation> relations) {
        return compute(project, codes, relations, false);
    }

    /**
     * @param withSubCodes a code's quotations include those of the codes under it (in {@code codes}); a code and one
     *                     above it are not counted as co-occurring (every quotation of the one would be a pair)
     */
    public static CooccurrenceTable compute(Project project, List<Code> codes, Set<Relation> relations,
                                            boolean withSubCodes) {
        return compute(project, codes, relations, withSubCodes, null);
    }

    /**
     * As above, in these documents only ({@code null}: all): a group's, or those with an attribute's value (ATLAS.ti
     * filters its co-occurrence table by document groups); the codes' frequencies are counted in them too.
     */
    public static CooccurrenceTable compute(Project project, List<Code> codes, Set<Relation> relations,
                                            boolean withSubCodes, Set<String> documentIds) {
        return new CooccurrenceTable(project, codes, relations, withSubCodes, documentIds);
    }

    public static CooccurrenceTable compute(Project project, List<Code> codes) {
        return compute(project, codes, EnumSet.allOf(Relation.class));
    }

    private void countDocument(String text, List<Quotation> sorted, Map<String, Set<Integer>> codesOf,
                               Set<Relation> relations) {
        for (int a = 0; a < sorted.size(); a++) {
            Quotation qa = sorted.get(a);
            Set<Integer> ca = codesOf.get(qa.id());
            // The same quotation with two codes: the closest co-occurrence there is.
            if (relations.contains(Relation.ENCLOSES)) {
                for (int i : ca) {
                    for (int j : ca) {
                        if (i < j) {
                            add(i, j, new Pair(qa, qa, Relation.ENCLOSES));
                        }
                    }
                }
            }
            for (int b = a + 1; b < sorted.size(); b++) {
                Quotation qb = sorted.get(b);
                if (qb.start() > qa.end() && !text.substring(qa.end(), qb.start()).isBlank()) {
                    break; // sorted by start: no later quotation can touch qa
                }
                Relation relation = relation(text, qa, qb);
                if (relation == null || !relations.contains(relation)) {
                    continue;
                }
                // A pair of quotations counts once for two codes, whichever carries which: two quotations that
                // both carry both codes were counted twice, listed as two lines alike.
                Set<Long> cells = new java.util.HashSet<>();
                for (int i : ca) {
                    for (int j : codesOf.get(qb.id())) {
                        if (i != j && cells.add(key(i, j))) {
                            add(Math.min(i, j), Math.max(i, j), new Pair(qa, qb, relation));
                        }
                    }
                }
            }
        }
    }

    /** How b (starting at or after a) relates to a, or null when they are apart. */
    static Relation relation(String text, Quotation a, Quotation b) {
        if (b.start() >= a.start() && b.end() <= a.end()) {
            return Relation.ENCLOSES;
        }
        if (b.start() < a.end()) {
            return Relation.OVERLAPS;
        }
        return text.substring(a.end(), b.start()).isBlank() ? Relation.ADJACENT : null;
    }

    private void add(int i, int j, Pair pair) {
        if (nested.contains(key(i, j))) {
            return;
        }
        count[i][j]++;
        count[j][i]++;
        pairs.computeIfAbsent(key(i, j), k -> new ArrayList<>()).add(pair);
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    public List<Code> codes() {
        return codes;
    }

    /** n1: the number of quotations that carry code i. */
    public long frequency(int i) {
        return frequency[i];
    }

    /** n12: the number of co-occurring quotation pairs of codes i and j (0 on the diagonal). */
    public long count(int i, int j) {
        return count[i][j];
    }

    /** ATLAS.ti's c-coefficient n12 / (n1 + n2 - n12); 0 when neither code occurs. */
    public double coefficient(int i, int j) {
        if (i == j) {
            return 0;
        }
        double denominator = frequency[i] + frequency[j] - count[i][j];
        return denominator <= 0 ? 0 : count[i][j] / denominator;
    }

    public List<Pair> pairs(int i, int j) {
        return pairs.getOrDefault(key(i, j), List.of());
    }

    public Grid toGrid(String title, boolean coefficients) {
        return toGrid(title, "Code", coefficients);
    }

    /** @param corner the label over the codes, saying what the figures are in the reader's language */
    public Grid toGrid(String title, String corner, boolean coefficients) {
        int n = codes.size();
        double[][] values = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // A category beside one of its own sub-codes: no figure (a "0" read as "never together", QA), as
                // a code beside itself.
                values[i][j] = i == j || nested.contains(key(i, j)) ? Double.NaN
                        : coefficients ? coefficient(i, j) : count(i, j);
            }
        }
        List<String> labels = java.util.stream.IntStream.range(0, n).mapToObj(i -> (summed.contains(i) ? "Σ " : "")
                + codes.get(i).name()).toList();
        return new Grid(title, corner, labels, labels, values, coefficients ? 2 : 0);
    }
}
