package nl.veldwerk.ui.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.app.CodingActions;

/**
 * The codebook as a tree with colours and counts (quotations · documents; a category's include its
 * sub-codes', as the code manager's do, and say so). Siblings are in alphabetical order, as everywhere
 * the codebook is read (reports, the diagram, "demote"). Double-click codes the selected
 * text with the code, or, without a selection, lists its quotations; a code can be dragged onto the text.
 */
public final class CodeTreePane extends TreeView<Code> {
    static final String DRAG_PREFIX = CodingActions.CODE_DRAG_PREFIX;
    private final Map<String, CodeCounts.Count> counts = new HashMap<>();
    private final CodebookViewModel vm;
    private Filter filter = Filter.ALL;

    /** What the tree shows: the whole codebook, one phase (as a list), or the open codes no category holds yet. */
    public enum Filter { ALL, OPEN, AXIAL, SELECTIVE, UNPLACED }
    /** Counts changed while the tree was hidden: redraw the cells when it shows again. */
    private boolean countsStale;
    /**
     * A project was opened while the tree was hidden (its tab not chosen): the tree is built when it shows, with
     * every change made meanwhile. Built at once, a tree no one saw cost opening a `medium` project about a
     * fifth of the FX thread's time (its cells are made and styled even when hidden, issue 24).
     */
    private boolean buildWhenShown;
    /** The project the tree was last built from (the same object while it stays open), or null. */
    private Project builtFor;

