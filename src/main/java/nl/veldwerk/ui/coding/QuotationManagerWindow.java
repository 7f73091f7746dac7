package nl.veldwerk.ui.coding;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.Touch;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.coding.QuotationManagerQuery.Column;
import nl.veldwerk.ui.coding.QuotationManagerQuery.Order;
import nl.veldwerk.ui.common.CodeChooser;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * The quotation manager: every quotation of the project in one table (ID, first words, document, ¶, codes,
 * comment, speaker, coder, created), filtered by code, document, group, speaker and text, sorted by any
 * column; double-click or Enter opens one in its transcript. Built for a million quotations: its lines are
 * light and made in slices on the FX thread, a change makes anew only the lines of the documents it touched,
 * and filtering and sorting run on a thread of their own (the newest question wins, an older one stops).
 * Closed, it follows nothing and holds nothing.
 */
public final class QuotationManagerWindow {
    private static final System.Logger LOG = System.getLogger(QuotationManagerWindow.class.getName());
    private static final DateTimeFormatter DATE = nl.veldwerk.ui.common.Dates.MINUTES;
    /** The first choice of each filter: anything. */
    private static final String ANY = "";
    /** How many documents' paragraphs the ¶ column keeps at hand for the lines on screen. */
    private static final int PARAGRAPHS_KEPT = 32;

