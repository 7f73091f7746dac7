package nl.veldwerk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;

/**
 * A hunt for the FX thread standing still on a huge project (not a test; run by hand like WorkbenchOpenBench):
 * one researcher's action after another in the real window (headless), each timed on the FX thread, then the
 * longest gap between two frames in the settling time after it (and until the window is idle again). It
 * codes, renames and groups in the project it opens: run it on a copy. Usage: {@code bin/bench-workbench
 * freeze-hunt PROJECT-COPY [SETTLE-MS]} (default 10,000); docs/PERFORMANCE.md.
 */
public final class FreezeHunt {
    private FreezeHunt() {
    }

    private static final nl.veldwerk.testing.FrameGaps FRAMES = new nl.veldwerk.testing.FrameGaps();
    private static final List<String> TABLE = new ArrayList<>();
    private static Workbench workbench;
    private static MainViewModel vm;
    private static Stage stage;
    private static int codings;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long settleMs = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
        Locale originalLanguage = nl.veldwerk.ui.common.Preferences.language();
        BenchWindow window = BenchWindow.start(FRAMES::start);
        workbench = window.workbench();
        stage = window.stage();
        vm = workbench.main();
        long openStart = System.nanoTime();
        window.openAndWaitForIndex(dir);
        log("open until usable and the index ready: %.0f ms", ms(System.nanoTime() - openStart));
        Thread.sleep(5000); // the texts read ahead, the warm-up search
        log("heap after GC, idle after open: %d MB", FxBench.heapAfterGc() >> 20);
        describeProject();
        measure("idle (nothing done)", () -> { }, settleMs);

        Scene main = stage.getScene();
        @SuppressWarnings("unchecked")
        ListView<DocumentItem> documentList = (ListView<DocumentItem>) main.lookup("#documents");
        TabPane explorer = (TabPane) main.lookup("#explorer");

        // 1. Documents.
        for (int index : new int[] {4999, 9998, 1}) {
            measure("select document #" + (index + 1) + " in the list", () -> {
                documentList.getSelectionModel().select(index);
                documentList.scrollTo(index);
            }, settleMs);
        }

        // 3. The Codes tab, a code in the tree, its quotations listed.
        measure("Codes tab shown", () -> explorer.getSelectionModel().select(1), settleMs);
        @SuppressWarnings("unchecked")
        TreeView<Code> tree = (TreeView<Code>) main.lookup("#code-tree");
        int[] treeItems = new int[1];
        FxBench.onFx(() -> treeItems[0] = tree.getRoot().getChildren().size());
        log("tree: %d top-level items", treeItems[0]);
        measure("select a category in the code tree", () -> tree.getSelectionModel().select(
                tree.getRoot().getChildren().get(3)), settleMs);
        measure("list its quotations (double-click, no selection)", () -> workbench.coding().listQuotationsOf(
                tree.getSelectionModel().getSelectedItem().getValue()), settleMs);
        logRows();
        measure("select a code (leaf) in the tree", () -> {
            TreeItem<Code> category = tree.getRoot().getChildren().get(5);
            category.setExpanded(true);
            tree.getSelectionModel().select(category.getChildren().isEmpty() ? category
                    : category.getChildren().getFirst());
        }, settleMs);
        measure("list its quotations", () -> workbench.coding().listQuotationsOf(
                tree.getSelectionModel().getSelectedItem().getValue()), settleMs);
        logRows();
        @SuppressWarnings("unchecked")
        ChoiceBox<nl.veldwerk.ui.codebook.CodeTreePane.Filter> filter =
                (ChoiceBox<nl.veldwerk.ui.codebook.CodeTreePane.Filter>) main.lookup("#code-filter");
        measure("code tree filter: unplaced codes", () -> filter.setValue(
                nl.veldwerk.ui.codebook.CodeTreePane.Filter.UNPLACED), settleMs);
        measure("code tree filter: all", () -> filter.setValue(nl.veldwerk.ui.codebook.CodeTreePane.Filter.ALL),
                settleMs);

