package nl.veldwerk.cli.bench;

import java.util.List;

/** Timing and the summary statistics the benchmarks report: medians and ranges, not single times. */
final class BenchStats {
    interface Task {
        void run() throws Exception;
    }

    private BenchStats() {
    }

    /** Each run's milliseconds of our code and of its like-for-like yardstick, measured alternately. */
    record Paired(List<Double> ours, List<Double> bare) {
        List<Double> ratios() {
            return BenchStats.ratios(ours, bare);
        }
    }

    /** {@code runs} measured pairs of {@code ours} then {@code bare}, after one pair that warms up. */
    static Paired alternate(int runs, Task ours, Task bare) throws Exception {
        List<Double> o = new java.util.ArrayList<>();
        List<Double> b = new java.util.ArrayList<>();
        for (int run = -1; run < runs; run++) {
            double oursMs = time(ours);
            double bareMs = time(bare);
            if (run >= 0) {
                o.add(oursMs);
                b.add(bareMs);
            }
        }
        return new Paired(o, b);
    }

    /** Run by run, {@code a} divided by {@code b}. */
    static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> r = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            r.add(a.get(i) / b.get(i));
        }
        return r;
    }

    /** Milliseconds the task took. */
    static double time(Task task) throws Exception {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * What a task cost: wall-clock milliseconds, the CPU milliseconds of the whole process meanwhile (every
     * thread, the collector's and the compiler's included), those of the calling thread alone, the
     * milliseconds the collectors report (their pauses), the CPU milliseconds of the collector's own
     * threads (pauses, concurrent marking and card refinement together) and of the JIT compiler's threads (NaN
     * where the system does not tell). What is left of the process's time went to the task's own threads.
     */
    record Cost(double wallMs, double cpuMs, double threadCpuMs, double gcMs, double collectorCpuMs,
                double compilerCpuMs) {
        /** The process's CPU time less the collector's and the compiler's: the task's threads (and the rest). */
        double workCpuMs() {
            return cpuMs - collectorCpuMs - compilerCpuMs;
        }
    }

    /** The cost of running {@code task} once. */
    static Cost cost(Task task) throws Exception {
        // Each side starts from a collected heap: the garbage the other side left (a whole project, when the
        // open ran before) would otherwise be collected on this side's time.
        System.gc();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long gc = gcMillis();
        double collector = collectorCpuMillis();
        double compiler = compilerCpuMillis();
        long start = System.nanoTime();
        task.run();
        double wall = (System.nanoTime() - start) / 1e6;
        double collectorAfter = collectorCpuMillis();
        double compilerAfter = compilerCpuMillis();
        long cpuAfter = os.getProcessCpuTime();
        long threadAfter = threads.getCurrentThreadCpuTime();
        // -1: this JVM cannot tell (NaN prints as such rather than as a figure).
        return new Cost(wall, cpu < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpu) / 1e6,
                thread < 0 || threadAfter < 0 ? Double.NaN : (threadAfter - thread) / 1e6, gcMillis() - gc,
                collectorAfter - collector, compilerAfter - compiler);
    }

    /**
     * The CPU milliseconds the collector's threads (HotSpot names them "GC Thread#n" and "G1 ...") have used; NaN
     * where the system does not tell. They live as long as the JVM, so a difference is what a task cost them.
     */
    private static double collectorCpuMillis() {
        return cpuMillisOfThreads(name -> name.startsWith("GC Thread") || name.startsWith("G1 "));
    }

    /** The CPU milliseconds of the JIT compiler's threads ("C1 CompilerThre", "C2 CompilerThre"), as above. */
    private static double compilerCpuMillis() {
        return cpuMillisOfThreads(name -> name.contains("CompilerThre"));
    }

    /**
     * The CPU milliseconds the JVM's threads of these names have used, read from Linux's per-thread statistics
     * in clock ticks of 10 ms; NaN elsewhere.
     */
    private static double cpuMillisOfThreads(java.util.function.Predicate<String> named) {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return Double.NaN;
        }
        long ticks = 0;
        try (var threads = java.nio.file.Files.newDirectoryStream(tasks)) {
            for (java.nio.file.Path thread : threads) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(thread.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (named.test(name)) {
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // user and system time
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
        return ticks * 10.0;
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
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
