package nl.veldwerk.ui.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import javafx.application.Platform;
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
import nl.veldwerk.ui.common.Background;
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
    /** The most lines listed (the first in document order); the count says how many there are in all. */
    static final int MAX_LINES = 100_000;

    private final Stage stage = new Stage();
    private final TableView<Concordance.Line> table = new TableView<>();
    private final ChoiceBox<String> sort = new ChoiceBox<>(FXCollections.observableArrayList("text", "left", "right"));
    private final Label count = new Label();
    private SearchViewModel.Kwic kwic;

    private KwicWindow(Window owner, SearchViewModel search, List<String> words) {
        stage.initOwner(owner);
        QueryWords asked = QueryWords.of(search.main().session().project(), words);
        stage.setTitle(I18n.text("kwic.title", asked.named()));
        table.setId("kwic-table");
        table.getColumns().add(column("kwic.document", 84, Concordance.Line::documentName, "kwic-document", null));
        table.getColumns().add(column("kwic.speaker", 90, l -> l.speaker() == null ? "" : l.speaker(), "kwic-speaker",
                null));
        table.getColumns().add(column("kwic.left", 380, Concordance.Line::left, "kwic-left", "kwic-left"));
        table.getColumns().add(column("kwic.keyword", 110, Concordance.Line::keyword, "kwic-keyword", "kwic-keyword"));
        table.getColumns().add(column("kwic.right", 380, Concordance.Line::right, "kwic-right", "kwic-right"));
        table.getColumns().forEach(c -> c.setSortable(false)); // sorted by the choice above: left, right, text
        sort.setId("kwic-sort");
        sort.setConverter(Labels.shown((String s) -> s == null ? "" : I18n.text("search.kwicSort." + s)));
        sort.setValue("text");
        sort.setDisable(true); // until the lines are found
        sort.valueProperty().addListener((o, was, now) -> showSorted());
        table.setOnMouseClicked(e -> {
            Concordance.Line line = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && line != null) {
                search.main().reveal(line.documentId(), line.start(), line.end());
            }
        });
        count.setId("kwic-count");
        HBox bar = new HBox(8, new Label(I18n.text("kwic.sort")), sort, count);
        bar.setPadding(new Insets(8));
        Scene scene = new Scene(new BorderPane(table, bar, null, null, null), 1080, 560);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        search.main().storeProperty().addListener((o, was, now) -> stage.close()); // about that project only
        // Its own thread, not the window's work queue: minutes of reading at ten thousand transcripts must not
        // hold up opening a project or writing a report, and closing this window stops it.
        ExecutorService thread = Background.thread("veldwerk-kwic");
        Background work = new Background(Platform::runLater, thread);
        Label finding = new Label();
        finding.textProperty().bind(javafx.beans.binding.Bindings.when(work.progressProperty().isEmpty())
                .then(I18n.text("kwic.finding")).otherwise(work.progressProperty()));
        table.setPlaceholder(finding);
        stage.setOnHidden(e -> {
            work.cancel();
            thread.shutdown();
        });
        String leftOut = String.join(", ", search.leftOutSpeakers());
        search.concordance(words, CONTEXT, MAX_LINES, work, found -> {
            if (found == null) {
                table.setPlaceholder(new Label(I18n.text("kwic.cancelled")));
                return;
            }
            kwic = found;
            int total = found.found().total();
            String counted = leftOut.isEmpty() ? I18n.text("search.kwicCount", total)
                    : I18n.text("kwic.countWithout", total, leftOut);
            // Saying it: a list of every occurrence of a common word in ten thousand transcripts would not fit.
            count.setText((found.found().cut() ? counted + " " + I18n.text("kwic.cut", found.found().lines().size())
                    : counted) + (asked.tooCommon().isEmpty() ? "" : " · " + asked.leftOutSaid()));
            table.setPlaceholder(new Label(I18n.text("kwic.none")));
            sort.setDisable(false);
            showSorted();
        }, failed -> {
            table.setPlaceholder(new Label(I18n.text("kwic.failed") + ": " + I18n.message(failed)));
            search.main().fail(I18n.text("kwic.failed"), failed);
        });
    }

    private void showSorted() {
        if (kwic == null) {
            return;
        }
        List<Concordance.Line> lines = switch (sort.getValue()) {
            case "left" -> kwic.byLeft();
            case "right" -> kwic.byRight();
            default -> kwic.found().lines();
        };
        table.setItems(FXCollections.observableList(lines));
        // The document and speaker columns as wide as their longest names (up to a limit): "Interview 0907" was
        // cut to "Interview…", and a thousand interviews differ only at the end of their names.
        fit(table.getColumns().get(0), lines.stream().map(Concordance.Line::documentName));
        fit(table.getColumns().get(1), lines.stream().map(l -> l.speaker() == null ? "" : l.speaker()));
    }

    private static void fit(TableColumn<Concordance.Line, ?> column, java.util.stream.Stream<String> values) {
        String longest = values.distinct().limit(5_000).max(java.util.Comparator.comparingInt(String::length))
                .orElse("");
        double wanted = nl.veldwerk.ui.common.Labels.widthOf(longest) + 20;
        column.setPrefWidth(Math.min(240, Math.max(column.getPrefWidth(), wanted)));
    }

    static void open(Window owner, SearchViewModel search, List<String> words) {
        if (words.isEmpty()) { // code:Wantrouwen, or only fields: said, not "the words occur nowhere" (QA)
            search.main().showStatus(I18n.text("search.noWordsForKwic"));
            return;
        }
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
