package nl.veldwerk.ui.app;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/** The open project's documents as the window lists them, with the one selected (shown in the transcript). */
final class DocumentList {
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentItem> selected = new SimpleObjectProperty<>();

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
            selected.set(null); // a closed project's document is not compared with the next one's
            return;
        }
        List<Document> now = List.copyOf(p.documents());
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
        List<DocumentItem> items = now.stream().map(d -> new DocumentItem(d, p.quotationCountOf(d.id()))).toList();
        documents.setAll(items);
        selected.set(items.stream().filter(i -> i.document().id().equals(selectedId)).findFirst().orElse(null));
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

    /** Updates the quotation counts of some documents in place, keeping the selection. */
    void refreshCounts(Project p, Set<String> documentIds) {
        for (int i = 0; i < documents.size(); i++) {
            DocumentItem item = documents.get(i);
            if (documentIds.contains(item.document().id())) {
                replace(i, new DocumentItem(p.document(item.document().id()).orElseThrow(),
                        p.quotationCountOf(item.document().id())));
            }
        }
    }

    /** Selects a document by id; false when it is not listed. */
    boolean select(String documentId) {
        return documents.stream().filter(i -> i.document().id().equals(documentId)).findFirst().map(item -> {
            selected.set(item);
            return true;
        }).orElse(false);
    }

    void selectFirst() {
        if (!documents.isEmpty()) {
            selected.set(documents.getFirst());
        }
    }
}
