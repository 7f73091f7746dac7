package nl.veldwerk.ui.analysis;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectListener;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * The analysis tools in one window with a tab each. They work on a copy of the project taken when the window
 * opens (tables of a million quotations are computed on it while the researcher goes on coding); when the
 * project changes after that, a bar says so and Refresh (F5) takes a new copy.
 */
public final class AnalysisWindow {
    private static final String KEY = AnalysisWindow.class.getName();

    private final Project project;
    private final Dialogs dialogs;
    private final QuotationJump jump;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Label changedText = new Label();
    /** Where the last export went: the buttons give no other sign that the file is written. */
    private final Label writtenLine = new Label();
    private final HBox changedBar;
    /** Changes told so far: a change told while a copy is being made may or may not be in it, so it counts. */
    private final AtomicLong changes = new AtomicLong();
    /** Told of every change to the open project, so the window can say its figures are older. */
    private final ProjectListener changed = (kind, id, documentId, quotationId, codeId, replaced) -> {
        changes.incrementAndGet();
        markChanged();
    };
    private AnalysisViewModel vm;
    private LocalTime taken;
    /** Counts the copies asked for: a copy finished after a newer one was asked for is dropped. */
    private int copies;

    private AnalysisWindow(Window owner, Project project, Dialogs dialogs, QuotationJump jump) {
        this.project = project;
        this.dialogs = dialogs;
        this.jump = jump;
        Button refresh = new Button(I18n.text("analysis.refresh"));
        refresh.setId("analysis-refresh");
        refresh.setOnAction(e -> refresh());
        changedText.setWrapText(true);
        changedBar = new HBox(10, changedText, refresh);
        HBox.setHgrow(changedText, Priority.ALWAYS);
        changedBar.setAlignment(Pos.CENTER_LEFT);
        changedBar.setPadding(new Insets(6, 10, 6, 10));
        changedBar.getStyleClass().add("notice-bar");
        changedBar.setId("analysis-changed");
        writtenLine.setId("analysis-written");
        writtenLine.getStyleClass().add("status-bar");
        writtenLine.setMaxWidth(Double.MAX_VALUE);
        writtenLine.setPadding(new Insets(3, 10, 3, 10));
        writtenLine.managedProperty().bind(writtenLine.textProperty().isNotEmpty());
        writtenLine.visibleProperty().bind(writtenLine.managedProperty());
        root.setBottom(writtenLine);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.text("analysis.title", project.info().name()));
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(Styles.SHEET);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        stage.setScene(scene);
        stage.getProperties().put(KEY, this);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        stage.setOnHidden(e -> {
            project.removeListener(changed);
            if (vm != null) {
                vm.shutdown();
            }
        });
    }

    /**
     * Opens the window at once on the open project and fills it when the copy it works on is made, on a thread
     * of its own (a second at a million quotations, which the main window does not stand still for).
     */
    public static Stage openCopying(Window owner, Project project, Dialogs dialogs, QuotationJump jump) {
        AnalysisWindow window = new AnalysisWindow(owner, project, dialogs, jump);
        project.addListener(window.changed);
        window.copy(0, null);
        window.stage.show();
        return window.stage;
    }

    /**
     * Brings an analysis window opened by {@link #openCopying} to the front, and when the project changed since
     * its copy, takes a new one: asked for again, the researcher expects today's figures, not a second window.
     */
    public static void bringForward(Stage stage) {
        if (of(stage) instanceof AnalysisWindow window) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            if (window.changedBar.getParent() != null) {
                window.refresh();
            }
        }
    }

    /**
     * Takes a new copy of the project and fills the tools again, on the tab that was open, the code-document
     * table asked for as it was (columns, count, shares, Σ; the other tabs' settings start afresh). Not while a
     * copy is being made: one at a time (a million quotations each).
     */
    void refresh() {
        if (!(root.getCenter() instanceof TabPane before)) {
            return;
        }
        int tab = before.getSelectionModel().getSelectedIndex();
        CodeDocumentTab.Settings table = before.getTabs().getFirst().getContent() instanceof CodeDocumentTab t
                ? t.settings() : null;
        if (vm != null) {
            vm.shutdown();
            vm = null;
        }
        writtenLine.textProperty().unbind();
        writtenLine.setText("");
        copy(tab, table);
    }

    private void copy(int tab, CodeDocumentTab.Settings table) {
        root.setTop(null);
        root.setCenter(new StackPane(new Label(I18n.text("analysis.preparing"))));
        int copy = ++copies;
        Thread.ofPlatform().daemon().name("veldwerk-analysis-copy").start(() -> {
            long changesBefore = changes.get();
            Project snapshot = project.copy();
            LocalTime at = LocalTime.now().truncatedTo(ChronoUnit.MINUTES);
            Platform.runLater(() -> {
                if (stage.isShowing() && copy == copies) {
                    vm = new AnalysisViewModel(snapshot);
                    taken = at;
                    TabPane tools = tools(vm, table);
                    tools.getSelectionModel().select(tab);
                    root.setCenter(tools);
                    writtenLine.textProperty().bind(vm.writtenProperty());
                    if (changes.get() != changesBefore) {
                        showChanged();
                    }
                }
            });
        });
    }

    /** How many changes to the project the window was told of (for a test: none after it closed). */
    long changesTold() {
        return changes.get();
    }

    /** The analysis window a stage shows, or null when it shows none. */
    static AnalysisWindow of(Stage stage) {
        return stage.getProperties().get(KEY) instanceof AnalysisWindow window ? window : null;
    }

    /** Called on the thread that changed the project: the FX thread, or a loader before the window shows it. */
    private void markChanged() {
        if (Platform.isFxApplicationThread()) {
            showChanged();
        } else {
            Platform.runLater(this::showChanged);
        }
    }

    private void showChanged() {
        if (taken != null && root.getTop() == null && root.getCenter() instanceof TabPane) {
            changedText.setText(I18n.text("analysis.changed", DateTimeFormatter.ofPattern("HH:mm").format(taken)));
            root.setTop(changedBar);
        }
    }

    private TabPane tools(AnalysisViewModel model, CodeDocumentTab.Settings table) {
        TabPane tabs = new TabPane(
                new Tab(I18n.text("analysis.codeDocument"), new CodeDocumentTab(model, dialogs, jump, table)),
                new Tab(I18n.text("analysis.cooccurrence"), new CooccurrenceTab(model, dialogs, jump)),
                new Tab(I18n.text("analysis.words"), new WordsTab(model, dialogs)),
                new Tab(I18n.text("analysis.agreement"), new AgreementTab(model, dialogs, jump)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analysis-tabs");
        return tabs;
    }

    /** Opens a quotation in the main window. */
    public interface QuotationJump {
        void show(String documentId, int start, int end);
    }
}
