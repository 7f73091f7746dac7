package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a model's bands (top-level categories) from top to bottom: the codebook's order, changed
 * only where that brings related bands closer. Every order of up to seven bands is tried and the one whose
 * relations between bands span the fewest places wins; among equals the one nearest the codebook's order
 * (first found) stays. More bands keep the codebook's order.
 */
final class BandOrder {
    private static final int MOST_TRIED = 7;

    private BandOrder() {
    }

    /** @param links the two bands of each relation between bands */
    static List<String> seriated(List<String> bands, List<String[]> links) {
        if (bands.size() < 3 || bands.size() > MOST_TRIED || links.isEmpty()) {
            return bands;
        }
        // How many relations join each pair of bands: the orders are scored on these few pairs.
        java.util.Map<List<String>, Integer> pairs = new java.util.HashMap<>();
        for (String[] link : links) {
            List<String> pair = link[0].compareTo(link[1]) < 0 ? List.of(link[0], link[1]) : List.of(link[1], link[0]);
            pairs.merge(pair, 1, Integer::sum);
        }
        List<String[]> weighted = new ArrayList<>();
        pairs.forEach((pair, n) -> weighted.add(new String[] {pair.get(0), pair.get(1), String.valueOf(n)}));
        links = weighted;
        List<String> best = bands;
        int bestCost = cost(bands, links);
        for (List<String> order : permutations(bands)) {
            int c = cost(order, links);
            if (c < bestCost) {
                best = order;
                bestCost = c;
            }
        }
        return best;
    }

    private static int cost(List<String> order, List<String[]> links) {
        int cost = 0;
        for (String[] link : links) {
            int a = order.indexOf(link[0]);
            int b = order.indexOf(link[1]);
            if (a >= 0 && b >= 0) {
                cost += Math.abs(a - b) * (link.length > 2 ? Integer.parseInt(link[2]) : 1);
            }
        }
        return cost;
    }

    /** Every order of the list, starting with the list itself. */
    private static List<List<String>> permutations(List<String> items) {
        List<List<String>> all = new ArrayList<>();
        permute(new ArrayList<>(), new ArrayList<>(items), all);
        return all;
    }

    private static void permute(List<String> prefix, List<String> rest, List<List<String>> all) {
        if (rest.isEmpty()) {
            all.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            prefix.add(rest.remove(i));
            permute(prefix, rest, all);
            rest.add(i, prefix.removeLast());
        }
    }
}
