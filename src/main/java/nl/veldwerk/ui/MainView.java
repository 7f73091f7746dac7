package nl.veldwerk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The main window's layout: menus, the document list, the transcript and a status bar. Binds only. */
final class MainView extends BorderPane {
    MainView(MainViewModel vm) {
        setTop(menus(vm));
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
        TranscriptView transcript = new TranscriptView();
        vm.selectedProperty().addListener((o, was, now) -> transcript.show(now == null ? null : now.document()));
        vm.revealedProperty().addListener((o, was, range) -> {
            if (range != null) {
                transcript.reveal(range[0], range[1]);
            }
        });
        Label heading = new Label(I18n.text("documents.heading"));
        heading.getStyleClass().add("pane-heading");
        VBox left = new VBox(heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, transcript);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        setBottom(statusBar(vm));
    }

    private static MenuBar menus(MainViewModel vm) {
        Dialogs dialogs = vm.dialogs();
        MenuItem newProject = item("menu.new", "Shortcut+N", () ->
                dialogs.chooseProjectFolder(I18n.text("dialog.newProject")).ifPresent(vm::create));
        MenuItem open = item("menu.open", "Shortcut+O", () ->
                dialogs.chooseProjectFolder(I18n.text("dialog.openProject")).ifPresent(vm::open));
        MenuItem importFiles = item("menu.import", "Shortcut+I", () ->
                vm.importTranscripts(dialogs.chooseTranscripts(I18n.text("dialog.import"))));
        MenuItem save = item("menu.save", "Shortcut+S", vm::save);
        MenuItem bundle = item("menu.bundle", null, () -> dialogs.chooseFileToSave(I18n.text("dialog.bundle"),
                projectName(vm) + ".vwz", FileType.BUNDLE).ifPresent(vm::exportBundle));
        MenuItem importQdpx = item("menu.importQdpx", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdpx"), FileType.QDPX).ifPresent(qdpx -> dialogs.chooseProjectFolder(
                I18n.text("dialog.newProject")).ifPresent(folder -> vm.importQdpx(qdpx, folder))));
        MenuItem importQdc = item("menu.importQdc", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdc"), FileType.QDC).ifPresent(vm::importQdc));
        MenuItem exportQdpx = item("menu.exportQdpx", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdpx"), projectName(vm) + ".qdpx", FileType.QDPX).ifPresent(vm::exportQdpx));
        MenuItem exportQdc = item("menu.exportQdc", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdc"), projectName(vm) + ".qdc", FileType.QDC).ifPresent(vm::exportQdc));
        Menu exchange = new Menu(I18n.text("menu.exchange"), null, importQdpx, importQdc, new SeparatorMenuItem(),
                exportQdpx, exportQdc);
        MenuItem close = item("menu.close", "Shortcut+W", () -> {
            if (!vm.hasUnsavedChanges() || dialogs.confirm(I18n.text("close.title"), I18n.text("close.message"))) {
                vm.close();
            }
        });
        var noProject = vm.storeProperty().isNull();
        for (MenuItem needsProject : new MenuItem[] {importFiles, save, bundle, close, importQdc, exportQdpx,
            exportQdc}) {
            needsProject.disableProperty().bind(noProject);
        }
        Menu file = new Menu(I18n.text("menu.file"), null, newProject, open, new SeparatorMenuItem(), importFiles,
                new SeparatorMenuItem(), save, bundle, new SeparatorMenuItem(), exchange, new SeparatorMenuItem(), close);
        MenuItem undo = item("menu.undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        MenuItem redo = item("menu.redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(vm.redoLabelProperty());
        Menu edit = new Menu(I18n.text("menu.edit"), null, undo, redo);
        MenuItem tools = item("menu.analysisTools", "Shortcut+Shift+A", () -> AnalysisWindow.open(
                dialogs instanceof FxDialogs fx ? fx.owner() : null, vm.storeProperty().get().session().project().copy(),
                dialogs, vm::reveal));
        MenuItem merge = item("menu.merge", null, () -> dialogs.chooseProjectFolder(I18n.text("dialog.merge"))
                .ifPresent(vm::mergeProject));
        tools.disableProperty().bind(noProject);
        merge.disableProperty().bind(noProject);
        Menu analysis = new Menu(I18n.text("menu.analysis"), null, tools, new SeparatorMenuItem(), merge);
        return new MenuBar(file, edit, analysis);
    }

    private static String projectName(MainViewModel vm) {
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

    private static HBox statusBar(MainViewModel vm) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, progress, status);
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
