package nl.veldwerk.ui;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;

/**
 * The codebook as a tree with colours and counts (quotations · documents). Double-click codes the selected
 * text with the code, or, without a selection, lists its quotations; a code can be dragged onto the text.
 */
final class CodeTreePane extends TreeView<Code> {
    static final String DRAG_PREFIX = "veldwerk-code:";
    private final Map<String, int[]> counts = new HashMap<>();
    /** Counts changed while the tree was hidden: redraw the cells when it shows again. */
    private boolean countsStale;

    CodeTreePane(MainViewModel main, CodingViewModel coding) {
        setShowRoot(false);
        setId("code-tree");
        // The tab around the tree shows it by making its parent visible: redraw stale counts then.
        parentProperty().addListener((o, was, parent) -> {
            if (parent != null) {
                parent.visibleProperty().addListener((ob, hidden, visible) -> {
                    if (visible && countsStale) {
                        countsStale = false;
                        refresh();
                    }
                });
            }
        });
        setCellFactory(v -> new CodeCell(coding));
        setOnMouseClicked(e -> {
            TreeItem<Code> item = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                if (coding.hasSelection()) {
                    coding.applyCode(item.getValue().id());
                } else {
                    coding.listedCodeProperty().set(item.getValue());
                    coding.scopeProperty().set(CodingViewModel.Scope.CODE);
                }
            }
        });
        MenuItem apply = new MenuItem(I18n.text("codes.apply"));
        apply.setOnAction(e -> selected().ifPresent(c -> coding.applyCode(c.id())));
        MenuItem list = new MenuItem(I18n.text("codes.list"));
        list.setOnAction(e -> selected().ifPresent(c -> {
            coding.listedCodeProperty().set(c);
            coding.scopeProperty().set(CodingViewModel.Scope.CODE);
        }));
        MenuItem delete = new MenuItem(I18n.text("codes.delete"));
        delete.setOnAction(e -> selected().ifPresent(c -> main.edits().deleteCode(c.id())));
        javafx.scene.control.Menu phase = new javafx.scene.control.Menu(I18n.text("codes.phase"));
        for (nl.veldwerk.model.Phase p : nl.veldwerk.model.Phase.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    I18n.text("phase." + p.name()));
            item.setOnAction(e -> selected().ifPresent(c -> main.edits().setPhase(c.id(), p)));
            phase.getItems().add(item);
        }
        // The ticked phase is the selected code's.
        phase.setOnShowing(e -> selected().ifPresent(c -> phase.getItems().forEach(i ->
                ((javafx.scene.control.RadioMenuItem) i).setSelected(i.getText().equals(
                        I18n.text("phase." + c.phase().name()))))));
        setContextMenu(new ContextMenu(apply, list, phase, delete));
    }

    private java.util.Optional<Code> selected() {
        TreeItem<Code> item = getSelectionModel().getSelectedItem();
        return item == null ? java.util.Optional.empty() : java.util.Optional.of(item.getValue());
    }

    /**
     * Shows the project's codes. After a change that only coded or uncoded text, only the counts change:
     * the cells are redrawn, the tree is not rebuilt.
     */
    void showCodes(Project p, nl.veldwerk.project.ProjectChange change) {
        if (p != null && change != null && change.onlyQuotationsAndCodings() && getRoot() != null) {
            change.codeIds().forEach(id -> p.code(id).ifPresent(c -> count(p, c)));
            // Redrawing every cell is the costly part: do it now only if the tree is on screen.
            if (getScene() != null && isVisible() && getParent() != null && getParent().isVisible()) {
                refresh();
            } else {
                countsStale = true;
            }
            return;
        }
        rebuild(p);
    }

    private void countAll(Project p) {
        counts.clear();
        p.codes().forEach(c -> count(p, c));
    }

    /** How many quotations and documents carry the code. */
    private void count(Project p, Code c) {
        java.util.Set<String> quotations = new java.util.HashSet<>();
        java.util.Set<String> documents = new java.util.HashSet<>();
        for (Coding k : p.codingsWithCode(c.id())) {
            if (quotations.add(k.quotationId())) {
                documents.add(p.quotation(k.quotationId()).orElseThrow().documentId());
            }
        }
        counts.put(c.id(), new int[] {quotations.size(), documents.size()});
    }

    /** Rebuilds the tree from the project, keeping which codes were expanded. */
    private void rebuild(Project p) {
        java.util.Set<String> expanded = new java.util.HashSet<>();
        collectExpanded(getRoot(), expanded);
        counts.clear();
        if (p == null) {
            setRoot(null);
            return;
        }
        countAll(p);
        TreeItem<Code> root = new TreeItem<>();
        addChildren(p, root, null, expanded);
        setRoot(root);
    }

    private void addChildren(Project p, TreeItem<Code> parent, String parentId, java.util.Set<String> expanded) {
        for (Code c : p.childrenOf(parentId)) {
            TreeItem<Code> item = new TreeItem<>(c);
            item.setExpanded(expanded.isEmpty() || expanded.contains(c.id()));
            parent.getChildren().add(item);
            addChildren(p, item, c.id(), expanded);
        }
    }

    private static void collectExpanded(TreeItem<Code> item, java.util.Set<String> into) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && item.isExpanded()) {
            into.add(item.getValue().id());
        }
        item.getChildren().forEach(child -> collectExpanded(child, into));
    }

    private final class CodeCell extends TreeCell<Code> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        CodeCell(CodingViewModel coding) {
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            count.getStyleClass().add("code-count");
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            box = new HBox(6, swatch, name, filler, count);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    Dragboard board = startDragAndDrop(TransferMode.LINK);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_PREFIX + getItem().id());
                    board.setContent(content);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + code.color() + "; -fx-background-radius: 2;");
            name.setText(code.name());
            int[] n = counts.getOrDefault(code.id(), new int[2]);
            count.setText(n[0] + " · " + n[1]);
            setGraphic(box);
            setText(null);
        }
    }
}