        // 4. Code a selection, undo, redo (the code tree on screen, the code's quotations listed).
        String[] codeId = new String[1];
        FxBench.onFx(() -> codeId[0] = tree.getSelectionModel().getSelectedItem().getValue().id());
        codeUndoRedo("", codeId[0], settleMs);
        measure("apply a new code (named in the picker) to a selection", () -> {
            int at = 1000 + 300 * codings++;
            workbench.coding().select(at, at + 60);
            vm.run(() -> workbench.coding().createAndApply("Nieuwe code " + codings));
        }, settleMs);
        logUndo();
        measure("undo the new code", vm::undo, settleMs);
        measure("Documents tab shown", () -> explorer.getSelectionModel().select(0), settleMs);
        codeUndoRedo(" (Documents tab)", codeId[0], settleMs);

        // 9. Document properties, groups, attributes (the selected document), no tool window opened yet.
        documentEdits(main, " (no tool window opened yet)", settleMs);

        // 5. The quotation report dialog (not written).
        measureDialog("Analysis > Quotation report (dialog shown)", () -> nl.veldwerk.ui.exchange.ReportDialog.ask(
                stage, vm.session().project(), null), settleMs, pane -> cancel(pane));

        // 7. Search.
        measure("Search tab shown", () -> explorer.getSelectionModel().select(4), settleMs);
        TextField query = (TextField) main.lookup("#search-query");
        @SuppressWarnings("unchecked")
        ListView<Object> hits = (ListView<Object>) main.lookup("#search-hits");
        for (String word : new String[] {"buurthuis", "zwaluwstaart", "buurthuis OR wijkcoach", "wijk*"}) {
            AtomicLong answered = new AtomicLong();
            FxBench.onFx(() -> {
                hits.getItems().clear();
                hits.getItems().addListener(new ListChangeListener<Object>() {
                    @Override
                    public void onChanged(Change<?> c) {
                        answered.set(System.nanoTime());
                        hits.getItems().removeListener(this);
                    }
                });
            });
            long start = System.nanoTime();
            measure("search \"" + word + "\"", () -> {
                query.setText(word);
                query.fireEvent(new ActionEvent());
            }, settleMs);
            int[] n = new int[1];
            String[] status = new String[1];
            FxBench.onFx(() -> {
                n[0] = hits.getItems().size();
                status[0] = ((javafx.scene.Parent) main.lookup("#search")).getChildrenUnmodifiable().stream()
                        .filter(c -> c instanceof Label l && l.getStyleClass().contains("hint")).map(c -> ((Label) c)
                        .getText()).findFirst().orElse("?");
            });
            log("    hits shown: %d, after %.0f ms; status: %s", n[0], answered.get() == 0 ? -1
                    : ms(answered.get() - start), status[0]);
        }

        // 6. Diagrams: a core category first (the model is drawn from it).
        measure("Diagrams tab shown", () -> explorer.getSelectionModel().select(3), settleMs);
        String[] core = new String[1];
        FxBench.onFx(() -> core[0] = tree.getRoot().getChildren().get(0).getValue().id());
        measure("set a category's phase to Selective (code properties)", () -> workbench.codebook().setPhase(core[0],
                nl.veldwerk.model.Phase.SELECTIVE), settleMs);
        @SuppressWarnings("unchecked")
        ListView<Object> diagrams = (ListView<Object>) main.lookup("#diagram-list");
        measure("draw the model (new diagram, its window opens)", () -> ((Button) main.lookup("#draw-model")).fire(),
                settleMs);
        int[] diagramCount = new int[1];
        FxBench.onFx(() -> diagramCount[0] = diagrams.getItems().size());
        log("diagrams in the project: %d; windows open: %d", diagramCount[0], windows());
        measure("close the diagram window", () -> closeOthers(stage), 3000);
        if (diagramCount[0] > 0) {
            measure("open the diagram from the list", () -> {
                diagrams.getSelectionModel().select(0);
                nl.veldwerk.ui.diagrams.DiagramWindow.open(stage, vm, ((nl.veldwerk.model.Diagram) diagrams
                        .getSelectionModel().getSelectedItem()).id());
            }, settleMs);
            measure("close the diagram window", () -> closeOthers(stage), 3000);
        }

