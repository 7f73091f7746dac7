package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentText;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.coding.TextFacts.TextPart;

/**
 * The quotation list of the coding screen: the quotations of the selected document (or of a code), in
 * reading order, filtered by what the user types, kept up to date row by row as coding goes on.
 */
final class QuotationList {
    /**
     * The kinds no row shows: a change to them (and to documents only in what no row shows) leaves the rows as
     * they are; at 10,000 documents, listing a code's quotations again took 20-40 ms of the FX thread at each
     * group ticked or attribute set.
     */
    private static final java.util.Set<nl.veldwerk.model.EntityKind> NOT_IN_ROWS = java.util.EnumSet.of(
            nl.veldwerk.model.EntityKind.GROUP, nl.veldwerk.model.EntityKind.ATTRIBUTE,
            nl.veldwerk.model.EntityKind.MEMO, nl.veldwerk.model.EntityKind.RELATION,
            nl.veldwerk.model.EntityKind.DIAGRAM);

    private final MainViewModel main;
    private final ObjectProperty<CodingViewModel.Scope> scope = new SimpleObjectProperty<>(CodingViewModel.Scope.DOCUMENT);
    private final ObjectProperty<Code> listedCode = new SimpleObjectProperty<>();
    private final ObservableList<QuotationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QuotationRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Quotation> selectedQuotation;
    /** Rows by quotation and its codings: a coding change rebuilds one row, not thousands. */
    private final java.util.Map<Object, QuotationRow> rowCache = new java.util.HashMap<>();
    /** The row each listed quotation has in {@link #rows}, to find it without a pass over the whole list. */
    private final java.util.Map<String, QuotationRow> listedRows = new java.util.HashMap<>();
    /**
     * True while rows are taken out and put back. A table whose selected row is removed selects its
     * neighbour; the table must not take that for the user choosing another quotation (the next comment
     * would land on it), so it ignores selection changes meanwhile and selects the right row after.
     */
    private final javafx.beans.property.BooleanProperty updating = new javafx.beans.property.SimpleBooleanProperty();
    /** True while the texts the rows need are read on {@link #READER}; the list is empty meanwhile. */
    private final javafx.beans.property.BooleanProperty reading = new javafx.beans.property.SimpleBooleanProperty();
    /** Whether a text can be had without reading a file (a text that must be read is read on {@link #READER}). */
    private final java.util.function.Predicate<DocumentText> atHand;
    /** Counts the lists asked for: what the reader finds for an older one is dropped. */
    private long asked;

    /** How many times the list was asked to be made again (tests: a change that shows nothing asks none). */
    long listingsAsked() {
        return asked;
    }

    /**
     * The quotations of a code lie in hundreds of documents whose texts mostly stay in their files: their rows
     * are made on this thread, never on the FX thread (0.5 s for a code of 1,000 quotations at 10,000 documents).
     */
    private static final java.util.concurrent.ExecutorService READER =
            nl.veldwerk.ui.common.Background.thread("veldwerk-quotation-list");

    QuotationList(MainViewModel main, java.util.function.Predicate<DocumentText> atHand) {
        this.main = main;
        this.atHand = atHand;
        this.selectedQuotation = main.selectedQuotationProperty();
        filter.addListener((o, was, now) -> applyFilter());
        scope.addListener((o, was, now) -> refreshRows());
        listedCode.addListener((o, was, now) -> refreshRows());
    }

