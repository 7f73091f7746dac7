package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;

/**
 * The quotations a report shows: coded with any of the chosen codes (or any code when none is chosen),
 * in the chosen documents and groups (all when none is chosen), grouped by code then document or by
 * document then code. Each comes with what a reader needs to find it back: paragraph range, speaker and
 * time mark, its codes, its comment and who coded it.
 */
public final class QuotationSelection {
    /** How the report is ordered. */
    public enum Grouping { BY_CODE, BY_DOCUMENT }

    /**
     * What to report. Empty sets of codes, documents and groups mean "all"; {@code quotationIds}, when not
     * null, keeps only those quotations (what a saved query selected).
     */
    public record Criteria(Set<String> codeIds, boolean withSubCodes, Set<String> documentIds, Set<String> groupIds,
                           Grouping grouping, Set<String> quotationIds) {
        public Criteria {
            codeIds = Set.copyOf(codeIds);
            documentIds = Set.copyOf(documentIds);
            groupIds = Set.copyOf(groupIds);
            grouping = grouping == null ? Grouping.BY_CODE : grouping;
            quotationIds = quotationIds == null ? null : Set.copyOf(quotationIds);
        }

        public Criteria(Set<String> codeIds, boolean withSubCodes, Set<String> documentIds, Set<String> groupIds,
                        Grouping grouping) {
            this(codeIds, withSubCodes, documentIds, groupIds, grouping, null);
        }
    }

    /** One quotation as the report shows it. */
    public record Item(Quotation quotation, Document document, String text, int firstParagraph, int lastParagraph,
                       String speaker, Long timestampMillis, List<String> codeNames, List<String> coderNames,
                       List<String> codeIds) {
    }

    /** A heading and what comes under it: sub-sections, or the quotations themselves. */
    public record Section(String title, String codeId, List<Section> sections, List<Item> items) {
        public int count() {
            return items.size() + sections.stream().mapToInt(Section::count).sum();
        }
    }

    private QuotationSelection() {
    }

    /** How many different quotations the sections hold (one coded with two chosen codes is listed twice). */
    public static int distinctQuotations(List<Section> sections) {
        Set<String> ids = new HashSet<>();
        collect(sections, ids);
        return ids.size();
    }

    private static void collect(List<Section> sections, Set<String> ids) {
        for (Section s : sections) {
            s.items().forEach(i -> ids.add(i.quotation().id()));
            collect(s.sections(), ids);
        }
    }