        // 2. The code manager, sorted by counts; a coding with it open.
        measure("Codebook > Code manager", () -> nl.veldwerk.ui.codebook.CodeManagerWindow.open(stage,
                workbench.codebook()), settleMs);
        Scene managerScene = sceneWith("#code-manager-table");
        @SuppressWarnings("unchecked")
        TableView<Object> manager = (TableView<Object>) managerScene.lookup("#code-manager-table");
        measure("code manager: sort by quotations (descending)", () -> {
            @SuppressWarnings("unchecked")
            TableColumn<Object, ?> quotations = (TableColumn<Object, ?>) manager.getColumns().stream()
                    .filter(c -> "manager-quotations".equals(c.getId())).findFirst().orElseThrow();
            quotations.setSortType(TableColumn.SortType.DESCENDING);
            manager.getSortOrder().setAll(List.of(quotations));
        }, settleMs);
        measure("code manager: sort by documents", () -> {
            TableColumn<Object, ?> documents = manager.getColumns().get(3);
            documents.setSortType(TableColumn.SortType.DESCENDING);
            manager.getSortOrder().setAll(List.of(documents));
        }, settleMs);
        measure("code manager: untick 'sum sub-codes'", () -> ((CheckBox) managerScene.lookup("#code-manager-sums"))
                .fire(), settleMs);
        measure("code manager: tick 'sum sub-codes'", () -> ((CheckBox) managerScene.lookup("#code-manager-sums"))
                .fire(), settleMs);
        codeUndoRedo(" (code manager open)", codeId[0], settleMs);
        measure("close the code manager", () -> ((Stage) managerScene.getWindow()).close(), 3000);

        // 8. Speakers.
        measure("Coding > Speakers window", () -> nl.veldwerk.ui.documents.SpeakersWindow.open(stage, vm), settleMs);
        measure("close the Speakers window", () -> closeOthers(stage), 3000);
        log("windows open now: %d", windows());

        // After the tool windows were closed: the same everyday edits again.
        codeUndoRedo(" (code manager and speakers closed)", codeId[0], settleMs);
        documentEdits(main, " (code manager and speakers closed)", settleMs);

        // 10. Preferences, the language switched.
        measureDialog("File > Preferences (dialog shown)", () -> nl.veldwerk.ui.settings.PreferencesDialog.show(stage),
                3000, pane -> {
                    @SuppressWarnings("unchecked")
                    ChoiceBox<String> language = (ChoiceBox<String>) ((javafx.scene.layout.GridPane)
                            ((javafx.scene.control.ScrollPane) pane.getContent()).getContent()).getChildren().stream()
                            .filter(c -> c instanceof ChoiceBox<?> b && b.getItems().contains("Nederlands"))
                            .findFirst().orElseThrow();
                    language.setValue(language.getValue().equals("English") ? "Nederlands" : "English");
                    press(pane, ButtonBar.ButtonData.OK_DONE);
                });
        log("errors the window showed: %s", ((RecordingDialogs) vm.dialogs()).errors);

        FxBench.onFx(() -> FRAMES.stop());
        long heap = FxBench.heapAfterGc();
        log("heap after GC at the end: %d MB (max %d MB)", heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println();
        System.out.printf(Locale.ROOT, "| action | FX call | longest gap (%.0f s after) | gaps > 50 ms |%n", settleMs / 1000.0);
        System.out.println("|---|---|---|---|");
        TABLE.forEach(System.out::println);
        nl.veldwerk.ui.common.Preferences.setLanguage(originalLanguage);
        FxBench.onFx(() -> {
            workbench.shutdown();
            stage.close();
        });
        Platform.exit();
        System.exit(0);
    }

