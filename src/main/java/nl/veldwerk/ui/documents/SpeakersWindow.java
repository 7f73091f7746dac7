package nl.veldwerk.ui.documents;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.veldwerk.analysis.Speakers;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/**
 * The project's speakers: turns and documents per speaker, the role (search, keyword in context and word
 * frequencies leave interviewers out until ticked back), rename (F2), which merges into a name another speaker
 * has. Every change is one undoable step.
 */
public final class SpeakersWindow {
    private static final System.Logger LOG = System.getLogger(SpeakersWindow.class.getName());
    private final SpeakersViewModel vm;
    private final Stage stage = new Stage();
    private final TableView<Speakers.Row> table = new TableView<>();
    private final Label none = new Label(I18n.text("speakers.none"));
    /**
     * Counting every turn takes a twentieth of a second at 10,000 documents, and several times that the first
     * time: on a thread of its own, so the window shows at once and says it is counting.
     */
    private static final java.util.concurrent.ExecutorService COUNTER =
            nl.veldwerk.ui.common.Background.thread("veldwerk-speaker-counts");
    /** Where counts are made: {@link #COUNTER}, or a test's own (to see the window before the count is in). */
    private static volatile java.util.concurrent.Executor counter = COUNTER;
    /** Counts asked for so far: only the last one asked is made (one overtaken is skipped) and shown. */
    private final java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();

    private SpeakersWindow(Window owner, MainViewModel main) {
        this.vm = new SpeakersViewModel(main);
        stage.initOwner(owner);
        stage.setTitle(I18n.text("speakers.title"));
        table.setId("speakers-table");
        table.setEditable(true);
        TableColumn<Speakers.Row, String> name = new TableColumn<>(I18n.text("speakers.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<Speakers.Row, String> role = new TableColumn<>(I18n.text("speakers.role"));
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(roleNames().toString(c.getValue().role())));
        role.setPrefWidth(150);
        TableColumn<Speakers.Row, Number> turns = new TableColumn<>(I18n.text("speakers.turns"));
        turns.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().turns()));
        TableColumn<Speakers.Row, Number> documents = new TableColumn<>(I18n.text("speakers.documents"));
        documents.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documents()));
        table.getColumns().addAll(java.util.List.of(name, role, turns, documents));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(none);

        Button rename = new Button(I18n.text("speakers.rename"));
        rename.setId("speakers-rename");
        rename.setOnAction(e -> rename());
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                rename();
            }
        });
        MenuItem renameItem = new MenuItem(I18n.text("speakers.rename"));
        renameItem.setOnAction(e -> rename());
        table.setContextMenu(new ContextMenu(renameItem));
        // The selected speaker's role: choosing one sets it (one undoable step).
        ComboBox<SpeakerRole> roleChoice = new ComboBox<>(FXCollections.observableArrayList(SpeakerRole.values()));
        roleChoice.setId("speakers-role");
        roleChoice.setConverter(roleNames());
        roleChoice.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> roleChoice.setValue(
                now == null ? null : now.role()));
        roleChoice.setOnAction(e -> {
            Speakers.Row row = table.getSelectionModel().getSelectedItem();
            // The project's role, not the row's: the row may be a count behind (a role set and set back at once).
            if (row != null && roleChoice.getValue() != null && vm.project() != null
                    && roleChoice.getValue() != vm.project().info().roleOf(row.name())) {
                vm.setRole(row.name(), roleChoice.getValue());
            }
        });
        Label hint = new Label(I18n.text("speakers.hint"));
        hint.setWrapText(true);
        Button close = new Button(I18n.text("window.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, rename, new Label(I18n.text("speakers.role")), roleChoice, gap, close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table, bar, null, hint, null);
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 640, 420));
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        main.changesProperty().addListener((o, was, now) -> {
            var change = main.lastChange();
            // Only while it shows (closed, it stays, to come back as it was left); and coding changes no speaker:
            // no need to count every turn again on each click.
            if (stage.isShowing() && (change == null || !change.onlyQuotationsAndCodings())) {
                refresh();
            }
        });
        stage.setOnHidden(e -> {
            asked.incrementAndGet(); // a count still under way is not shown in a closed window
            table.getItems().clear();
        });
    }

    /** Counts on {@code executor} from now on (tests); null: on the window's own thread again. */
    public static void countOn(java.util.concurrent.Executor executor) {
        counter = executor == null ? COUNTER : executor;
    }

    /** Opens the speaker list of the window's project (one per window). */
    public static void open(Window owner, MainViewModel main) {
        SpeakersWindow window = nl.veldwerk.ui.common.OnePerWindow.of(owner, SpeakersWindow.class,
                w -> w.vm.main() == main, () -> new SpeakersWindow(owner, main));
        window.refresh();
        window.stage.show();
        window.stage.toFront();
    }

    /**
     * Counts again, off the FX thread, while the project stands still; the rows shown stay until the new ones
     * come (what rename and role act on is the speaker's name, which a count does not change).
     */
    private void refresh() {
        long generation = asked.incrementAndGet();
        nl.veldwerk.model.Project project = vm.project();
        if (project == null) {
            table.getItems().clear();
            none.setText(I18n.text("speakers.none"));
            return;
        }
        if (table.getItems().isEmpty()) {
            none.setText(I18n.text("speakers.counting"));
        }
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            if (generation != asked.get()) {
                return null; // overtaken before it began (typing in a transcript asks at each change)
            }
            // The documents and the roles as they stand, taken under the read lock; counted after it.
            Speakers.Source source = project.whileUnchanged(() -> Speakers.source(project));
            return generation != asked.get() ? null : Speakers.of(source);
        }, counter).whenComplete((rows, failure) -> javafx.application.Platform.runLater(() -> {
            if (generation != asked.get()) {
                return; // asked again since, or closed
            }
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "The speakers could not be counted", failure);
                none.setText(I18n.text("speakers.countFailed", I18n.message(failure)));
                table.getItems().clear();
                return;
            }
            none.setText(I18n.text("speakers.none"));
            show(rows);
        }));
    }

    private void show(java.util.List<Speakers.Row> rows) {
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().name();
        table.setItems(FXCollections.observableArrayList(rows));
        table.getItems().stream().filter(r -> r.name().equals(selected)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private void rename() {
        Speakers.Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        vm.main().dialogs().ownedBy(stage).askText(I18n.text("speakers.rename"),
                I18n.text("speakers.renamePrompt", row.name()), row.name()).ifPresent(to -> vm.rename(row.name(), to));
        table.requestFocus(); // Ctrl+Z undoes from here
    }

    private static StringConverter<SpeakerRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(SpeakerRole role) {
                return role == null ? "" : I18n.text("speakers.role." + role.name());
            }

            @Override
            public SpeakerRole fromString(String text) {
                return java.util.Arrays.stream(SpeakerRole.values()).filter(r -> toString(r).equals(text)).findFirst()
                        .orElse(SpeakerRole.RESPONDENT);
            }
        };
    }
}
