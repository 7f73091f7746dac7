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
import nl.veldwerk.search.TranscriptAnalyzer;
import org.apache.lucene.document.Field;
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
            description = "project size to generate: small, medium or large (default: ${DEFAULT-VALUE})")
    SyntheticProject.Preset preset;

    @Option(names = "--runs", defaultValue = "3", description = "measured rebuilds (default: ${DEFAULT-VALUE})")
    int runs;

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
            double b = time(() -> bareLoop(root.resolve("bare-" + System.nanoTime()), p));
            if (i > 0) {
                ours.add(o);
                bare.add(b);
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d quotations%n", p.documents().size(), p.quotations().size());
        out.printf(Locale.ROOT, "rebuild: median %.0f ms; bare IndexWriter loop: median %.0f ms; ratio %.2f "
                + "(target <= 1.5)%n", median(ours), median(bare), median(ours) / median(bare));

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

            session.addListener(change -> {
                try {
                    index.apply(SearchIndex.prepare(session.project(), change));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
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
        }
        return 0;
    }

    /** The same texts, the same analyzer, no bookkeeping: Lucene's own speed on this machine. */
    private static void bareLoop(Path dir, Project p) throws Exception {
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(dir));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TranscriptAnalyzer.forLanguage(
                     p.info().language())))) {
            for (Document d : p.documents()) {
                for (String paragraph : d.text().split("\n")) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new TextField("text", paragraph, Field.Store.YES));
                    writer.addDocument(doc);
                }
                for (var q : p.quotationsOf(d.id())) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new TextField("text", d.text().substring(q.start(), q.end()), Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
    }
}
