package nl.veldwerk.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.search.Search;

/**
 * Search in the explorer: a query (words, "phrases", wild*, code:…, speaker:…), where to look, and the
 * hits with their snippets; double-click a hit to read it in the transcript.
 */
final class SearchPane extends VBox {
    private final ListView<Search.Hit> hits = new ListView<>();
    private final Label status = new Label();

    SearchPane(MainViewModel vm, SearchViewModel search) {
        super(6);
        setPadding(new Insets(6));
        setId("search");
        TextField query = new TextField();
        query.setPromptText(I18n.text("search.prompt"));
        query.setId("search-query");
        ChoiceBox<Search.Scope> scope = new ChoiceBox<>(FXCollections.observableArrayList(Search.Scope.values()));
        scope.setConverter(Labels.converter("search.scope."));
        scope.setValue(Search.Scope.ALL);
        scope.setMaxWidth(Double.MAX_VALUE);
        hits.setId("search-hits");
        hits.setPlaceholder(new Label(I18n.text("search.none")));
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Search.Hit h, boolean empty) {
                super.updateItem(h, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || h == null ? null : h.documentName() + " · " + I18n.text("search.kind." + h.kind())
                        + "\n" + h.snippet());
            }
        });
        hits.setOnMouseClicked(e -> {
            Search.Hit h = hits.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && h != null) {
                vm.reveal(h.documentId(), h.start(), h.end());
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        Runnable run = () -> {
            if (query.getText().isBlank()) {
                return;
            }
            status.setText(I18n.text("search.running"));
            search.search(query.getText(), scope.getValue(), found -> {
                hits.getItems().setAll(found);
                status.setText(I18n.text("search.count", found.size()));
            }, failed -> status.setText(I18n.message(failed)));
        };
        query.setOnAction(e -> run.run());
        scope.valueProperty().addListener((o, was, now) -> run.run());
        search.readyProperty().addListener((o, was, now) -> status.setText(now ? "" : I18n.text("search.indexing")));
        // The tab pane sets its content's disable itself: bind the field, not the pane.
        query.disableProperty().bind(vm.storeProperty().isNull());
        getChildren().addAll(query, scope, status, hits);
    }
}
