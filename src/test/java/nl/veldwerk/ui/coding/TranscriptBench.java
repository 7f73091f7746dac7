package nl.veldwerk.ui.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.FxBench;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.shell.MainView;
import nl.veldwerk.ui.shell.Workbench;

/**
 * The transcript benchmark (run by hand with bin/bench-transcript, never by the tests): a 300,000-character
 * transcript with 5,000 overlapping quotations over 40 codes. Measures opening it in the workbench, and
 * applying or removing a code on a stretch selected on screen, from the command to the end of the layout pulse
 * that shows it (each change printed too); and the heap the open document takes.
 */
public final class TranscriptBench {
    private TranscriptBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("veldwerk-transcript-bench").resolve("p");
        ProjectStore.create(dir, project()).close();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Holder h = new Holder();
        FxBench.onFx(() -> {
            h.workbench = new Workbench(new RecordingDialogs());
            h.vm = h.workbench.main();
            h.stage = new Stage();
            h.stage.setScene(new Scene(new MainView(h.workbench), 1400, 900));
            h.stage.show();
            h.vm.open(dir);
        });
        FxBench.waitUntil(() -> h.vm.storeProperty().get() != null && !h.vm.busyProperty().get());
        FxBench.onFx(() -> h.vm.selectedProperty().set(null));
        long heapBefore = FxBench.heapAfterGc();
        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opens.add(FxBench.timeToPulse(h.stage, () -> h.vm.selectedProperty().set(null)) * 0
                    + FxBench.timeToPulse(h.stage, () -> h.vm.selectedProperty().set(h.vm.documents().getFirst())));
        }
        long heapAfter = FxBench.heapAfterGc();
        List<Double> everydayActions = new ArrayList<>();
        Project p = h.vm.storeProperty().get().session().project();
        String docId = p.documents().iterator().next().id();
        String text = p.document(docId).orElseThrow().text();
        String codeId = p.codes().iterator().next().id();
        Random random = new Random(5);
        // A new coder's first coding: the project has no coder by the preferences' name, so each apply adds
        // the coder with the coding (one step) and each undo takes both away again. Then an everyday coding: the
        // coder is there (one coding kept, undone after the round). Both in each round, so that neither is
        // measured while the JIT is still compiling what both run; the first round warms up and is not counted.
        List<Double> firstApply = new ArrayList<>();
        List<Double> firstRemove = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> remove = new ArrayList<>();
        List<Double> warmFirst = new ArrayList<>();
        List<Double> warmApply = new ArrayList<>();
        int actionsBefore = 0;
        for (int round = 0; round < 3; round++) {
            boolean counted = round > 0;
            int pairs = counted ? (changes + round - 1) / 2 : changes / 2;
            applyAndUndo(h, text, codeId, random, pairs, counted ? firstApply : warmFirst,
                    counted ? firstRemove : new ArrayList<>());
            FxBench.onFx(() -> h.workbench.coding().select(10, 40));
            FxBench.timeToPulse(h.stage, () -> h.workbench.coding().applyCode(codeId));
            if (counted) {
                actionsBefore = FxBench.ACTION.size();
            }
            applyAndUndo(h, text, codeId, random, pairs, counted ? apply : warmApply,
                    counted ? remove : new ArrayList<>());
            if (counted) {
                everydayActions.addAll(FxBench.ACTION.subList(actionsBefore, FxBench.ACTION.size()));
            }
            FxBench.timeToPulse(h.stage, h.vm::undo);
        }
        // A second code on a quotation just made: the everyday "this passage is about that too".
        String secondId = p.codes().stream().skip(1).findFirst().orElseThrow().id();
        List<Double> second = new ArrayList<>();
        List<Double> secondUndo = new ArrayList<>();
        secondCode(h, text, codeId, secondId, random, Math.max(10, changes / 2), new ArrayList<>(), new ArrayList<>());
        secondCode(h, text, codeId, secondId, random, changes, second, secondUndo);
        System.out.printf(Locale.ROOT, "warm-up round, not counted: a new coder's first coding median %.1f ms, "
                + "apply a code median %.1f ms%n", FxBench.median(warmFirst), FxBench.median(warmApply));
        System.out.printf(Locale.ROOT, "transcript: %,d characters, %,d quotations, %,d codes%n", text.length(),
                p.quotationsOf(docId).size(), p.codes().size());
        System.out.printf(Locale.ROOT, "open in the workbench: median %.0f ms (runs: %s) (target < 1000 ms)%n",
                FxBench.median(opens), opens.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList());
        System.out.printf(Locale.ROOT, "a new coder's first coding: median %.1f ms, max %.1f ms; its undo: median %.1f ms,"
                + " max %.1f ms (target < 16 ms)%n", FxBench.median(firstApply), Collections.max(firstApply),
                FxBench.median(firstRemove), Collections.max(firstRemove));
        System.out.printf(Locale.ROOT, "apply a code: median %.1f ms, first 10 median %.1f ms, max %.1f ms (target < 16 ms)%n",
                FxBench.median(apply), FxBench.median(apply.subList(0, Math.min(10, apply.size()))), Collections.max(apply));
        System.out.printf(Locale.ROOT, "remove it (undo): median %.1f ms, max %.1f ms (target < 16 ms)%n",
                FxBench.median(remove), Collections.max(remove));
        System.out.printf(Locale.ROOT, "a second code on the quotation just coded: median %.1f ms, max %.1f ms; its undo:"
                + " median %.1f ms, max %.1f ms (target < 16 ms)%n", FxBench.median(second), Collections.max(second),
                FxBench.median(secondUndo), Collections.max(secondUndo));
        // Every change is timed on the FX thread, from the command to the end of its pulse (the search index's
        // update runs on its own thread, not counted); each one, in order, so a trend or a stall shows.
        System.out.printf(Locale.ROOT, "  every first coding / its undo (ms): %s / %s%n", each(firstApply),
                each(firstRemove));
        System.out.printf(Locale.ROOT, "  every coding / its undo (ms): %s / %s%n", each(apply), each(remove));
        System.out.printf(Locale.ROOT, "  every second code / its undo (ms): %s / %s%n", each(second), each(secondUndo));
        List<Double> actions = everydayActions;
        // Scrolling as a mouse wheel does (120 px a step, 300 steps) and jumping a screenful at a time.
        List<Double> scroll = new ArrayList<>();
        List<Double> jump = new ArrayList<>();
        TranscriptView view = (TranscriptView) h.stage.getScene().lookup("#transcript").getParent();
        FxBench.onFx(() -> view.area().showParagraphAtTop(0));
        for (int i = 0; i < 300; i++) {
            scroll.add(FxBench.timeToPulse(h.stage, () -> view.area().scrollYBy(120)));
        }
        for (int i = 0; i < 100; i++) {
            int paragraph = (i * 15) % 3000;
            jump.add(FxBench.timeToPulse(h.stage, () -> view.area().showParagraphAtTop(paragraph)));
        }
        System.out.printf(Locale.ROOT, "scroll a wheel step (120 px): median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                FxBench.median(scroll), FxBench.percentile(scroll, 0.95), Collections.max(scroll));
        System.out.printf(Locale.ROOT, "jump a screenful: median %.1f ms, 95th percentile %.1f ms, max %.1f ms%n",
                FxBench.median(jump), FxBench.percentile(jump, 0.95), Collections.max(jump));
        System.out.printf(Locale.ROOT, "of which the change itself (command, view models, view updates): median %.1f ms;"
                + " the rest is JavaFX CSS, layout and the pulse%n", FxBench.median(actions));
        System.out.printf(Locale.ROOT, "heap for the open document: %.0f MB (target < 200 MB)%n",
                (heapAfter - heapBefore) / 1048576.0);
        FxBench.onFx(() -> {
            h.vm.shutdown();
            h.stage.close();
        });
        Platform.exit();
    }

    private static String each(List<Double> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList().toString();
    }

    /**
     * Selects a random stretch in the transcript as a mouse drag does (not snapped to words, as with Alt held),
     * where the user reads (scrolled to first, not timed), applies the code and undoes it, {@code changes} times;
     * the times to the pulse. A stretch off screen,
     * chosen in the view model only, measured a coding nobody makes: since the quotation just coded is shown
     * (92d6302) the window then scrolled to it within the measured time, and before that its highlight and margin
     * were drawn for paragraphs not on screen.
     */
    private static void applyAndUndo(Holder h, String text, String codeId, Random random, int changes,
                                     List<Double> apply, List<Double> remove) throws Exception {
        TranscriptView view = (TranscriptView) h.stage.getScene().lookup("#transcript").getParent();
        for (int i = 0; i < changes; i++) {
            selectWhereRead(h, view, text, random);
            apply.add(FxBench.timeToPulse(h.stage, () -> h.workbench.coding().applyCode(codeId)));
            remove.add(FxBench.timeToPulse(h.stage, h.vm::undo));
        }
    }

    /**
     * A second code on the quotation just coded (from the inspector), and its undo, {@code changes} times: the
     * quotation is there, so the list shows its row again where it was. The first coding and its undo are not timed.
     */
    private static void secondCode(Holder h, String text, String codeId, String secondId, Random random,
                                   int changes, List<Double> apply, List<Double> remove) throws Exception {
        TranscriptView view = (TranscriptView) h.stage.getScene().lookup("#transcript").getParent();
        for (int i = 0; i < changes; i++) {
            selectWhereRead(h, view, text, random);
            FxBench.untilPulse(h.stage, () -> h.workbench.coding().applyCode(codeId));
            String[] quotationId = new String[1];
            FxBench.onFx(() -> quotationId[0] = h.workbench.coding().selectedQuotationProperty().get().id());
            apply.add(FxBench.timeToPulse(h.stage, () -> h.workbench.coding().addCodeToQuotation(quotationId[0],
                    secondId)));
            remove.add(FxBench.timeToPulse(h.stage, h.vm::undo));
            FxBench.untilPulse(h.stage, h.vm::undo);
        }
    }

    /**
     * A random stretch scrolled into view and selected in the transcript, as the user does before coding it. Not
     * timed, and not among the changes' own times (FxBench.ACTION).
     */
    private static void selectWhereRead(Holder h, TranscriptView view, String text, Random random) throws Exception {
        int start = random.nextInt(text.length() - 200);
        int end = start + 20 + random.nextInt(150);
        FxBench.untilPulse(h.stage, () -> view.area().showParagraphAtTop(Math.max(0,
                view.area().offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                        .getMajor() - 3)));
        FxBench.untilPulse(h.stage, () -> view.area().selectRange(start, end));
        FxBench.onFx(() -> {
            if (!h.workbench.coding().selectedText().equals(text.substring(start, end))) {
                throw new IllegalStateException("the transcript's selection did not reach the coding screen");
            }
        });
    }

    private static final class Holder {
        Workbench workbench;
        MainViewModel vm;
        Stage stage;
    }

    /** 300,000 characters in 3,000 paragraphs, 5,000 quotations of 1-3 codes each over 40 codes. */
    static Project project() {
        Random random = new Random(1);
        String[] words = {"buren", "wijkcoach", "schaamte", "geld", "hulp", "familie", "vertrouwen", "aanbod",
            "de", "het", "een", "en", "niet", "wel", "ook", "buurthuis", "drempel", "taal"};
        StringBuilder text = new StringBuilder(300_000);
        while (text.length() < 300_000) {
            text.append(text.length() % 2 == 0 ? "Interviewer: " : "R01: ");
            int target = text.length() + 90;
            while (text.length() < target) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.append('\n');
        }
        text.setLength(300_000);
        Instant t = Instant.EPOCH;
        Project p = new Project(ProjectInfo.named("Bench", t));
        // Coded by someone else: the workbench's coder (the preferences' name) is new to the project.
        p.put(new nl.veldwerk.model.Coder("other", "Begeleider"));
        Document d = Document.of("doc", "Long interview", text.toString(), SourceFormat.TXT, List.of(), t);
        p.put(d);
        for (int c = 0; c < 40; c++) {
            p.put(Code.of("code" + c, "Code " + c, Colors.palette(c), null));
        }
        for (int q = 0; q < 5_000; q++) {
            int start = random.nextInt(299_500);
            p.put(new Quotation("q" + q, "doc", start, start + 20 + random.nextInt(400), "", null, t));
            int codes = 1 + random.nextInt(3);
            for (int k = 0; k < codes; k++) {
                String code = "code" + random.nextInt(40);
                if (p.codingsOf("q" + q).stream().noneMatch(c -> c.codeId().equals(code))) {
                    p.put(new Coding("k" + q + "-" + k, "q" + q, code, null, t));
                }
            }
        }
        return p;
    }
}
