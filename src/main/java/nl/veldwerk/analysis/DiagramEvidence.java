package nl.veldwerk.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.Weighting;

/**
 * The evidence behind a diagram's arrows, counted from the codings. A code stands for itself and all
 * its sub-codes, so a factor's evidence is that of its mechanisms together. For a relation S to T:
 * the quotations coded with S, the documents (respondents) they are in, and those of them that overlap
 * a quotation coded with T (co-occurrence, as ATLAS.ti counts it: the quotations share text).
 */
public final class DiagramEvidence {
    /**
     * The counts behind one arrow and the quotations that support it (the source code's, document order), with
     * those that overlap a quotation of the target among them: the ones the co-occurrence count is made of.
     */
    public record Evidence(int quotations, int documents, int cooccurring, List<Quotation> supporting,
                           java.util.Set<String> overlapping) {
        /** The quotations an arrow weighed by {@code weighting} rests on: under co-occurrence the overlapping ones. */
        public List<Quotation> supporting(Weighting weighting) {
            return weighting == Weighting.COOCCURRENCE
                    ? supporting.stream().filter(q -> overlapping.contains(q.id())).toList() : supporting;
        }

        /** The arrow's weight under {@code weighting}; MANUAL is the relation's own weight. */
        public double weight(Weighting weighting, Relation relation) {
            return switch (weighting) {
                case QUOTATIONS -> quotations;
                case DOCUMENTS -> documents;
                case COOCCURRENCE -> cooccurring;
                case MANUAL -> relation.weight();
            };
        }
    }

    private final Project project;
    private final Map<String, List<Quotation>> quotationsOfSubtree = new HashMap<>();
    private final Map<String, Evidence> counted = new HashMap<>();

    public DiagramEvidence(Project project) {
        this.project = project;
    }

    /** The counts behind a relation (remembered: one instance counts each pair of codes once). */
    public Evidence of(Relation relation) {
        return counted.computeIfAbsent(relation.sourceCodeId() + '\u0000' + relation.targetCodeId(),
                k -> count(relation));
    }

    private Evidence count(Relation relation) {
        List<Quotation> source = quotationsOfSubtree(relation.sourceCodeId());
        List<Quotation> target = quotationsOfSubtree(relation.targetCodeId());
        Map<String, List<Quotation>> targetByDocument = new HashMap<>();
        target.forEach(q -> targetByDocument.computeIfAbsent(q.documentId(), k -> new ArrayList<>()).add(q));
        java.util.Set<String> overlapping = new java.util.HashSet<>();
        for (Quotation q : source) {
            List<Quotation> others = targetByDocument.get(q.documentId());
            if (others != null && overlapsAny(q, others)) {
                overlapping.add(q.id());
            }
        }
        long documents = source.stream().map(Quotation::documentId).distinct().count();
        return new Evidence(source.size(), (int) documents, overlapping.size(), source, java.util.Set.copyOf(overlapping));
    }

    /** The quotations coded with {@code codeId} or any code below it, each once, in document order. */
    public List<Quotation> quotationsOfSubtree(String codeId) {
        return quotationsOfSubtree.computeIfAbsent(codeId, id -> {
            Map<String, Quotation> found = new LinkedHashMap<>();
            Deque<String> todo = new ArrayDeque<>(List.of(id));
            while (!todo.isEmpty()) {
                String code = todo.pop();
                for (Coding c : project.codingsWithCode(code)) {
                    project.quotation(c.quotationId()).ifPresent(q -> found.putIfAbsent(q.id(), q));
                }
                project.childrenOf(code).stream().map(Code::id).forEach(todo::push);
            }
            List<Quotation> sorted = new ArrayList<>(found.values());
            sorted.sort(project.documentOrder());
            return List.copyOf(sorted);
        });
    }

    /** {@code others} are in document order; a quotation overlaps another when they share a character. */
    private static boolean overlapsAny(Quotation q, List<Quotation> others) {
        for (Quotation o : others) {
            if (o.start() >= q.end()) {
                return false;
            }
            if (o.end() > q.start()) {
                return true;
            }
        }
        return false;
    }
}
