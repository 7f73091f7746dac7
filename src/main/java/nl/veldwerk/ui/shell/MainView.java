package nl.veldwerk.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.codebook.CodebookTab;
import nl.veldwerk.ui.coding.InspectorPane;
import nl.veldwerk.ui.coding.QuotationPane;
import nl.veldwerk.ui.coding.TranscriptPane;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;
import nl.veldwerk.ui.diagrams.DiagramsPane;
import nl.veldwerk.ui.media.PlayerPane;
import nl.veldwerk.ui.documents.DocumentListView;
import nl.veldwerk.ui.documents.DocumentPropertiesPane;
import nl.veldwerk.ui.memos.MemoPane;
import nl.veldwerk.ui.search.SearchPane;

/**
 * The workbench window: documents, codes, memos, diagrams and search on the left, the transcript in the
 * middle, the quotation list and the inspector on the right, menus above and a status bar below. It only
 * puts the features' views together; each feature's view model does the work.
 */
public final class MainView extends BorderPane {
    private final Workbench workbench;
    private final TranscriptPane transcript;
    private final Menus menus;
    private final nl.veldwerk.ui.settings.CoderNameBar coderName;
    private final PaneSizes paneSizes = new PaneSizes();
    private final QuotationPane quotations;

    public MainView(Workbench workbench) {
        this.workbench = workbench;
        MainViewModel vm = workbench.main();
        this.transcript = new TranscriptPane(workbench.coding());
        getStylesheets().add(Styles.SHEET);
        // Redo is Ctrl+Shift+Z in the Edit menu; Ctrl+Y, the key Word and ATLAS.ti use on Windows, redoes too.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.getAccelerators().put(ShortcutsWindow.REDO_TOO, () -> {
                    if (vm.canRedoProperty().get()) {
                        vm.redo();
                    }
                });
                nl.veldwerk.ui.app.UndoKeys.install(now, vm);
            }
        });
        CodebookTab codes = new CodebookTab(workbench.codebook());
        DocumentPropertiesPane documentProperties = new DocumentPropertiesPane(workbench.documents());
        ScrollPane documentScroll = new ScrollPane(documentProperties);
        documentScroll.setFitToWidth(true); // the fields take the pane's width: no sideways scrolling
        SplitPane documentsTab = new SplitPane(new DocumentListView(vm).withFilter(), documentScroll);
        documentsTab.setOrientation(Orientation.VERTICAL);
        documentsTab.setDividerPositions(0.6);
        MemoPane memos = new MemoPane(workbench.memos());
        TabPane left = new TabPane(new Tab(I18n.text("documents.heading"), documentsTab),
                new Tab(I18n.text("codes.heading"), codes), new Tab(I18n.text("memos.heading"),
                memos), new Tab(I18n.text("diagrams.heading"), new DiagramsPane(vm)),
                new Tab(I18n.text("search.heading"), new SearchPane(workbench.search())));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setId("explorer");
        // Never narrower than its five tabs side by side: in Dutch the last one was cut to "Zoeke…" behind the
        // overflow menu at the window's first width.
        left.setMinWidth(left.getTabs().stream().mapToDouble(t -> tabWidth(t.getText())).sum() + 12);
        left.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() == 1) {
                codes.refreshIfStale();
            }
        });
        vm.memoToShowProperty().addListener((o, was, now) -> {
            if (now != null) {
                left.getSelectionModel().select(2); // the memos' tab
            }
        });
        vm.codeToShowProperty().addListener((o, was, now) -> {
            if (now != null) {
                left.getSelectionModel().select(1); // the codes' tab
            }
        });
        // Files to import are shown before they come in: layout, speakers, time marks, turns or not.
        vm.files().setReview((found, speakersInProject) -> nl.veldwerk.ui.documents.ImportPreviewWindow.show(
                getScene() == null ? null : getScene().getWindow(), found, vm.storeProperty().get() == null
                        ? java.util.List.of() : vm.session().project().documents().stream().map(d -> d.name()).toList(),
                vm.storeProperty().get() == null ? java.util.Set.of()
                        : nl.veldwerk.analysis.Speakers.interviewers(vm.session().project()), speakersInProject));
        InspectorPane inspector = new InspectorPane(workbench.coding());
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true); // everything of a quotation reachable however small the pane
        quotations = new QuotationPane(workbench.coding());
        SplitPane right = new SplitPane(quotations, inspectorScroll);
        // Read-only (part of the project damaged): what is shown can be read and copied, not typed over.
        for (javafx.scene.Parent pane : new javafx.scene.Parent[] {documentProperties, memos, inspector, codes}) {
            nl.veldwerk.ui.common.ReadOnlyFields.lockWhile(pane, vm.readOnlyProperty());
            nl.veldwerk.ui.common.TabMovesFocus.in(pane);
        }
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        // The recording's player docks above the transcript when the document has one; the divider sizes a video.
        PlayerPane player = new PlayerPane(workbench.media(), vm.dialogs());
        SplitPane middle = new SplitPane(transcript);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setId("transcript-and-player");
        Runnable dock = () -> {
            boolean shown = workbench.media().stateProperty().get() != nl.veldwerk.ui.media.MediaViewModel.State.NONE;
            if (shown && !middle.getItems().contains(player)) {
                middle.getItems().addFirst(player);
            } else if (!shown) {
                middle.getItems().remove(player);
            }
            // A bar's height for audio; room for the picture, which the divider resizes, for video.
            boolean video = workbench.media().hasVideo();
            player.setMaxHeight(video ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
            middle.setDividerPositions(video ? 0.45 : 0.0);
        };
        workbench.media().stateProperty().addListener((o, was, now) -> dock.run());
        SplitPane.setResizableWithParent(player, false);
        SplitPane split = new SplitPane(left, middle, right);
        split.setDividerPositions(0.245, 0.745);
        SplitPane.setResizableWithParent(left, false);
        paneSizes.follow("workbench", split);
        paneSizes.follow("quotations", right);
        paneSizes.follow("documents", documentsTab);
        paneSizes.follow("codebook", codes);
        this.menus = new Menus(workbench, transcript, this);
        this.coderName = new nl.veldwerk.ui.settings.CoderNameBar(vm);
        setTop(new javafx.scene.layout.VBox(menus.bar(), coderName));
        WelcomePane welcome = new WelcomePane(vm);
        setCenter(vm.storeProperty().get() == null ? welcome : split);
        vm.storeProperty().addListener((o, was, now) -> setCenter(now == null ? welcome : split));
        setBottom(statusBar(vm));
    }

    /** Offers, above the window, to sign the work with the user's own name while none is chosen (at the start). */
    public void offerCoderName() {
        coderName.offer();
    }

    /**
     * Keeps the sizes the panes and the columns of the quotation list, the code manager and the quotation manager were
     * dragged to, for the next start (at close).
     */
    public void keepPaneSizes() {
        paneSizes.keep();
        quotations.keepColumns();
        if (getScene() != null && getScene().getWindow() != null) {
            nl.veldwerk.ui.codebook.CodeManagerWindow.keepColumnsOf(getScene().getWindow());
            nl.veldwerk.ui.coding.QuotationManagerWindow.keepColumnsOf(getScene().getWindow());
        }
    }

    /** What Quit does: the application asks about unsaved work before it closes the window. */
    public void setOnQuit(Runnable action) {
        menus.setOnQuit(action);
    }

    public Workbench workbench() {
        return workbench;
    }

    private static HBox statusBar(MainViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        // A long message ("Automatic recovery save failed: … Make it writable …") is cut with "…" at the window's
        // width: whole in its tooltip. The save state beside it keeps its room, never pushed off the window.
        status.setMinWidth(0);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(vm.statusProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        status.tooltipProperty().bind(javafx.beans.binding.Bindings.when(vm.statusProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.workingProperty());
        progress.managedProperty().bind(vm.workingProperty());
        Label saveState = new Label();
        saveState.setId("save-state");
        saveState.textProperty().bind(vm.saveStateProperty());
        saveState.getStyleClass().add("hint");
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        Label work = new Label();
        work.textProperty().bind(vm.progressProperty());
        Button cancel = new Button(I18n.text("work.cancel"));
        cancel.setId("cancel-work");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.workingProperty());
        cancel.managedProperty().bind(vm.workingProperty());
        HBox bar = new HBox(8, progress, work, cancel, status, filler, saveState);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** A tab header's width for {@code text}: its label in the explorer's tab font (veldwerk.css), with padding. */
    private static double tabWidth(String text) {
        return Math.ceil(nl.veldwerk.ui.common.Labels.widthOf(text, 11.5)) + 18;
    }
}
