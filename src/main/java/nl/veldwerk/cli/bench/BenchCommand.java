package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.max;
import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.min;
import static nl.veldwerk.cli.bench.BenchStats.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.project.synthetic.SyntheticProject.Preset;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storage benchmark: open time against a plain Jackson parse of the same bytes (measured in the same
 * run, alternating, so machine noise hits both), save time after one change, and heap after open.
 * Run by hand, never by the tests; figures go to docs/PERFORMANCE.md.
 */
@Command(name = "bench", description = "Measure open, save and memory on a synthetic project (run by hand).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "LARGE", converter = GenerateCommand.PresetConverter.class,
            description = "project size to generate: small, medium, large or huge (default: ${DEFAULT-VALUE})")
    Preset preset;

    @Option(names = "--project", description = "benchmark this existing project instead of generating one")
    Path project;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--saves", defaultValue = "30", description = "single-change saves to time (default: ${DEFAULT-VALUE})")
    int saves;

    @Option(names = "--cold", defaultValue = "0", description = "also time this many first opens and parses, each "
            + "in a fresh JVM, as a user's first open after starting the program (default: ${DEFAULT-VALUE})")
    int cold;

    /** Set in the fresh JVM {@code --cold} starts: time this side once and print it. */
    @Option(names = "--cold-side", hidden = true)
    String coldSide;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = project;
        Path temp = null;
        if (dir == null) {
            temp = Files.createTempDirectory("veldwerk-bench");
            dir = temp.resolve("project");
            long t0 = System.nanoTime();
            ProjectStore.create(dir, SyntheticProject.generate(preset, 1)).close();
            out.printf("generated %s preset in %s (%.1f s), %.0f MB on disk%n", preset, dir,
                    (System.nanoTime() - t0) / 1e9, sizeOnDisk(dir) / 1e6);
        }
        try {
            if (coldSide != null) {
                if (!coldSide.equals("parse") && !coldSide.equals("open")) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cold-side: parse or open");
                }
                Path on = dir;
                BenchStats.Cost c = BenchStats.cost(() -> {
                    if (coldSide.equals("parse")) {
                        jacksonParseAll(on);
                    } else {
                        ProjectStore.open(on).close();
                    }
                });
                out.printf(java.util.Locale.ROOT, "cold %s: %.1f %.1f %.1f %.1f%n", coldSide, c.wallMs(), c.cpuMs(),
                        c.compilerCpuMs(), c.collectorCpuMs());
                return 0;
            }
            measure(dir, out);
            if (cold > 0) {
                measureCold(dir, out);
            }
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
        return 0;
    }

    private void measure(Path dir, PrintWriter out) throws Exception {
        List<BenchStats.Cost> parse = new ArrayList<>();
        List<BenchStats.Cost> open = new ArrayList<>();
        for (int run = -1; run < runs; run++) { // run -1 warms up class loading and the JIT
            BenchStats.Cost p = BenchStats.cost(() -> jacksonParseAll(dir));
            BenchStats.Cost o = BenchStats.cost(() -> ProjectStore.open(dir).close());
            if (run >= 0) {
                parse.add(p);
                open.add(o);
                out.printf("run %d: jackson parse %.1f ms (cpu %.0f: parsing %.0f, collector threads %.0f, compiler "
                        + "threads %.0f; gc pauses %.0f), open %.1f ms (cpu %.0f: parsing and the opening thread %.0f, "
                        + "of which the opening thread %.0f, collector threads %.0f, compiler threads %.0f; gc pauses "
                        + "%.0f), ratio %.2f (cpu %.2f, parsing and opening against parsing %.2f)%n", run + 1,
                        p.wallMs(), p.cpuMs(), p.workCpuMs(), p.collectorCpuMs(), p.compilerCpuMs(), p.gcMs(),
                        o.wallMs(), o.cpuMs(), o.workCpuMs(), o.threadCpuMs(), o.collectorCpuMs(), o.compilerCpuMs(),
                        o.gcMs(), o.wallMs() / p.wallMs(), o.cpuMs() / p.cpuMs(), o.workCpuMs() / p.workCpuMs());
            }
        }
        List<Double> openWall = open.stream().map(BenchStats.Cost::wallMs).toList();
        List<Double> parseWall = parse.stream().map(BenchStats.Cost::wallMs).toList();
        List<Double> openCpu = open.stream().map(BenchStats.Cost::cpuMs).toList();
        List<Double> parseCpu = parse.stream().map(BenchStats.Cost::cpuMs).toList();
        double ratio = median(openWall) / median(parseWall);
        out.printf("%nopen:          median %.1f ms (min %.1f, max %.1f); cpu median %.0f ms; collector threads' cpu "
                + "median %.0f ms; gc pauses median %.0f ms%n", median(openWall), min(openWall), max(openWall),
                median(openCpu), median(open.stream().map(BenchStats.Cost::collectorCpuMs).toList()),
                median(open.stream().map(BenchStats.Cost::gcMs).toList()));
        out.printf("jackson parse: median %.1f ms (min %.1f, max %.1f); cpu median %.0f ms; collector threads' cpu "
                + "median %.0f ms; gc pauses median %.0f ms%n", median(parseWall), min(parseWall), max(parseWall),
                median(parseCpu), median(parse.stream().map(BenchStats.Cost::collectorCpuMs).toList()),
                median(parse.stream().map(BenchStats.Cost::gcMs).toList()));
        int threads = parsingThreads(dir);
        out.printf("open / parse:  %.2f  (target <= 1.5: %s); median of the per-run ratios %.2f; both parse the "
                + "document parts on %d thread%s%n", ratio, ratio <= 1.5 ? "met" : "MISSED",
                median(BenchStats.ratios(openWall, parseWall)), threads, threads == 1 ? " (the calling one)" : "s");
        out.printf("open / parse in process cpu time (every thread, collectors included): %.2f; median of the "
                + "per-run ratios %.2f%n", median(openCpu) / median(parseCpu),
                median(BenchStats.ratios(openCpu, parseCpu)));
        out.printf("open < 3 s (large), < 5 s (huge): %.0f ms%n", median(openWall));

        try (ProjectStore store = ProjectStore.open(dir)) {
            long heap = BenchStats.usedHeapAfterGc();
            Project p = store.session().project();
            out.printf("heap after open: %.0f MB used after GC, with %,d documents, %,d quotations, %,d codes, "
                            + "%,d codings (target < 1536 MB: %s)%n", heap / 1e6 / 1.048576,
                    p.count(EntityKind.DOCUMENT), p.count(EntityKind.QUOTATION), p.count(EntityKind.CODE),
                    p.count(EntityKind.CODING), heap < 1536L * 1024 * 1024 ? "met" : "MISSED");
            out.printf("preparing the saves (the window does it on its save queue after opening): %.0f ms%n",
                    time(store::prepareSaves));
            List<Double> save = timeSaves(store);
            out.printf("save after one change: median %.1f ms (min %.1f, max %.1f, %d saves) (targets: median < 20 ms, "
                    + "max < 100 ms: %s)%n", median(save), min(save), max(save), save.size(),
                    median(save) < 20 && max(save) < 100 ? "met" : "MISSED");
            out.printf("  every save (ms): %s%n", save.stream().map(t -> String.format(java.util.Locale.ROOT, "%.1f", t))
                    .toList());
        }
    }

    /**
     * What a user waits for the first time a project is opened after the program starts: the open and the
     * yardstick's parse each in a fresh JVM (same java, options and class path as this one), alternating so
     * that the machine's noise hits both. Nothing is compiled yet there: the JIT compiles while the parse
     * threads still run interpreted code, on the same cores. The installer's AOT cache (packaging/train-aot.sh)
     * is not used here: it needs the application in jars.
     */
    private void measureCold(Path dir, PrintWriter out) throws Exception {
        List<Double> open = new ArrayList<>();
        List<Double> parse = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        List<Double> parseCpu = new ArrayList<>();
        for (int run = 0; run < cold; run++) {
            double[] p = coldSide(dir, "parse");
            double[] o = coldSide(dir, "open");
            parse.add(p[0]);
            open.add(o[0]);
            parseCpu.add(p[1]);
            openCpu.add(o[1]);
            out.printf("cold run %d: jackson parse %.0f ms (cpu %.0f, of which compiler threads %.0f, collector threads "
                    + "%.0f), open %.0f ms (cpu %.0f, of which compiler threads %.0f, collector threads %.0f), ratio "
                    + "%.2f (cpu %.2f)%n", run + 1, p[0], p[1], p[2], p[3], o[0], o[1], o[2], o[3], o[0] / p[0],
                    o[1] / p[1]);
        }
        out.printf("cold (each in a fresh JVM): open median %.0f ms (min %.0f, max %.0f), jackson parse median %.0f ms"
                + " (min %.0f, max %.0f), open / parse %.2f; median of the per-run ratios %.2f%n", median(open),
                min(open), max(open), median(parse), min(parse), max(parse), median(open) / median(parse),
                median(BenchStats.ratios(open, parse)));
        // The processor time moves less with the shared machine's noise than the wall time does.
        out.printf("cold processor time (all threads of the JVM while it timed): open median %.0f ms, jackson parse "
                + "median %.0f ms, open / parse %.2f%n", median(openCpu), median(parseCpu),
                median(openCpu) / median(parseCpu));
    }

    /** Wall, processor, compiler threads' and collector threads' time (ms) of one side in a fresh JVM. */
    private static double[] coldSide(Path dir, String side) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // Not a recording, a debugger's port or a log file of this JVM's: the children would take them over.
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-agentlib:jdwp")
                        && !a.startsWith("-Xlog") && !a.startsWith("-Xrunjdwp")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(), "bench",
                "--project", dir.toString(), "--cold-side", side));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String prefix = "cold " + side + ": ";
        if (child.waitFor() != 0 || !output.contains(prefix)) {
            throw new IllegalStateException("the fresh JVM timing the " + side + " failed:\n" + output);
        }
        String figures = output.substring(output.lastIndexOf(prefix) + prefix.length()).lines().findFirst().orElseThrow();
        return java.util.Arrays.stream(figures.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private List<Double> timeSaves(ProjectStore store) throws Exception {
        Project p = store.session().project();
        List<Document> docs = new ArrayList<>(p.documents());
        List<Code> codes = new ArrayList<>(p.codes());
        Random random = new Random(3);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < saves && !docs.isEmpty() && !codes.isEmpty(); i++) {
            Document d = docs.get(random.nextInt(docs.size()));
            int start = random.nextInt(Math.max(1, d.textLength() - 50));
            store.session().execute(QuotationCommands.codeRange(d.id(), start, start + 40,
                    codes.get(random.nextInt(codes.size())).id(), null, Instant.now()));
            times.add(time(store::save));
        }
        return times;
    }

    /**
     * The yardstick, like for like: read every file of the project and parse it into a Jackson tree, the
     * document parts on as many threads as {@code ProjectStore.open} uses ({@link ProjectReader#parsingThreads}:
     * on the calling thread when they are few and small, else one per core).
     */
    private static void jacksonParseAll(Path dir) throws Exception {
        JsonMapper mapper = JsonMapper.shared();
        JsonNode manifest = mapper.readTree(Files.readAllBytes(dir.resolve("veldwerk.json")));
        mapper.readTree(Files.readAllBytes(dir.resolve(manifest.get("projectPart").asString())));
        List<Path> files = documentParts(dir, manifest, mapper);
        int threads = ProjectReader.parsingThreads(files);
        if (threads == 1) {
            for (Path file : files) {
                mapper.readTree(Files.readAllBytes(file)); // parsed and let go, as the store lets go of its trees
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> parsed = new ArrayList<>();
            for (Path file : files) {
                parsed.add(pool.submit(() -> {
                    mapper.readTree(Files.readAllBytes(file));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : parsed) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The project's document parts, as its manifest lists them (schema 6: in list parts). */
    private static List<Path> documentParts(Path dir, JsonNode manifest, JsonMapper mapper) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        if (manifest.has("documentLists")) {
            for (JsonNode list : manifest.get("documentLists")) {
                mapper.readTree(Files.readAllBytes(dir.resolve(list.get("file").asString())))
                        .get("documents").forEach(documents::add);
            }
        } else {
            manifest.get("documents").forEach(documents::add);
        }
        return documents.stream().map(ref -> dir.resolve(ref.get("file").asString())).toList();
    }

    /** The threads both sides parse this project's document parts on. */
    private static int parsingThreads(Path dir) throws IOException {
        JsonMapper mapper = JsonMapper.shared();
        return ProjectReader.parsingThreads(documentParts(dir, mapper.readTree(Files.readAllBytes(
                dir.resolve("veldwerk.json"))), mapper));
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
