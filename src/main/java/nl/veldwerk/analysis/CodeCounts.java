package nl.veldwerk.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;

/**
 * How much a code is used, as the code tree, the code manager and the code × document table show it:
 * groundedness (the distinct quotations it codes), the documents they are in, and density (its relations
 * to other codes). A category (a code with sub-codes) counts its sub-codes' quotations too unless asked
 * not to, each quotation once, so a category that codes nothing itself does not show 0 · 0.
 */
public final class CodeCounts {
    /**
     * A code's counts.
     *
     * @param withSubcodes whether the counts take in sub-codes (true only for a code that has some and when asked)
     * @param own          the quotations the code itself codes, whatever {@code withSubcodes} says
     */
    public record Count(int quotations, int documents, int relations, boolean withSubcodes, int own) {
        public Count withRelations(int newRelations) {
            return new Count(quotations, documents, newRelations, withSubcodes, own);
        }
    }

    private CodeCounts() {
    }

    /**
     * Every code's counts, as {@link #of} gives them, in one pass over the codings and relations: opening a
     * project counts every code, and asking {@link #of} code by code looked up every quotation again for each
     * category above it and walked every relation for each code.
     */
    public static Map<String, Count> all(Project p, boolean withSubcodes) {
        Map<String, Integer> relations = relationsByCode(p);
        Map<String, Set<String>> own = new HashMap<>();
        for (Code c : p.codes()) {
            own.put(c.id(), quotationIds(p, c.id(), false));
        }
        Map<String, String> documentOf = new HashMap<>();
        Map<String, Count> counts = new HashMap<>();
        for (Code c : p.codes()) {
            Set<String> mine = own.get(c.id());
            boolean sum = withSubcodes && !p.childrenOf(c.id()).isEmpty();
            Set<String> quotations = mine;
            if (sum) {
                quotations = new HashSet<>();
                for (String id : selfAndDescendants(p, c.id())) {
                    quotations.addAll(own.getOrDefault(id, Set.of()));
                }
            }
            Set<String> documents = new HashSet<>();
            for (String q : quotations) {
                String d = documentOf.computeIfAbsent(q, id -> p.quotation(id).map(Quotation::documentId).orElse(null));
                if (d != null) {
                    documents.add(d);
                }
            }
            counts.put(c.id(), new Count(quotations.size(), documents.size(), relations.getOrDefault(c.id(), 0), sum,
                    mine.size()));
        }
        return counts;
    }

    /** How many quotations one step of {@link #of} looks up. */
    private static final int QUOTATIONS_PER_STEP = 5_000;

    /**
     * One code's counts (null when there is no such code), from any thread: worked out in steps that each read
     * the project while it stands ({@link Project#whileUnchanged}: a change waits for one step, not for a whole
     * category of a big project). The steps may see the project at different moments: whoever shows the count
     * counts again after a change.
     */
    public static Count of(Project p, String codeId, boolean withSubcodes) {
        record Start(boolean sum, List<String> codes, int relations) {
        }
        Start start = p.whileUnchanged(() -> {
            if (p.code(codeId).isEmpty()) {
                return null;
            }
            boolean sum = withSubcodes && !p.childrenOf(codeId).isEmpty();
            return new Start(sum, sum ? List.copyOf(selfAndDescendants(p, codeId)) : List.of(codeId),
                    relations(p, codeId));
        });
        if (start == null) {
            return null;
        }
        // Only sizes are asked for: sets without an order, and the code's own quotations are those the set
        // holds after its own codings (the code comes first in start.codes()).
        Set<String> quotations = new HashSet<>();
        int own = 0;
        for (String id : start.codes()) {
            List<String> coded = p.whileUnchanged(() -> p.quotationsCodedWith(id));
            quotations.addAll(coded);
            if (id.equals(codeId)) {
                own = quotations.size();
            }
        }
        Set<String> documents = new HashSet<>();
        List<String> all = List.copyOf(quotations);
        for (int from = 0; from < all.size(); from += QUOTATIONS_PER_STEP) {
            List<String> step = all.subList(from, Math.min(all.size(), from + QUOTATIONS_PER_STEP));
            p.whileUnchanged(() -> {
                step.forEach(id -> p.quotation(id).map(Quotation::documentId).ifPresent(documents::add));
                return null;
            });
        }
        return new Count(quotations.size(), documents.size(), start.relations(), start.sum(), own);
    }

    /** The distinct quotations the code codes, with those of all its sub-codes when asked, in project order. */
    public static Set<String> quotationIds(Project p, String codeId, boolean withSubcodes) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : withSubcodes ? selfAndDescendants(p, codeId) : Set.of(codeId)) {
            result.addAll(p.quotationsCodedWith(id));
        }
        return result;
    }

    /** The code and every code under it, however deep (each once, even in a damaged tree). */
    public static Set<String> selfAndDescendants(Project p, String codeId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(codeId);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (seen.add(id)) {
                p.childrenOf(id).forEach(child -> todo.add(child.id()));
            }
        }
        return seen;
    }

    /** The code and the codes above it: whose counts a change to its codings alters. */
    public static Set<String> selfAndAncestors(Project p, String codeId) {
        Set<String> result = new LinkedHashSet<>();
        for (String id = codeId; id != null && result.add(id); id = p.code(id).map(Code::parentId).orElse(null)) {
            // walks up to the top; a repeated id (a damaged tree) stops it
        }
        return result;
    }

    /** Every code's {@link #relations}, in one pass (a code in none is left out). */
    public static Map<String, Integer> relationsByCode(Project p) {
        Map<String, Integer> relations = new HashMap<>();
        for (Relation r : p.relations()) {
            relations.merge(r.sourceCodeId(), 1, Integer::sum);
            if (!r.targetCodeId().equals(r.sourceCodeId())) {
                relations.merge(r.targetCodeId(), 1, Integer::sum);
            }
        }
        return relations;
    }

    /** How many relations the code takes part in, as source or target (ATLAS.ti's density). */
    public static int relations(Project p, String codeId) {
        int n = 0;
        for (Relation r : p.relations()) {
            if (codeId.equals(r.sourceCodeId()) || codeId.equals(r.targetCodeId())) {
                n++;
            }
        }
        return n;
    }
}
