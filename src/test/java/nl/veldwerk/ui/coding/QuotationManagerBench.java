package nl.veldwerk.ui.coding;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.shell.BenchWindow;
import nl.veldwerk.ui.shell.Workbench;

/**
 * The all-quotations manager on a big project, in the real window (headless): how long its lines take to show,
 * the longest the FX thread went without drawing meanwhile (the gap between two frames), the heap of the whole
 * window with it open, a coding with it open (on the FX thread, then until the lines show it), a filter by
 * words and a sort by words (on its own thread). Run by hand: {@code bin/bench-workbench quotation-manager
 * PROJECT RUNS}; docs/PERFORMANCE.md.
 */
public final class QuotationManagerBench {
    private QuotationManagerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        nl.veldwerk.testing.FrameGaps frames = new nl.veldwerk.testing.FrameGaps();
        BenchWindow window = BenchWindow.start(frames::start);
        Workbench workbench = window.workbench();
        Stage stage = window.stage();
        MainViewModel vm = workbench.main();
        window.openAndWaitForIndex(dir);
        System.out.printf(Locale.ROOT, "heap of the window with %s open, index ready, before the manager: %d MB%n", dir,
                FxBench.heapAfterGc() >> 20);
        for (int run = 1; run <= runs; run++) {
            QuotationManagerWindow[] manager = new QuotationManagerWindow[1];
            frames.takeLongestMs();
            long start = System.nanoTime();
            double[] openCall = new double[1];
            FxBench.onFx(() -> {
                long t = System.nanoTime();
                QuotationManagerWindow.open(stage, vm);
                openCall[0] = (System.nanoTime() - t) / 1e6;
                manager[0] = (QuotationManagerWindow) stage.getProperties().get(QuotationManagerWindow.class);
            });
            double shown = untilSettled(manager[0], start);
            double gap = frames.takeLongestMs();
            long heap = FxBench.heapAfterGc();
            int[] lines = new int[1];
            FxBench.onFx(() -> lines[0] = manager[0].rows().count());
            System.out.printf(Locale.ROOT, "run %d: %,d lines shown after %.0f ms (the open call %.1f ms on the FX "
                    + "thread), longest gap between frames %.0f ms; heap of the window with it open %d MB%n",
                    run, lines[0], shown, openCall[0], gap, heap >> 20);

            double[] coding = new double[1];
            frames.takeLongestMs(); // not the collections forced above
            start = System.nanoTime();
            FxBench.onFx(() -> {
                var session = vm.session();
                var document = vm.selectedProperty().get().document();
                var code = session.project().codes().iterator().next();
                long t = System.nanoTime();
                session.execute(nl.veldwerk.project.QuotationCommands.codeRange(document.id(), 0,
                        Math.min(30, document.text().length()), code.id(), null, java.time.Instant.now()));
                coding[0] = (System.nanoTime() - t) / 1e6;
            });
            double codingShown = untilSettled(manager[0], start);
            System.out.printf(Locale.ROOT, "  a coding with it open: %.1f ms on the FX thread, in the manager after "
                    + "%.0f ms, longest gap %.0f ms%n", coding[0], codingShown, frames.takeLongestMs());

            Scene scene = managerScene();
            TextField text = (TextField) scene.lookup("#qmanager-text");
            @SuppressWarnings("unchecked")
            TableView<QuotationManagerRow> table = (TableView<QuotationManagerRow>) scene.lookup("#qmanager-table");
            frames.takeLongestMs();
            start = System.nanoTime();
            FxBench.onFx(() -> text.setText("buurthuis"));
            double filtered = untilSettled(manager[0], start);
            int[] matched = new int[1];
            FxBench.onFx(() -> matched[0] = table.getItems().size());
            System.out.printf(Locale.ROOT, "  words \"buurthuis\": %,d lines after %.0f ms, longest gap %.0f ms%n",
                    matched[0], filtered, frames.takeLongestMs());
            FxBench.onFx(() -> text.setText(""));
            untilSettled(manager[0], System.nanoTime());
            start = System.nanoTime();
            FxBench.onFx(() -> {
                TableColumn<QuotationManagerRow, ?> words = table.getColumns().get(1);
                words.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(words));
            });
            double sorted = untilSettled(manager[0], start);
            System.out.printf(Locale.ROOT, "  sorted by words: %.0f ms, longest gap %.0f ms; heap %d MB%n", sorted,
                    frames.takeLongestMs(), FxBench.heapAfterGc() >> 20);
            FxBench.onFx(() -> {
                table.getSortOrder().clear();
                vm.session().undo();
                ((Stage) scene.getWindow()).close();
            });
            System.out.printf(Locale.ROOT, "  closed: heap %d MB%n", FxBench.heapAfterGc() >> 20);
        }
        FxBench.onFx(() -> {
            frames.stop();
            vm.shutdown();
            stage.close();
        });
        Platform.exit();
    }

    private static Scene managerScene() {
        return Window.getWindows().stream().map(Window::getScene).filter(s -> s != null
                && s.lookup("#qmanager-table") != null).findFirst().orElseThrow();
    }

    /** Milliseconds from {@code start} until the manager shows its answer. */
    private static double untilSettled(QuotationManagerWindow manager, long start) throws Exception {
        AtomicLong end = new AtomicLong();
        FxBench.waitUntil(() -> {
            end.set(System.nanoTime());
            return !manager.workingProperty().get();
        });
        return (end.get() - start) / 1e6;
    }
}
