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
                cost += Math.abs(a - b);
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