    CodeTreePane(CodebookViewModel vm) {
        this.vm = vm;
        CodingActions coding = vm.coding();
        setShowRoot(false);
        setId("code-tree");
        setCellFactory(v -> new CodeCell());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || getRoot() == null || getRoot().getChildren().isEmpty()) {
                vm.main().selectedCodeProperty().set(now == null ? null : now.getValue());
            }
        });
        setOnMouseClicked(e -> {
            TreeItem<Code> item = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                if (coding.hasSelection()) {
                    vm.main().run(() -> coding.applyCode(item.getValue().id()));
                } else {
                    coding.listQuotationsOf(item.getValue());
                }
            }
        });
        setContextMenu(CodeTreeMenu.of(this, vm));
        // The tree's menu by keyboard too: F2 renames, Delete deletes (asking as the menu does), Shift+F10 or
        // the menu key opens the menu at the selected code.
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                CodeTreeMenu.rename(this, vm);
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE && selected().isPresent()) {
                CodeTreeMenu.deleteAsking(vm, selected().get());
                e.consume();
            } else if (nl.veldwerk.ui.common.MenuKey.asksForMenu(e)) {
                showMenuAtSelection();
                e.consume();
            }
        });
        widthProperty().addListener((o, was, now) -> refresh());
        vm.countSubcodesProperty().addListener((o, was, now) -> {
            if (vm.main().storeProperty().get() != null) {
                forget(null, false); // counted again, the other way, as the cells show them
                redrawCounts(id -> true);
            }
        });
        // Dropped on the tree itself (below the last code): the code moves to the top level.
        setOnDragOver(e -> {
            if (draggedCode(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        setOnDragDropped(e -> {
            String dragged = draggedCode(e.getDragboard());
            if (dragged != null) {
                vm.move(dragged, null);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Whether a code dragged onto {@code target} may go under it: not onto itself, nor below itself. */
    private boolean takesDrop(String dragged, String target) {
        return takesDrop(vm.project().orElse(null), dragged, target);
    }

    static boolean takesDrop(nl.veldwerk.model.Project p, String dragged, String target) {
        return p != null && !dragged.equals(target) && !p.isBelow(target, dragged);
    }

    java.util.Optional<Code> selected() {
        TreeItem<Code> item = getSelectionModel().getSelectedItem();
        return item == null ? java.util.Optional.empty() : java.util.Optional.of(item.getValue());
    }

    /**
     * Shows the project's codes. After a change that only coded or uncoded text, only the counts change:
     * the cells are redrawn, the tree is not rebuilt.
     */
    void showCodes(Project p, nl.veldwerk.project.ProjectChange change) {
        // Another project while hidden: built when shown. The same project redrawn whole (a refused edit) is
        // rebuilt as before, keeping what the user closed and chose (review).
        if (p != null && (buildWhenShown || change == null && p != builtFor) && !showing()) {
            waitUntilShown();
            return;
        }
        if (buildWhenShown) {
            rebuild(p); // shown, or no project any more
            return;
        }
        if (p != null && change != null && change.onlyQuotationsAndCodings() && getRoot() != null) {
            java.util.Set<String> touched = new java.util.HashSet<>();
            change.codeIds().forEach(id -> touched.addAll(CodeCounts.selfAndAncestors(p, id)));
            forget(touched, true); // counted again when their cells show them
            // Redrawing cells is the costly part: do it now only if the tree is on screen.
            if (showing()) {
                redrawCounts(touched::contains);
            } else {
                countsStale = true;
            }
            return;
        }
        if (p != null && change != null && getRoot() != null && !countsOrCodesIn(change)) {
            return; // a document renamed, a group ticked, a memo written: nothing the tree shows
        }
        if (change == null) {
            forget(null, false); // another project, or the same opened again: none of the old counts
            rebuild(p);
            return;
        }
        // Codes edited, merged, deleted: only the counts the change made wrong are made again.
        rebuild(p, p == null ? CodesToCount.EVERY : CodesToCount.after(change, p, parentsAtRebuild));
    }

    /**
     * Every code's parent when the tree was last built (null at the top), whether the tree shows it or not (a
     * phase filter shows a category without its sub-codes): what a change is compared with.
     */
    private Map<String, String> parentsAtRebuild = Map.of();

    /** Whether a change can alter the codes the tree shows or their counts (quotations · documents, relations). */
    static boolean countsOrCodesIn(nl.veldwerk.project.ProjectChange change) {
        return change.touches(nl.veldwerk.model.EntityKind.CODE) || change.touches(nl.veldwerk.model.EntityKind.CODING)
                || change.touches(nl.veldwerk.model.EntityKind.QUOTATION)
                || change.touches(nl.veldwerk.model.EntityKind.RELATION)
                || change.touched().stream().anyMatch(t -> t.kind() == nl.veldwerk.model.EntityKind.DOCUMENT
                        && !t.replaced()); // a document gone takes its quotations' counts with it
    }

    /** Redraws counts that changed while the tree was hidden (its tab calls this when it is shown). */
    void refreshIfStale() {
        if (buildWhenShown) {
            countsStale = false;
            rebuild(vm.project().orElse(null));
            return;
        }
        if (countsStale) {
            countsStale = false;
            refresh();
        }
    }

    /** Whether the tree is on screen: in a scene, and it and everything around it visible. */
    private boolean showing() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many quotations and documents carry the code (with its sub-codes', as the view model says), or null
     * until counted: a code is counted when its cell is shown, on {@link #COUNTER}, and kept until a change
     * touches it. Counting every code at once took a third of a second on the FX thread at 1,000 codes and
     * 200,000 codings; even the thirty categories on screen took 0.1-0.3 s at ten times that.
     */
    private CodeCounts.Count countOf(Code c) {
        nl.veldwerk.store.ProjectStore store = vm.main().storeProperty().get();
        if (store == null) {
            return null;
        }
        CodeCounts.Count known = counts.get(c.id());
        if (known == null && uncounted.add(c.id()) && !counting) {
            javafx.application.Platform.runLater(this::countUncounted); // not in the middle of laying out cells
            counting = true;
        }
        return known != null ? known : shownBefore.get(c.id());
    }

    /** Counts forgotten after a change, shown until counted again (a coding does not blank its code's count). */
    private final Map<String, CodeCounts.Count> shownBefore = new HashMap<>();

    /** How many codes have a count kept (for tests: the codes shown, not the whole codebook). */
    int countsKept() {
        return counts.size();
    }

    /** The codes shown without a count yet, to count next. */
    private final java.util.Set<String> uncounted = new java.util.LinkedHashSet<>();
    /** Whether a count is under way (or about to start): codes shown meanwhile wait for the next. */
    private boolean counting;
    /** Counts forgotten so far: a count that began before one was forgotten is stale and dropped. */
    private long forgotten;
    private static final java.util.concurrent.ExecutorService COUNTER =
            nl.veldwerk.ui.common.Background.thread("veldwerk-code-tree-counts");
    /** Where counts are made: {@link #COUNTER}, or a test's own (to hold a count while the project changes). */
    private java.util.concurrent.Executor counter = COUNTER;

    void countOn(java.util.concurrent.Executor executor) {
        counter = executor;
    }

    /** Counts the codes shown without a count on {@link #COUNTER}, in steps while the project stands. */
    private void countUncounted() {
        nl.veldwerk.store.ProjectStore store = vm.main().storeProperty().get();
        if (store == null || uncounted.isEmpty()) {
            counting = false;
            uncounted.clear();
            return;
        }
        List<String> ids = List.copyOf(uncounted);
        uncounted.clear();
        Project p = store.session().project();
        boolean withSubcodes = vm.countSubcodesProperty().get();
        long asked = forgotten;
        counter.execute(() -> {
            Map<String, CodeCounts.Count> found = new HashMap<>();
            try {
                for (String id : ids) {
                    // In steps under the project's read lock: a change waits for a step, not for a category.
                    CodeCounts.Count n = CodeCounts.of(p, id, withSubcodes);
                    if (n != null) {
                        found.put(id, n);
                    }
                }
            } catch (RuntimeException e) {
                // Shown without a count rather than never counting again; said in the log.
                System.getLogger(CodeTreePane.class.getName()).log(System.Logger.Level.ERROR,
                        "The code tree could not count its codes", e);
            }
            javafx.application.Platform.runLater(() -> {
                counting = false;
                if (vm.main().storeProperty().get() == store) {
                    if (asked == forgotten) {
                        counts.putAll(found);
                        found.keySet().forEach(shownBefore::remove);
                        redrawCounts(found::containsKey);
                    } else {
                        // Counted before a change: counted again (a cell showing one would wait for a redraw).
                        ids.stream().filter(id -> !counts.containsKey(id)).forEach(uncounted::add);
                    }
                }
                if (!uncounted.isEmpty()) {
                    counting = true;
                    countUncounted();
                }
            });
        });
    }

    /**
     * The cells the tree made (it keeps a few dozen, and drops them when it makes new ones): a count that
     * arrives is shown in the cells that show its code. {@link #refresh} would make every cell anew, and the
     * tree then measures more codes' cells to size its scroll bar, which asked for more counts, which refreshed
     * again: every code of the codebook counted, a redraw after each batch.
     */
    private final java.util.Set<CodeCell> cells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    private void redrawCounts(java.util.function.Predicate<String> ofCode) {
        for (CodeCell cell : List.copyOf(cells)) {
            // Only the cells on screen now. One the tree has put aside (hidden, or out of it, when scrolled away) may be
            // shown again for the same code without being told its item anew: it redraws then (QA: a category
            // scrolled away while a code under it was applied showed its old sum until the next change).
            Code shown = cell.isEmpty() ? null : cell.getItem();
            if (shown != null && ofCode.test(shown.id())) {
                if (cell.isVisible() && cell.getParent() != null) {
                    cell.showCount(shown);
                } else {
                    cell.countStale = true;
                }
            }
        }
    }

    /**
     * Forgets counts (all, or those of some codes): they are counted again when shown, the old ones shown
     * meanwhile unless they count another way (sums switched) or another project.
     */
    private void forget(java.util.Collection<String> codeIds, boolean showOld) {
        forgotten++;
        if (!showOld) {
            shownBefore.clear();
        }
        for (String id : codeIds == null ? List.copyOf(counts.keySet()) : codeIds) {
            CodeCounts.Count old = counts.remove(id);
            if (old != null && showOld) {
                shownBefore.put(id, old);
            }
        }
    }

    /** Rebuilds the tree from the project, keeping closed what the user closed; every count is made again. */
    private void rebuild(Project p) {
        rebuild(p, CodesToCount.EVERY);
    }

    /** Lets go of the tree shown until it is built for the project opened meanwhile (see {@link #buildWhenShown}). */
    private void waitUntilShown() {
        if (buildWhenShown) {
            return;
        }
        buildWhenShown = true;
        builtFor = null;
        forget(null, false);
        parentsAtRebuild = Map.of();
        setRoot(null); // no code of the project before stays selected (the codes' pane follows the selection)
    }

    /**
     * Rebuilds the tree, with the counts {@code toCount} names made again (the old ones shown meanwhile). What
     * the user closed stays closed; everything else is open, so a category brought back by Undo, or one that just
     * got its first sub-code, shows what it holds (kept as the open ones, a restored category came back closed).
     */
    private void rebuild(Project p, CodesToCount toCount) {
        buildWhenShown = false;
        builtFor = p;
        java.util.Set<String> collapsed = new java.util.HashSet<>();
        collectCollapsed(getRoot(), collapsed);
        TreeItem<Code> was = getSelectionModel().getSelectedItem();
        String selectedId = was == null || was.getValue() == null ? null : was.getValue().id();
        if (p == null || toCount.every()) {
            forget(null, p != null);
        } else if (!toCount.codes().isEmpty()) {
            forget(toCount.codes(), true); // and a count under way is made again: it may have begun before
        } // the tree shows no relations: a relation changed leaves what it shows as it was
        Map<String, String> parents = new HashMap<>();
        if (p != null) {
            p.codes().forEach(c -> parents.put(c.id(), c.parentId()));
        }
        parentsAtRebuild = parents;
        if (p == null) {
            setRoot(null);
            return;
        }
        TreeItem<Code> root = new TreeItem<>();
        if (filter == Filter.ALL) {
            addChildren(p, root, null, collapsed);
        } else {
            p.codes().stream().filter(c -> matches(p, c)).sorted(java.util.Comparator.comparing(Code::name,
                    String.CASE_INSENSITIVE_ORDER)).forEach(c -> root.getChildren().add(new TreeItem<>(c)));
        }
        setRoot(root);
        if (selectedId != null) {
            // The same code stays selected across a rebuild, so its entry stays open while it is edited.
            TreeItem<Code> again = find(root, selectedId);
            if (again != null) {
                getSelectionModel().select(again);
            }
        }
    }

    /**
     * Selects a code (its category opened) and scrolls it into view, e.g. one just made; false, and nothing
     * selected, when the tree does not show it (none, or one the phase filter leaves out).
     */
    boolean select(String codeId) {
        refreshIfStale(); // asked for from elsewhere before its tab showed it: built first
        TreeItem<Code> item = getRoot() == null || codeId == null ? null : find(getRoot(), codeId);
        if (item == null) {
            return false;
        }
        for (TreeItem<Code> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        getSelectionModel().select(item);
        scrollTo(Math.max(0, getRow(item) - 3));
        return true;
    }

    private static TreeItem<Code> find(TreeItem<Code> from, String codeId) {
        if (from.getValue() != null && from.getValue().id().equals(codeId)) {
            return from;
        }
        for (TreeItem<Code> child : from.getChildren()) {
            TreeItem<Code> found = find(child, codeId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    void setFilter(Filter newFilter, Project p) {
        filter = newFilter;
        rebuild(p);
    }

    private boolean matches(Project p, Code c) {
        return switch (filter) {
            case ALL -> true;
            case OPEN -> c.phase() == nl.veldwerk.model.Phase.OPEN;
            case AXIAL -> c.phase() == nl.veldwerk.model.Phase.AXIAL;
            case SELECTIVE -> c.phase() == nl.veldwerk.model.Phase.SELECTIVE;
            case UNPLACED -> c.phase() == nl.veldwerk.model.Phase.OPEN && !inCategory(p, c);
        };
    }

    /** Whether an axial category holds the code, directly or higher up. */
    private static boolean inCategory(Project p, Code c) {
        for (String id = c.parentId(); id != null; id = p.code(id).map(Code::parentId).orElse(null)) {
            if (p.code(id).map(x -> x.phase() == nl.veldwerk.model.Phase.AXIAL).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String draggedCode(Dragboard board) {
        return board.hasString() && board.getString().startsWith(DRAG_PREFIX)
                ? board.getString().substring(DRAG_PREFIX.length()) : null;
    }

    private void addChildren(Project p, TreeItem<Code> parent, String parentId, java.util.Set<String> collapsed) {
        for (Code c : p.childrenOf(parentId).stream().sorted(java.util.Comparator.comparing(Code::name,
                String.CASE_INSENSITIVE_ORDER)).toList()) {
            TreeItem<Code> item = new TreeItem<>(c);
            item.setExpanded(!collapsed.contains(c.id()));
            parent.getChildren().add(item);
            addChildren(p, item, c.id(), collapsed);
        }
    }

    /** The codes with sub-codes shown closed (a code without any has nothing to close). */
    private static void collectCollapsed(TreeItem<Code> item, java.util.Set<String> into) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && !item.isExpanded() && !item.getChildren().isEmpty()) {
            into.add(item.getValue().id());
        }
        item.getChildren().forEach(child -> collectCollapsed(child, into));
    }

    private static final javafx.css.PseudoClass NEEDS_WORK = javafx.css.PseudoClass.getPseudoClass("needs-work");

    private final class CodeCell extends TreeCell<Code> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label count = new Label();
        /** The supervisor's verdict, beside the name: seen while coding, not only in the code manager. */
        private final Label review = new Label();
        private final javafx.scene.control.Tooltip reviewTip = new javafx.scene.control.Tooltip();
        private final javafx.scene.control.Tooltip countTip = new javafx.scene.control.Tooltip();
        /** The whole name (a long one is cut with "…" in the tree: QA) and its definition, as other tools show it. */
        private final javafx.scene.control.Tooltip nameTip = new javafx.scene.control.Tooltip();
        private final HBox box;
        /** Its count changed while it was put aside: drawn again when it is shown (see {@link #updateIndex}). */
        private boolean countStale;

        CodeCell() {
            cells.add(this);
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            name.setMinWidth(0);
            name.setTooltip(nameTip);
            nameTip.setWrapText(true);
            nameTip.setMaxWidth(480);
            count.getStyleClass().add("code-count");
            count.setTooltip(countTip);
            count.setMinWidth(Region.USE_PREF_SIZE); // a long name gets the ellipsis, never the counts
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            review.getStyleClass().add("code-review");
            review.setMinWidth(Region.USE_PREF_SIZE);
            review.setTooltip(reviewTip);
            box = new HBox(6, swatch, name, review, filler, count);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    // LINK codes the text it is dropped on; MOVE puts it under the code it is dropped on.
                    Dragboard board = startDragAndDrop(TransferMode.LINK, TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_PREFIX + getItem().id());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                String dragged = draggedCode(e.getDragboard());
                if (dragged != null && getItem() != null) {
                    if (takesDrop(dragged, getItem().id())) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                    // Consumed either way: over itself or a code below it, the tree around it took the drop
                    // (to the top level), and a drop on a sub-code was refused after it with an error dialog.
                    e.consume();
                }
            });
            // Over one of its own sub-codes: said why it cannot go there (QA: refused without a word).
            setOnDragEntered(e -> {
                String dragged = draggedCode(e.getDragboard());
                if (dragged != null && getItem() != null && !dragged.equals(getItem().id())
                        && !takesDrop(dragged, getItem().id())) {
                    vm.main().showStatus(nl.veldwerk.ui.common.I18n.text("codes.notUnderOwnSubcode"));
                }
            });
            setOnDragDropped(e -> {
                String dragged = draggedCode(e.getDragboard());
                if (dragged != null && getItem() != null && takesDrop(dragged, getItem().id())) {
                    String target = getItem().id();
                    vm.move(dragged, target);
                    e.setDropCompleted(true);
                    e.consume();
                }
            });
        }

        /** Also called when the tree shows a cell it put aside again, for the same code (then without updateItem). */
        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            if (countStale && !isEmpty() && getItem() != null) {
                showCount(getItem());
            }
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            countStale = false; // drawn below, or nothing to draw
            if (empty || code == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + code.color() + "; -fx-background-radius: 2;");
            name.setText(code.name());
            String definition = code.definition().strip();
            nameTip.setText(definition.isEmpty() ? code.name() : code.name() + "\n\n" + (definition.length() <= 400
                    ? definition : definition.substring(0, 399) + "…"));
            showReview(code.review());
            showCount(code);
            // As wide as the tree leaves at this depth: a long name gets the ellipsis, the tree no scroll bar.
            box.setPrefWidth(Math.max(80, getTreeView().getWidth() - 44 - 18 * getTreeView().getTreeItemLevel(
                    getTreeItem())));
            setGraphic(box);
            setText(null);
        }

        private void showReview(nl.veldwerk.model.ReviewStatus status) {
            String mark = switch (status) {
                case APPROVED -> "✓";
                case NEEDS_WORK -> "⚑";
                default -> ""; // proposed is every new code's, merged is gone from the tree
            };
            review.setText(mark);
            review.pseudoClassStateChanged(NEEDS_WORK, status == nl.veldwerk.model.ReviewStatus.NEEDS_WORK);
            review.setVisible(!mark.isEmpty());
            review.setManaged(!mark.isEmpty());
            reviewTip.setText(CodeManagerWindow.REVIEW_NAMES.toString(status));
        }

        void showCount(Code code) {
            countStale = false;
            CodeCounts.Count n = countOf(code);
            count.setText(n == null ? "" : CountLabels.short_(n));
            countTip.setText(n == null ? "" : CountLabels.full(n));
        }
    }

    /** The tree's menu under the selected code (or the tree's corner), as a right click there would open it. */
    private void showMenuAtSelection() {
        javafx.scene.Node at = lookupAll(".tree-cell").stream().filter(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getTreeItem() != null && c.getTreeItem() == getSelectionModel().getSelectedItem()).findFirst()
                .orElse(this);
        javafx.geometry.Bounds b = at.localToScreen(at.getLayoutBounds());
        if (b != null && getContextMenu() != null) {
            getContextMenu().show(at, b.getMinX() + 20, b.getMaxY());
        }
    }
}
