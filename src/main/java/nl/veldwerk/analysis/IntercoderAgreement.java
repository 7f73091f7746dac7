package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * How far coders agree on where each code applies. Two kinds of unit, and the result says which:
 * <ul>
 * <li>CHARACTER: every character of the compared documents is a unit; for each code each coder either
 * applied it there (1) or not (0). Stretches that are alike for all coders are weighed by their length.
 * Uncoded text counts as agreement ("not this code"), as it does in ATLAS.ti's character-based measures.</li>
 * <li>QUOTATION: every distinct quotation range that any of the coders coded is a unit; each coder either
 * applied the code to that exact range or not. Meaningful when coders code given segments.</li>
 * </ul>
 * Overall figures pool the (unit, code) decisions of the codes that at least one of the coders applied in the
 * compared documents: a code nobody applied there is agreed on everywhere by default, and forty such codes
 * lifted a 67 % agreement on the codes in play to 98 %. Such a code's own figures are NaN (shown as "—").
 */
public final class IntercoderAgreement {
    public enum UnitKind { CHARACTER, QUOTATION }

    /** Agreement on one code. Kappa is NaN unless there are exactly two coders. */
    public record CodeResult(Code code, double percent, double kappa, double alpha) {
    }

    /** A stretch where coders disagree about a code: who applied it and who did not. */
    public record Disagreement(String documentId, int start, int end, Code code, Set<String> with,
                               Set<String> without) {
    }

    /**
     * @param documentIds the documents compared, as given to {@link #compute} (said with the figures: a document
     *                    only some of the coders coded is not among them, QA)
     * @param leftOutIds  the documents some of the coders coded that were not compared, when the figures were
     *                    computed (an export later says what they covered then, review)
     */
    public record Result(UnitKind unit, List<String> coderIds, List<CodeResult> perCode, double percent,
                         double kappa, double alpha, List<Disagreement> disagreements, List<String> documentIds,
                         List<String> leftOutIds) {
    }

    private IntercoderAgreement() {
    }

    /** Each coder's decision on one unit (1: applied the code, 0: did not), and who is on which side. */
    private record Decisions(List<Object> values, Set<String> with, Set<String> without) {
        static Decisions of(boolean[] has, List<String> coders) {
            List<Object> values = new ArrayList<>(has.length);
            Set<String> with = new LinkedHashSet<>();
            Set<String> without = new LinkedHashSet<>();
            for (int i = 0; i < has.length; i++) {
                values.add(has[i] ? 1 : 0);
                (has[i] ? with : without).add(coders.get(i));
            }
            return new Decisions(values, with, without);
        }

        boolean disagree() {
            return !with.isEmpty() && !without.isEmpty();
        }
    }