    /** The next (or previous) quotation of the list after the selected one. */
    Optional<Quotation> step(int direction) {
        List<QuotationRow> list = new ArrayList<>(filtered);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).quotation().equals(selectedQuotation.get())) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : list.size() - 1) : Math.floorMod(at + direction, list.size());
        return Optional.of(list.get(next).quotation());
    }

    /** Forgets cached rows, for changes that alter what rows show besides quotations (code or coder names). */
    private void forgetRows() {
        rowCache.clear();
        facts.clear();
    }

    /** Forgets everything remembered of texts: another project (or the same opened again). */
    private void forgetTexts() {
        forgetRows();
        parts.clear();
    }

    /** Reading order; two starting at one place by their ends, then their numbers, so no view shows them swapped (QA). */
    static final Comparator<QuotationRow> ORDER = Comparator.comparing(QuotationRow::document)
            .thenComparingInt((QuotationRow r) -> r.quotation().start()).thenComparingInt(r -> r.quotation().end())
            .thenComparingInt(r -> r.quotation().number());

    /** The most touched quotations a change updates row by row. */
    private static final int ROW_BY_ROW = 300;

    /**
     * Brings the list up to date after a change: a change that only coded or uncoded text rebuilds just the
     * rows of the quotations it touched; anything else rebuilds the list.
     */
    void update(ProjectChange change) {
        if (change != null && main.storeProperty().get() != null && leavesRowsAsTheyAre(change)) {
            return; // a group ticked, an attribute set, a memo written: no row shows them
        }
        // Row by row costs a search and a shift per row: past a few hundred (a merge of another coder's
        // work, a search coded at once), building the list again is cheaper.
        boolean bulk = change != null && change.quotationIds().size() > ROW_BY_ROW;
        if (change == null || !change.onlyQuotationsAndCodings() || bulk || main.storeProperty().get() == null) {
            if (change == null || main.storeProperty().get() == null) {
                forgetTexts();
            } else if (change.touches(nl.veldwerk.model.EntityKind.CODE)
                    || change.touches(nl.veldwerk.model.EntityKind.CODER)
                    || change.touches(nl.veldwerk.model.EntityKind.DOCUMENT)) {
                forgetRows();
            }
            refreshRows();
            return;
        }
        Project p = project();
        java.util.Set<String> touched = change.quotationIds();
        List<Quotation> listedNow = touched.stream().map(p::quotation).flatMap(Optional::stream).filter(this::listed)
                .toList();
        java.util.Map<String, DocumentText> texts = new java.util.HashMap<>();
        listedNow.forEach(q -> texts.put(q.documentId(), bodyOf(p, q)));
        if (reading.get() || !quickAtHand(texts)) {
            refreshRows(); // a list still being read, or a text in a file: asked again, read off the FX thread
            return;
        }
        List<QuotationRow> replaced = new ArrayList<>();
        for (Quotation q : listedNow) {
            replaced.add(row(p, q, p.codingsOf(q.id()), partAtHand(p, q)));
        }
        updating.set(true);
        try {
            for (String id : touched) {
                QuotationRow old = listedRows.remove(id);
                int at = old == null ? -1 : indexOf(old);
                if (at >= 0) {
                    rows.remove(at);
                }
            }
            for (QuotationRow row : replaced) {
                int at = java.util.Collections.binarySearch(rows, row, ORDER);
                rows.add(at < 0 ? -at - 1 : at, row);
                listedRows.put(row.quotation().id(), row);
            }
        } finally {
            updating.set(false);
        }
        Quotation selected = selectedQuotation.get();
        if (selected != null && touched.contains(selected.id())) {
            selectedQuotation.set(p.quotation(selected.id()).orElse(null));
        }
    }

    /** Where the row of a listed quotation is in {@link #rows()} (as filtered); -1 when it is not there. */
    int indexOfListed(String quotationId) {
        QuotationRow row = listedRows.get(quotationId);
        int at = row == null ? -1 : indexOf(row);
        return at < 0 ? -1 : Math.max(-1, filtered.getViewIndex(at));
    }

    /** Where a listed row is: a binary search by reading order, then the rows that tie with it. */
    private int indexOf(QuotationRow row) {
        int at = java.util.Collections.binarySearch(rows, row, ORDER);
        if (at >= 0) {
            for (int i = at; i >= 0 && ORDER.compare(rows.get(i), row) == 0; i--) {
                if (rows.get(i) == row) {
                    return i;
                }
            }
            for (int i = at + 1; i < rows.size() && ORDER.compare(rows.get(i), row) == 0; i++) {
                if (rows.get(i) == row) {
                    return i;
                }
            }
        }
        return rows.indexOf(row); // not where the order says: look everywhere rather than leave it listed
    }

    /** Whether the list, in its current scope, shows this quotation. */
    private boolean listed(Quotation q) {
        if (scope.get() == CodingViewModel.Scope.CODE && listedCode.get() != null) {
            java.util.Set<String> codes = CodeCounts.selfAndDescendants(project(), listedCode.get().id());
            return project().codingsOf(q.id()).stream().anyMatch(c -> codes.contains(c.codeId()));
        }
        return document().map(d -> d.id().equals(q.documentId())).orElse(false);
    }

    /**
     * Rebuilds the quotation list; called after every change to the project and when the document changes.
     * Rows whose texts are at hand are made at once; otherwise the list says it is reading (empty, or the same
     * list's rows as before the change, unclickable), and its rows are made on {@link #READER} and shown unless
     * the list was asked for again meanwhile (every change asks again, so what is shown is never older than the
     * project).
     */
    void refreshRows() {
        long question = ++asked;
        if (main.storeProperty().get() == null) {
            reading.set(false);
            clearRows();
            selectedQuotation.set(null);
            return;
        }
        Project p = project();
        List<Quotation> quotations;
        if (scope.get() == CodingViewModel.Scope.CODE && listedCode.get() != null) {
            // A category lists its sub-codes' quotations too, as its Σ counts them: it listed none ("No quotations
            // yet") when it is coded only through them, the way categories are.
            quotations = CodeCounts.selfAndDescendants(p, listedCode.get().id()).stream()
                    .flatMap(code -> p.quotationsCodedWith(code).stream()).distinct()
                    .map(id -> p.quotation(id).orElseThrow()).toList();
        } else {
            quotations = document().map(d -> p.quotationsOf(d.id())).orElse(List.of());
        }
        List<Listed> listed = new ArrayList<>(quotations.size());
        java.util.Map<String, DocumentText> toRead = new java.util.LinkedHashMap<>();
        List<Quotation> unmade = new ArrayList<>();
        java.util.Map<String, TextPart> known = new java.util.HashMap<>();
        for (Quotation q : quotations) {
            List<Coding> codings = p.codingsOf(q.id());
            Object key = List.of(q, codings); // a text edit, which can renumber paragraphs, forgets every row
            listed.add(new Listed(q, codings, key));
            if (!rowCache.containsKey(key)) {
                TextPart part = knownPart(q, bodyOf(p, q));
                if (part != null) {
                    known.put(q.id(), part); // a row made anew (a code renamed) whose text part is known
                } else {
                    unmade.add(q);
                    toRead.computeIfAbsent(q.documentId(), k -> bodyOf(p, q));
                }
            }
        }
        if (quickAtHand(toRead)) {
            reading.set(false); // an answer still being read for a list asked before is dropped
            unmade.forEach(q -> known.put(q.id(), partAtHand(p, q)));
            list(p, listed, known);
            return;
        }
        reading.set(true);
        Object listing = listing();
        if (!listing.equals(shownListing)) {
            // Another code or document: its rows, not the last one's, when they come. The same list read again
            // after a change stays on screen meanwhile (scroll position and selected row with it), unclickable.
            clearRows();
        }
        READER.execute(() -> {
            java.util.Map<String, TextPart> read;
            try {
                read = TextFacts.partsOf(toRead, unmade);
                read.putAll(known);
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> {
                    if (question == asked) {
                        reading.set(false);
                        main.fail(nl.veldwerk.ui.common.I18n.text("quotations.listFailed"), e);
                    }
                });
                return;
            }
            javafx.application.Platform.runLater(() -> {
                if (question == asked && main.storeProperty().get() != null) {
                    reading.set(false);
                    unmade.forEach(q -> remember(q, toRead.get(q.documentId()), read.get(q.id())));
                    list(project(), listed, read);
                }
            });
        });
    }

    /** At most this many texts are looked through on the FX thread for one list (each a scan of the text). */
    private static final int LOOKED_THROUGH_AT_ONCE = 8;

    /**
     * Whether the rows can be made on the FX thread: every text needed is in memory (or its facts are known)
     * and only a few must be looked through; a code's quotations in hundreds of documents are not, even when
     * their texts are in memory (finding each one's paragraphs and time marks is a scan of the text).
     */
    private boolean quickAtHand(java.util.Map<String, DocumentText> texts) {
        int toLookThrough = 0;
        for (var entry : texts.entrySet()) {
            TextFacts known = facts.get(entry.getKey());
            if (known != null && known.of() == entry.getValue()) {
                continue;
            }
            if (!atHand.test(entry.getValue()) || ++toLookThrough > LOOKED_THROUGH_AT_ONCE) {
                return false;
            }
        }
        return true;
    }

    /** Which list is shown: the quotations of a code, or of a document (null: none, or not yet). */
    private Object shownListing;

    /** Which list is asked for now. */
    private Object listing() {
        if (scope.get() == CodingViewModel.Scope.CODE && listedCode.get() != null) {
            return List.of("code", listedCode.get().id());
        }
        return List.of("document", document().map(Document::id).orElse(""));
    }

    /** A quotation to list with its codings and its key in {@link #rowCache}, as they were when it was asked for. */
    private record Listed(Quotation quotation, List<Coding> codings, Object key) {
    }

    /** Shows the listed quotations in reading order, each row made from its text part or taken from the cache. */
    private void list(Project p, List<Listed> listed, java.util.Map<String, TextPart> parts) {
        List<QuotationRow> list = new ArrayList<>(listed.size());
        java.util.Map<Object, QuotationRow> kept = new java.util.HashMap<>();
        for (Listed l : listed) {
            QuotationRow row = rowCache.get(l.key());
            if (row == null) {
                TextPart part = parts.get(l.quotation().id());
                row = row(p, l.quotation(), l.codings(), part != null ? part : partAtHand(p, l.quotation()));
            }
            kept.put(l.key(), row);
            list.add(row);
        }
        rowCache.clear();
        rowCache.putAll(kept);
        list.sort(ORDER);
        show(list);
        shownListing = listing();
        Quotation selected = selectedQuotation.get();
        selectedQuotation.set(selected == null ? null : p.quotation(selected.id()).orElse(null));
    }

    private void clearRows() {
        show(List.of());
        shownListing = null;
    }

    /**
     * Shows these rows. Which row each listed quotation has is known again before the list says it is done
     * updating: the table finds the selected quotation's row by it then.
     */
    private void show(List<QuotationRow> list) {
        if (!list.equals(rows)) {
            updating.set(true);
            try {
                rows.setAll(list);
                listedRows.clear();
                rows.forEach(r -> listedRows.put(r.quotation().id(), r));
            } finally {
                updating.set(false);
            }
        }
    }

    private static DocumentText bodyOf(Project p, Quotation q) {
        return p.document(q.documentId()).orElseThrow().body();
    }

    /**
     * The facts of the texts the FX thread has at hand (the open document's, mostly), kept for the last few
     * documents, so a coding does not find a long transcript's paragraphs and time marks again.
     */
    private final java.util.Map<String, TextFacts> facts = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, TextFacts> eldest) {
            return size() > 32;
        }
    };

    /**
     * What each quotation listed lately showed of its text (by quotation id), with the range and the text it
     * came from: rows made anew after a change of names (a code, a coder, a document renamed) or of a comment
     * need no text read again. Bounded (least recently listed dropped first): a part is a few hundred bytes.
     * The text is held weakly: a text no document has any more is let go (its part file with it).
     */
    private final java.util.Map<String, KnownPart> parts = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, KnownPart> eldest) {
            return size() > 20_000;
        }
    };

    private record KnownPart(java.lang.ref.WeakReference<DocumentText> of, int start, int end, TextPart part) {
    }

    /** The part known for this quotation's range of this very text (a text edited is another text), or null. */
    private TextPart knownPart(Quotation q, DocumentText body) {
        KnownPart known = parts.get(q.id());
        return known != null && known.of().get() == body && known.start() == q.start() && known.end() == q.end()
                ? known.part() : null;
    }

    /** Keeps a part for later; not one that says its text cannot be read (it may be readable again). */
    private void remember(Quotation q, DocumentText body, TextPart part) {
        if (body != null && part != null && part.readable()) {
            parts.put(q.id(), new KnownPart(new java.lang.ref.WeakReference<>(body), q.start(), q.end(), part));
        }
    }

    /** The quotation's text part from a text the FX thread has at hand: known, or found and remembered. */
    private TextPart partAtHand(Project p, Quotation q) {
        DocumentText body = bodyOf(p, q);
        TextPart part = knownPart(q, body);
        if (part == null) {
            part = factsAtHand(p, q.documentId()).partOf(q);
            remember(q, body, part);
        }
        return part;
    }

    private TextFacts factsAtHand(Project p, String documentId) {
        DocumentText text = p.document(documentId).orElseThrow().body();
        TextFacts known = facts.get(documentId);
        if (known == null || known.of() != text) {
            known = TextFacts.of(text);
            facts.put(documentId, known);
        }
        return known;
    }

    /**
     * Whether no listed row shows anything the change changed: it touched only kinds no row shows, and
     * documents put again (their groups or attributes set) whose listed rows were made from the same name,
     * number and text they have now.
     */
    private boolean leavesRowsAsTheyAre(ProjectChange change) {
        Project p = project();
        java.util.Map<String, QuotationRow> rowOfDocument = null; // one listed row per document, made when needed
        for (nl.veldwerk.project.Touch touch : change.touched()) {
            if (NOT_IN_ROWS.contains(touch.kind())) {
                continue;
            }
            Document d = touch.kind() == nl.veldwerk.model.EntityKind.DOCUMENT && touch.replaced()
                    ? p.document(touch.id()).orElse(null) : null;
            if (d == null) {
                return false;
            }
            if (rowOfDocument == null) {
                rowOfDocument = new java.util.HashMap<>();
                for (QuotationRow row : listedRows.values()) {
                    rowOfDocument.putIfAbsent(row.quotation().documentId(), row);
                }
            }
            // The document's rows share its name, number and text: one of them tells.
            QuotationRow row = rowOfDocument.get(d.id());
            TextFacts known = row == null ? null : facts.get(d.id());
            if (row != null && (known == null || known.of() != d.body() || !row.document().equals(d.name())
                    || !row.id().equals(row.quotation().idIn(d)))) {
                return false;
            }
        }
        return true;
    }

    private static QuotationRow row(Project p, Quotation q, List<Coding> codings, TextPart part) {
        Document d = p.document(q.documentId()).orElseThrow();
        // By name, as the inspector lists them: the same whatever order they were applied or undone in.
        String codes = codings.stream().map(c -> p.labelOf(c.codeId())).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
        String coder = q.creatorId() == null ? "" : p.coder(q.creatorId()).map(Coder::name).orElse("");
        return new QuotationRow(q, q.idIn(d), d.name(), part.firstParagraph(), part.lastParagraph(), part.text(),
                codes, coder, q.created(), part.time(), String.join(", ", d.speakersIn(q.start(), q.end())));
    }

    private void applyFilter() {
        String f = filter.get().toLowerCase(Locale.ROOT).strip();
        filtered.setPredicate(f.isEmpty() ? null : row -> row.text().toLowerCase(Locale.ROOT).contains(f)
                || row.codes().toLowerCase(Locale.ROOT).contains(f) || row.document().toLowerCase(Locale.ROOT).contains(f));
    }

    private Optional<Document> document() {
        var item = main.selectedProperty().get();
        return item == null || main.storeProperty().get() == null ? Optional.empty()
                : project().document(item.document().id());
    }

    private Project project() {
        return main.session().project();
    }

    javafx.beans.property.ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    /** True while the rows' texts are read (off the FX thread); the list is empty meanwhile. */
    javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    ObjectProperty<CodingViewModel.Scope> scopeProperty() {
        return scope;
    }

    ObjectProperty<Code> listedCodeProperty() {
        return listedCode;
    }

    ObservableList<QuotationRow> rows() {
        return filtered;
    }

    StringProperty filterProperty() {
        return filter;
    }
}
