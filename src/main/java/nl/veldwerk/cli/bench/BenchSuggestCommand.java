package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.max;
import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.time;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.search.CodeSuggester;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.search.SimilarPassages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The code suggestion benchmark: suggestions for passages of a generated project (one at a time, as the
 * window asks, on one thread), after the suggester learns the coded quotations once; and "more like these"
 * over the first 100 documents. Per-run figures and medians; run by hand, figures to docs/PERFORMANCE.md.
 */
@Command(name = "bench-suggest", description = "Measure code suggestions and more-like-these (run by hand).")
final class BenchSuggestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "LARGE", converter = GenerateCommand.PresetConverter.class,
            description = "project size to generate: small, medium, large or huge (default: ${DEFAULT-VALUE})")
    SyntheticProject.Preset preset;

    @Option(names = "--passages", defaultValue = "50", description = "passages to suggest for (default: "
            + "${DEFAULT-VALUE})")
    int passages;

    @Option(names = "--runs", defaultValue = "3", description = "more-like-these runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = SyntheticProject.generate(preset, 42);
        out.printf(Locale.ROOT, "%d documents, %d quotations, %d codes; one thread%n", p.documents().size(),
                p.quotations().size(), p.codes().size());
        CodeSuggester[] built = new CodeSuggester[1];
        double learn = time(() -> built[0] = CodeSuggester.of(p));
        out.printf(Locale.ROOT, "learn the %d coded quotations (in memory): %.0f ms%n", built[0].coded(), learn);
        List<Quotation> all = new ArrayList<>(p.quotations());
        Random dice = new Random(7);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < passages + 5; i++) { // five to warm up
            Quotation q = all.get(dice.nextInt(all.size()));
            Document d = p.document(q.documentId()).orElseThrow();
            String text = d.text().substring(q.start(), q.end());
            double t = time(() -> built[0].suggest(text, 5, Set.of(q.id())));
            if (i >= 5) {
                times.add(t);
            }
        }
        out.printf(Locale.ROOT, "suggest for a passage: median %.1f ms, max %.1f ms over %d passages "
                + "(target: median < 50 ms)%n", median(times), max(times), times.size());
        out.printf(Locale.ROOT, "  per run: %s%n", String.join(" ", times.stream().map(t -> String.format(Locale.ROOT,
                "%.1f", t)).toList()));
        built[0].close();
        Set<String> hundred = Set.copyOf(p.documents().stream().limit(100).map(Document::id).toList());
        String codeId = p.codes().iterator().next().id();
        List<Double> ranks = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            double t = time(() -> SimilarPassages.rank(p, codeId, hundred, SearchAndCode.Unit.SENTENCE, Set.of(), 50));
            if (i > 0) {
                ranks.add(t);
            }
        }
        out.printf(Locale.ROOT, "more like these over %d documents (sentences): median %.0f ms, per run %s "
                + "(target < 2,000 ms)%n", hundred.size(), median(ranks), String.join(" ", ranks.stream()
                .map(t -> String.format(Locale.ROOT, "%.0f", t)).toList()));
        return 0;
    }
}