    public static Result compute(Project p, List<String> coderIds, Collection<String> documentIds, List<Code> codes,
                                 UnitKind kind) {
        List<CodeResult> perCode = new ArrayList<>();
        List<Reliability.Unit> pooled = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Code code : codes) {
            List<Reliability.Unit> units = new ArrayList<>();
            for (String documentId : documentIds) {
                Document d = p.document(documentId).orElseThrow();
                if (kind == UnitKind.CHARACTER) {
                    characterUnits(p, d, code, coderIds, units, disagreements);
                } else {
                    quotationUnits(p, d, code, coderIds, units, disagreements);
                }
            }
            if (!appliedByAny(units)) {
                perCode.add(new CodeResult(code, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            pooled.addAll(units);
            perCode.add(new CodeResult(code, Reliability.percentAgreement(units),
                    coderIds.size() == 2 ? Reliability.cohensKappa(units) : Double.NaN,
                    Reliability.krippendorffAlphaNominal(units)));
        }
        return new Result(kind, List.copyOf(coderIds), perCode, Reliability.percentAgreement(pooled),
                coderIds.size() == 2 ? Reliability.cohensKappa(pooled) : Double.NaN,
                Reliability.krippendorffAlphaNominal(pooled), disagreements, List.copyOf(documentIds),
                documentsCodedBySomeOnly(p, coderIds).stream().filter(id -> !documentIds.contains(id)).toList());
    }

    private static boolean appliedByAny(List<Reliability.Unit> units) {
        return units.stream().anyMatch(u -> u.values().contains(1));
    }

    /**
     * Documents some of the coders coded but not all: left out of {@link #documentsCodedByAll} (a coder who did
     * not code a document was not given it, as a team splits its documents), and said so.
     */
    public static List<String> documentsCodedBySomeOnly(Project p, List<String> coderIds) {
        Set<String> chosen = new HashSet<>(coderIds);
        List<String> result = new ArrayList<>();
        for (Document d : p.documents()) {
            Set<String> coders = codersOf(p, d);
            coders.retainAll(chosen);
            if (!coders.isEmpty() && coders.size() < chosen.size()) {
                result.add(d.id());
            }
        }
        return result;
    }

    /** Who coded something in a document. */
    private static Set<String> codersOf(Project p, Document d) {
        Set<String> coders = new HashSet<>();
        for (Quotation q : p.quotationsOf(d.id())) {
            p.codingsOf(q.id()).forEach(c -> coders.add(c.coderId()));
        }
        return coders;
    }

    /** Documents in which every one of the coders coded something: the natural set to compare. */
    public static List<String> documentsCodedByAll(Project p, List<String> coderIds) {
        List<String> result = new ArrayList<>();
        for (Document d : p.documents()) {
            if (codersOf(p, d).containsAll(coderIds)) {
                result.add(d.id());
            }
        }
        return result;
    }

    private static void characterUnits(Project p, Document d, Code code, List<String> coders,
                                       List<Reliability.Unit> units, List<Disagreement> disagreements) {
        List<int[]> ranges = new ArrayList<>(); // {start, end, coder}
        for (Quotation q : p.quotationsOf(d.id())) {
            for (Coding c : p.codingsOf(q.id())) {
                int coder = coders.indexOf(c.coderId());
                if (coder >= 0 && c.codeId().equals(code.id()) && q.end() > q.start()) {
                    ranges.add(new int[] {q.start(), q.end(), coder});
                }
            }
        }
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, d.textLength()));
        ranges.forEach(r -> {
            bounds.add(r[0]);
            bounds.add(r[1]);
        });
        Integer previous = null;
        Disagreement open = null;
        String text = null; // read once, and only when a short stretch is in question
        for (int bound : bounds) {
            if (previous != null && bound > previous) {
                boolean[] has = new boolean[coders.size()];
                for (int[] r : ranges) {
                    if (r[0] <= previous && bound <= r[1]) {
                        has[r[2]] = true;
                    }
                }
                Decisions decisions = Decisions.of(has, coders);
                if (decisions.disagree() && bound - previous <= SHORT) {
                    text = text != null ? text : d.text();
                    if (text.substring(previous, bound).isBlank()) {
                        // Only the blank between two sentences one coder coded apart and the other as one: no
                        // decision about the code, not a disagreement (QA: a row of no text in the list).
                        previous = bound;
                        continue;
                    }
                }
                Set<String> with = decisions.with();
                Set<String> without = decisions.without();
                units.add(new Reliability.Unit(bound - previous, decisions.values()));
                boolean disagree = decisions.disagree();
                if (disagree && open != null && open.end() == previous && open.with().equals(with)) {
                    open = new Disagreement(d.id(), open.start(), bound, code, with, without);
                    disagreements.set(disagreements.size() - 1, open);
                } else if (disagree) {
                    open = new Disagreement(d.id(), previous, bound, code, with, without);
                    disagreements.add(open);
                } else {
                    open = null;
                }
            }
            previous = bound;
        }
    }

    /** The longest stretch looked at for being blank (a space or line breaks between sentences). */
    private static final int SHORT = 4;

    private static void quotationUnits(Project p, Document d, Code code, List<String> coders,
                                       List<Reliability.Unit> units, List<Disagreement> disagreements) {
        // Units: every range that any of the coders coded with any code, so "not this code" is visible too.
        java.util.Map<Long, boolean[]> byRange = new java.util.TreeMap<>();
        for (Quotation q : p.quotationsOf(d.id())) {
            for (Coding c : p.codingsOf(q.id())) {
                int coder = coders.indexOf(c.coderId());
                if (coder >= 0) {
                    boolean[] has = byRange.computeIfAbsent(((long) q.start() << 32) | q.end(),
                            k -> new boolean[coders.size()]);
                    if (c.codeId().equals(code.id())) {
                        has[coder] = true;
                    }
                }
            }
        }
        byRange.forEach((key, has) -> {
            Decisions decisions = Decisions.of(has, coders);
            units.add(new Reliability.Unit(1, decisions.values()));
            if (decisions.disagree()) {
                disagreements.add(new Disagreement(d.id(), (int) (key >>> 32), (int) (key & 0xffffffffL), code,
                        decisions.with(), decisions.without()));
            }
        });
    }
}
