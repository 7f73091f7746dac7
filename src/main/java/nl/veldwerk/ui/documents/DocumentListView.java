package nl.veldwerk.ui.documents;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/** The project's documents with their quotation counts; the selected one is shown. Drop transcripts to import. */
public final class DocumentListView extends ListView<DocumentItem> {
    public DocumentListView(MainViewModel vm) {
        super(vm.documents());
        setId("documents");
        setCellFactory(v -> new DocumentCell());
        setPlaceholder(new Label(I18n.text("documents.empty")));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(now);
            }
        });
        // Transcripts dropped on the list are imported.
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.storeProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.files().importTranscripts(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static final class DocumentCell extends ListCell<DocumentItem> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, name, details);

        DocumentCell() {
            name.getStyleClass().add("document-name");
            details.getStyleClass().add("document-details");
        }

        @Override
        protected void updateItem(DocumentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(item.label());
                details.setText(item.details());
                setGraphic(box);
            }
        }
    }
}
