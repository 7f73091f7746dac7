package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * The quotation manager's lines, document by document, kept on the FX thread (where the project changes). A
 * whole project is read in slices of a few milliseconds each, handed back to the FX queue in between, so the
 * window keeps drawing and answering while a million lines are made; after that a change makes anew only the
 * lines of the documents it touched.
 */
final class QuotationManagerRows {
    /** How long one slice of a full read may take before the FX thread gets a turn. */
    private static final long SLICE_NANOS = 8_000_000L;

    private final Executor fx;
    private final Map<String, QuotationManagerRow[]> byDocument = new HashMap<>();
    private int count;
    private int reading; // which full read is current; an older one stops at its next slice
    private boolean complete;
    private int documentsMade;

    QuotationManagerRows(Executor fx) {
        this.fx = fx;
    }

    /** Reads every document's lines anew, in slices; {@code done} runs on the FX thread when all are made. */
    void readAll(Supplier<Project> project, Runnable done) {
        int mine = ++reading;
        byDocument.clear();
        count = 0;
        complete = false;
        List<String> ids = project.get().documents().stream().map(Document::id).toList();
        slice(project, ids, 0, mine, done);
    }

    private void slice(Supplier<Project> project, List<String> ids, int from, int mine, Runnable done) {
        if (mine != reading) {
            return;
        }
        Project p = project.get();
        long until = System.nanoTime() + SLICE_NANOS;
        int i = from;
        while (i < ids.size() && (i == from || System.nanoTime() < until)) {
            make(p, ids.get(i++));
        }
        if (i < ids.size()) {
            int next = i;
            fx.execute(() -> slice(project, ids, next, mine, done));
        } else {
            complete = true;
            done.run();
        }
    }

    /** Makes the lines of these documents anew (a document no longer there loses its lines). */
    void update(Project p, Set<String> documentIds) {
        documentIds.forEach(id -> make(p, id));
    }

    private void make(Project p, String documentId) {
        Optional<Document> d = p.document(documentId);
        QuotationManagerRow[] rows = d.map(doc -> QuotationManagerRow.ofDocument(p, doc)).orElse(null);
        QuotationManagerRow[] was = rows == null || rows.length == 0 ? byDocument.remove(documentId)
                : byDocument.put(documentId, rows);
        count += (rows == null ? 0 : rows.length) - (was == null ? 0 : was.length);
        documentsMade++;
    }

    /** Forgets every line (and stops a full read under way). */
    void clear() {
        reading++;
        byDocument.clear();
        count = 0;
        complete = false;
    }

    /** Whether every document's lines are made (a full read is not under way). */
    boolean complete() {
        return complete;
    }

    /** All lines: the number of quotations. */
    int count() {
        return count;
    }

    /** How many times a document's lines were made since this was created (for tests: what a change costs). */
    int documentsMade() {
        return documentsMade;
    }

    /** The lines of one document, or null (for tests). */
    QuotationManagerRow[] of(String documentId) {
        return byDocument.get(documentId);
    }

    /** A copy of the per-document line arrays to filter off the FX thread (the arrays themselves never change). */
    List<QuotationManagerRow[]> snapshot() {
        return new ArrayList<>(byDocument.values());
    }
}
