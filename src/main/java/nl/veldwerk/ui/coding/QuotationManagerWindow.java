package nl.veldwerk.ui.coding;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.CodeChooser;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * The quotation manager: every quotation of the project in one table (ID, first words, document, ¶, codes,
 * comment, speaker, coder, created), filtered by code, document, group, speaker and text, sorted by any
 * column; double-click or Enter opens one in its transcript.
 */
public final class QuotationManagerWindow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** The first choice of each filter: anything. */
    private static final String ANY = "";

    private final MainViewModel main;
    private final Stage stage = new Stage();
    private final ObservableList<QuotationManagerRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QuotationManagerRow> filtered = new FilteredList<>(rows);
    private final TableView<QuotationManagerRow> table = new TableView<>();
    private final TextField text = new TextField();
    private final ChoiceBox<String> document = new ChoiceBox<>();
    private final ChoiceBox<String> group = new ChoiceBox<>();
    private final ChoiceBox<String> speaker = new ChoiceBox<>();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();

    private QuotationManagerWindow(Window owner, MainViewModel main) {
        this.main = main;
        stage.initOwner(owner);
        stage.setTitle(I18n.text("qmanager.title"));
        text.setId("qmanager-text");
        text.setPromptText(I18n.text("qmanager.text"));
        HBox.setHgrow(text, Priority.ALWAYS);
        document.setId("qmanager-document");
        group.setId("qmanager-group");
        speaker.setId("qmanager-speaker");
        for (ChoiceBox<String> box : List.of(document, group, speaker)) {
            box.setConverter(nl.veldwerk.ui.common.Labels.shown(v -> v == null || v.isEmpty() ? I18n.text(
                    "qmanager.any") : v));
            box.valueProperty().addListener((o, was, now) -> filter());
        }
        Button chooseCode = new Button();
        chooseCode.setId("qmanager-code");
        chooseCode.textProperty().bind(Bindings.createStringBinding(() -> code.get() == null
                ? I18n.text("qmanager.anyCode") : I18n.text("qmanager.code", code.get().name()), code));
        chooseCode.setOnAction(e -> {
            if (main.storeProperty().get() != null) {
                CodeChooser.choose(stage, I18n.text("qmanager.codeTitle"), I18n.text("qmanager.codeHeader"),
                        project(), c -> true, I18n.text("qmanager.anyCode")).ifPresent(choice -> code.set(choice.code()));
            }
        });
        code.addListener((o, was, now) -> filter());
        text.textProperty().addListener((o, was, now) -> filter());
        Label count = new Label();
        count.setId("qmanager-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.text("qmanager.count", filtered.size(),
                rows.size()), filtered, rows));
        FlowPane filters = new FlowPane(8, 6, label("qmanager.documentLabel"), document, label("qmanager.groupLabel"),
                group, label("qmanager.speakerLabel"), speaker, chooseCode);
        HBox top = new HBox(8, text, count);
        BorderPane header = new BorderPane(filters, top, null, null, null);
        header.setPadding(new Insets(8));
        BorderPane.setMargin(filters, new Insets(6, 0, 0, 0));
        columns();
        table.setId("qmanager-table");
        table.setPlaceholder(new Label(I18n.text("qmanager.none")));
        SortedList<QuotationManagerRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        Scene scene = new Scene(new BorderPane(table, header, null, null, null), 1100, 640);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        refresh();
        main.changesProperty().addListener((o, was, now) -> refresh());
        main.storeProperty().addListener((o, was, now) -> {
            if (now == null) {
                stage.close();
            }
        });
    }

    /** Opens the quotation manager of a window (one per window). */
    public static void open(Window owner, MainViewModel main) {
        QuotationManagerWindow window = nl.veldwerk.ui.common.OnePerWindow.of(owner, QuotationManagerWindow.class,
                w -> w.main == main, () -> new QuotationManagerWindow(owner, main));
        window.stage.show();
        window.stage.toFront();
    }

    private Project project() {
        return main.session().project();
    }

    private static Label label(String key) {
        return new Label(I18n.text(key));
    }

    private void columns() {
        TableColumn<QuotationManagerRow, String> id = column("quotations.id", 60, QuotationManagerRow::id);
        id.setComparator(QuotationIds.ORDER);
        id.setId("qmanager-id");
        table.getColumns().add(id);
        table.getColumns().add(column("qmanager.words", 320, QuotationManagerRow::text));
        table.getColumns().add(column("quotations.document", 90, r -> r.document().name()));
        TableColumn<QuotationManagerRow, String> paragraphs = column("quotations.paragraphs", 50,
                QuotationManagerRow::paragraphs);
        paragraphs.setComparator(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.split("–")[0])));
        table.getColumns().add(paragraphs);
        table.getColumns().add(column("quotations.codes", 180, QuotationManagerRow::codes));
        table.getColumns().add(column("qmanager.comment", 160, QuotationManagerRow::comment));
        table.getColumns().add(column("qmanager.speaker", 80, QuotationManagerRow::speaker));
        table.getColumns().add(column("quotations.coder", 80, QuotationManagerRow::coder));
        table.getColumns().add(column("quotations.created", 140, r -> r.created() == null ? ""
                : DATE.format(r.created())));
    }

    private static TableColumn<QuotationManagerRow, String> column(String key, double width,
                                                                   Function<QuotationManagerRow, String> value) {
        TableColumn<QuotationManagerRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Rows and filter choices anew from the project; the filters chosen stay. */
    private void refresh() {
        if (main.storeProperty().get() == null) {
            rows.clear();
            return;
        }
        Project p = project();
        rows.setAll(QuotationManagerRow.of(p));
        choices(document, p.documents().stream().sorted(java.util.Comparator.comparingInt(Document::number))
                .map(Document::name).toList());
        choices(group, p.groups().stream().map(DocumentGroup::name).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        choices(speaker, p.documents().stream().flatMap(d -> d.turns().stream()).map(t -> t.speaker()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        if (code.get() != null && p.code(code.get().id()).isEmpty()) {
            code.set(null);
        }
        filter();
    }

    private static void choices(ChoiceBox<String> box, List<String> values) {
        String was = box.getValue();
        List<String> all = new java.util.ArrayList<>();
        all.add(ANY);
        all.addAll(values);
        if (!box.getItems().equals(all)) {
            box.getItems().setAll(all);
        }
        box.setValue(all.contains(was) ? was : ANY);
    }

    private void filter() {
        String doc = Objects.requireNonNullElse(document.getValue(), ANY);
        String grp = Objects.requireNonNullElse(group.getValue(), ANY);
        String who = Objects.requireNonNullElse(speaker.getValue(), ANY);
        java.util.Set<String> groupIds = main.storeProperty().get() == null ? java.util.Set.of() : project().groups()
                .stream().filter(g -> g.name().equals(grp)).map(DocumentGroup::id).collect(
                        java.util.stream.Collectors.toSet());
        java.util.Set<String> codeIds = code.get() == null || main.storeProperty().get() == null ? null
                : nl.veldwerk.analysis.CodeCounts.selfAndDescendants(project(), code.get().id());
        String typed = text.getText();
        filtered.setPredicate(r -> (doc.isEmpty() || r.document().name().equals(doc))
                && (grp.isEmpty() || r.document().groupIds().stream().anyMatch(groupIds::contains))
                && (who.isEmpty() || r.speaker().equals(who))
                && (codeIds == null || r.codeIds().stream().anyMatch(codeIds::contains))
                && r.mentions(typed));
    }

    private void openSelected() {
        QuotationManagerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            main.selectedQuotationProperty().set(row.quotation());
            ((Stage) stage.getOwner()).toFront();
        }
    }
}
