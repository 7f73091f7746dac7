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

    /**
     * One quotation as the report shows it.
     *
     * @param reviewComments the open review comments on it ("author: text"), oldest first: a supervisor's
     *                       questions stay in the report until someone marks them resolved
     * @param memos          the memos about it, oldest first
     */
    public record Item(Quotation quotation, Document document, String text, int firstParagraph, int lastParagraph,
                       String speaker, Long timestampMillis, List<String> codeNames, List<String> coderNames,
                       List<String> codeIds, List<String> reviewComments, List<MemoNote> memos,
                       java.util.Map<String, List<String>> codersByCode,
                       java.util.Map<String, java.time.Instant> firstCodedByCode) {
        /**
         * Who applied this code to it (listed under a code, a report names those, not every coder of the
         * quotation: one coder's Schaamte and another's Angst were both "coded by" the two); every coder of the
         * quotation where the code is none of its own (a category listing its sub-codes' quotations) or null.
         */
        public List<String> codersOf(String codeId) {
            return codeId == null ? coderNames : codersByCode.getOrDefault(codeId, coderNames);
        }

        /**
         * When this code was first applied to it; null where the code is none of its own, or its codings are
         * undated (a quotation made in 2021 and coded today was "coded by Sanne, 30 Jun 2021": QA).
         */
        public java.time.Instant codedOn(String codeId) {
            return codeId == null ? null : firstCodedByCode.get(codeId);
        }
    }

    /** A memo about a quotation, as a report shows it: "‘title’: text" on a line. */
    public record MemoNote(String title, String text) {
        @Override
        public String toString() {
            String quoted = nl.veldwerk.model.Quoting.quoted(title);
            return title.isBlank() ? text : text.isBlank() ? quoted : quoted + ": " + text;
        }
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
        java.util.Map<Selected, java.util.BitSet> seen = new java.util.IdentityHashMap<>();
        Set<String> others = new HashSet<>();
        collect(sections, seen, others);
        return seen.values().stream().mapToInt(java.util.BitSet::cardinality).sum() + others.size();
    }

    /** Counted by number in their selection, without making items; a section made otherwise by its ids. */
    private static void collect(List<Section> sections, java.util.Map<Selected, java.util.BitSet> seen,
                                Set<String> others) {
        for (Section s : sections) {
            if (s.items() instanceof Items items) {
                java.util.BitSet bits = seen.computeIfAbsent(items.selected, k -> new java.util.BitSet());
                for (int i : items.indexes) {
                    bits.set(i);
                }
            } else {
                s.items().forEach(i -> others.add(i.quotation().id()));
            }
            collect(s.sections(), seen, others);
        }
    }

    /**
     * Lets go at once of the temporary file the sections' texts are kept in beyond a few megabytes (else it
     * goes when they are no longer used); their items cannot be read after. Safe to call more than once.
     */
    public static void release(List<Section> sections) {
        for (Section s : sections) {
            if (s.items() instanceof Items items) {
                items.selected.store.close();
            }
            release(s.sections());
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
     * so a factor that drops out is seen to drop out, and so is any code chosen by name or, in a report of the
     * whole project, any code at all (its title page says "Codes: all"). By
     * document, each document holds every chosen quotation once, in the order of the text, with all its
     * codes.
     *
     * <p>The sections hold their quotations as numbers into one table of the selected quotations; an item (with
     * its text) is made when it is asked for, from what one pass over the documents stored, so the selection
     * of a million quotations does not hold a million texts.
     */
    public static List<Section> select(Project p, Criteria criteria) {
        Set<String> codes = codesIncluded(p, criteria);
        Set<String> documents = documentsIncluded(p, criteria);
        List<Document> orderedDocuments = p.documents().stream().filter(d -> documents.contains(d.id()))
                .sorted(Comparator.comparing(Document::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < orderedDocuments.size(); i++) {
            position.put(orderedDocuments.get(i).id(), i);
        }
        Map<String, List<Quotation>> byCode = index(p, codes, position, criteria.quotationIds());
        Selected selected = Selected.of(p, orderedDocuments, position, byCode.values());
        if (criteria.grouping() == Grouping.BY_DOCUMENT) {
            return byDocument(selected);
        }
        CodeTreeOrder order = new CodeTreeOrder(p);
        List<Code> roots = p.codes().stream().filter(c -> codes.contains(c.id())
                && (c.parentId() == null || !codes.contains(c.parentId())))
                .sorted(Comparator.comparingInt(c -> order.position(c.id()))).toList();
        // Every code chosen by name, and every code of a report of the whole project ("Codes: all" on its
        // title page), is there even without quotations; a report of some documents leaves out the codes
        // they hold nothing of, categories too (each said "No quotations of its own" for one interview).
        boolean wholeProject = criteria.documentIds().isEmpty() && criteria.groupIds().isEmpty();
        boolean keepEmptyCategories = criteria.quotationIds() == null && wholeProject;
        Set<String> keptEmpty = criteria.quotationIds() != null ? Set.of() : wholeProject ? codes
                : Set.copyOf(criteria.codeIds());
        List<Section> sections = new ArrayList<>();
        for (Code root : roots) {
            Section s = codeSection(p, root, codes, order, byCode, selected, keepEmptyCategories, keptEmpty);
            if (s != null) {
                sections.add(s);
            }
        }
        // Nothing but empty headings is nothing to report.
        return QuotationSelection.distinctQuotations(sections) == 0 ? List.of() : List.copyOf(sections);
    }

    private static Section codeSection(Project p, Code code, Set<String> codes, CodeTreeOrder order,
                                       Map<String, List<Quotation>> byCode, Selected selected,
                                       boolean keepEmptyCategories, Set<String> keptEmpty) {
        List<Code> children = p.childrenOf(code.id()).stream().filter(c -> codes.contains(c.id()))
                .sorted(Comparator.comparingInt(c -> order.position(c.id()))).toList();
        List<Section> sub = new ArrayList<>();
        for (Code child : children) {
            Section s = codeSection(p, child, codes, order, byCode, selected, keepEmptyCategories, keptEmpty);
            if (s != null) {
                sub.add(s);
            }
        }
        Items own = selected.items(byCode.getOrDefault(code.id(), List.of()));
        // A category (a code with sub-codes, or an axial or core code) belongs to the report's structure.
        boolean category = !children.isEmpty() || code.phase() != nl.veldwerk.model.Phase.OPEN;
        if (own.isEmpty() && sub.isEmpty() && !(category && keepEmptyCategories) && !keptEmpty.contains(code.id())) {
            return null;
        }
        return new Section(p.labelOf(code.id()), code.id(), List.copyOf(sub), own);
    }

    /** Each document's chosen quotations, each once, in the order of the text. */
    private static List<Section> byDocument(Selected selected) {
        List<Section> sections = new ArrayList<>();
        for (int d = 0; d < selected.documents.size(); d++) {
            int from = selected.firstOf[d];
            int to = selected.firstOf[d + 1];
            if (from < to) {
                sections.add(new Section(selected.documents.get(d).name(), null, List.of(),
                        new Items(selected, java.util.stream.IntStream.range(from, to).toArray())));
            }
        }
        return List.copyOf(sections);
    }

    /**
     * The selected quotations, each once, in document then reading order; what the documents' texts say of
     * each is worked out once, document by document, and kept in an {@link ItemStore}.
     */
    static final class Selected {
        private final Project project;
        private final List<Document> documents;
        private final Map<String, Integer> position;
        private final Quotation[] quotations;
        /** Where each document's quotations start in {@link #quotations}; one more entry for the end. */
        private final int[] firstOf;
        private final long[] stored;
        private final ItemStore store = new ItemStore();
        /** Quotation id → its open review comments, as the items show them (few, so found once). */
        private final Map<String, List<String>> reviewComments;
        /** Quotation id → the memos about it, as the items show them. */
        private final Map<String, List<MemoNote>> memos;

        private Selected(Project project, List<Document> documents, Map<String, Integer> position,
                         Quotation[] quotations, int[] firstOf) {
            this.project = project;
            this.reviewComments = openReviewComments(project);
            this.memos = quotationMemos(project);
            this.documents = documents;
            this.position = position;
            this.quotations = quotations;
            this.firstOf = firstOf;
            this.stored = new long[quotations.length];
        }

        static Selected of(Project p, List<Document> documents, Map<String, Integer> position,
                           java.util.Collection<List<Quotation>> lists) {
            List<List<Quotation>> perDocument = new ArrayList<>();
            documents.forEach(d -> perDocument.add(new ArrayList<>()));
            lists.forEach(list -> list.forEach(q -> perDocument.get(position.get(q.documentId())).add(q)));
            int[] firstOf = new int[documents.size() + 1];
            List<Quotation> all = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                firstOf[d] = all.size();
                List<Quotation> here = perDocument.get(d);
                here.sort(READING);
                for (Quotation q : here) {
                    if (all.size() == firstOf[d] || !all.getLast().id().equals(q.id())) {
                        all.add(q);
                    }
                }
                perDocument.set(d, null);
            }
            firstOf[documents.size()] = all.size();
            Selected selected = new Selected(p, documents, position, all.toArray(Quotation[]::new), firstOf);
            try {
                selected.storeFacts();
            } catch (RuntimeException e) { // a text that cannot be read: nothing left behind
                selected.store.close();
                throw e;
            }
            return selected;
        }

        /** One pass over the documents: each text read once, whatever the grouping. */
        private void storeFacts() {
            for (int d = 0; d < documents.size(); d++) {
                if (firstOf[d] == firstOf[d + 1]) {
                    continue;
                }
                Document doc = documents.get(d);
                String text = doc.text();
                Paragraphs paragraphs = Paragraphs.of(text);
                List<nl.veldwerk.model.TimeMark> marks = nl.veldwerk.model.TimeMarks.find(text);
                for (int i = firstOf[d]; i < firstOf[d + 1]; i++) {
                    stored[i] = store.add(facts(doc, text, quotations[i], paragraphs, marks));
                }
            }
            store.finish();
        }

        /** The numbers of {@code list}'s quotations, in document then reading order. */
        Items items(List<Quotation> list) {
            int[] indexes = new int[list.size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = indexOf(list.get(i));
            }
            java.util.Arrays.sort(indexes);
            return new Items(this, java.util.Arrays.stream(indexes).distinct().toArray());
        }

        private int indexOf(Quotation q) {
            int d = position.get(q.documentId());
            int found = java.util.Arrays.binarySearch(quotations, firstOf[d], firstOf[d + 1], q, READING);
            if (found < 0) {
                throw new IllegalStateException("quotation " + q.id() + " was not selected");
            }
            return found;
        }

        /** Whether the texts went to a temporary file (for tests). */
        boolean spilled() {
            return store.spilled();
        }

        Item item(int index) {
            Quotation q = quotations[index];
            Document d = documents.get(position.get(q.documentId()));
            return QuotationSelection.item(project, d, q, store.read(stored[index]),
                    reviewComments.getOrDefault(q.id(), List.of()), memos.getOrDefault(q.id(), List.of()));
        }
    }

    /** The open review comments on quotations, by quotation, oldest first, each as "author: text". */
    static Map<String, List<String>> openReviewComments(Project p) {
        Map<String, List<String>> comments = new java.util.HashMap<>();
        p.memos().stream().filter(m -> m.comment() && !m.resolved()
                        && m.target().kind() == nl.veldwerk.model.EntityKind.QUOTATION)
                .sorted(Comparator.comparing(nl.veldwerk.model.Memo::created,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(m -> comments.computeIfAbsent(m.target().id(), k -> new ArrayList<>())
                        .add((m.authorId() == null ? "?" : p.coder(m.authorId()).map(c -> c.name()).orElse("?"))
                                + ": " + m.text().strip()));
        return comments;
    }

    /** The memos about quotations (not review comments), by quotation, oldest first. */
    static Map<String, List<MemoNote>> quotationMemos(Project p) {
        Map<String, List<MemoNote>> memos = new java.util.HashMap<>();
        p.memos().stream().filter(m -> !m.comment() && m.target().kind() == nl.veldwerk.model.EntityKind.QUOTATION)
                .sorted(Comparator.comparing(nl.veldwerk.model.Memo::created,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(m -> memos.computeIfAbsent(m.target().id(), k -> new ArrayList<>())
                        .add(new MemoNote(m.title().strip(), m.text().strip())));
        return memos;
    }

    /** A section's quotations: numbers into the selection, made into items one by one as they are read. */
    static final class Items extends java.util.AbstractList<Item> implements java.util.RandomAccess {
        private final Selected selected;
        private final int[] indexes;

        Items(Selected selected, int[] indexes) {
            this.selected = selected;
            this.indexes = indexes;
        }

        /** For tests: the selection the numbers are into. */
        Selected selected() {
            return selected;
        }

        @Override
        public Item get(int i) {
            return selected.item(indexes[i]);
        }

        @Override
        public int size() {
            return indexes.length;
        }
    }

    private static final Comparator<Quotation> READING = Comparator.comparingInt(Quotation::start)
            .thenComparingInt(Quotation::end).thenComparingInt(Quotation::number).thenComparing(Quotation::id);

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

    /** Code → its quotations in the chosen documents (each once), in one pass over the codings. */
    private static Map<String, List<Quotation>> index(Project p, Set<String> codes, Map<String, Integer> documents,
                                                      Set<String> quotationIds) {
        Map<String, List<Quotation>> index = new java.util.HashMap<>();
        for (String codeId : codes) {
            for (Coding c : p.codingsWithCode(codeId)) {
                p.quotation(c.quotationId()).filter(q -> documents.containsKey(q.documentId())
                        && (quotationIds == null || quotationIds.contains(q.id())))
                        .ifPresent(q -> index.computeIfAbsent(codeId, k -> new ArrayList<>()).add(q));
            }
        }
        return index;
    }

    /**
     * What a quotation's document says of it: its text, its paragraphs, its speakers, and its time: that of the
     * time mark before it in the text, else its speaker turn's (null when neither says).
     */
    static ItemStore.Facts facts(Document d, String documentText, Quotation q, Paragraphs paragraphs,
                                 List<nl.veldwerk.model.TimeMark> marks) {
        String text = documentText.substring(q.start(), q.end()).strip();
        int[] span = paragraphs.span(q.start(), q.end());
        SpeakerTurn turn = d.turnOf(q.start());
        nl.veldwerk.model.TimeMark before = nl.veldwerk.model.TimeMarks.startOf(documentText, marks, q.start(),
                q.end());
        Long time = before != null ? Long.valueOf(before.millis()) : turn == null ? null : turn.timestampMillis();
        // Every speaker a quotation over two turns holds ("Interviewer, Anna"), as the quotation manager names them.
        List<String> speakers = d.speakersIn(q.start(), q.end());
        String speaker = speakers.isEmpty() ? (turn == null ? null : turn.speaker()) : String.join(", ", speakers);
        return new ItemStore.Facts(text, span[0], span[1], speaker, time);
    }

    /** A quotation as the report shows it: what its document says of it, with its codes and coders. */
    static Item item(Project p, Document d, Quotation q, ItemStore.Facts f, List<String> reviewComments,
                     List<MemoNote> memos) {
        List<Coding> codings = p.codingsOf(q.id());
        // Its codes by name, each once; with their ids alongside (two codes may share a name).
        List<String> codeIds = codings.stream().map(Coding::codeId).distinct().sorted(Comparator.comparing(
                p::labelOf, String.CASE_INSENSITIVE_ORDER)).toList(); // in the order they are named
        // Named as the project labels them: "Werk > Positief" where another code is called "Positief" too.
        List<String> codeNames = codeIds.stream().map(p::labelOf).toList();
        List<String> coders = codersOf(p, codings);
        java.util.Map<String, List<String>> byCode = new java.util.HashMap<>();
        java.util.Map<String, java.time.Instant> firstCoded = new java.util.HashMap<>();
        for (String codeId : codeIds) {
            List<Coding> ofCode = codings.stream().filter(c -> c.codeId().equals(codeId)).toList();
            byCode.put(codeId, codersOf(p, ofCode));
            ofCode.stream().map(Coding::created).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                    .ifPresent(first -> firstCoded.put(codeId, first));
        }
        return new Item(q, d, f.text(), f.firstParagraph(), f.lastParagraph(), f.speaker(), f.timestampMillis(),
                codeNames, coders, codeIds, List.copyOf(reviewComments), List.copyOf(memos), java.util.Map.copyOf(byCode),
                java.util.Map.copyOf(firstCoded));
    }

    private static List<String> codersOf(Project p, List<Coding> codings) {
        return codings.stream().map(Coding::coderId).filter(java.util.Objects::nonNull).distinct()
                .map(id -> p.coder(id).map(c -> c.name()).orElse("?")).sorted().toList();
    }
}
