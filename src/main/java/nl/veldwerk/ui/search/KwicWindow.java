package nl.veldwerk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.search.Concordance;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.Styles;

/**
 * Keyword in context as concordancers show it: the keyword in one column down the middle, what precedes it
 * right-aligned against it, what follows left-aligned after it, so the contexts can be read down the page;
 * sorted by the text, or by the words just before or after. The speakers the search pane leaves out are
 * left out here too. Double-click a line to see it in its transcript.
 */
final class KwicWindow {
    private static final int CONTEXT = 60;

    private final Stage stage = new Stage();
    private final TableView<Concordance.Line> table = new TableView<>();

    private KwicWindow(Window owner, SearchViewModel search, List<String> words) {
        stage.initOwner(owner);
        stage.setTitle(I18n.text("kwic.title", String.join(", ", words)));
        List<Concordance.Line> lines = search.concordance(words, CONTEXT);
        table.setId("kwic-table");
        table.setPlaceholder(new Label(I18n.text("kwic.none")));
        table.getColumns().add(column("kwic.document", 84, Concordance.Line::documentName, "kwic-document", null));
        table.getColumns().add(column("kwic.speaker", 90, l -> l.speaker() == null ? "" : l.speaker(), "kwic-speaker",
                null));
        table.getColumns().add(column("kwic.left", 380, Concordance.Line::left, "kwic-left", "kwic-left"));
        table.getColumns().add(column("kwic.keyword", 110, Concordance.Line::keyword, "kwic-keyword", "kwic-keyword"));
        table.getColumns().add(column("kwic.right", 380, Concordance.Line::right, "kwic-right", "kwic-right"));
        table.getColumns().forEach(c -> c.setSortable(false)); // sorted by the choice above: left, right, text
        ChoiceBox<String> sort = new ChoiceBox<>(FXCollections.observableArrayList("text", "left", "right"));
        sort.setId("kwic-sort");
        sort.setConverter(Labels.shown((String s) -> s == null ? "" : I18n.text("search.kwicSort." + s)));
        sort.valueProperty().addListener((o, was, now) -> {
            List<Concordance.Line> sorted = new ArrayList<>(lines);
            if ("left".equals(now)) {
                sorted.sort(Concordance.BY_LEFT);
            } else if ("right".equals(now)) {
                sorted.sort(Concordance.BY_RIGHT);
            }
            table.getItems().setAll(sorted);
        });
        sort.setValue("text");
        table.setOnMouseClicked(e -> {
            Concordance.Line line = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && line != null) {
                search.main().reveal(line.documentId(), line.start(), line.end());
            }
        });
        String leftOut = String.join(", ", search.leftOutSpeakers());
        Label count = new Label(leftOut.isEmpty() ? I18n.text("search.kwicCount", lines.size())
                : I18n.text("kwic.countWithout", lines.size(), leftOut));
        count.setId("kwic-count");
        HBox bar = new HBox(8, new Label(I18n.text("kwic.sort")), sort, count);
        bar.setPadding(new Insets(8));
        Scene scene = new Scene(new BorderPane(table, bar, null, null, null), 1080, 560);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        search.main().storeProperty().addListener((o, was, now) -> stage.close()); // about that project only
    }

    static void open(Window owner, SearchViewModel search, List<String> words) {
        new KwicWindow(owner, search, words).stage.show();
    }

    private static TableColumn<Concordance.Line, String> column(String key, double width,
                                                                Function<Concordance.Line, String> value, String id,
                                                                String styleClass) {
        TableColumn<Concordance.Line, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setId(id);
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
        }
        return column;
    }
}
