package nl.veldwerk.ui.memos;

import java.time.Instant;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/**
 * Every review comment of the project in one list, as a supervisor and the researcher answering them need it
 * (a thread beside each code or quotation showed them one place at a time): the open ones by default, found by
 * their words, author or what they are about; Go to shows the code or quotation with its thread (to reply);
 * the chosen ones are marked resolved, or open again, in one undoable step.
 */
public final class ReviewCommentsWindow {

    private final MainViewModel main;
    private final Stage stage = new Stage();
    private final ObservableList<ReviewCommentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReviewCommentRow> shown = new FilteredList<>(rows);
    private final TableView<ReviewCommentRow> table = new TableView<>(shown);
    private final CheckBox openOnly = new CheckBox(I18n.text("reviewList.openOnly"));
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final Button resolve = new Button(I18n.text("reviewList.resolve"));
    /** The quotations whose comments are listed: a change to one of them (moved, deleted) redraws the list. */
    private java.util.Set<String> quotationsListed = java.util.Set.of();
    /**
     * The rows are made on a thread of their own: a quotation's first words are read from its document's part on
     * disk, which at 10,000 documents must not hold up the window (review).
     */
    private static final java.util.concurrent.ExecutorService READER =
            nl.veldwerk.ui.common.Background.thread("veldwerk-review-comments");
    /** Where rows are made: {@link #READER}, or a test's own. */
    private static volatile java.util.concurrent.Executor reader = READER;
    private static final System.Logger LOG = System.getLogger(ReviewCommentsWindow.class.getName());
    /** Lists asked for so far: only the last one asked is made and shown. */
    private final java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
    /** Where the next comment is chosen once the list comes back after some were resolved; -1: none. */
    private int chooseAt = -1;

