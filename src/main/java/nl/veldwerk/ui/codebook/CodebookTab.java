package nl.veldwerk.ui.codebook;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/** The Codes tab: the code tree with its phase filter above, the selected code's codebook entry below. */
public final class CodebookTab extends SplitPane {
    private final CodeTreePane tree;

    public CodebookTab(CodebookViewModel codebook) {
        MainViewModel vm = codebook.main();
        tree = new CodeTreePane(codebook);
        ChoiceBox<CodeTreePane.Filter> filter = new ChoiceBox<>(FXCollections.observableArrayList(
                CodeTreePane.Filter.values()));
        filter.setConverter(Labels.converter("codes.filter."));
        filter.setValue(CodeTreePane.Filter.ALL);
        filter.setId("code-filter");
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.valueProperty().addListener((o, was, now) -> tree.setFilter(now, vm.storeProperty().get() == null
                ? null : vm.session().project()));
        javafx.scene.control.Button newCode = new javafx.scene.control.Button(I18n.text("codes.newShort"));
        newCode.setId("tree-new-code");
        newCode.setTooltip(new javafx.scene.control.Tooltip(I18n.text("manager.newCode")));
        newCode.setOnAction(e -> CodeTreeMenu.newCode(tree, codebook, false));
        javafx.scene.control.Button newCategory = new javafx.scene.control.Button(I18n.text("codes.newCategoryShort"));
        newCategory.setId("tree-new-category");
        newCategory.setTooltip(new javafx.scene.control.Tooltip(I18n.text("manager.newCategory")));
        newCategory.setOnAction(e -> CodeTreeMenu.newCode(tree, codebook, true));
        javafx.scene.control.Button manager = new javafx.scene.control.Button(I18n.text("codes.managerShort"));
        manager.setTooltip(new javafx.scene.control.Tooltip(I18n.text("menu.codeManager")));
        manager.setOnAction(e -> CodeManagerWindow.open(getScene().getWindow(), codebook));
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(4, newCode, newCategory, manager);
        actions.disableProperty().bind(vm.storeProperty().isNull());
        VBox treeBox = new VBox(4, actions, filter, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        treeBox.setPadding(new Insets(4, 0, 0, 0));
        ScrollPane properties = new ScrollPane(new CodePropertiesPane(codebook, tree));
        properties.setFitToWidth(true);
        // Another project's codebook entry starts at its top (QA: it stayed scrolled down to the last one's thread).
        vm.storeProperty().addListener((o, was, now) -> properties.setVvalue(0));
        getItems().addAll(treeBox, properties);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.5);
        // A code asked for from elsewhere (a review comment's "Go to"): shown in the whole tree if the phase filter
        // hides it, then asked once, so that the same code can be asked for again.
        vm.codeToShowProperty().addListener((o, was, id) -> {
            if (id != null) {
                if (!tree.select(id)) {
                    filter.setValue(CodeTreePane.Filter.ALL);
                    tree.select(id);
                }
                javafx.application.Platform.runLater(() -> vm.codeToShowProperty().set(null));
            }
        });
        // The tree follows every change (only the counts after coding); it is the one view of the codebook.
        vm.changesProperty().addListener((o, was, now) -> tree.showCodes(vm.storeProperty().get() == null ? null
                : vm.session().project(), vm.lastChange()));
    }

    /** Redraws counts that changed while the tab was hidden. */
    public void refreshIfStale() {
        tree.refreshIfStale();
    }
}
