package nl.veldwerk.ui.codebook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.common.CodeChooser;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * The code manager, as ATLAS.ti's and MAXQDA's: every code in a table with its phase, groundedness
 * (quotations), documents, density (relations), definition, when and by whom it was made and its review
 * status; type to filter; new codes and categories without coding; rename (F2), delete, merge, move, phase
 * and colour from the tool bar, the keyboard and the context menu, on one code or many at once (one undo
 * step). Counts are the tree's: a category sums its sub-codes unless the switch says otherwise.
 */
public final class CodeManagerWindow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(
            ZoneId.systemDefault());

    private final CodebookViewModel vm;
    private final Dialogs dialogs;
    private final Stage stage = new Stage();
    private final ObservableList<CodeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CodeRow> filtered = new FilteredList<>(rows);
    /** What the filter field holds. */
    private String query = "";
    private final TableView<CodeRow> table = new TableView<>();
    /** The counts last made, by code id (a count of every code's codings takes seconds at a million quotations). */
    private Map<String, CodeCounts.Count> counts = Map.of();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    /** What changed while counting, to count when done. */
    private CodesToCount countAgain = CodesToCount.NOTHING;

    private boolean following;
    /** The columns' widths, kept when the main window closes (see {@link #keepColumnsOf}). */
    private final nl.veldwerk.ui.common.ColumnLayout columnLayout;
    private final ExecutorService counter = nl.veldwerk.ui.common.Background.thread("veldwerk-code-counts");

    private CodeManagerWindow(Window owner, CodebookViewModel vm) {
        this.vm = vm;
        this.dialogs = vm.main().dialogs().ownedBy(stage);
        stage.initOwner(owner);
        stage.setTitle(I18n.text("manager.title"));
        TextField filter = new TextField();
        filter.setId("code-manager-filter");
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(filter);
        filter.setPromptText(I18n.text("manager.filter"));
        filter.textProperty().addListener((o, was, now) -> {
            query = now;
            filtered.setPredicate(shownFor(now));
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox sums = new CheckBox(I18n.text("manager.sumSubcodes"));
        sums.setId("code-manager-sums");
        Label countingNow = new Label(I18n.text("manager.counting"));
        countingNow.setId("code-manager-counting");
        countingNow.visibleProperty().bind(counting);
        sums.selectedProperty().bindBidirectional(vm.countSubcodesProperty());
        table.setId("code-manager-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(rows))
                .then(I18n.text("manager.empty")).otherwise(I18n.text("manager.noMatch")));
        table.setPlaceholder(placeholder);
        columns();
        columnLayout = nl.veldwerk.ui.common.ColumnLayout.follow("codeManager", table, List.of());
        SortedList<CodeRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setContextMenu(menu());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.coding().listQuotationsOf(table.getSelectionModel().getSelectedItem().code());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                andBackToTable(this::delete).run();
            } else if (e.getCode() == KeyCode.F2) {
                andBackToTable(this::rename).run();
            }
        });
        VBox top = new VBox(toolBar(), new HBox(8, filter, sums, countingNow));
        ((HBox) top.getChildren().get(1)).setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table, top, null, null, null);
        Scene scene = new Scene(root, 1240, 640);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        // The keys work wherever the focus is in the window (a context menu's own keys only while it shows).
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+N"), andBackToTable(this::newCode));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+N"), andBackToTable(
                this::newCategory));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+M"), andBackToTable(this::move));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+M"), andBackToTable(this::merge));
        nl.veldwerk.ui.app.UndoKeys.installInToolWindow(scene, vm.main());
        // Only while it shows: closed, it neither counts nor holds rows (it stays, to come back as it was left).
        stage.setOnHidden(e -> {
            following = false;
            countAgain = CodesToCount.NOTHING;
            rows.clear();
        });
        vm.main().changesProperty().addListener((o, was, now) -> {
            if (following) {
                refresh(toCountAfter(vm.main().lastChange()));
            }
        });
        vm.countSubcodesProperty().addListener((o, was, now) -> {
            if (following) {
                refresh(afterSumsSwitched());
            }
        });
        vm.main().storeProperty().addListener((o, was, now) -> {
            if (now == null) {
                stage.close();
            }
            filter.clear(); // typed for the project before: in another it would hide codes for no reason shown
        });
    }

    /**
     * Keeps the widths the code manager's columns were dragged to, if {@code owner} has one, for the next start: as
     * the main window closes, as the quotation list's are.
     */
    public static void keepColumnsOf(Window owner) {
        if (owner.getProperties().get(CodeManagerWindow.class) instanceof CodeManagerWindow window) {
            window.columnLayout.keep();
        }
    }

    /** Opens the code manager of a window (one per window: a second call brings it to the front). */
    public static void open(Window owner, CodebookViewModel vm) {
        CodeManagerWindow window = nl.veldwerk.ui.common.OnePerWindow.of(owner, CodeManagerWindow.class,
                w -> w.vm == vm, () -> new CodeManagerWindow(owner, vm));
        window.stage.show();
        window.stage.toFront();
        if (!window.following) {
            window.following = true;
            window.refresh(CodesToCount.EVERY);
        }
    }

    /** How many codes were counted since the window was made (for tests: a coding counts its codes alone). */
    private final java.util.concurrent.atomic.AtomicInteger codesCounted = new java.util.concurrent.atomic.AtomicInteger();

    int codesCounted() {
        return codesCounted.get();
    }

    /** True while the codes are being counted (the table shows the counts made before meanwhile). */
    ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    private ToolBar toolBar() {
        Button newCode = button("manager.newCode", "code-manager-new", this::newCode);
        Button newCategory = button("manager.newCategory", "code-manager-new-category", this::newCategory);
        Button rename = button("manager.rename", "code-manager-rename", this::rename);
        Button merge = button("manager.merge", "code-manager-merge", this::merge);
        Button move = button("manager.move", "code-manager-move", this::move);
        MenuButton phase = new MenuButton(I18n.text("manager.phase"));
        phase.setId("code-manager-phase");
        for (Phase p : Phase.values()) {
            MenuItem item = new MenuItem(phaseName(p));
            item.setOnAction(e -> vm.setPhaseAll(selectedIds(), p));
            phase.getItems().add(item);
        }
        // The supervisor's verdict on the chosen codes, here where the codebook is reviewed (the column showed
        // it, only the code's own panel set it).
        MenuButton review = new MenuButton(I18n.text("manager.review"));
        review.setId("code-manager-review");
        for (nl.veldwerk.model.ReviewStatus status : REVIEWS) {
            MenuItem item = new MenuItem(REVIEW_NAMES.toString(status));
            item.setOnAction(e -> vm.reviewAll(selectedIds(), status));
            review.getItems().add(item);
        }
        ColorPicker colour = new ColorPicker();
        colour.setId("code-manager-colour");
        colour.setTooltip(new javafx.scene.control.Tooltip(I18n.text("manager.colour")));
        colour.setOnAction(e -> vm.setColorAll(selectedIds(), hex(colour.getValue())));
        // It shows the selected code's colour, not the last one picked.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                colour.setValue(Color.web(now.code().color()));
            }
        });
        Button delete = button("manager.delete", "code-manager-delete", this::delete);
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        for (Region r : new Region[] {rename, merge, move, phase, review, colour, delete}) {
            r.disableProperty().bind(none);
        }
        return new ToolBar(newCode, newCategory, rename, merge, move, phase, review, colour, delete);
    }

    private ContextMenu menu() {
        MenuItem newCode = menuItem("manager.newCode", "Shortcut+N", this::newCode);
        MenuItem newCategory = menuItem("manager.newCategory", "Shortcut+Shift+N", this::newCategory);
        MenuItem rename = menuItem("manager.rename", "F2", this::rename);
        MenuItem merge = menuItem("manager.merge", "Shortcut+Shift+M", this::merge);
        MenuItem move = menuItem("manager.move", "Shortcut+M", this::move);
        MenuItem list = menuItem("codes.list", null, () -> vm.coding().listQuotationsOf(
                table.getSelectionModel().getSelectedItem().code()));
        MenuItem delete = menuItem("manager.delete", "Delete", this::delete);
        javafx.scene.control.Menu phase = new javafx.scene.control.Menu(I18n.text("manager.phase"));
        for (Phase p : Phase.values()) {
            phase.getItems().add(menuItem(null, null, () -> vm.setPhaseAll(selectedIds(), p)));
            phase.getItems().getLast().setText(phaseName(p));
        }
        javafx.scene.control.Menu review = new javafx.scene.control.Menu(I18n.text("manager.review"));
        for (nl.veldwerk.model.ReviewStatus status : REVIEWS) {
            review.getItems().add(menuItem(null, null, () -> vm.reviewAll(selectedIds(), status)));
            review.getItems().getLast().setText(REVIEW_NAMES.toString(status));
        }
        javafx.scene.control.Menu colour = new javafx.scene.control.Menu(I18n.text("manager.colourMenu"));
        for (int i = 0; i < 12; i++) {
            String hex = nl.veldwerk.model.Colors.palette(i);
            MenuItem swatch = new MenuItem(hex, new javafx.scene.shape.Rectangle(14, 14, Color.web(hex)));
            swatch.setOnAction(e -> vm.setColorAll(selectedIds(), hex));
            colour.getItems().add(swatch);
        }
        ContextMenu menu = new ContextMenu(newCode, newCategory, new SeparatorMenuItem(), rename, merge, move, phase,
                review, colour, list, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            boolean none = table.getSelectionModel().getSelectedItems().isEmpty();
            List.of(rename, merge, move, phase, review, colour, list, delete).forEach(i -> i.setDisable(none));
        });
        return menu;
    }

    private void columns() {
        TableColumn<CodeRow, CodeRow> name = new TableColumn<>(I18n.text("manager.name"));
        name.setId("manager-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setComparator(java.util.Comparator.comparing(CodeRow::path, String.CASE_INSENSITIVE_ORDER));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.setMinSize(12, 12);
                swatch.setMaxSize(12, 12);
                swatch.setStyle("-fx-background-color: " + row.code().color() + "; -fx-background-radius: 2;");
                setGraphic(swatch);
                setText(row.code().name());
                setPadding(new Insets(0, 0, 0, 4 + 16 * row.depth()));
                setTooltip(new javafx.scene.control.Tooltip(row.path()));
            }
        });
        name.setPrefWidth(280);
        table.getColumns().add(name);
        table.getColumns().add(text("manager.phase", 150, r -> phaseName(r.code().phase())));
        TableColumn<CodeRow, Number> quotations = number("manager.quotations", r -> r.count().quotations());
        quotations.setId("manager-quotations");
        quotations.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                CodeRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : (row.count().withSubcodes() ? "Σ " : "") + n);
                setTooltip(row == null ? null : new javafx.scene.control.Tooltip(CountLabels.full(row.count())));
            }
        });
        table.getColumns().add(quotations);
        table.getColumns().add(number("manager.documents", r -> r.count().documents()));
        table.getColumns().add(number("manager.relations", r -> r.count().relations()));
        table.getColumns().add(text("manager.definition", 190, r -> r.code().definition().lines().findFirst()
                .orElse("")));
        table.getColumns().add(text("manager.created", 100, r -> r.code().created() == null ? ""
                : DATE.format(r.code().created())));
        table.getColumns().add(text("manager.coder", 90, CodeRow::coder));
        table.getColumns().add(text("manager.review", 110, r -> REVIEW_NAMES.toString(r.code().review())));
    }

    private static TableColumn<CodeRow, String> text(String key, double width, Function<CodeRow, String> value) {
        TableColumn<CodeRow, String> column = new TableColumn<>(I18n.text(key));
        column.setId(key.replace('.', '-')); // its width kept under it
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<CodeRow, Number> number(String key, Function<CodeRow, Integer> value) {
        TableColumn<CodeRow, Number> column = new TableColumn<>(I18n.text(key));
        column.setId(key.replace('.', '-')); // its width kept under it
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        // Wide enough for its heading in full ("Documenten"), with room for the sort arrow.
        column.setPrefWidth(Math.max(96, nl.veldwerk.ui.common.Labels.widthOf(I18n.text(key)) + 36));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /**
     * What to count after "sum sub-codes" is switched: only a code with sub-codes counts differently (half the
     * counting of a large codebook, whose categories sum as many codings as all its codes), so the others keep
     * their numbers; the categories' are dropped meanwhile (none rather than the wrong kind). While a count is
     * under way it is thrown away when done (it counted the other way), so then every code is counted again.
     */
    private CodesToCount afterSumsSwitched() {
        Project p = vm.project().orElse(null);
        if (p == null || counting.get()) {
            counts = Map.of();
            return CodesToCount.EVERY;
        }
        Set<String> categories = p.codes().stream().map(nl.veldwerk.model.Code::parentId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Map<String, CodeCounts.Count> kept = new java.util.HashMap<>(counts);
        kept.keySet().removeAll(categories);
        counts = kept;
        return CodesToCount.some(categories);
    }

    /** What a change makes count again: see {@link CodesToCount#after}. */
    private CodesToCount toCountAfter(nl.veldwerk.project.ProjectChange change) {
        Project p = vm.project().orElse(null);
        if (p == null || change == null) {
            return CodesToCount.EVERY;
        }
        // The rows, not yet made anew, still hold every code as last shown: its parent before the change.
        Map<String, String> parentsBefore = new java.util.HashMap<>();
        rows.forEach(r -> parentsBefore.put(r.code().id(), r.code().parentId()));
        return CodesToCount.after(change, p, parentsBefore);
    }

    /**
     * The rows anew from the project at once (codes, paths, who made them), with the counts made last; the
     * codes asked for are counted again on a thread of their own, in steps that each read the project while
     * it stands (under its read lock), so a change on the FX thread waits for a step at most. Counting from a
     * copy of the project, as before, made a coding wait up to a second for the copy, and copied a million
     * quotations after every coding.
     */
    private void refresh(CodesToCount toCount) {
        showRows();
        Project p = vm.project().orElse(null);
        if (p == null || toCount.nothing()) {
            return;
        }
        if (counting.get()) {
            countAgain = countAgain.and(toCount); // counted when this count is done, as the project is then
            return;
        }
        counting.set(true);
        boolean sums = vm.countSubcodesProperty().get();
        List<String> ids = toCount.every() ? p.codes().stream().map(nl.veldwerk.model.Code::id).toList()
                : List.copyOf(toCount.codes());
        counter.execute(() -> {
            Map<String, CodeCounts.Count> made = new java.util.HashMap<>();
            Map<String, Integer> relations = null;
            try {
                if (toCount.relations() && !toCount.every()) {
                    relations = p.whileUnchanged(() -> CodeCounts.relationsByCode(p));
                }
                for (String id : ids) {
                    CodeCounts.Count n = CodeCounts.of(p, id, sums);
                    if (n != null) {
                        made.put(id, n);
                    }
                    codesCounted.incrementAndGet();
                }
            } catch (RuntimeException e) {
                System.getLogger(CodeManagerWindow.class.getName()).log(System.Logger.Level.ERROR,
                        "The codes could not be counted", e);
                made = null;
            }
            Map<String, CodeCounts.Count> counted = made;
            Map<String, Integer> relationsCounted = relations;
            javafx.application.Platform.runLater(() -> counted(p, sums, toCount.every(), counted, relationsCounted));
        });
    }

    /** With {@code relations} every code's relations when they were counted again (else null). */
    private void counted(Project counted, boolean sums, boolean every, Map<String, CodeCounts.Count> made,
                         Map<String, Integer> relations) {
        counting.set(false);
        boolean current = following && vm.project().orElse(null) == counted;
        if (current && made != null && sums == vm.countSubcodesProperty().get()) {
            if (every) {
                counts = made;
            } else {
                Map<String, CodeCounts.Count> updated = new java.util.HashMap<>(counts);
                updated.putAll(made);
                if (relations != null) {
                    updated.replaceAll((id, n) -> n.withRelations(relations.getOrDefault(id, 0)));
                }
                counts = updated;
            }
            showRows();
        }
        CodesToCount next = countAgain;
        countAgain = CodesToCount.NOTHING;
        if (current && !next.nothing()) {
            refresh(next);
        }
    }

    private void showRows() {
        Set<String> selected = Set.copyOf(selectedIds());
        Project p = vm.project().orElse(null);
        rows.setAll(p == null || !following ? List.of() : CodeRow.of(p, counts));
        filtered.setPredicate(shownFor(query)); // the categories above the codes that match, as they are now
        // Only the codes selected before: a selected code that no longer matches the filter (renamed) would
        // otherwise leave its index selected, and F2 or Delete would act on the row that moved up into it.
        table.getSelectionModel().clearSelection();
        for (CodeRow row : table.getItems()) {
            if (selected.contains(row.code().id())) {
                table.getSelectionModel().select(row);
            }
        }
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(r -> r.code().id()).toList();
    }

    /** A new code goes under the category selected, as in the Codes tab (it went to the top level here). */
    private void newCode() {
        List<String> ids = selectedIds();
        String parent = ids.size() != 1 ? null : vm.project().flatMap(p -> p.code(ids.getFirst()))
                .filter(c -> c.phase() == nl.veldwerk.model.Phase.AXIAL).map(nl.veldwerk.model.Code::id).orElse(null);
        dialogs.askText(I18n.text("manager.newCode"), I18n.text("manager.namePrompt"), "").ifPresent(name ->
                selectAfter(vm.newCode(name, parent, false)));
    }

    private void newCategory() {
        dialogs.askText(I18n.text("manager.newCategory"), I18n.text("manager.namePrompt"), "").ifPresent(name ->
                selectAfter(vm.newCode(name, null, true)));
    }

    private void selectAfter(String codeId) {
        table.getSelectionModel().clearSelection();
        table.getItems().stream().filter(r -> r.code().id().equals(codeId)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            nl.veldwerk.ui.common.Scrolling.intoView(table, table.getItems().indexOf(r));
        });
    }

    private void rename() {
        CodeRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            dialogs.askText(I18n.text("manager.rename"), I18n.text("manager.namePrompt"), row.code().name())
                    .ifPresent(name -> {
                        vm.rename(row.code().id(), name);
                        // Re-sorted: still in view, the rows around it not moved when it is.
                        nl.veldwerk.ui.common.Scrolling.intoView(table, table.getSelectionModel().getSelectedIndex());
                    });
        }
    }

    private void delete() {
        List<String> ids = selectedIds();
        List<String> names = table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(r -> "“" + vm.labelOf(r.code()) + "”").toList(); // quoted: a name may be a phrase with commas
        String named = String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? " " + I18n.text("manager.andMore", names.size() - 5) : "");
        // How much coding goes with them (and which saved queries name them), so the question says what is at stake.
        String question = vm.deleteQuestion(ids, named);
        if (!ids.isEmpty() && dialogs.confirm(I18n.text("manager.delete"), question != null ? question
                : I18n.text("manager.deleteQuestion", named, 0, ids.size()))) {
            vm.deleteAll(ids);
        }
    }

    private void merge() {
        List<String> ids = selectedIds();
        Project p = vm.project().orElse(null);
        if (ids.isEmpty() || p == null) {
            return;
        }
        // Into one of them too, as in ATLAS.ti: the others go into the one chosen (QA: "no code fits" when the name
        // typed was one of the chosen codes).
        CodeChooser.choose(stage, I18n.text("manager.merge"), I18n.text("manager.mergeInto", ids.size(), named(p, ids)), p,
                c -> ids.size() > 1 || !ids.contains(c.id()), false)
                .filter(choice -> CodebookDialogs.mergeWanted(dialogs, p, ids.stream()
                        .filter(id -> !id.equals(choice.code().id())).toList(), choice.code().id()))
                .ifPresent(choice -> vm.mergeAll(ids, choice.code().id()));
    }

    private void move() {
        List<String> ids = selectedIds();
        Project p = vm.project().orElse(null);
        if (ids.isEmpty() || p == null) {
            return;
        }
        // Not under itself or anything below it: the codebook stays a tree.
        CodeChooser.choose(stage, I18n.text("manager.move"), I18n.text("manager.moveUnder", ids.size(), named(p, ids)), p,
                c -> ids.stream().noneMatch(id -> id.equals(c.id()) || p.isBelow(c.id(), id)), true)
                .ifPresent(choice -> vm.moveAll(ids, choice.topLevel() ? null : choice.code().id()));
    }

    /**
     * The chosen codes by name for a merge's or move's question, at most three and how many more: the question
     * said only "the chosen codes (1)", and a click after a rename had chosen another row than the one meant.
     */
    static String named(Project p, List<String> ids) {
        return nl.veldwerk.ui.common.CodeNames.listed(p, ids, 3);
    }

    /** The verdicts a supervisor gives (merged is what a merge leaves, not a verdict). */
    private static final List<nl.veldwerk.model.ReviewStatus> REVIEWS = List.of(nl.veldwerk.model.ReviewStatus.APPROVED,
            nl.veldwerk.model.ReviewStatus.NEEDS_WORK, nl.veldwerk.model.ReviewStatus.PROPOSED);

    /** A review status by its word ("Approved", "Needs work"), as the code's own panel names it. */
    static final javafx.util.StringConverter<nl.veldwerk.model.ReviewStatus> REVIEW_NAMES = nl.veldwerk.ui.common.Labels
            .converter("reviewStatus.");

    private static String phaseName(Phase p) {
        return I18n.text("phase." + p.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /**
     * Runs an action and gives the table the focus back: Ctrl+Z then undoes the action, not the typing in
     * the filter field that a dialog left the focus in.
     */
    private Runnable andBackToTable(Runnable action) {
        return () -> {
            action.run();
            table.requestFocus();
        };
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(I18n.text(key));
        button.setId(id);
        button.setOnAction(e -> andBackToTable(action).run());
        return button;
    }

    private MenuItem menuItem(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(key == null ? "" : I18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> andBackToTable(action).run());
        return item;
    }

    /** The window (for the window's tests). */
    Stage stage() {
        return stage;
    }

    /**
     * The rows a filter shows: the codes that match and the categories above them, so that a code is never
     * shown indented under a category that is not its own (with "taal", Taalbarrière showed under
     * Betaalbaarheid's sub-codes while its own category was hidden).
     */
    private java.util.function.Predicate<CodeRow> shownFor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.Map<String, CodeRow> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.code().id(), r));
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (CodeRow r : rows) {
            if (r.matches(text)) {
                for (String id = r.code().id(); id != null && shown.add(id); ) {
                    CodeRow above = byId.get(id);
                    id = above == null ? null : above.code().parentId();
                }
            }
        }
        return r -> shown.contains(r.code().id());
    }
}