    /** Selects text in the shown document, codes it, undoes, redoes: each measured. */
    private static void codeUndoRedo(String where, String codeId, long settleMs) throws Exception {
        int at = 1000 + 300 * codings++; // a stretch not coded yet: coding one again with the same code changes nothing
        measure("apply a code to a selection" + where, () -> {
            workbench.coding().select(at, at + 60);
            vm.run(() -> workbench.coding().applyCode(codeId));
        }, settleMs);
        logUndo();
        measure("undo" + where, vm::undo, settleMs);
        logUndo();
        measure("redo" + where, vm::redo, settleMs);
        logUndo();
    }

    private static void logUndo() throws Exception {
        FxBench.onFx(() -> log("    undo: %s / redo: %s; quotations %d", vm.undoLabelProperty().get(),
                vm.redoLabelProperty().get(), vm.session().project().count(nl.veldwerk.model.EntityKind.QUOTATION)));
    }

    private static void logRows() throws Exception {
        FxBench.onFx(() -> log("    quotations listed: %d", workbench.coding().rows().size()));
    }

    private static int windows() throws Exception {
        int[] n = new int[1];
        FxBench.onFx(() -> n[0] = (int) Window.getWindows().stream().filter(Window::isShowing).count());
        return n[0];
    }

    /** Rename, a group, an attribute, a new group and its undo, on the selected document's properties. */
    private static void documentEdits(Scene main, String where, long settleMs) throws Exception {
        Node properties = main.lookup("#document-properties");
        TextField name = (TextField) main.lookup("#document-name");
        measure("rename the document (name field, Enter)" + where, () -> {
            name.setText(name.getText() + " (hunt)");
            name.fireEvent(new ActionEvent());
        }, settleMs);
        List<CheckBox> groupBoxes = new ArrayList<>();
        FxBench.onFx(() -> properties.lookupAll(".check-box").forEach(n -> groupBoxes.add((CheckBox) n)));
        if (!groupBoxes.isEmpty()) {
            measure("toggle a group of the document" + where, () -> groupBoxes.getFirst().fire(), settleMs);
        }
        List<TextField> attributeFields = new ArrayList<>();
        FxBench.onFx(() -> {
            for (Node n : properties.lookupAll(".text-field")) {
                if (n instanceof TextField t && t.getParent() instanceof javafx.scene.layout.GridPane) {
                    attributeFields.add(t);
                }
            }
        });
        log("    groups shown: %d, attributes shown: %d", groupBoxes.size(), attributeFields.size());
        if (!attributeFields.isEmpty()) {
            measure("set an attribute of the document (Enter)" + where, () -> {
                TextField f = attributeFields.getFirst();
                f.setText(f.getText() + "x");
                f.fireEvent(new ActionEvent());
            }, settleMs);
        }
        measure("add a new group with the document" + where, () -> workbench.documents().addGroupWith(
                vm.selectedProperty().get().document().id(), "hunt-group"), settleMs);
        logUndo();
        measure("undo (the new group)" + where, vm::undo, settleMs);
    }

    /** Runs the action on the FX thread, then watches the frames for {@code settleMs} and until idle. */
    private static void measure(String what, Runnable action, long settleMs) throws Exception {
        FxBench.onFx(FRAMES::reset);
        long wallStart = System.currentTimeMillis();
        long start = System.nanoTime();
        finish(what, start, wallStart, timedOnFx(action), settleMs);
    }

    /** Runs the action on the FX thread; how long it took there, in ms. */
    private static double timedOnFx(Runnable action) throws Exception {
        double[] call = new double[1];
        FxBench.onFx(() -> {
            long t = System.nanoTime();
            action.run();
            call[0] = ms(System.nanoTime() - t);
        });
        return call[0];
    }

