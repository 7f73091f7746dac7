package nl.veldwerk.cli.bench;

import java.util.List;

/** Timing and the summary statistics the benchmarks report: medians and ranges, not single times. */
final class BenchStats {
    interface Task {
        void run() throws Exception;
    }

    private BenchStats() {
    }

    /** Milliseconds the task took. */
    static double time(Task task) throws Exception {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The heap in use after a few full collections, in bytes. */
    static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * A yardstick for a file we write as a zip (.docx, .qdpx): the same bytes written by the bare library, its
     * entries inflated and written again through a plain zip stream, one thread.
     */
    static void copyEntries(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                     new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(to), 1 << 16))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                var entry = e.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                try (var data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
