package nl.veldwerk.ui.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.common.Texts;

/**
 * Coding in the open document: the text selection, applying existing or new codes to it, the quotation
 * list (of the document or of a code) and the selected quotation. Every change is a command.
 */
public final class CodingViewModel implements CodingActions {
    /** What the quotation list shows. */
    public enum Scope { DOCUMENT, CODE }

    private final MainViewModel main;
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    private final StringProperty lastCodeId = new SimpleStringProperty();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.DOCUMENT);
    private final ObjectProperty<Code> listedCode = new SimpleObjectProperty<>();
    private final ObservableList<QuotationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QuotationRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Quotation> selectedQuotation;
    /** Rows by quotation and its codings: a coding change rebuilds one row, not thousands. */
    private final java.util.Map<Object, QuotationRow> rowCache = new java.util.HashMap<>();
    /** The row each listed quotation has in {@link #rows}, to find it without a pass over the whole list. */
    private final java.util.Map<String, QuotationRow> listedRows = new java.util.HashMap<>();

    public CodingViewModel(MainViewModel main) {
        this.main = main;
        this.selectedQuotation = main.selectedQuotationProperty();
        main.addChangeFollower(this::update);
        main.selectedProperty().addListener((o, was, now) -> {
            boolean otherDocument = was == null || now == null || !was.document().id().equals(now.document().id());
            if (otherDocument) {
                select(0, 0);
                refreshRows();
            }
        });
        filter.addListener((o, was, now) -> applyFilter());
        scope.addListener((o, was, now) -> refreshRows());
        listedCode.addListener((o, was, now) -> refreshRows());
    }

    // ---- coding the selection --------------------------------------------------------------------

    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
    }

    @Override
    public boolean hasSelection() {
        return document().isPresent() && selectionEnd.get() > selectionStart.get();
    }

    /** Codes the selected text with an existing code. */
    @Override
    public void applyCode(String codeId) {
        if (!hasSelection()) {
            return;
        }
        Document d = document().orElseThrow();
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        steps.add(QuotationCommands.codeRange(d.id(), selectionStart.get(), selectionEnd.get(), codeId, coder,
                Instant.now()));
        execute(steps, Message.of("coding.add", nameOf(codeId)));
        lastCodeId.set(codeId);
    }

    /** Makes a new top-level code and codes the selection with it, as one undoable step. */
    public void createAndApply(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!hasSelection() || trimmed.isEmpty()) {
            return;
        }
        Optional<Code> existing = project().codes().stream().filter(c -> c.parentId() == null
                && c.name().equalsIgnoreCase(trimmed)).findFirst();
        if (existing.isPresent()) {
            applyCode(existing.get().id());
            return;
        }
        Document d = document().orElseThrow();
        Code code = Code.of(Ids.newId(), trimmed, Colors.palette(project().codes().size()), null);
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        steps.add(CodeCommands.add(code));
        steps.add(QuotationCommands.codeRange(d.id(), selectionStart.get(), selectionEnd.get(), code.id(), coder,
                Instant.now()));
        execute(steps, Message.of("code.add", trimmed));
        lastCodeId.set(code.id());
    }

    /** In-vivo coding: the selected words become the name of a new code. */
    public void inVivo() {
        if (hasSelection()) {
            String words = selectedText().strip().replaceAll("\\s+", " ");
            createAndApply(words.length() > 80 ? words.substring(0, 80) : words);
        }
    }

    public void reapplyLast() {
        if (lastCodeId.get() != null && project().code(lastCodeId.get()).isPresent()) {
            applyCode(lastCodeId.get());
        }
    }

    public String selectedText() {
        return document().map(d -> d.text().substring(selectionStart.get(), selectionEnd.get())).orElse("");
    }

    /**
     * Replaces [start, end) of the document's text (edit mode), as a command: quotations after and around
     * the edit shift with it and none is lost. A change the model refuses is reported and the views show the
     * model again, so the refused edit leaves the screen.
     */
    public void editText(String documentId, int start, int end, String replacement) {
        try {
            session().execute(nl.veldwerk.project.DocumentCommands.editText(documentId,
                    new nl.veldwerk.project.TextEdit(start, end, replacement)));
        } catch (ProjectSession.ListenerFailure e) {
            main.viewFailed(e);
        } catch (RuntimeException e) {
            main.redrawFromModel(); // the area shows the refused edit: show the model again
            main.fail(nl.veldwerk.ui.common.I18n.text("error.change"), e);
        }
    }

    // ---- quotations -----------------------------------------------------------------------------

    public void removeCoding(String codingId) {
        session().execute(QuotationCommands.removeCoding(codingId));
    }

    public void deleteQuotation(String quotationId) {
        session().execute(QuotationCommands.delete(quotationId));
    }

    public void comment(String quotationId, String comment) {
        Quotation q = project().quotation(quotationId).orElseThrow();
        if (!q.comment().equals(comment)) {
            session().execute(QuotationCommands.comment(quotationId, comment));
        }
    }

    public void resize(String quotationId, int start, int end) {
        session().execute(QuotationCommands.resize(quotationId, start, end));
    }

    /** Applies a code to the selected quotation (from the inspector). */
    public void addCodeToQuotation(String quotationId, String codeId) {
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        steps.add(QuotationCommands.applyCode(quotationId, codeId, coder, Instant.now()));
        execute(steps, Message.of("coding.add", nameOf(codeId)));
        lastCodeId.set(codeId);
    }

    @Override
    public void listQuotationsOf(Code code) {
        listedCode.set(code);
        scope.set(Scope.CODE);
    }

    MainViewModel main() {
        return main;
    }

    /** The next (or previous) quotation of the list after the selected one. */
    public Optional<Quotation> step(int direction) {
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
    void forgetRows() {
        rowCache.clear();
    }

    private static final Comparator<QuotationRow> ORDER = Comparator.comparing(QuotationRow::document)
            .thenComparingInt(r -> r.quotation().start());

    /**
     * Brings the list up to date after a change: a change that only coded or uncoded text rebuilds just the
     * rows of the quotations it touched; anything else rebuilds the list.
     */
    void update(nl.veldwerk.project.ProjectChange change) {
        if (change == null || !change.onlyQuotationsAndCodings() || main.storeProperty().get() == null) {
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
                            p.document(k).orElseThrow().text())))));
        }
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
        if (scope.get() == Scope.CODE && listedCode.get() != null) {
            return project().codingsOf(q.id()).stream().anyMatch(c -> c.codeId().equals(listedCode.get().id()));
        }
        return document().map(d -> d.id().equals(q.documentId())).orElse(false);
    }

    /** Rebuilds the quotation list; called after every change to the project and when the document changes. */
    void refreshRows() {
        if (main.storeProperty().get() == null) {
            rows.clear();
            listedRows.clear();
            selectedQuotation.set(null);
            return;
        }
        Project p = project();
        List<Quotation> quotations;
        if (scope.get() == Scope.CODE && listedCode.get() != null) {
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
                        .of(p.document(k).orElseThrow().text())));
            }
            kept.put(key, row);
            list.add(row);
        }
        rowCache.clear();
        rowCache.putAll(kept);
        list.sort(ORDER);
        if (!list.equals(rows)) {
            rows.setAll(list);
        }
        listedRows.clear();
        rows.forEach(r -> listedRows.put(r.quotation().id(), r));
        Quotation selected = selectedQuotation.get();
        selectedQuotation.set(selected == null ? null : p.quotation(selected.id()).orElse(null));
    }

    private static QuotationRow row(Project p, Quotation q, List<Coding> codings,
                                    nl.veldwerk.model.Paragraphs paragraphs) {
        Document d = p.document(q.documentId()).orElseThrow();
        String codes = codings.stream().map(c -> p.code(c.codeId()).map(Code::name).orElse("?")).distinct()
                .collect(Collectors.joining(", "));
        String coder = q.creatorId() == null ? "" : p.coder(q.creatorId()).map(Coder::name).orElse("");
        int[] span = paragraphs.span(q.start(), q.end());
        return new QuotationRow(q, d.name(), span[0], span[1], Texts.oneLine(d.text(), q.start(), q.end()), codes, coder,
                q.created());
    }

    private void applyFilter() {
        String f = filter.get().toLowerCase(Locale.ROOT).strip();
        filtered.setPredicate(f.isEmpty() ? null : row -> row.text().toLowerCase(Locale.ROOT).contains(f)
                || row.codes().toLowerCase(Locale.ROOT).contains(f) || row.document().toLowerCase(Locale.ROOT).contains(f));
    }

    /** The current coder, made when the project has none yet (as part of the same undoable step). */
    private String coder(List<Command> steps) {
        Project p = project();
        String preferred = Preferences.coderName();
        Optional<Coder> match = p.coders().stream().filter(c -> c.name().equals(preferred)).findFirst();
        if (match.isPresent()) {
            return match.get().id();
        }
        Coder coder = new Coder(Ids.newId(), preferred);
        steps.add(NoteCommands.addCoder(coder));
        return coder.id();
    }

    private void execute(List<Command> steps, Message description) {
        session().execute(steps.size() == 1 ? steps.getFirst() : new CompositeCommand(description, steps));
    }

    private String nameOf(String codeId) {
        return project().code(codeId).map(Code::name).orElse("?");
    }

    private Optional<Document> document() {
        DocumentItem item = main.selectedProperty().get();
        return item == null || main.storeProperty().get() == null ? Optional.empty()
                : project().document(item.document().id());
    }

    private ProjectSession session() {
        return main.storeProperty().get().session();
    }

    private Project project() {
        return session().project();
    }

    public IntegerProperty selectionStartProperty() {
        return selectionStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selectionEnd;
    }

    public StringProperty lastCodeIdProperty() {
        return lastCodeId;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Code> listedCodeProperty() {
        return listedCode;
    }

    public ObservableList<QuotationRow> rows() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Quotation> selectedQuotationProperty() {
        return selectedQuotation;
    }
}
