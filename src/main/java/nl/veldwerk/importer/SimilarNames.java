package nl.veldwerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speakers found in one file whose names are nearly the same: "R 1" and "R1", "Interviewer" and "Interviwer". The
 * import preview names them, so that the researcher can give them one name before they become two speakers (QA: a
 * typo in a label made a speaker of its own without a word). Names that differ in a digit ("R1", "R2"; "Spreker 1",
 * "Spreker 2") are different people, and short names differ in one letter as "I" and "R" do.
 */
public final class SimilarNames {
    /** Past this many speakers a file is no interview, and comparing each pair is not worth it. */
    private static final int MOST_SPEAKERS = 300;
    /** Names shorter than this (without blanks) are compared whole only: "Ann" and "Anna" may be two people. */
    private static final int SHORTEST_WITH_A_TYPO = 6;

    private SimilarNames() {
    }

    /** The pairs of nearly the same names, in the order the names come. */
    public static List<List<String>> pairs(List<String> names) {
        List<List<String>> pairs = new ArrayList<>();
        if (names.size() > MOST_SPEAKERS) {
            return pairs;
        }
        List<String> bare = names.stream().map(SimilarNames::bare).toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (nearly(bare.get(i), bare.get(j))) {
                    pairs.add(List.of(names.get(i), names.get(j)));
                }
            }
        }
        return pairs;
    }

    /** Lower case, without blanks and the marks that labels are written with ("R 1", "r.1", "R-1"). */
    private static String bare(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_]+", "");
    }

    private static boolean nearly(String a, String b) {
        if (a.equals(b)) {
            return !a.isEmpty();
        }
        return Math.min(a.length(), b.length()) >= SHORTEST_WITH_A_TYPO && oneEditApart(a, b);
    }

    /** One letter left out, added, changed, or two side by side swapped; none of them a digit. */
    private static boolean oneEditApart(String a, String b) {
        if (a.length() < b.length()) {
            return oneEditApart(b, a);
        }
        int p = 0;
        while (p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (a.length() == b.length() + 1) {
            return !Character.isDigit(a.charAt(p)) && a.substring(p + 1).equals(b.substring(p));
        }
        if (a.length() != b.length()) {
            return false;
        }
        if (Character.isDigit(a.charAt(p)) || Character.isDigit(b.charAt(p))) {
            return false;
        }
        if (a.substring(p + 1).equals(b.substring(p + 1))) {
            return true; // one letter changed
        }
        return p + 1 < a.length() && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                && a.substring(p + 2).equals(b.substring(p + 2)); // two swapped
    }
}
