package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.time;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.search.Search;
import nl.veldwerk.search.SearchIndex;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The search benchmark: a full rebuild of the index against a bare IndexWriter loop over the same texts
 * with the same analyzer (run by run, alternating), query latency with highlighting of the top 50, and how
 * soon a new coding is found. Run by hand; figures go to docs/PERFORMANCE.md.
 */
@Command(name = "bench-search", description = "Measure the search index (run by hand).")
final class BenchSearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "LARGE", converter = GenerateCommand.PresetConverter.class,
            description = "project size to generate: small, medium, large or huge (default: ${DEFAULT-VALUE})")
    SyntheticProject.Preset preset;

    @Option(names = "--runs", defaultValue = "3", description = "measured rebuilds (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--pairs", defaultValue = "20",
            description = "a new coder's first codings and their undos to time (default: ${DEFAULT-VALUE})")
    int pairs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = SyntheticProject.generate(preset, 42);
        Path root = Files.createTempDirectory("veldwerk-bench-search");
        List<Double> ours = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) { // the first round warms up
            Path dir = root.resolve("ours-" + i);
            Files.createDirectories(dir);
            double o = time(() -> {
                try (SearchIndex index = SearchIndex.open(dir, p, null, (d, t) -> true)) {
                    // open() builds it: the project is new to this folder
                }
            });
            double b = time(() -> bareLoop(root.resolve("bare-" + System.nanoTime()), p, SearchIndex.BUILD_THREADS));
            if (i > 0) {
                ours.add(o);
                bare.add(b);
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d quotations%n", p.documents().size(), p.quotations().size());
        out.printf(Locale.ROOT, "rebuild: SearchIndex.open on a new folder (%d threads) against a bare IndexWriter loop "
                + "(the same fields and analyzers, %d threads), run by run:%n", SearchIndex.BUILD_THREADS,
                SearchIndex.BUILD_THREADS);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(ours.get(i) / bare.get(i));
            out.printf(Locale.ROOT, "  run %d: ours %.0f ms, bare %.0f ms, ratio %.2f%n", i + 1, ours.get(i), bare.get(i),
                    ratios.getLast());
        }
        out.printf(Locale.ROOT, "rebuild: median %.0f ms; bare: median %.0f ms; ratio of medians %.2f, median of the "
                + "runs' ratios %.2f (target <= 1.5)%n", median(ours), median(bare), median(ours) / median(bare),
                median(ratios));

        ProjectSession session = new ProjectSession(p);
        try (SearchIndex index = SearchIndex.open(root.resolve("ours-1"), p, null, (d, t) -> true)) {
            String[] words = {"wijk", "buurthuis", "voorziening", "schaamte", "netwerk", "geld", "hulp", "buren"};
            Random random = new Random(7);
            List<Double> latency = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String query = words[random.nextInt(words.length)] + (i % 3 == 0 ? " AND " + words[random.nextInt(
                        words.length)] : "");
                latency.add(time(() -> Search.run(index, query, Search.Scope.ALL, 50)));
            }
            latency.sort(Double::compare);
            out.printf(Locale.ROOT, "query with highlighting of the top 50: p50 %.1f ms, p99 %.1f ms "
                    + "(targets < 20 ms, < 100 ms)%n", latency.get(100), latency.get(197));

            java.util.function.Consumer<nl.veldwerk.project.ProjectChange> following = index.follow(session);
            Document d = p.documents().iterator().next();
            String code = p.codes().iterator().next().id();
            double findable = time(() -> {
                session.execute(QuotationCommands.codeRange(d.id(), 0, 20, code, null, Instant.now()));
                String name = session.project().code(code).orElseThrow().name();
                List<Search.Hit> hits = Search.run(index, "document:\"" + d.name() + "\" AND code:\"" + name + "\"",
                        Search.Scope.QUOTATIONS, 5000);
                if (hits.stream().noneMatch(h -> h.start() == 0 && h.end() == 20)) {
                    throw new IllegalStateException("the new coding was not found");
                }
            });
            out.printf(Locale.ROOT, "a new coding findable after %.0f ms (target < 1,000 ms)%n", findable);
            session.removeListener(following); // from here the measuring listener keeps the index up to date
            firstCodings(session, index, pairs, out);
        }
        return 0;
    }

    /**
     * A new coder's first coding (the coder is added in the same step) of a code used all over the project,
     * and its undo, {@code pairs} times: what preparing the index update costs the thread that owns the project (the FX
     * thread in the window) and what applying it costs the index's thread.
     */
    private static void firstCodings(ProjectSession session, SearchIndex index, int pairs, PrintWriter out)
            throws Exception {
        Project p = session.project();
        SearchIndex.IndexedNames names = new SearchIndex.IndexedNames(p);
        String code = p.codes().stream().max(java.util.Comparator.comparingInt(c -> p.codingsWithCode(c.id()).size()))
                .orElseThrow().id();
        List<Document> documents = List.copyOf(p.documents());
        List<Double> prepare = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        java.util.function.Consumer<nl.veldwerk.project.ProjectChange> measure = change -> {
            long t0 = System.nanoTime();
            SearchIndex.Update update = SearchIndex.prepare(session.project(), change, names);
            long t1 = System.nanoTime();
            try {
                index.apply(update);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            prepare.add((t1 - t0) / 1e6);
            apply.add((System.nanoTime() - t1) / 1e6);
            written.add(update.documentIds().size() * 1000 + update.quotationIds().size());
        };
        session.addListener(measure);
        long heapBefore = BenchStats.usedHeapAfterGc();
        for (int i = 0; i < pairs; i++) {
            Document d = documents.get(i % documents.size());
            nl.veldwerk.model.Coder coder = new nl.veldwerk.model.Coder("bench-coder-" + i, "Nieuwe codeur " + i);
            session.execute(new nl.veldwerk.project.CompositeCommand(nl.veldwerk.project.Message.of("coding.add", code),
                    List.of(nl.veldwerk.project.NoteCommands.addCoder(coder),
                            QuotationCommands.codeRange(d.id(), 30, 90, code, coder.id(), Instant.now()))));
            session.undo();
        }
        long heapAfter = BenchStats.usedHeapAfterGc();
        out.printf(Locale.ROOT, "a new coder's first coding of a code with %,d codings, and its undo (%d each, on one "
                + "thread): preparing the update median %.2f ms, max %.2f ms (target < 16 ms on the FX thread); applying"
                + " it median %.2f ms; entries written per change: %s%n", p.codingsWithCode(code).size(), pairs,
                median(prepare), java.util.Collections.max(prepare), median(apply),
                written.stream().distinct().map(n -> n >= 1000 ? (n / 1000) + " documents + " + (n % 1000)
                        + " quotations" : n + " quotation(s)").toList());
        out.printf(Locale.ROOT, "  heap after GC before the pairs %.0f MB, after %.0f MB (the undo history holds"
                + " nothing back: an undone step goes when the next change is made)%n", heapBefore / 1048576.0,
                heapAfter / 1048576.0);
        if (prepare.size() <= 100) {
            out.printf(Locale.ROOT, "  per change, preparing (ms): %s%n", prepare.stream().map(v -> String.format(
                    Locale.ROOT, "%.2f", v)).toList());
        }
    }

    /**
     * The yardstick: the same Lucene documents (the same fields, the same analyzers), built straight from the
     * model with no bookkeeping, added on the same number of threads: Lucene's own cost for what the index holds.
     */
    private static void bareLoop(Path dir, Project p, int threads) throws Exception {
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(dir));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.analyzerFor(
                     p.info().language())))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<?>> work = new ArrayList<>();
                for (Document d : p.documents()) {
                    work.add(pool.submit(() -> {
                        writer.addDocuments(bareDocuments(p, d));
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            writer.commit();
        }
    }

    private static List<org.apache.lucene.document.Document> bareDocuments(Project p, Document d) {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        String groups = String.join(" ", d.groupIds().stream().map(g -> p.groups().stream().filter(x -> x.id()
                .equals(g)).map(x -> x.name()).findFirst().orElse("")).toList());
        String text = d.text();
        int start = 0;
        int paragraph = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                out.add(bare(d, groups, "paragraph", "p:" + d.id() + ":" + paragraph, start, end));
            }
            paragraph++;
            start = end + 1;
        }
        for (var q : p.quotationsOf(d.id())) {
            org.apache.lucene.document.Document doc = bare(d, groups, "quotation", "q:" + q.id(), q.start(), q.end());
            doc.add(new StringField("quotationId", q.id(), Field.Store.YES));
            for (var c : p.codingsOf(q.id())) {
                doc.add(new StringField("codeId", c.codeId(), Field.Store.YES));
                p.code(c.codeId()).ifPresent(code -> doc.add(new TextField("code", code.name(), Field.Store.YES)));
                if (c.coderId() != null) {
                    p.coder(c.coderId()).ifPresent(x -> doc.add(new TextField("coder", x.name(), Field.Store.NO)));
                }
            }
            if (!q.comment().isBlank()) {
                doc.add(new TextField("comment", q.comment(), Field.Store.YES));
            }
            out.add(doc);
        }
        return out;
    }

    private static org.apache.lucene.document.Document bare(Document d, String groups, String kind, String id,
                                                            int start, int end) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StringField("documentId", d.id(), Field.Store.YES));
        doc.add(new TextField("document", d.name(), Field.Store.YES));
        doc.add(new StoredField("start", start));
        doc.add(new StoredField("end", end));
        doc.add(new TextField("text", d.text().substring(start, end), Field.Store.YES));
        if (!groups.isBlank()) {
            doc.add(new TextField("group", groups, Field.Store.NO));
        }
        for (var turn : d.turns()) {
            if (turn.start() <= start && start <= turn.end()) {
                doc.add(new TextField("speaker", turn.speaker(), Field.Store.YES));
                break;
            }
        }
        d.attributes().forEach((name, value) -> doc.add(new TextField(
                name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""), value, Field.Store.NO)));
        return doc;
    }
}
