package nl.veldwerk.ui.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.CodeChooser;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.Texts;

/** Search and code from the Search tab: which code, widened to what, whose words, a preview, one undoable step. */
final class SearchAndCodeDialog {
    /**
     * The plain words of a query (no fields, operators or wild cards), a quoted phrase as one: what KWIC and
     * search-and-code look for.
     */
    static List<String> words(String query) {
        return words(query, new boolean[1]);
    }

    /** Whether a word the query looks for is written with a wildcard or as a fuzzy one (*, ?, ~), not used here. */
    static boolean wildcardsLeftOut(String query) {
        boolean[] wild = new boolean[1];
        words(query, wild);
        return wild[0];
    }

    private static List<String> words(String query, boolean[] wild) {
        // A quoted phrase stays one ("de wijk" is looked for as those words in a row, "de" quoted as a word
        // like any other); a field's value (speaker:"Piet Jansen") and a word left out (NOT wijk, -wijk) are
        // not looked for; the rest word by word.
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher part = java.util.regex.Pattern.compile(
                "(-?)(\\S+:)?\"([^\"]*)\"|(\\S+)").matcher(query);
        boolean leftOut = false;
        while (part.find()) {
            boolean excluded = leftOut || "-".equals(part.group(1));
            leftOut = false;
            if (part.group(3) != null) {
                String phrase = part.group(3).replaceAll("[*~()]", "").strip().replaceAll("\\s+", " ");
                if (!phrase.isEmpty() && part.group(2) == null && !excluded) {
                    found.add("\"" + phrase + "\"");
                }
                continue;
            }
            String w = part.group(4);
            if (w.equals("NOT")) {
                leftOut = true;
            } else if (!w.contains(":") && !w.startsWith("-") && !excluded && !List.of("AND", "OR").contains(w)) {
                if (w.matches(".*[*?~].*")) {
                    wild[0] = true; // a word looked for was written with a wildcard or as a fuzzy one
                }
                w = w.replaceAll("[\"*~()]", "");
                if (!w.isBlank()) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    /**
     * Search and code: every occurrence of the query's words, widened to a unit, in a preview with a box per
     * stretch (untick what should not be coded), leaving out what chosen speakers say; then the ticked
     * stretches coded with the chosen code in one undoable step.
     */
    static void codeHits(SearchViewModel search, String query, javafx.stage.Window owner) {
        MainViewModel vm = search.main();
        List<String> words = words(query);
        if (vm.storeProperty().get() == null) {
            return;
        }
        if (words.isEmpty()) { // "*", or only operators and fields: said, not a button that does nothing
            vm.showStatus(I18n.text("search.noWordsToCode"));
            return;
        }
        SearchAndCodeDialog dialog = new SearchAndCodeDialog(search, words, owner);
        if (wildcardsLeftOut(query)) {
            // Said, not silently dropped: "voorzien*" looked for "voorzien" and its inflections only (QA).
            dialog.header.setText(dialog.header.getText() + "\n" + I18n.text("search.codeHitsNoWildcards"));
        }
        dialog.stage.showAndWait();
    }

    /**
     * Find more like these: the passages most like a chosen code's quotations that do not carry it yet, best
     * first with their similarity, in the same preview (untick what should not be coded), coded in one step.
     */
    static void moreLike(SearchViewModel search, javafx.stage.Window owner) {
        if (search.main().storeProperty().get() != null) {
            new SearchAndCodeDialog(search, null, owner).stage.showAndWait();
        }
    }

    /** How many passages "more like these" shows. */
    private static final int MOST_ALIKE = 50;
    /** The similarity of each passage in a "more like these" preview (1 for the most alike). */
    private final Map<SearchAndCode.Stretch, Double> similarity = new HashMap<>();
    /** Which ranking is the latest asked for; an earlier one arriving late is dropped. */
    private long generation;

    private final SearchViewModel search;
    private final List<String> words;
    private final Stage stage = new Stage();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final ChoiceBox<SearchAndCode.Unit> unit = new ChoiceBox<>(FXCollections.observableArrayList(
            SearchAndCode.Unit.values()));
    private final java.util.Set<String> leftOut;
    /** "More like these": the document to look in (null: every document). */
    private final ChoiceBox<nl.veldwerk.model.Document> in = new ChoiceBox<>();
    private final ListView<SearchAndCode.Stretch> preview = new ListView<>();
    /** Whether each stretch of the preview is to be coded (all are, until the user unticks one). */
    private final Map<SearchAndCode.Stretch, BooleanProperty> ticked = new HashMap<>();
    private final Label count = new Label();
    private final Button apply = new Button();

    /** What the dialog looks for, over the preview. */
    private final Label header;

    /** {@code owner}: the window it opens over (the search pane's), modal to it. */
    private SearchAndCodeDialog(SearchViewModel search, List<String> words, javafx.stage.Window owner) {
        this.search = search;
        this.words = words;
        this.leftOut = new java.util.TreeSet<>(search.leftOutSpeakers());
        MainViewModel vm = search.main();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.text(words == null ? "search.moreLike" : "search.codeHits"));
        QueryWords asked = words == null ? null : QueryWords.of(project(), words);
        header = new Label(words == null ? I18n.text("search.moreLikeHeader")
                : I18n.text("search.codeHitsOf", asked.named())
                        + (asked.tooCommon().isEmpty() ? "" : "\n" + asked.leftOutSaid()));
        header.setId("code-hits-header");
        header.getStyleClass().add("pane-heading");
        Button chooseCode = new Button();
        chooseCode.setId("code-hits-code");
        chooseCode.textProperty().bind(Bindings.createStringBinding(() -> code.get() == null
                ? I18n.text("search.chooseCode") : code.get().name(), code));
        // Code the hits with a code there is, or with a new one named here (made in the same undoable step).
        chooseCode.setOnAction(e -> (words == null ? CodeChooser.choose(stage, I18n.text("search.codeWith"),
                I18n.text("search.chooseCodeHeader"), project(), c -> true, false)
                : CodeChooser.chooseOrCreate(stage, I18n.text("search.codeWith"), I18n.text(
                "search.chooseCodeHeader"), project())).ifPresent(choice -> code.set(choice.code() != null
                ? choice.code() : Code.of(nl.veldwerk.model.Ids.newId(), choice.newName(),
                nl.veldwerk.model.Colors.forNewCode(project()), null))));
        unit.setId("code-hits-unit");
        unit.setConverter(Labels.converter("search.unit."));
        unit.setValue(SearchAndCode.Unit.SENTENCE);
        if (words == null) {
            unit.getItems().remove(SearchAndCode.Unit.WORD); // a passage to compare is a sentence at least
        }
        javafx.scene.layout.Region speakers = nl.veldwerk.ui.common.SpeakerBoxes.of(search.speakers(), leftOut, "code-hits-speaker-",
                this::refresh);
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label(I18n.text(words == null ? "search.moreLikeCode" : "search.codeWith")), chooseCode);
        form.addRow(1, new Label(I18n.text("search.widenTo")), unit);
        form.addRow(2, new Label(I18n.text("search.takeIn")), speakers);
        if (words == null) {
            in.setId("more-like-in");
            in.getItems().add(null);
            in.getItems().addAll(project().documents().stream().sorted(java.util.Comparator.comparing(
                    nl.veldwerk.model.Document::name, String.CASE_INSENSITIVE_ORDER)).toList());
            in.setConverter(Labels.shown((nl.veldwerk.model.Document d) -> d == null ? I18n.text("search.allDocuments")
                    : d.name()));
            in.setValue(null);
            in.valueProperty().addListener((o, was, now) -> refresh());
            form.addRow(3, new Label(I18n.text("search.lookIn")), in);
        }
        preview.setId("code-hits-preview");
        preview.setCellFactory(v -> {
            CheckBoxListCell<SearchAndCode.Stretch> cell = new CheckBoxListCell<>(this::tick, converter(similarity));
            cell.setWrapText(true); // a passage is read whole, not cut at the dialog's edge
            cell.setPrefWidth(0);
            return cell;
        });
        preview.setPlaceholder(placeholder(words == null ? "search.moreLikeFirst" : "search.chooseCodeFirst"));
        preview.setPrefSize(680, 360);
        count.setId("code-hits-count");
        apply.setId("code-hits-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            List<SearchAndCode.Stretch> chosen = chosen();
            if (code.get() != null && !chosen.isEmpty()) {
                search.codeHits(chosen, code.get());
                stage.close();
            }
        });
        Button cancel = new Button(I18n.text("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, count, new javafx.scene.layout.Region(), apply, cancel);
        HBox.setHgrow(buttons.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        VBox root = new VBox(10, header, form, preview, buttons);
        VBox.setVgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        root.setPadding(new Insets(12));
        code.addListener((o, was, now) -> refresh());
        unit.valueProperty().addListener((o, was, now) -> refresh());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(nl.veldwerk.ui.common.Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.common.DialogFit.keepOnScreen(stage);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        refresh();
    }

    private Project project() {
        return search.main().session().project();
    }

    /** The preview anew: what the words, unit, code and speakers select (all ticked). */
    private void refresh() {
        ticked.clear();
        similarity.clear();
        preview.getItems().clear();
        counted();
        if (code.get() == null) {
            return;
        }
        String codeId = code.get().id();
        SearchAndCode.Unit chosenUnit = unit.getValue();
        java.util.Set<String> speakers = java.util.Set.copyOf(leftOut);
        if (words != null) {
            // Every occurrence in every transcript is read.
            preview.setPlaceholder(placeholder("search.finding"));
            inBackground(copy -> SearchAndCode.preview(copy, words, chosenUnit, codeId, speakers), stretches -> {
                preview.setPlaceholder(placeholder("search.nothingToCode"));
                return stretches;
            }, "search.codeHits");
            return;
        }
        // Ranking every passage of the project by likeness takes a moment.
        java.util.Set<String> documents = in.getValue() == null ? java.util.Set.of() : java.util.Set.of(
                in.getValue().id());
        inBackground(copy -> nl.veldwerk.search.SimilarPassages.rank(copy, codeId, documents, chosenUnit, speakers,
                MOST_ALIKE), hits -> {
                    hits.forEach(h -> similarity.put(h.stretch(), h.similarity()));
                    return hits.stream().map(nl.veldwerk.search.SimilarPassages.Hit::stretch).toList();
                }, "search.moreLike");
    }

    /**
     * Works out the preview in the background, from a copy of the project made there, and shows it if it
     * answers the latest request (same code, unit, speakers and documents); {@code shown} runs on the FX thread.
     */
    private <T> void inBackground(java.util.function.Function<Project, T> find,
                                  java.util.function.Function<T, List<SearchAndCode.Stretch>> shown, String failedKey) {
        Project project = project();
        long asked = ++generation;
        search.main().background().run(() -> find.apply(project.copy()), found -> {
            if (asked == generation) {
                preview.getItems().setAll(shown.apply(found));
                counted();
            }
        }, e -> search.main().fail(I18n.text(failedKey), e));
    }

    /** Whether a passage is to be coded: ticked until the user unticks it; every change recounts. */
    private BooleanProperty tick(SearchAndCode.Stretch s) {
        return ticked.computeIfAbsent(s, k -> {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> counted());
            return on;
        });
    }

    private List<SearchAndCode.Stretch> chosen() {
        return preview.getItems().stream().filter(s -> tick(s).get()).toList();
    }

    /** "A03 · text", after its similarity in a "more like these" preview ("87% · A03 · text"). */
    private static javafx.util.StringConverter<SearchAndCode.Stretch> converter(Map<SearchAndCode.Stretch, Double> alike) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(SearchAndCode.Stretch s) {
                return s == null ? "" : (alike.containsKey(s) ? Math.round(100 * alike.get(s)) + "% · " : "")
                        + s.documentName() + " · " + Texts.oneLine(s.text(), 0, Math.min(s.text().length(), 400));
            }

            @Override
            public SearchAndCode.Stretch fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Label placeholder(String key) {
        Label hint = new Label(I18n.text(key));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        return hint;
    }

    private void counted() {
        int n = chosen().size();
        count.setText(code.get() == null ? "" : I18n.text("search.ticked", n, preview.getItems().size()));
        apply.setText(I18n.text("search.codeTicked", n));
        apply.setDisable(n == 0 || code.get() == null);
    }
}
