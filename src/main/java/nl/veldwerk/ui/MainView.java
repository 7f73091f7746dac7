package nl.veldwerk.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/**
 * The workbench: documents and codes on the left, the transcript in the middle, the quotation list and
 * the inspector on the right, menus above and a status bar below. Binds to the view models; no logic.
 */
final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final CodingViewModel coding;
    private final TranscriptView transcript = new TranscriptView();
    private final CodeTreePane codeTree;
    private final CodePicker picker;
    private final HBox findBar;
    private final TextField findField = new TextField();
    /** Edit mode: the transcript's text can be changed; every change is an undoable command. */
    private final javafx.beans.property.BooleanProperty editing = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable onQuit = () -> getScene().getWindow().hide();

    MainView(MainViewModel vm) {
        this.vm = vm;
        this.coding = vm.coding();
        this.codeTree = new CodeTreePane(vm, coding);
        this.picker = new CodePicker(coding);
        this.findBar = findBar();
        getStylesheets().add(MainView.class.getResource("veldwerk.css").toExternalForm());
        setTop(menus());

        ListView<DocumentItem> list = documentList();
        SplitPane documentsTab = new SplitPane(list, new javafx.scene.control.ScrollPane(
                new DocumentPropertiesPane(vm)));
        documentsTab.setOrientation(Orientation.VERTICAL);
        documentsTab.setDividerPositions(0.6);
        TabPane left = new TabPane(new Tab(I18n.text("documents.heading"), documentsTab), new Tab(I18n.text("codes.heading"),
                codesTab()), new Tab(I18n.text("memos.heading"), new MemoPane(vm, codeTree)),
                new Tab(I18n.text("diagrams.heading"), new DiagramsPane(vm)),
                new Tab(I18n.text("search.heading"), new SearchPane(vm, vm.search())));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left.setId("explorer");
        left.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() == 1) {
                codeTree.refreshIfStale();
            }
        });

        VBox center = new VBox(codingBar(), transcript, findBar);
        VBox.setVgrow(transcript, Priority.ALWAYS);

        SplitPane right = new SplitPane(new QuotationPane(coding), new InspectorPane(vm, coding));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);

        SplitPane split = new SplitPane(left, center, right);
        split.setDividerPositions(0.26, 0.70);
        SplitPane.setResizableWithParent(left, false);
        WelcomePane welcome = new WelcomePane(vm);
        setCenter(vm.storeProperty().get() == null ? welcome : split);
        vm.storeProperty().addListener((o, was, now) -> setCenter(now == null ? welcome : split));
        setBottom(statusBar());
        wireTranscript();
        PreferencesDialog.applyFontSize(transcript);
    }

    private ListView<DocumentItem> documentList() {
        ListView<DocumentItem> list = new ListView<>(vm.documents());
        list.setId("documents");
        list.setCellFactory(v -> new DocumentCell());
        list.setPlaceholder(new Label(I18n.text("documents.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        // Transcripts dropped on the list are imported.
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.storeProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.importTranscripts(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return list;
    }

    private ToolBar codingBar() {
        Button codeWith = new Button(I18n.text("coding.codeWith"));
        codeWith.setId("code-with");
        codeWith.setOnAction(e -> openPicker());
        Button inVivo = new Button(I18n.text("coding.inVivo"));
        inVivo.setId("in-vivo");
        inVivo.setOnAction(e -> vm.run(coding::inVivo));
        Button again = new Button(I18n.text("coding.again"));
        again.setId("code-again");
        again.setOnAction(e -> vm.run(coding::reapplyLast));
        again.disableProperty().bind(coding.lastCodeIdProperty().isNull());
        javafx.scene.control.ToggleButton editText = new javafx.scene.control.ToggleButton(I18n.text("coding.editText"));
        editText.setId("edit-text");
        editText.selectedProperty().bindBidirectional(editing);
        Label hint = new Label(I18n.text("coding.hint"));
        hint.getStyleClass().add("hint");
        ToolBar bar = new ToolBar(codeWith, inVivo, again, new javafx.scene.control.Separator(), editText, hint);
        bar.disableProperty().bind(vm.storeProperty().isNull());
        return bar;
    }

    private HBox findBar() {
        findField.setPromptText(I18n.text("find.prompt"));
        findField.setId("find-field");
        Label result = new Label();
        findField.setOnAction(e -> result.setText(transcript.findNext(findField.getText()) ? ""
                : I18n.text("find.none")));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showFind(false);
            }
        });
        Button close = new Button("✕");
        close.setOnAction(e -> showFind(false));
        HBox bar = new HBox(8, new Label(I18n.text("find.label")), findField, result, close);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    private void showFind(boolean show) {
        findBar.setVisible(show);
        findBar.setManaged(show);
        if (show) {
            findField.requestFocus();
            findField.selectAll();
        } else {
            transcript.area().requestFocus();
        }
    }

    private void wireTranscript() {
        Runnable redraw = () -> {
            DocumentItem item = vm.selectedProperty().get();
            Project p = vm.storeProperty().get() == null ? null : vm.storeProperty().get().session().project();
            transcript.update(p, item == null || p == null ? null : p.document(item.document().id()).orElse(null),
                    vm.lastChange());
            codeTree.showCodes(p, vm.lastChange());
        };
        vm.selectedProperty().addListener((o, was, now) -> {
            // A new count on the same document comes with a change, which redraws anyway.
            boolean sameDocument = was != null && now != null && was.document().id().equals(now.document().id());
            if (!sameDocument) {
                DocumentItem item = vm.selectedProperty().get();
                Project p = vm.storeProperty().get() == null ? null : vm.storeProperty().get().session().project();
                transcript.show(p, item == null || p == null ? null : p.document(item.document().id()).orElse(null));
            }
        });
        vm.changesProperty().addListener((o, was, now) -> redraw.run());
        vm.revealedProperty().addListener((o, was, range) -> {
            if (range != null) {
                transcript.reveal(range[0], range[1]);
            }
        });
        transcript.setOnMarginClick(id -> vm.storeProperty().get().session().project().quotation(id)
                .ifPresent(coding.selectedQuotationProperty()::set));
        transcript.area().selectionProperty().addListener((o, was, now) -> coding.select(now.getStart(), now.getEnd()));
        BoundsDrag.attach(transcript.area(), () -> java.util.Optional.ofNullable(coding.selectedQuotationProperty().get())
                .filter(q -> q.documentId().equals(transcript.documentId())),
                (q, start, end) -> vm.run(() -> coding.resize(q.id(), start, end)));
        coding.selectedQuotationProperty().addListener((o, was, q) -> {
            if (q != null) {
                showQuotation(q);
            }
        });
        editing.addListener((o, was, on) -> transcript.area().setEditable(on));
        transcript.area().plainTextChanges().subscribe(change -> {
            DocumentItem item = vm.selectedProperty().get();
            if (editing.get() && !transcript.applyingModel() && item != null) {
                vm.edits().editText(item.document().id(), change.getPosition(), change.getPosition()
                        + change.getRemoved().length(), change.getInserted());
            }
        });
        // Drop a code from the tree on the text: code the selection with it.
        transcript.area().setOnDragOver(e -> {
            String s = e.getDragboard().getString();
            if (s != null && s.startsWith(CodeTreePane.DRAG_PREFIX) && coding.hasSelection()) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        transcript.area().setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            boolean ok = s != null && s.startsWith(CodeTreePane.DRAG_PREFIX);
            if (ok) {
                vm.run(() -> coding.applyCode(s.substring(CodeTreePane.DRAG_PREFIX.length())));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Jumps to a quotation, in another document if need be, and selects it. */
    private void showQuotation(Quotation q) {
        Platform.runLater(() -> vm.reveal(q.documentId(), q.start(), q.end()));
    }

    private void openPicker() {
        if (!coding.hasSelection() || vm.storeProperty().get() == null) {
            return;
        }
        Bounds bounds = transcript.area().getCaretBounds().orElse(transcript.localToScreen(
                transcript.getBoundsInLocal()));
        picker.open(getScene().getWindow(), bounds.getMinX(), bounds.getMaxY() + 4,
                vm.storeProperty().get().session().project());
    }

    private MenuBar menus() {
        Dialogs dialogs = vm.dialogs();
        MenuItem newProject = item("menu.new", "Shortcut+N", () ->
                dialogs.chooseProjectFolder(I18n.text("dialog.newProject")).ifPresent(vm::create));
        MenuItem open = item("menu.open", "Shortcut+O", () ->
                dialogs.chooseProjectFolder(I18n.text("dialog.openProject")).ifPresent(vm::open));
        Menu recent = new Menu(I18n.text("menu.recent"));
        recent.setOnShowing(e -> recent.getItems().setAll(Preferences.recentProjects().stream().map(path -> {
            MenuItem entry = new MenuItem(path);
            entry.setOnAction(x -> vm.open(java.nio.file.Path.of(path)));
            return entry;
        }).toList()));
        recent.getItems().add(new MenuItem("…"));
        MenuItem importFiles = item("menu.import", "Shortcut+I", () ->
                vm.importTranscripts(dialogs.chooseTranscripts(I18n.text("dialog.import"))));
        MenuItem save = item("menu.save", "Shortcut+S", vm::save);
        MenuItem bundle = item("menu.bundle", null, () -> dialogs.chooseFileToSave(I18n.text("dialog.bundle"),
                projectName() + ".vwz", FileType.BUNDLE).ifPresent(vm::exportBundle));
        MenuItem openBundle = item("menu.openBundle", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.openBundle"), FileType.BUNDLE).ifPresent(b -> dialogs.chooseProjectFolder(
                I18n.text("dialog.newProject")).ifPresent(folder -> vm.openBundle(b, folder))));
        MenuItem importQdpx = item("menu.importQdpx", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdpx"), FileType.QDPX).ifPresent(qdpx -> dialogs.chooseProjectFolder(
                I18n.text("dialog.newProject")).ifPresent(folder -> vm.exchange().importQdpx(qdpx, folder))));
        MenuItem importQdc = item("menu.importQdc", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdc"), FileType.QDC).ifPresent(vm.exchange()::importQdc));
        MenuItem exportQdpx = item("menu.exportQdpx", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdpx"), projectName() + ".qdpx", FileType.QDPX).ifPresent(vm.exchange()::exportQdpx));
        MenuItem exportQdc = item("menu.exportQdc", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdc"), projectName() + ".qdc", FileType.QDC).ifPresent(vm.exchange()::exportQdc));
        Menu exchange = new Menu(I18n.text("menu.exchange"), null, importQdpx, importQdc, new SeparatorMenuItem(),
                exportQdpx, exportQdc);
        MenuItem close = item("menu.close", "Shortcut+W", () -> {
            vm.commitPendingEdits();
            if (!vm.hasUnsavedChanges() || dialogs.confirm(I18n.text("close.title"), I18n.text("close.message"))) {
                vm.close();
            }
        });
        CodebookActions codebook = new CodebookActions(vm);
        MenuItem newFromTemplate = item("menu.newFromTemplate", null, () ->
                dialogs.chooseProjectFolder(I18n.text("dialog.newProject")).ifPresent(codebook::newWithFactorCodebook));
        MenuItem newFromCodebook = item("menu.newFromCodebook", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.chooseCodebook"), FileType.CODEBOOK).ifPresent(file -> dialogs.chooseProjectFolder(
                I18n.text("dialog.newProject")).ifPresent(folder -> codebook.newFromCodebookFile(file, folder))));
        MenuItem importCodebook = item("menu.importCodebook", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importCodebook"), FileType.CODEBOOK).ifPresent(codebook::importCodebook));
        MenuItem exportCodebook = item("menu.exportCodebook", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportCodebook"), projectName() + "-codebook.json", FileType.CODEBOOK)
                .ifPresent(codebook::exportCodebook));
        MenuItem codebookReport = item("menu.codebookReport", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.codebookReport"), projectName() + "-codebook.docx", FileType.DOCX)
                .ifPresent(codebook::report));
        MenuItem compareReview = item("menu.compareReview", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.compareReview"), FileType.BUNDLE).ifPresent(codebook::compareWithReviewedCopy));
        MenuItem quit = item("menu.quit", "Shortcut+Q", () -> onQuit.run());
        MenuItem about = item("menu.about", null, () -> dialogs.showInfo(I18n.text("about.title"),
                About.load().text()));
        var noProject = vm.storeProperty().isNull();
        MenuItem undo = item("menu.undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        MenuItem redo = item("menu.redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(vm.redoLabelProperty());
        MenuItem find = item("menu.find", "Shortcut+F", () -> showFind(true));
        PseudonymiseActions pseudonyms = new PseudonymiseActions(vm);
        MenuItem pseudonymise = item("menu.pseudonymise", null, () -> PseudonymiseDialog.ask(getScene().getWindow(),
                pseudonyms, dialogs).ifPresent(pseudonyms::apply));
        MenuItem codeWith = item("coding.codeWith", "Shortcut+K", this::openPicker);
        MenuItem inVivo = item("coding.inVivo", "Shortcut+Shift+K", () -> vm.run(coding::inVivo));
        MenuItem again = item("coding.again", "Shortcut+L", () -> vm.run(coding::reapplyLast));
        MenuItem nextQuotation = item("quotations.next", "Alt+Down", () -> coding.step(1)
                .ifPresent(coding.selectedQuotationProperty()::set));
        MenuItem previousQuotation = item("quotations.previous", "Alt+Up", () -> coding.step(-1)
                .ifPresent(coding.selectedQuotationProperty()::set));
        MenuItem tools = item("menu.analysisTools", "Shortcut+Shift+A", () -> AnalysisWindow.open(
                dialogs instanceof FxDialogs fx ? fx.owner() : null, vm.storeProperty().get().session().project().copy(),
                dialogs, vm::reveal));
        MenuItem merge = item("menu.merge", null, () -> dialogs.chooseProjectFolder(I18n.text("dialog.merge"))
                .ifPresent(vm.exchange()::mergeProject));
        MenuItem preferences = item("menu.preferences", "Shortcut+Comma", () -> PreferencesDialog.show(
                getScene().getWindow(), transcript));
        for (MenuItem needsProject : new MenuItem[] {importFiles, save, bundle, close, importQdc, exportQdpx,
            exportQdc, find, codeWith, inVivo, again, nextQuotation, previousQuotation, tools, merge, importCodebook,
            exportCodebook, codebookReport, compareReview, pseudonymise}) {
            needsProject.disableProperty().bind(noProject);
        }
        Menu file = new Menu(I18n.text("menu.file"), null, newProject, newFromTemplate, newFromCodebook, open, recent, new SeparatorMenuItem(),
                importFiles, new SeparatorMenuItem(), save, bundle, openBundle, new SeparatorMenuItem(), exchange,
                new SeparatorMenuItem(), preferences, close, new SeparatorMenuItem(), quit);
        Menu edit = new Menu(I18n.text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), pseudonymise);
        Menu code = new Menu(I18n.text("menu.coding"), null, codeWith, inVivo, again, new SeparatorMenuItem(),
                nextQuotation, previousQuotation);
        ReportActions reports = new ReportActions(vm);
        MenuItem quotationReport = item("menu.quotationReport", "Shortcut+Shift+R", () -> ReportDialog.ask(
                getScene().getWindow(), vm.session().project()).ifPresent(r -> dialogs.chooseFileToSave(
                I18n.text("menu.quotationReport"), projectName() + ".docx", FileType.REPORT)
                .ifPresent(target -> reports.write(r, target))));
        quotationReport.disableProperty().bind(vm.storeProperty().isNull());
        MenuItem memoReport = item("menu.memoReport", null, () -> dialogs.chooseFileToSave(
                I18n.text("menu.memoReport"), projectName() + "-memos.docx", FileType.DOCX).ifPresent(reports::memos));
        memoReport.disableProperty().bind(vm.storeProperty().isNull());
        Menu analysis = new Menu(I18n.text("menu.analysis"), null, tools, quotationReport, memoReport,
                new SeparatorMenuItem(), merge);
        Menu codebookMenu = new Menu(I18n.text("menu.codebook"), null, importCodebook, exportCodebook,
                new SeparatorMenuItem(), codebookReport, compareReview);
        Menu help = new Menu(I18n.text("menu.help"), null, about);
        return new MenuBar(file, edit, code, codebookMenu, analysis, help);
    }

    /** What Quit does: the application asks about unsaved work before it closes the window. */
    void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    /** The code tree with its phase filter above and the selected code's codebook entry below. */
    private SplitPane codesTab() {
        javafx.scene.control.ChoiceBox<CodeTreePane.Filter> filter = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(CodeTreePane.Filter.values()));
        filter.setConverter(Labels.converter("codes.filter."));
        filter.setValue(CodeTreePane.Filter.ALL);
        filter.setId("code-filter");
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.valueProperty().addListener((o, was, now) -> codeTree.setFilter(now, vm.storeProperty().get() == null
                ? null : vm.session().project()));
        javafx.scene.layout.VBox treeBox = new javafx.scene.layout.VBox(4, filter, codeTree);
        javafx.scene.layout.VBox.setVgrow(codeTree, javafx.scene.layout.Priority.ALWAYS);
        treeBox.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        javafx.scene.control.ScrollPane properties = new javafx.scene.control.ScrollPane(new CodePropertiesPane(vm, codeTree));
        properties.setFitToWidth(true);
        SplitPane tab = new SplitPane(treeBox, properties);
        tab.setOrientation(Orientation.VERTICAL);
        tab.setDividerPositions(0.5);
        return tab;
    }

    private String projectName() {
        return vm.storeProperty().get().session().project().info().name();
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Label saveState = new Label();
        saveState.setId("save-state");
        saveState.textProperty().bind(vm.saveStateProperty());
        saveState.getStyleClass().add("hint");
        javafx.scene.layout.Region filler = new javafx.scene.layout.Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        Label work = new Label();
        work.textProperty().bind(vm.progressProperty());
        Button cancel = new Button(I18n.text("work.cancel"));
        cancel.setId("cancel-work");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, progress, work, cancel, status, filler, saveState);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static final class DocumentCell extends ListCell<DocumentItem> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, name, details);

        DocumentCell() {
            name.getStyleClass().add("document-name");
            details.getStyleClass().add("document-details");
        }

        @Override
        protected void updateItem(DocumentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(item.label());
                details.setText(item.details());
                setGraphic(box);
            }
        }
    }
}