    private final MainViewModel main;
    private final Stage stage = new Stage();
    private final QuotationManagerRows rows = new QuotationManagerRows(Platform::runLater);
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    /** "3 quotations copied", for a few seconds after a copy. */
    private final Label copied = new Label();
    private final javafx.animation.PauseTransition copiedShown = new javafx.animation.PauseTransition(
            javafx.util.Duration.seconds(5));
    private final TableView<QuotationManagerRow> table = new TableView<>();
    /** The columns' widths, kept when the main window closes (see {@link #keepColumnsOf}). */
    private final nl.veldwerk.ui.common.ColumnLayout columnLayout;
    private TableColumn<QuotationManagerRow, String> wordsColumn;
    /** Wide enough for "00:00:15.1" whole, tenths and all (QA: "00:00:1…"). */
    private final TableColumn<QuotationManagerRow, String> time = column("quotations.time",
            Math.max(70, nl.veldwerk.ui.common.Labels.widthOf("00:00:00.0") + 20), Column.TIME, this::timeOf);
    /** Whether the user showed (true) or hid (false) the Time column from the table's menu; null: not yet. */
    private Boolean timeChosen;
    private boolean settingTime;
    private final TextField text = new TextField();
    private final ComboBox<String> document = new ComboBox<>();
    private final ComboBox<String> group = new ComboBox<>();
    /** Document attributes' values, as "Age = 34,5"; what each choice stands for is in {@link #attributeChoices}. */
    private final ComboBox<String> attribute = new ComboBox<>();
    private Map<String, nl.veldwerk.ui.common.AttributeValues.Value> attributeChoices = Map.of();
    private final ComboBox<String> speaker = new ComboBox<>();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final ExecutorService worker = nl.veldwerk.ui.common.Background.thread("veldwerk-quotation-manager");
    /** The newest question to the worker; an answer to an older one is dropped, and its work stops. */
    private final AtomicInteger question = new AtomicInteger();
    private final Map<String, ParagraphsOf> paragraphs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParagraphsOf> eldest) {
            return size() > PARAGRAPHS_KEPT;
        }
    };
    private List<Order> sortedBy = List.of();
    /** True while the table's items are replaced: the table then clears and gets back its sort order itself. */
    private boolean replacing;
    private boolean following;

    /** A document's paragraphs and time marks, found once for the lines on screen (its text for the marks'). */
    private record ParagraphsOf(Document document, String text, Paragraphs paragraphs, List<TimeMark> marks) {
    }

    private QuotationManagerWindow(Window owner, MainViewModel main) {
        this.main = main;
        stage.initOwner(owner);
        stage.setTitle(I18n.text("qmanager.title"));
        text.setId("qmanager-text");
        text.setPromptText(I18n.text("qmanager.text"));
        HBox.setHgrow(text, Priority.ALWAYS);
        document.setId("qmanager-document");
        group.setId("qmanager-group");
        attribute.setId("qmanager-attribute");
        speaker.setId("qmanager-speaker");
        for (ComboBox<String> box : List.of(document, group, attribute, speaker)) {
            box.setConverter(nl.veldwerk.ui.common.Labels.shown(v -> v == null || v.isEmpty() ? I18n.text(
                    "qmanager.any") : v));
            box.setVisibleRowCount(16);
            // Ten thousand documents: the skin would measure every name to size the box (hundreds of ms a show).
            box.getProperties().put("comboBoxRowsToMeasureWidth", 200);
            box.valueProperty().addListener((o, was, now) -> ask());
        }
        Button chooseCode = new Button();
        chooseCode.setId("qmanager-code");
        chooseCode.textProperty().bind(Bindings.createStringBinding(() -> code.get() == null
                ? I18n.text("qmanager.anyCode") : I18n.text("qmanager.code", codeName(code.get().id())), code));
        chooseCode.setOnAction(e -> {
            if (main.storeProperty().get() != null) {
                CodeChooser.choose(stage, I18n.text("qmanager.codeTitle"), I18n.text("qmanager.codeHeader"),
                        project(), c -> true, I18n.text("qmanager.anyCode")).ifPresent(choice -> code.set(choice.code()));
            }
        });
        code.addListener((o, was, now) -> ask());
        text.textProperty().addListener((o, was, now) -> ask());
        Label count = new Label();
        count.setId("qmanager-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> working.get()
                ? I18n.text("qmanager.working")
                : I18n.text("qmanager.count", table.getItems().size(), total.get()), working, table.itemsProperty(),
                total));
        FlowPane filters = new FlowPane(8, 6, label("qmanager.documentLabel"), document, label("qmanager.groupLabel"),
                group, label("qmanager.attributeLabel"), attribute, label("qmanager.speakerLabel"), speaker, chooseCode);
        copied.setId("qmanager-copied");
        copiedShown.setOnFinished(e -> copied.setText(""));
        copied.getStyleClass().add("hint");
        HBox top = new HBox(8, text, count, copied);
        BorderPane header = new BorderPane(filters, top, null, null, null);
        header.setPadding(new Insets(8));
        BorderPane.setMargin(filters, new Insets(6, 0, 0, 0));
        columns();
        columnLayout = nl.veldwerk.ui.common.ColumnLayout.follow("quotationManager", table, List.of());
        table.setTableMenuButtonVisible(true); // any column hidden or shown, as in ATLAS.ti's managers
        time.visibleProperty().addListener((o, was, now) -> {
            if (!settingTime) {
                timeChosen = now;
            }
        });
        table.setId("qmanager-table");
        table.setPlaceholder(new Label(I18n.text("qmanager.none")));
        // Sorting a million lines (by their words, say) is the worker's job too: the table only says how.
        table.setSortPolicy(t -> {
            if (!replacing && !order().equals(sortedBy)) {
                ask();
            }
            return true;
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && !main.readOnlyProperty().get()) {
                deleteSelected(); // as in ATLAS.ti's quotation manager (QA: the inspector's button was the only way)
                e.consume();
            } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.C) {
                copy(false); // Ctrl+C the line selected
                e.consume();
            }
        });
        javafx.scene.control.MenuItem copyOne = new javafx.scene.control.MenuItem(I18n.text("qmanager.copyOne"));
        copyOne.setOnAction(e -> copy(false));
        javafx.scene.control.MenuItem copyAll = new javafx.scene.control.MenuItem(I18n.text("qmanager.copyAll"));
        copyAll.setOnAction(e -> copy(true));
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem(I18n.text("inspector.delete"));
        delete.setId("qmanager-delete");
        delete.setOnAction(e -> deleteSelected());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(copyOne, copyAll,
                new javafx.scene.control.SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> delete.setDisable(table.getSelectionModel().getSelectedItem() == null
                || main.readOnlyProperty().get()));
        table.setContextMenu(menu);
        Scene scene = new Scene(new BorderPane(table, header, null, null, null), 1100, 640);
        scene.getStylesheets().add(Styles.SHEET);
        // Ctrl+Shift+C, every line shown, wherever the keyboard is: right after a filter is chosen it is in the
        // filter's field or list, and the keys did nothing there.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.C) {
                copy(true);
                e.consume();
            }
        });
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        stage.setOnHidden(e -> stopFollowing());
        main.changesProperty().addListener((o, was, now) -> follow(main.lastChange()));
        main.storeProperty().addListener((o, was, now) -> {
            if (now == null) {
                stage.close();
            }
        });
    }

    /** Puts the selected line, or every line shown, on the clipboard for a spreadsheet. */
    void copy(boolean all) {
        List<QuotationManagerRow> rows = all ? List.copyOf(table.getItems())
                : table.getSelectionModel().getSelectedItem() == null ? List.of()
                : List.of(table.getSelectionModel().getSelectedItem());
        if (rows.isEmpty()) {
            return;
        }
        QuotationRowsCopy copy = QuotationRowsCopy.of(table.getVisibleLeafColumns(), wordsColumn, rows);
        // The whole words may read document parts from disk: off the FX thread, then onto the clipboard.
        worker.execute(() -> {
            String text = copy.text();
            javafx.application.Platform.runLater(() -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                // Said here, where the copy was asked for (the main window's status line is behind this one).
                copied.setText(I18n.text("qmanager.copied", rows.size()));
                copiedShown.playFromStart();
            });
        });
    }

    /**
     * Keeps the widths the quotation manager's columns were dragged to, if {@code owner} has one, for the next start:
     * as the main window closes, as the quotation list's are. Which columns show is the window's to decide.
     */
    public static void keepColumnsOf(Window owner) {
        if (owner.getProperties().get(QuotationManagerWindow.class) instanceof QuotationManagerWindow window) {
            window.columnLayout.keep();
        }
    }

    /** Opens the quotation manager of a window (one per window). */
    public static void open(Window owner, MainViewModel main) {
        QuotationManagerWindow window = nl.veldwerk.ui.common.OnePerWindow.of(owner, QuotationManagerWindow.class,
                w -> w.main == main, () -> new QuotationManagerWindow(owner, main));
        window.stage.show();
        window.stage.toFront();
        if (!window.following && main.storeProperty().get() != null) {
            window.following = true;
            window.readAll();
        }
    }

    /** True while lines are being made, filtered or sorted (the table shows the previous answer meanwhile). */
    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The lines (for tests: what a change made anew). */
    QuotationManagerRows rows() {
        return rows;
    }

    private Project project() {
        return main.session().project();
    }

    private static Label label(String key) {
        return new Label(I18n.text(key));
    }

    private void columns() {
        TableColumn<QuotationManagerRow, String> id = column("quotations.id", 60, Column.ID, QuotationManagerRow::id);
        id.setId("qmanager-id");
        table.getColumns().add(id);
        wordsColumn = column("qmanager.words", 320, Column.WORDS, QuotationManagerWindow::words);
        table.getColumns().add(wordsColumn);
        table.getColumns().add(column("quotations.document", 90, Column.DOCUMENT, r -> r.document().name()));
        table.getColumns().add(column("quotations.paragraphs", 50, Column.PARAGRAPHS, this::paragraphsOf));
        time.setId("qmanager-time");
        table.getColumns().add(time);
        table.getColumns().add(column("quotations.codes", 180, Column.CODES, r -> r.codes(this::codeName)));
        table.getColumns().add(column("qmanager.comment", 160, Column.COMMENT, r -> r.quotation().comment()));
        table.getColumns().add(column("qmanager.speaker", 80, Column.SPEAKER, QuotationManagerRow::speaker));
        table.getColumns().add(column("quotations.coder", 80, Column.CODER, r -> r.coder(this::coderName)));
        table.getColumns().add(column("quotations.created", 140, Column.CREATED, r -> r.quotation().created() == null
                ? "" : DATE.format(r.quotation().created())));
    }

    private static TableColumn<QuotationManagerRow, String> column(String key, double width, Column sortKey,
                                                                   Function<QuotationManagerRow, String> value) {
        TableColumn<QuotationManagerRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setUserData(sortKey);
        // Its width is kept under it; not the filters' ids ("qmanager-document"), which its header would take.
        column.setId("qmanager-column-" + sortKey.name().toLowerCase(java.util.Locale.ROOT));
        return column;
    }

    /** The first words; nothing when the document's text can no longer be read (the transcript says why). */
    private static String words(QuotationManagerRow row) {
        try {
            return row.text();
        } catch (ModelException e) {
            return "";
        }
    }

    private String paragraphsOf(QuotationManagerRow row) {
        ParagraphsOf known = factsOf(row.document());
        return known == null ? "" : Paragraphs.label(known.paragraphs().span(row.quotation().start(),
                row.quotation().end()));
    }

    /** The time mark before the quotation, as the quotation list shows it; "" in a text without marks. */
    private String timeOf(QuotationManagerRow row) {
        ParagraphsOf known = factsOf(row.document());
        TimeMark before = known == null ? null : TimeMarks.startOf(known.text(), known.marks(),
                row.quotation().start(), row.quotation().end());
        return before == null ? "" : TimeMarks.clockExact(before.millis());
    }

    /** The document's paragraphs and marks, or null when its text can no longer be read. */
    private ParagraphsOf factsOf(Document d) {
        try {
            ParagraphsOf known = paragraphs.get(d.id());
            if (known == null || known.document() != d) {
                String text = d.text();
                known = new ParagraphsOf(d, text, Paragraphs.of(text), TimeMarks.find(text));
                paragraphs.put(d.id(), known);
            }
            return known;
        } catch (ModelException e) {
            return null;
        }
    }

    private String codeName(String id) {
        // Two codes of one name told apart ("Angst (Psychische kenmerken)"), as the inspector and margin do.
        return main.storeProperty().get() == null ? null : project().code(id).map(c -> project().labelOf(c.id()))
                .orElse(null);
    }

    private String coderName(String id) {
        return main.storeProperty().get() == null ? null : project().coder(id).map(Coder::name).orElse(null);
    }

    // ---- following the project ----------------------------------------------------------------------

    private void readAll() {
        working.set(true);
        question.incrementAndGet(); // an answer about the lines before is of no use
        choices();
        rows.readAll(this::project, () -> {
            total.set(rows.count());
            ask();
        });
    }

    private void stopFollowing() {
        following = false;
        question.incrementAndGet();
        rows.clear();
        replaceItems(new ArrayList<>());
        paragraphs.clear();
        total.set(0);
        working.set(false);
    }

    /** After a change: the lines of the documents it touched anew, then the question again. */
    private void follow(ProjectChange change) {
        if (!following) {
            return;
        }
        if (main.storeProperty().get() == null) {
            stopFollowing();
            return;
        }
        if (change == null) {
            readAll(); // a project opened, or the views redrawn from the model
            return;
        }
        if (change.touched().isEmpty()) {
            return; // saved
        }
        Set<String> documents = new HashSet<>(change.documentIds());
        change.touched().stream().filter(t -> t.kind() == EntityKind.DOCUMENT).map(Touch::id).forEach(documents::add);
        rows.update(project(), documents);
        total.set(rows.count());
        if (change.touches(EntityKind.DOCUMENT) || change.touches(EntityKind.GROUP)
                || change.touches(EntityKind.ATTRIBUTE)) {
            choices();
        }
        if (code.get() != null && project().code(code.get().id()).isEmpty()) {
            code.set(null); // asks again
        } else {
            ask();
        }
    }

    /** The filter choices from the project; what was chosen stays where it still can. */
    private void choices() {
        Project p = project();
        choices(document, p.documents().stream().sorted(java.util.Comparator.comparingInt(Document::number))
                .map(Document::name).toList());
        choices(group, p.groups().stream().map(DocumentGroup::name).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        attributeChoices = nl.veldwerk.ui.common.AttributeValues.of(p);
        choices(attribute, List.copyOf(attributeChoices.keySet()));
        // The time before each quotation, at first where a recording is linked; the table's menu shows it elsewhere
        // too (finding out whether any text has time marks would read every text of a large project).
        // The user's own choice from the table's menu, once made, stays for this window.
        settingTime = true;
        time.setVisible(timeChosen != null ? timeChosen : p.documents().stream().anyMatch(d -> d.recording() != null));
        settingTime = false;
        // A million speaker turns are read on the worker; the documents (and their turns) do not change.
        List<Document> documents = List.copyOf(p.documents());
        worker.execute(() -> {
            List<String> speakers = nl.veldwerk.analysis.Speakers.names(documents);
            Platform.runLater(() -> {
                if (following) {
                    choices(speaker, speakers);
                }
            });
        });
    }

    private static void choices(ComboBox<String> box, List<String> values) {
        String was = box.getValue();
        List<String> all = new ArrayList<>(values.size() + 1);
        all.add(ANY);
        all.addAll(values);
        if (!box.getItems().equals(all)) {
            box.getItems().setAll(all);
        }
        box.setValue(all.contains(was) ? was : ANY);
    }

    // ---- asking the worker ----------------------------------------------------------------------------

    /** Asks which lines to show, in which order, for the filters and sort as they are now. */
    private void ask() {
        if (!following || !rows.complete()) {
            return; // the full read asks when it is done
        }
        int mine = question.incrementAndGet();
        QuotationManagerQuery query = query();
        sortedBy = query.order();
        List<QuotationManagerRow[]> lines = rows.snapshot();
        QuotationManagerQuery.Names names = names();
        String selected = quotationId(table.getSelectionModel().getSelectedItem());
        String top = quotationId(firstOnScreen());
        working.set(true);
        worker.execute(() -> {
            List<QuotationManagerRow> rows;
            try {
                rows = query.run(lines, names, () -> question.get() != mine);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "The quotation manager could not filter", e);
                rows = new ArrayList<>();
            }
            if (rows != null) {
                // Where the selected line and the top line went: found here, not in a million lines on the FX thread.
                Answer answer = new Answer(rows, selected, indexOf(rows, selected), top, indexOf(rows, top));
                Platform.runLater(() -> show(mine, answer));
            }
        });
    }

    /** The lines to show, and where the lines selected and at the top when the question was asked are in them. */
    private record Answer(List<QuotationManagerRow> rows, String selected, int selectedAt, String top, int topAt) {
    }

    private QuotationManagerQuery query() {
        String doc = Objects.requireNonNullElse(document.getValue(), ANY);
        String grp = Objects.requireNonNullElse(group.getValue(), ANY);
        Set<String> groupIds = grp.isEmpty() ? null : project().groups().stream().filter(g -> g.name().equals(grp))
                .map(DocumentGroup::id).collect(Collectors.toUnmodifiableSet());
        Set<String> codeIds = code.get() == null ? null
                : Set.copyOf(nl.veldwerk.analysis.CodeCounts.selfAndDescendants(project(), code.get().id()));
        nl.veldwerk.ui.common.AttributeValues.Value valued = attributeChoices.get(Objects.requireNonNullElse(
                attribute.getValue(), ANY));
        return new QuotationManagerQuery(doc, groupIds, valued, Objects.requireNonNullElse(speaker.getValue(), ANY),
                codeIds, text.getText(), order());
    }

    private List<Order> order() {
        return table.getSortOrder().stream().filter(c -> c.getUserData() instanceof Column).map(c -> new Order(
                (Column) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
    }

    private QuotationManagerQuery.Names names() {
        Map<String, String> codes = new HashMap<>();
        project().codes().forEach(c -> codes.put(c.id(), project().labelOf(c.id())));
        Map<String, String> coders = new HashMap<>();
        project().coders().forEach(c -> coders.put(c.id(), c.name()));
        return new QuotationManagerQuery.Names(codes, coders);
    }

    private void show(int answerTo, Answer answer) {
        if (answerTo != question.get() || !following) {
            return;
        }
        String selected = quotationId(table.getSelectionModel().getSelectedItem());
        String top = quotationId(firstOnScreen());
        replaceItems(answer.rows());
        // Selected and in view stay what they were (looked for again only when the user moved meanwhile).
        int selectedAt = Objects.equals(selected, answer.selected()) ? answer.selectedAt() : indexOf(answer.rows(),
                selected);
        if (selectedAt >= 0) {
            table.getSelectionModel().select(selectedAt);
        }
        int topAt = Objects.equals(top, answer.top()) ? answer.topAt() : indexOf(answer.rows(), top);
        if (topAt >= 0) {
            table.scrollTo(topAt);
        }
        working.set(false);
    }

    /**
     * A new list, not the old one's contents replaced: a million lines replaced one by one would keep the FX thread
     * a second on the table's selection and focus bookkeeping. New items clear the table's sort order, which is
     * put back as it was (the lines are sorted by it already): neither step is a question to the worker.
     */
    private void replaceItems(List<QuotationManagerRow> lines) {
        List<TableColumn<QuotationManagerRow, ?>> sortOrder = List.copyOf(table.getSortOrder());
        replacing = true;
        try {
            table.setItems(FXCollections.observableList(lines));
            table.getSortOrder().setAll(sortOrder);
        } finally {
            replacing = false;
        }
    }

    /** How many questions were put to the worker (for tests: none while nothing changes). */
    int questionsAsked() {
        return question.get();
    }

    private QuotationManagerRow firstOnScreen() {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() instanceof javafx.scene.control.IndexedCell<?> cell
                && cell.getIndex() >= 0 && cell.getIndex() < table.getItems().size()) {
            return table.getItems().get(cell.getIndex());
        }
        return null;
    }

    private static String quotationId(QuotationManagerRow row) {
        return row == null ? null : row.quotation().id();
    }

    private static int indexOf(List<QuotationManagerRow> rows, String quotationId) {
        if (quotationId != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).quotation().id().equals(quotationId)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Deletes the quotation of the line selected, as the coding screen deletes one (asking about others' work). */
    private void deleteSelected() {
        QuotationManagerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            main.deleteQuotation(row.quotation().id()); // the coding screen's selection left as it is (review)
        }
    }

    private void openSelected() {
        QuotationManagerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            project().quotation(row.quotation().id()).ifPresent(q -> main.selectedQuotationProperty().set(q));
            ((Stage) stage.getOwner()).toFront();
        }
    }
}
