package nl.veldwerk.ui.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Project;

/**
 * A line of the code manager: a code with where it sits, its counts (as the tree shows them) and who made it.
 * Rows come in the tree's reading order (each code before its sub-codes, siblings by name).
 */
record CodeRow(Code code, String path, int depth, CodeCounts.Count count, String coder) {
    private static final Comparator<Code> BY_NAME = Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER);

    /** Before a code is counted (a code just made): nothing yet. */
    static final CodeCounts.Count UNCOUNTED = new CodeCounts.Count(0, 0, 0, false, 0);

    /**
     * The rows of the project's codes, with the counts given (counted elsewhere, maybe a moment ago: a code
     * they do not know shows {@link #UNCOUNTED} until the next count).
     */
    static List<CodeRow> of(Project p, Map<String, CodeCounts.Count> counts) {
        List<CodeRow> rows = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        p.childrenOf(null).stream().sorted(BY_NAME).forEach(c -> add(p, c, 0, counts, rows, placed));
        return rows;
    }

    private static void add(Project p, Code c, int depth, Map<String, CodeCounts.Count> counts, List<CodeRow> rows,
                            java.util.Set<String> placed) {
        if (!placed.add(c.id())) {
            return;
        }
        String coder = c.creatorId() == null ? "" : p.coder(c.creatorId()).map(Coder::name).orElse("");
        rows.add(new CodeRow(c, nl.veldwerk.ui.common.CodeChooser.path(p, c), depth, counts.getOrDefault(c.id(),
                UNCOUNTED), coder));
        p.childrenOf(c.id()).stream().sorted(BY_NAME).forEach(child -> add(p, child, depth + 1, counts, rows, placed));
    }

    /** Whether the row matches what the user typed in the filter (name, path or definition). */
    boolean matches(String query) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return q.isEmpty() || path.toLowerCase(java.util.Locale.ROOT).contains(q)
                || code.definition().toLowerCase(java.util.Locale.ROOT).contains(q);
    }
}