    /**
     * The report's sections in order; empty when nothing matches.
     *
     * <p>By code, the sections follow the code tree (each code before its sub-codes, siblings by name), nested
     * as the tree is: a category holds its factors, a factor its mechanisms, each with the quotations coded
     * with that code itself. A code whose sub-codes are chosen is there even without quotations of its own
     * (its definition and memo belong to the report); outside a saved query's selection a category (a code
     * with sub-codes, or an axial or core code) is there even when it and its sub-codes hold no quotations,
     * so a factor that drops out is seen to drop out. By
     * document, each document holds every chosen quotation once, in the order of the text, with all its
     * codes.
     */
    public static List<Section> select(Project p, Criteria criteria) {
        Set<String> codes = codesIncluded(p, criteria);
        Set<String> documents = documentsIncluded(p, criteria);
        List<Document> orderedDocuments = p.documents().stream().filter(d -> documents.contains(d.id()))
                .sorted(Comparator.comparing(Document::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, Map<String, List<Quotation>>> index = index(p, codes, documents);
        if (criteria.quotationIds() != null) {
            index.values().forEach(byDocument -> byDocument.values().forEach(list ->
                    list.removeIf(q -> !criteria.quotationIds().contains(q.id()))));
        }
        Map<String, Item> items = new java.util.HashMap<>();
        Map<String, Paragraphs> paragraphs = new java.util.HashMap<>();
        Map<String, List<nl.veldwerk.model.TimeMark>> marks = new java.util.HashMap<>();
        java.util.function.BiFunction<Document, Quotation, Item> itemOf = (d, q) -> items.computeIfAbsent(q.id(),
                id -> item(p, d, q, paragraphs.computeIfAbsent(d.id(), k -> Paragraphs.of(d.text())),
                        marks.computeIfAbsent(d.id(), k -> nl.veldwerk.model.TimeMarks.find(d.text()))));
        // Every item made document by document first: each text is read once, not once per code (an open
        // project's texts stay in its files, and only the last few read are kept in memory).
        Map<String, List<Quotation>> byDocument = new java.util.HashMap<>();
        index.values().forEach(inCode -> inCode.forEach((documentId, list) ->
                byDocument.computeIfAbsent(documentId, k -> new ArrayList<>()).addAll(list)));
        for (Document d : orderedDocuments) {
            byDocument.getOrDefault(d.id(), List.of()).forEach(q -> itemOf.apply(d, q));
            paragraphs.remove(d.id());
            marks.remove(d.id());
        }
        if (criteria.grouping() == Grouping.BY_DOCUMENT) {
            return byDocument(index, orderedDocuments, itemOf);
        }
        CodeTreeOrder order = new CodeTreeOrder(p);
        List<Code> roots = p.codes().stream().filter(c -> codes.contains(c.id())
                && (c.parentId() == null || !codes.contains(c.parentId())))
                .sorted(Comparator.comparingInt(c -> order.position(c.id()))).toList();
        boolean keepEmptyCategories = criteria.quotationIds() == null;
        List<Section> sections = new ArrayList<>();
        for (Code root : roots) {
            Section s = codeSection(p, root, codes, order, index, orderedDocuments, itemOf, keepEmptyCategories);
            if (s != null) {
                sections.add(s);
            }
        }
        // Nothing but empty headings is nothing to report.
        return QuotationSelection.distinctQuotations(sections) == 0 ? List.of() : List.copyOf(sections);
    }

    private static Section codeSection(Project p, Code code, Set<String> codes, CodeTreeOrder order,
                                       Map<String, Map<String, List<Quotation>>> index, List<Document> documents,
                                       java.util.function.BiFunction<Document, Quotation, Item> itemOf,
                                       boolean keepEmptyCategories) {
        List<Code> children = p.childrenOf(code.id()).stream().filter(c -> codes.contains(c.id()))
                .sorted(Comparator.comparingInt(c -> order.position(c.id()))).toList();
        List<Section> sub = new ArrayList<>();
        for (Code child : children) {
            Section s = codeSection(p, child, codes, order, index, documents, itemOf, keepEmptyCategories);
            if (s != null) {
                sub.add(s);
            }
        }
        List<Item> own = new ArrayList<>();
        Map<String, List<Quotation>> byDocument = index.getOrDefault(code.id(), Map.of());
        for (Document d : documents) {
            byDocument.getOrDefault(d.id(), List.of()).forEach(q -> own.add(itemOf.apply(d, q)));
        }
        // A category (a code with sub-codes, or an axial or core code) belongs to the report's structure.
        boolean category = !children.isEmpty() || code.phase() != nl.veldwerk.model.Phase.OPEN;
        if (own.isEmpty() && sub.isEmpty() && !(category && keepEmptyCategories)) {
            return null;
        }
        return new Section(code.name(), code.id(), List.copyOf(sub), List.copyOf(own));
    }

    /** Each document's chosen quotations, each once, in the order of the text. */
    private static List<Section> byDocument(Map<String, Map<String, List<Quotation>>> index, List<Document> documents,
                                            java.util.function.BiFunction<Document, Quotation, Item> itemOf) {
        List<Section> sections = new ArrayList<>();
        for (Document d : documents) {
            java.util.TreeSet<Quotation> found = new java.util.TreeSet<>(READING);
            index.values().forEach(byDocument -> found.addAll(byDocument.getOrDefault(d.id(), List.of())));
            if (!found.isEmpty()) {
                sections.add(new Section(d.name(), null, List.of(), found.stream().map(q -> itemOf.apply(d, q))
                        .toList()));
            }
        }
        return List.copyOf(sections);
    }

    private static final Comparator<Quotation> READING = Comparator.comparingInt(Quotation::start)
            .thenComparingInt(Quotation::end).thenComparing(Quotation::id);

    private static Set<String> codesIncluded(Project p, Criteria criteria) {
        if (criteria.codeIds().isEmpty()) {
            return new HashSet<>(p.codes().stream().map(Code::id).toList());
        }
        Set<String> codes = new HashSet<>(criteria.codeIds());
        if (criteria.withSubCodes()) {
            List<String> todo = new ArrayList<>(codes);
            while (!todo.isEmpty()) {
                for (Code child : p.childrenOf(todo.removeLast())) {
                    if (codes.add(child.id())) {
                        todo.add(child.id());
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> documentsIncluded(Project p, Criteria criteria) {
        Set<String> documents = new HashSet<>();
        for (Document d : p.documents()) {
            boolean chosen = criteria.documentIds().isEmpty() && criteria.groupIds().isEmpty()
                    || criteria.documentIds().contains(d.id())
                    || d.groupIds().stream().anyMatch(criteria.groupIds()::contains);
            if (chosen) {
                documents.add(d.id());
            }
        }
        return documents;
    }

    /** Code → document → its quotations with that code in reading order, in one pass over the codings. */
    private static Map<String, Map<String, List<Quotation>>> index(Project p, Set<String> codes, Set<String> documents) {
        Map<String, Map<String, List<Quotation>>> index = new java.util.HashMap<>();
        for (String codeId : codes) {
            for (Coding c : p.codingsWithCode(codeId)) {
                p.quotation(c.quotationId()).filter(q -> documents.contains(q.documentId())).ifPresent(q -> index
                        .computeIfAbsent(codeId, k -> new java.util.HashMap<>())
                        .computeIfAbsent(q.documentId(), k -> new ArrayList<>()).add(q));
            }
        }
        index.values().forEach(byDocument -> byDocument.values().forEach(list -> {
            list.sort(READING);
            // A quotation coded twice with the code (by two coders) is listed once.
            List<Quotation> once = list.stream().distinct().toList();
            list.clear();
            list.addAll(once);
        }));
        return index;
    }

    /**
     * A quotation as the report shows it; its time is that of the time mark before it in its document's text,
     * else its speaker turn's (null when neither says).
     */
    static Item item(Project p, Document d, Quotation q, Paragraphs paragraphs, List<nl.veldwerk.model.TimeMark> marks) {
        String text = d.text().substring(q.start(), q.end()).strip();
        int[] span = paragraphs.span(q.start(), q.end());
        int first = span[0];
        int last = span[1];
        SpeakerTurn turn = d.turns().stream().filter(t -> t.start() <= q.start() && q.start() < Math.max(t.end(),
                t.start() + 1)).reduce((a, b) -> b).orElse(null);
        List<Coding> codings = p.codingsOf(q.id());
        // Its codes by name, each once; with their ids alongside (two codes may share a name).
        List<String> codeIds = codings.stream().map(Coding::codeId).distinct().sorted(Comparator.comparing(
                (String id) -> p.code(id).map(Code::name).orElse("?"), String.CASE_INSENSITIVE_ORDER)).toList();
        List<String> codeNames = codeIds.stream().map(id -> p.code(id).map(Code::name).orElse("?")).toList();
        List<String> coders = codings.stream().map(Coding::coderId).filter(java.util.Objects::nonNull).distinct()
                .map(id -> p.coder(id).map(c -> c.name()).orElse("?")).sorted().toList();
        nl.veldwerk.model.TimeMark before = nl.veldwerk.model.TimeMarks.before(marks, q.start());
        Long time = before != null ? Long.valueOf(before.millis()) : turn == null ? null : turn.timestampMillis();
        return new Item(q, d, text, first, last, turn == null ? null : turn.speaker(), time, codeNames, coders,
                codeIds);
    }
}
