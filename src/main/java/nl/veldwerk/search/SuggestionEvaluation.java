package nl.veldwerk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * How good the code suggestions are on a project, measured rather than claimed: leave-one-out over its
 * coded quotations (each is suggested codes from all the others) with top-1 and top-3 hit rates (a
 * suggestion among the quotation's real codes) and the mean reciprocal rank of the first right one,
 * next to two baselines computed the same way: always the most frequent codes (counted without the
 * quotation itself) and codes drawn at random (seeded, so the figures repeat).
 */
public final class SuggestionEvaluation {
    /** One method's figures over {@code quotations} quotations. */
    public record Figures(String method, int quotations, double top1, double top3, double meanReciprocalRank) {
    }

    /** The suggester's figures and the two baselines'. */
    public record Result(Figures suggestions, Figures mostFrequent, Figures random) {
        public List<Figures> all() {
            return List.of(suggestions, mostFrequent, random);
        }
    }

    private static final int RANKED = 10;

    private SuggestionEvaluation() {
    }

    public static Result leaveOneOut(Project p, long seed) {
        Map<String, Set<String>> truth = new java.util.LinkedHashMap<>();
        for (Quotation q : p.quotations()) {
            Set<String> codes = new java.util.TreeSet<>(p.codingsOf(q.id()).stream().map(Coding::codeId)
                    .filter(c -> p.code(c).isPresent()).toList());
            Document d = p.document(q.documentId()).orElse(null);
            if (!codes.isEmpty() && d != null && q.end() <= d.textLength()) {
                truth.put(q.id(), codes);
            }
        }
        Map<String, Integer> frequency = new HashMap<>();
        truth.values().forEach(codes -> codes.forEach(c -> frequency.merge(c, 1, Integer::sum)));
        List<String> allCodes = frequency.keySet().stream().sorted().toList();
        Tally suggested = new Tally();
        Tally frequent = new Tally();
        Tally random = new Tally();
        Random dice = new Random(seed);
        try (CodeSuggester suggester = CodeSuggester.of(p)) {
            for (Map.Entry<String, Set<String>> e : truth.entrySet()) {
                Quotation q = p.quotation(e.getKey()).orElseThrow();
                String text = p.document(q.documentId()).orElseThrow().text().substring(q.start(), q.end());
                // Left out with it: every quotation overlapping it (a second coder's, a nested one), which
                // would otherwise vote for its codes with its own words.
                Set<String> leftOut = new java.util.HashSet<>(p.quotationsOf(q.documentId()).stream()
                        .filter(o -> o.start() < q.end() && q.start() < o.end()).map(Quotation::id).toList());
                leftOut.add(q.id());
                suggested.add(suggester.suggest(text, RANKED, leftOut).stream()
                        .map(CodeSuggester.Suggestion::codeId).toList(), e.getValue());
                // The most frequent codes among the other quotations.
                Map<String, Integer> others = new HashMap<>(frequency);
                e.getValue().forEach(c -> others.merge(c, -1, Integer::sum));
                frequent.add(others.entrySet().stream().filter(x -> x.getValue() > 0)
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry::getKey))
                        .limit(RANKED).map(Map.Entry::getKey).toList(), e.getValue());
                List<String> shuffled = new ArrayList<>(allCodes);
                java.util.Collections.shuffle(shuffled, dice);
                random.add(shuffled.subList(0, Math.min(RANKED, shuffled.size())), e.getValue());
            }
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return new Result(suggested.figures("suggestions"), frequent.figures("most frequent codes"),
                random.figures("random codes"));
    }

    /** Hits and reciprocal ranks, added up over the quotations. */
    private static final class Tally {
        private int quotations;
        private int top1;
        private int top3;
        private double reciprocalRanks;

        void add(List<String> ranked, Set<String> real) {
            quotations++;
            for (int i = 0; i < ranked.size(); i++) {
                if (real.contains(ranked.get(i))) {
                    reciprocalRanks += 1.0 / (i + 1);
                    top1 += i == 0 ? 1 : 0;
                    top3 += i < 3 ? 1 : 0;
                    break;
                }
            }
        }

        Figures figures(String method) {
            double n = Math.max(quotations, 1);
            return new Figures(method, quotations, top1 / n, top3 / n, reciprocalRanks / n);
        }
    }

    /** The figures as a table for people. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-22s %8s %8s %8s%n", "method",
                "top-1", "top-3", "MRR"));
        for (Figures f : r.all()) {
            b.append(String.format(java.util.Locale.ROOT, "%-22s %7.1f%% %7.1f%% %8.3f%n", f.method(), 100 * f.top1(),
                    100 * f.top3(), f.meanReciprocalRank()));
        }
        b.append(String.format(java.util.Locale.ROOT, "%d coded quotations, each suggested codes from all the others "
                + "(leave-one-out)%n", r.suggestions().quotations()));
        return b.toString();
    }
}