    private ReviewCommentsWindow(Window owner, MainViewModel main) {
        this.main = main;
        stage.initOwner(owner);
        stage.setTitle(I18n.text("reviewList.title"));
        table.setId("review-comments-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                column("reviewList.about", 270, ReviewCommentRow::about),
                column("reviewList.comment", 270, ReviewCommentRow::text),
                column("reviewList.by", 90, ReviewCommentRow::author),
                column("reviewList.written", DATE_WIDTH, r -> when(r.written())),
                column("reviewList.status", STATUS_WIDTH, r -> !r.resolved() ? I18n.text("reviewList.open")
                        : r.resolvedAt() == null ? I18n.text("reviewList.resolved")
                        : r.resolvedBy() == null ? I18n.text("reviewList.resolvedOn", when(r.resolvedAt()))
                        : I18n.text("reviewList.resolvedBy", r.resolvedBy(), when(r.resolvedAt())))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReviewCommentRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(RESOLVED, !empty && row != null && row.resolved());
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !isEmpty()) {
                        goTo();
                    }
                });
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goTo();
                e.consume();
            }
        });

        openOnly.setId("review-comments-open-only");
        // As the user left it, across starts: a supervisor who reads the resolved ones too unticked it every time.
        openOnly.setSelected(nl.veldwerk.ui.common.Preferences.reviewListOpenOnly());
        openOnly.setOnAction(e -> {
            nl.veldwerk.ui.common.Preferences.setReviewListOpenOnly(openOnly.isSelected());
            showFiltered();
        });
        filter.setId("review-comments-filter");
        filter.setPromptText(I18n.text("reviewList.filter"));
        filter.textProperty().addListener((o, was, now) -> showFiltered());
        HBox.setHgrow(filter, Priority.ALWAYS);
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(filter);
        count.setId("review-comments-count");
        HBox top = new HBox(8, filter, openOnly, count);
        top.setAlignment(Pos.CENTER_LEFT);

        Button goTo = new Button(I18n.text("reviewList.goTo"));
        goTo.setId("review-comments-go-to");
        goTo.setOnAction(e -> goTo());
        goTo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resolve.setId("review-comments-resolve");
        resolve.setOnAction(e -> toggleResolved());
        resolve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(main.readOnlyProperty()));
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<ReviewCommentRow>) c -> nameResolve());
        MenuItem goToItem = new MenuItem(I18n.text("reviewList.goTo"));
        goToItem.setOnAction(e -> goTo());
        MenuItem resolveItem = new MenuItem();
        resolveItem.textProperty().bind(resolve.textProperty());
        resolveItem.disableProperty().bind(resolve.disableProperty());
        resolveItem.setOnAction(e -> toggleResolved());
        table.setContextMenu(new ContextMenu(goToItem, resolveItem));
        Label hint = new Label(I18n.text("reviewList.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Button close = new Button(I18n.text("window.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, goTo, resolve, gap, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, hint, bar);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(10));
        // Wide enough for every column whole, a resolver's name and date in Dutch too (QA: cut off).
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + 40;
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        double screen = bounds.getWidth() - 40;
        // The size the user left it at, on the screen; else as wide as its columns.
        double[] size = nl.veldwerk.ui.common.Preferences.reviewListSize().orElse(new double[] {
            Math.max(Math.min(1010, screen), Math.min(columns, screen)), 520});
        Scene scene = new Scene(root, Math.min(size[0], screen), Math.min(size[1], bounds.getHeight() - 80));
        scene.getStylesheets().add(nl.veldwerk.ui.common.Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.app.UndoKeys.installInToolWindow(scene, main);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        main.changesProperty().addListener((o, was, now) -> {
            if (stage.isShowing() && affectsList(main.lastChange())) {
                refresh();
            }
        });
        main.storeProperty().addListener((o, was, now) -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
        stage.setOnHidden(e -> {
            nl.veldwerk.ui.common.Preferences.setReviewListSize(scene.getWidth(), scene.getHeight());
            asked.incrementAndGet(); // a list still being made is not shown in a closed window
            rows.clear();
        });
    }

    /** Wide enough for a date and a time whole, measured (QA: "2026-12-06 21…" at a fixed width). */
    private static final double DATE_WIDTH = nl.veldwerk.ui.common.Labels.widthOf("2026-12-06 23:59") + 28;
    /** Wide enough for who resolved a comment (a name of usual length) and when. */
    private static final double STATUS_WIDTH = nl.veldwerk.ui.common.Labels.widthOf(I18n.text("reviewList.resolvedBy",
            "Marieke de Vries", "2026-12-06 23:59")) + 28;

    private static final javafx.css.PseudoClass RESOLVED = javafx.css.PseudoClass.getPseudoClass("resolved");

    /** Opens the list of the window's project's review comments (one per window). */
    public static void open(Window owner, MainViewModel main) {
        ReviewCommentsWindow window = nl.veldwerk.ui.common.OnePerWindow.of(owner, ReviewCommentsWindow.class,
                w -> w.main == main, () -> new ReviewCommentsWindow(owner, main));
        window.refresh();
        window.stage.show();
        window.stage.toFront();
        window.table.requestFocus();
    }

    /**
     * Whether a change can alter the list: a comment, a code's or document's name, or a quotation listed (a
     * coding elsewhere does not; the list reads its quotations' first words, which need not be read at each).
     */
    private boolean affectsList(ProjectChange change) {
        if (change == null) {
            return true;
        }
        if (change.type() == ProjectChange.Type.SAVED) {
            return false;
        }
        return change.touches(EntityKind.MEMO) || change.touches(EntityKind.CODE) || change.touches(EntityKind.DOCUMENT)
                || change.quotationIds().stream().anyMatch(quotationsListed::contains);
    }

    /** Makes rows on {@code executor} from now on (tests); null: on the window's own thread again. */
    public static void readOn(java.util.concurrent.Executor executor) {
        reader = executor == null ? READER : executor;
    }

    /**
     * Reads the comments again, off the FX thread: what they are about taken while the project stands still, their
     * quotations' words read after; the rows shown stay until the new ones come.
     */
    private void refresh() {
        long generation = asked.incrementAndGet();
        Project project = main.storeProperty().get() == null ? null : main.session().project();
        if (project == null) {
            show(List.of());
            return;
        }
        java.util.concurrent.CompletableFuture.supplyAsync(() -> generation != asked.get() ? null
                : ReviewCommentRow.of(project.whileUnchanged(() -> ReviewCommentRow.source(project))), reader)
                .whenComplete((now, failure) -> javafx.application.Platform.runLater(() -> {
                    if (generation != asked.get()) {
                        return; // asked again since, or closed
                    }
                    if (failure != null) {
                        LOG.log(System.Logger.Level.WARNING, "The review comments could not be listed", failure);
                        rows.clear();
                        placeholder.setText(I18n.text("reviewList.failed", I18n.message(failure)));
                        return;
                    }
                    show(now);
                }));
    }

    /** Shows the rows; those chosen stay chosen where they are still listed. */
    private void show(List<ReviewCommentRow> now) {
        java.util.Set<String> chosen = new java.util.HashSet<>(table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(ReviewCommentRow::id).toList());
        quotationsListed = now.stream().filter(r -> r.target().kind() == EntityKind.QUOTATION)
                .map(r -> r.target().id()).collect(java.util.stream.Collectors.toSet());
        rows.setAll(now);
        showFiltered();
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < shown.size(); i++) {
            if (chosen.contains(shown.get(i).id())) {
                table.getSelectionModel().select(i);
            }
        }
        // Working down the list: the next comment is chosen where the resolved ones left it.
        if (chooseAt >= 0 && table.getSelectionModel().isEmpty() && !shown.isEmpty()) {
            table.getSelectionModel().select(Math.min(chooseAt, shown.size() - 1));
        }
        chooseAt = -1;
    }

    private void showFiltered() {
        String words = filter.getText() == null ? "" : filter.getText();
        shown.setPredicate(r -> (!openOnly.isSelected() || !r.resolved()) && r.holds(words));
        long open = rows.stream().filter(r -> !r.resolved()).count();
        // What the list shows when words filter it (QA: "4 open of 5" over one row), and no "none open of 0".
        count.setText(rows.isEmpty() ? I18n.text("reviewList.countNone") : words.isBlank()
                ? I18n.text("reviewList.count", open, rows.size())
                : I18n.text("reviewList.countFound", shown.size(), open, rows.size()));
        // Found only among the resolved ones, which the tick leaves out: said so (QA: "no comment holds it").
        boolean resolvedHold = !words.isBlank() && openOnly.isSelected() && rows.stream()
                .anyMatch(r -> r.resolved() && r.holds(words));
        placeholder.setText(rows.isEmpty() ? I18n.text("reviewList.none")
                : resolvedHold ? I18n.text("reviewList.noMatchOpen", words.strip())
                : !words.isBlank() ? I18n.text("reviewList.noMatch", words.strip())
                : I18n.text("reviewList.noneOpen"));
        nameResolve();
    }

    /** "Mark resolved" while any chosen comment is open, "Open again" when all chosen are resolved. */
    private void nameResolve() {
        List<ReviewCommentRow> chosen = table.getSelectionModel().getSelectedItems();
        boolean allResolved = !chosen.isEmpty() && chosen.stream().allMatch(r -> r != null && r.resolved());
        resolve.setText(I18n.text(allResolved ? "reviewList.reopen" : "reviewList.resolve"));
    }

    /** Resolves the chosen open comments (or opens the chosen again, all being resolved), one undoable step. */
    private void toggleResolved() {
        List<ReviewCommentRow> chosen = table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).toList();
        boolean reopen = !chosen.isEmpty() && chosen.stream().allMatch(ReviewCommentRow::resolved);
        List<String> ids = chosen.stream().filter(r -> r.resolved() == reopen).map(ReviewCommentRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        // The first chosen row (not the last one clicked): the next comment down the list takes its place.
        chooseAt = table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).min()
                .orElse(0);
        main.resolveComments(ids, !reopen);
        table.requestFocus();
    }

    /** Shows what the chosen comment is about in the main window: the code in the Codes tab, or the quotation. */
    private void goTo() {
        ReviewCommentRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || main.storeProperty().get() == null) {
            return;
        }
        Project project = main.session().project();
        switch (row.target().kind()) {
            case CODE -> project.code(row.target().id()).ifPresent(c -> main.codeToShowProperty().set(c.id()));
            case QUOTATION -> project.quotation(row.target().id()).ifPresent(q -> main.selectedQuotationProperty().set(q));
            case DOCUMENT -> project.document(row.target().id()).ifPresent(d -> main.reveal(d.id(), 0, 0));
            default -> {
                return;
            }
        }
        main.threadToShowProperty().set(row.target()); // its thread in view, to reply there
        javafx.application.Platform.runLater(() -> main.threadToShowProperty().set(null)); // asked once
        if (stage.getOwner() instanceof Stage owner) {
            owner.toFront();
        }
    }

    private static String when(Instant instant) {
        return instant == null ? "" : nl.veldwerk.ui.common.Dates.MINUTES.format(instant);
    }

    private static TableColumn<ReviewCommentRow, String> column(String key, double width,
                                                                java.util.function.Function<ReviewCommentRow, String> value) {
        TableColumn<ReviewCommentRow, String> column = new TableColumn<>(I18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        // A long comment or quotation is cut in its cell: whole in the cell's tooltip.
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.isBlank()) {
                    setTooltip(null);
                } else {
                    javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(text);
                    whole.setWrapText(true);
                    whole.setMaxWidth(520);
                    setTooltip(whole);
                }
            }
        });
        return column;
    }
}
