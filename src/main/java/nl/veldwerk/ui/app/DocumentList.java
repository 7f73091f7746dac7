package nl.veldwerk.ui.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.Touch;

/** The open project's documents as the window lists them, with the one selected (shown in the transcript). */
final class DocumentList {
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentItem> selected = new SimpleObjectProperty<>();
    /** The documents whose text the change last followed changed. */
    private Set<String> textChanged = Set.of();
    /** Each listed document's row, by id (made when the rows are listed anew; they keep their places after). */
    private final Map<String, Integer> rows = new HashMap<>();

    ObservableList<DocumentItem> items() {
        return documents;
    }

    ObjectProperty<DocumentItem> selectedProperty() {
        return selected;
    }

    /**
     * Lists the project's documents anew, keeping the selection (null when there is no project). When the
     * same documents stay in the same order, only the items that changed are replaced: a rename or a group
     * ticked at 10,000 documents replaced every item (and the list view redid its selection and cells).
     */
    void refresh(Project p) {
        if (p == null) {
            documents.clear();
            rows.clear();
            selected.set(null); // a closed project's document is not compared with the next one's
            return;
        }
        List<Document> now = p.documentsByNumber();
        if (sameDocumentsInOrder(now)) {
            for (int i = 0; i < now.size(); i++) {
                DocumentItem item = documents.get(i);
                Document d = now.get(i);
                int quotations = p.quotationCountOf(d.id());
                if (item.document() != d || item.quotations() != quotations) {
                    replace(i, new DocumentItem(d, quotations));
                }
            }
            return;
        }
        String selectedId = selected.get() == null ? null : selected.get().document().id();
        int selectedRow = selectedId == null ? -1 : rows.getOrDefault(selectedId, -1);
        List<DocumentItem> items = now.stream().map(d -> new DocumentItem(d, p.quotationCountOf(d.id()))).toList();
        documents.setAll(items);
        rows.clear();
        for (int i = 0; i < items.size(); i++) {
            rows.put(items.get(i).document().id(), i);
        }
        DocumentItem still = items.stream().filter(i -> i.document().id().equals(selectedId)).findFirst().orElse(null);
        if (still == null && selectedRow >= 0 && !items.isEmpty()) {
            // The document on screen went (deleted, or its import undone): its neighbour is shown, as a file list
            // does, not an empty page whose coding actions do nothing.
            still = items.get(Math.min(selectedRow, items.size() - 1));
        }
        selected.set(still);
    }

    private boolean sameDocumentsInOrder(List<Document> now) {
        if (now.size() != documents.size() || now.isEmpty()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!documents.get(i).document().id().equals(now.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** Puts an item in the place of another of the same document; the selection follows it. */
    private void replace(int at, DocumentItem updated) {
        boolean wasSelected = documents.get(at).equals(selected.get());
        documents.set(at, updated);
        if (wasSelected) {
            selected.set(updated);
        }
    }

    /**
     * Follows one change: documents added or removed list them all again; otherwise only the rows of the
     * documents it names (renamed, their quotations changed) are looked at. At 10,000 documents, looking
     * through every row took 2-14 ms of the FX thread at each coding, rename or code edit.
     */
    void follow(Project p, ProjectChange change) {
        textChanged = Set.of();
        Set<String> named = new HashSet<>(change.documentIds());
        for (Touch touch : change.touched()) {
            if (touch.kind() == EntityKind.DOCUMENT) {
                if (!touch.replaced()) {
                    refresh(p);
                    return;
                }
                named.add(touch.id());
            }
        }
        refreshRows(p, named);
    }

    /** Whether the change last followed changed the text of the document (not only its name or counts). */
    boolean textChanged(String documentId) {
        return textChanged.contains(documentId);
    }

    /** Updates the rows of some documents in place (their names, counts), keeping the selection. */
    private void refreshRows(Project p, Set<String> documentIds) {
        for (String id : documentIds) {
            Integer row = rows.get(id);
            Document d = p.document(id).orElse(null);
            if (row == null || d == null || !documents.get(row).document().id().equals(id)) {
                refresh(p); // not listed where it should be: list them all again rather than show it wrong
                return;
            }
            int quotations = p.quotationCountOf(id);
            DocumentItem item = documents.get(row);
            if (item.document() != d || item.quotations() != quotations) {
                if (item.document().body() != d.body()) { // a text edit makes a new body; a rename keeps it
                    textChanged = textChanged.isEmpty() ? new HashSet<>() : textChanged;
                    textChanged.add(id);
                }
                replace(row, new DocumentItem(d, quotations));
            }
        }
    }

    /** Selects a document by id; false when it is not listed. */
    boolean select(String documentId) {
        Integer row = rows.get(documentId);
        if (row == null || !documents.get(row).document().id().equals(documentId)) {
            return false;
        }
        selected.set(documents.get(row));
        return true;
    }

    void selectFirst() {
        if (!documents.isEmpty()) {
            selected.set(documents.getFirst());
        }
    }
}
