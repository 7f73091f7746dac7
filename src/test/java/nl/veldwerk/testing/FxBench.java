package nl.veldwerk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.stage.Stage;

/** What the window benchmarks share: timing an action to the end of the layout pulse that shows it, and statistics. */
public final class FxBench {
    /** How long each timed action itself took on the FX thread (the rest of a timing is CSS, layout, pulse). */
    public static final List<Double> ACTION = java.util.Collections.synchronizedList(new ArrayList<>());

    private FxBench() {
    }

    /** Milliseconds from running the action on the FX thread to the end of the next layout pulse. */
    public static double timeToPulse(Stage stage, Runnable action) throws Exception {
        AtomicLong start = new AtomicLong();
        long end = nanosToPulse(stage, () -> {
            action.run();
            ACTION.add((System.nanoTime() - start.get()) / 1e6);
        }, start);
        return (end - start.get()) / 1e6;
    }

    /**
     * Runs the action on the FX thread and waits for the end of the layout pulse after it, timing nothing: what a
     * benchmark does before what it measures (not in {@link #ACTION} either).
     */
    public static void untilPulse(Stage stage, Runnable action) throws Exception {
        nanosToPulse(stage, action, new AtomicLong());
    }

    /** Runs the action on the FX thread (its start time into {@code start}); the end of the layout pulse after it. */
    private static long nanosToPulse(Stage stage, Runnable action, AtomicLong start) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong end = new AtomicLong();
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                end.set(System.nanoTime());
                stage.getScene().removePostLayoutPulseListener(listener[0]);
                done.countDown();
            };
            start.set(System.nanoTime());
            action.run();
            stage.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse");
        }
        return end.get();
    }

    public static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    public static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ok = new boolean[1];
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }

    public static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

}
