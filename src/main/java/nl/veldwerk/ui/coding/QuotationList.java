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
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.Texts;

/**
 * The quotation list of the coding screen: the quotations of the selected document (or of a code), in
 * reading order, filtered by what the user types, kept up to date row by row as coding goes on.
 */
final class QuotationList {
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

    QuotationList(MainViewModel main) {
        this.main = main;
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
        marks.clear();
    }

    private static final Comparator<QuotationRow> ORDER = Comparator.comparing(QuotationRow::document)
            .thenComparingInt(r -> r.quotation().start());

    /** The most touched quotations a change updates row by row. */
    private static final int ROW_BY_ROW = 300;

    /**
     * Brings the list up to date after a change: a change that only coded or uncoded text rebuilds just the
     * rows of the quotations it touched; anything else rebuilds the list.
     */
    void update(ProjectChange change) {
        // Row by row costs a search and a shift per row: past a few hundred (a merge of another coder's
        // work, a search coded at once), building the list again is cheaper.
        boolean bulk = change != null && change.quotationIds().size() > ROW_BY_ROW;
        if (change == null || !change.onlyQuotationsAndCodings() || bulk || main.storeProperty().get() == null) {
            if (change == null || change.touches(nl.veldwerk.model.EntityKind.CODE)
                    || change.touches(nl.veldwerk.model.EntityKind.CODER)
                    || change.touches(nl.veldwerk.model.EntityKind.DOCUMENT)) {
                forgetRows();
            }
            refreshRows();
            return;
        }
        Project p = project();
        java.util.Set<String> touched = change.quotationIds();
        List<QuotationRow> replaced = new ArrayList<>();
        java.util.Map<String, nl.veldwerk.model.Paragraphs> paragraphs = new java.util.HashMap<>();
        for (String id : touched) {
            p.quotation(id).filter(this::listed).ifPresent(q -> replaced.add(row(p, q, p.codingsOf(q.id()),
                    paragraphs.computeIfAbsent(q.documentId(), k -> nl.veldwerk.model.Paragraphs.of(
                            p.document(k).orElseThrow().text())), marksOf(p, q.documentId()))));
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
            return project().codingsOf(q.id()).stream().anyMatch(c -> c.codeId().equals(listedCode.get().id()));
        }
        return document().map(d -> d.id().equals(q.documentId())).orElse(false);
    }

    /** Rebuilds the quotation list; called after every change to the project and when the document changes. */
    void refreshRows() {
        if (main.storeProperty().get() == null) {
            updating.set(true);
            rows.clear();
            updating.set(false);
            listedRows.clear();
            selectedQuotation.set(null);
            return;
        }
        Project p = project();
        List<Quotation> quotations;
        if (scope.get() == CodingViewModel.Scope.CODE && listedCode.get() != null) {
            quotations = p.codingsWithCode(listedCode.get().id()).stream().map(Coding::quotationId).distinct()
                    .map(id -> p.quotation(id).orElseThrow()).toList();
        } else {
            quotations = document().map(d -> p.quotationsOf(d.id())).orElse(List.of());
        }
        List<QuotationRow> list = new ArrayList<>(quotations.size());
        java.util.Map<Object, QuotationRow> kept = new java.util.HashMap<>();
        java.util.Map<String, nl.veldwerk.model.Paragraphs> paragraphs = new java.util.HashMap<>();
        for (Quotation q : quotations) {
            List<Coding> codings = p.codingsOf(q.id());
            Object key = List.of(q, codings); // a text edit, which can renumber paragraphs, forgets every row
            QuotationRow row = rowCache.get(key);
            if (row == null) {
                row = row(p, q, codings, paragraphs.computeIfAbsent(q.documentId(), k -> nl.veldwerk.model.Paragraphs
                        .of(p.document(k).orElseThrow().text())), marksOf(p, q.documentId()));
            }
            kept.put(key, row);
            list.add(row);
        }
        rowCache.clear();
        rowCache.putAll(kept);
        list.sort(ORDER);
        if (!list.equals(rows)) {
            updating.set(true);
            try {
                rows.setAll(list);
            } finally {
                updating.set(false);
            }
        }
        listedRows.clear();
        rows.forEach(r -> listedRows.put(r.quotation().id(), r));
        Quotation selected = selectedQuotation.get();
        selectedQuotation.set(selected == null ? null : p.quotation(selected.id()).orElse(null));
    }

    /**
     * Each document's time marks, found once per text (a coding change leaves the text, and so this, as it is);
     * the text itself is not kept (an open project's texts stay in its files).
     */
    private final java.util.Map<String, Marks> marks = new java.util.HashMap<>();

    private record Marks(nl.veldwerk.model.DocumentText of, List<nl.veldwerk.model.TimeMark> found) {
    }

    private List<nl.veldwerk.model.TimeMark> marksOf(Project p, String documentId) {
        nl.veldwerk.model.DocumentText text = p.document(documentId).map(Document::body).orElse(null);
        Marks known = marks.get(documentId);
        if (known == null || known.of() != text) {
            known = new Marks(text, text == null ? List.of() : nl.veldwerk.model.TimeMarks.find(text.get()));
            marks.put(documentId, known);
        }
        return known.found();
    }

    private static QuotationRow row(Project p, Quotation q, List<Coding> codings,
                                    nl.veldwerk.model.Paragraphs paragraphs, List<nl.veldwerk.model.TimeMark> marks) {
        Document d = p.document(q.documentId()).orElseThrow();
        String codes = codings.stream().map(c -> p.code(c.codeId()).map(Code::name).orElse("?")).distinct()
                .collect(Collectors.joining(", "));
        String coder = q.creatorId() == null ? "" : p.coder(q.creatorId()).map(Coder::name).orElse("");
        int[] span = paragraphs.span(q.start(), q.end());
        nl.veldwerk.model.TimeMark before = nl.veldwerk.model.TimeMarks.before(marks, q.start());
        return new QuotationRow(q, q.idIn(d), d.name(), span[0], span[1], Texts.oneLine(d.text(), q.start(), q.end()), codes, coder,
                q.created(), before == null ? "" : nl.veldwerk.model.TimeMarks.clock(before.millis()));
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
