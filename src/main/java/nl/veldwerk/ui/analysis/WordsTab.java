package nl.veldwerk.ui.analysis;

import java.awt.image.BufferedImage;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import nl.veldwerk.analysis.WordFrequencies.WordCount;
import nl.veldwerk.report.WordCloudImage;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;

/** Word frequencies and a word cloud for all documents, a group, a document or a code. */
final class WordsTab extends BorderPane {
    private static final int CLOUD_WIDTH = 640;
    private static final int CLOUD_HEIGHT = 440;
    private static final int CLOUD_WORDS = 80;

    private final AnalysisViewModel vm;
    private final Dialogs dialogs;
    private final ComboBox<AnalysisViewModel.WordScope> scope;
    private final TableView<WordCount> list = new TableView<>();
    private final ImageView cloud = new ImageView();
    private List<WordCount> words = List.of();
    private final java.util.Set<String> leftOut = new java.util.TreeSet<>();

    WordsTab(AnalysisViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        scope = new ComboBox<>(FXCollections.observableArrayList(vm.wordScopes()));
        scope.getSelectionModel().selectFirst();
        scope.setOnAction(e -> recompute());
        TableColumn<WordCount, String> word = new TableColumn<>(I18n.text("words.word"));
        word.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().word()));
        word.setPrefWidth(170);
        TableColumn<WordCount, Integer> count = new TableColumn<>(I18n.text("words.count"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        list.getColumns().add(word);
        list.getColumns().add(count);
        list.setId("word-list");
        Button png = new Button(I18n.text("export.png"));
        png.setOnAction(e -> dialogs.chooseFileToSave(I18n.text("export.title"), I18n.text("file.wordCloud"), FileType.PNG)
                .ifPresent(file -> vm.export(dialogs, file, () -> WordCloudImage.toPng(words, CLOUD_WORDS, 1600, 1100,
                        file))));
        Button xlsx = new Button(I18n.text("export.xlsx"));
        xlsx.setId("words-xlsx");
        xlsx.setOnAction(e -> exportList(FileType.XLSX));
        Button csv = new Button(I18n.text("export.csv"));
        csv.setId("words-csv");
        csv.setOnAction(e -> exportList(FileType.CSV));
        // Whose words count: untick the interviewer, whose questions would otherwise fill the cloud.
        leftOut.addAll(vm.interviewers()); // marked as interviewers in the speaker list: left out unless ticked
        javafx.scene.layout.Region speakers = nl.veldwerk.ui.common.SpeakerBoxes.of(vm.speakers(), leftOut,
                "words-speaker-", this::recompute);
        speakers.setId("words-speakers");
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new Label(I18n.text("words.scope")),
                scope, xlsx, csv, png, new Label(I18n.text("words.speakers")), speakers);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        // What a count is, beside search's: a word form as written, where search finds every form (QA: "buurthuis 2"
        // here, 3 hits there, unexplained).
        Label forms = new Label(I18n.text("words.forms"));
        forms.setWrapText(true);
        forms.getStyleClass().add("hint");
        forms.setId("words-forms");
        forms.setPadding(new Insets(0, 8, 6, 8));
        setTop(new javafx.scene.layout.VBox(bar, forms));
        StackPane cloudPane = new StackPane(cloud);
        cloudPane.setStyle("-fx-background-color: white;");
        SplitPane split = new SplitPane(list, cloudPane);
        split.setDividerPositions(0.3);
        setCenter(split);
        recompute();
    }

    private void recompute() {
        vm.words(scope.getValue(), leftOut, result -> {
            words = result;
            list.setItems(FXCollections.observableArrayList(result));
            cloud.setImage(toFx(WordCloudImage.render(result, CLOUD_WORDS, CLOUD_WIDTH, CLOUD_HEIGHT)));
        }, e -> dialogs.showError(I18n.text("error.analysis"), I18n.message(e)));
    }

    /** The word list as the tab shows it (scope and speakers applied), to a spreadsheet or CSV file. */
    private void exportList(FileType type) {
        nl.veldwerk.analysis.Grid grid = grid();
        vm.exportTables(dialogs, "word-frequencies", type, List.of(grid), grid);
    }

    /** Each word with its count, most frequent first, as the list shows them. */
    nl.veldwerk.analysis.Grid grid() {
        double[][] values = words.stream().map(w -> new double[] {w.count()}).toArray(double[][]::new);
        return new nl.veldwerk.analysis.Grid(I18n.text("words.sheet"), I18n.text("words.word"),
                words.stream().map(WordCount::word).toList(), List.of(I18n.text("words.count")), values, 0);
    }

    /** Copies the pixels over; the javafx.swing module is not among our dependencies for this one use. */
    private static WritableImage toFx(BufferedImage image) {
        WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
        PixelWriter writer = fx.getPixelWriter();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                writer.setArgb(x, y, image.getRGB(x, y));
            }
        }
        return fx;
    }

    List<WordCount> words() {
        return words;
    }
}