    /**
     * A modal dialog (showAndWait, a nested loop): the time from the call until its window is shown, the frames
     * while it is open for {@code openMs}, then {@code close} on its pane.
     */
    private static void measureDialog(String what, Runnable open, long openMs,
                                      java.util.function.Consumer<DialogPane> close) throws Exception {
        AtomicLong shown = new AtomicLong();
        AtomicReference<Window> dialog = new AtomicReference<>();
        ListChangeListener<Window> added = c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (dialogPaneOf(w) != null) {
                        shown.compareAndSet(0, System.nanoTime());
                        dialog.set(w);
                    }
                }
            }
        };
        FxBench.onFx(() -> {
            Window.getWindows().addListener(added);
            FRAMES.reset();
        });
        long wallStart = System.currentTimeMillis();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            try {
                open.run();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (shown.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double call = shown.get() == 0 ? -1 : ms(shown.get() - start);
        sleepUntil(start + openMs * 1_000_000L);
        FxBench.onFx(() -> Window.getWindows().removeListener(added));
        finish(what, start, wallStart, call, 0);
        FxBench.onFx(FRAMES::reset);
        long closeWall = System.currentTimeMillis();
        long closeStart = System.nanoTime();
        finish("  … closed / OK", closeStart, closeWall, timedOnFx(() -> close.accept(dialogPaneOf(dialog.get()))),
                3000);
    }

    private static void finish(String what, long start, long wallStart, double call, long settleMs)
            throws Exception {
        sleepUntil(start + settleMs * 1_000_000L);
        FxBench.waitUntil(() -> !vm.busyProperty().get() && !workbench.coding().rowsUpdatingProperty().get());
        long[] longest = new long[2];
        List<long[]> gaps = new ArrayList<>();
        FxBench.onFx(() -> {
            longest[0] = FRAMES.longest();
            longest[1] = FRAMES.longestEnd();
            gaps.addAll(FRAMES.over50ms());
        });
        StringBuilder list = new StringBuilder();
        gaps.sort((a, b) -> Long.compare(b[1], a[1]));
        for (long[] g : gaps.subList(0, Math.min(4, gaps.size()))) {
            list.append(String.format(Locale.ROOT, "%.0f ms ending at +%.1f s; ", ms(g[1]), (g[0] - start) / 1e9));
        }
        String line = String.format(Locale.ROOT, "| %s | %.1f ms | %.0f ms (ends +%.1f s) | %d: %s |", what, call,
                ms(longest[0]), longest[1] == 0 ? 0 : (longest[1] - start) / 1e9, gaps.size(), list);
        TABLE.add(line);
        System.out.println("[" + wallStart + ".." + System.currentTimeMillis() + "] " + line);
        System.out.flush();
    }

    private static DialogPane dialogPaneOf(Window w) {
        if (w.getScene() == null) {
            return null;
        }
        Node root = w.getScene().getRoot();
        return root instanceof DialogPane d ? d : (DialogPane) root.lookup(".dialog-pane");
    }

    private static void cancel(DialogPane pane) {
        press(pane, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static void press(DialogPane pane, ButtonBar.ButtonData kind) {
        for (ButtonType t : pane.getButtonTypes()) {
            if (t.getButtonData() == kind) {
                ((Button) pane.lookupButton(t)).fire();
                return;
            }
        }
        throw new IllegalStateException("no " + kind + " button");
    }

    private static Scene sceneWith(String selector) {
        return Window.getWindows().stream().map(Window::getScene).filter(s -> s != null && s.lookup(selector) != null)
                .findFirst().orElseThrow();
    }

    /** On the FX thread: closes every stage but {@code keep}. */
    private static void closeOthers(Stage keep) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != keep && w instanceof Stage)
                .forEach(w -> ((Stage) w).close());
    }

    private static void describeProject() throws Exception {
        FxBench.onFx(() -> {
            Project p = vm.session().project();
            log("project: %d documents, %d codes, %d groups, %d attributes, %d diagrams, %d quotations",
                    p.documents().size(), p.codes().size(), p.groups().size(), p.attributes().size(),
                    p.diagrams().size(), p.count(nl.veldwerk.model.EntityKind.QUOTATION));
        });
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void log(String format, Object... args) {
        System.out.println("[" + System.currentTimeMillis() + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
