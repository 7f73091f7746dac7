package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.max;
import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.min;
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

import nl.veldwerk.importer.DocumentImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The import benchmark (issue 20's target): importing transcripts, structure included (layout, speakers,
 * time marks), against reading their text alone, both on one thread, on the same generated files: two
 * speakers taking turns, each turn opened by a time mark, words from a fixed Dutch vocabulary.
 */
@Command(name = "bench-import", description = "Measure importing transcripts against reading their text (run by hand).")
final class BenchImportCommand implements Callable<Integer> {
    private static final String[] WORDS = ("de het een en van ik je dat die niet is op te zijn er maar met voor ook "
            + "als dan naar wijk buurthuis wijkcoach hulp schaamte geld kinderen moeder vrijwilliger koffie week "
            + "dinsdag formulier wachtlijst gemeente buren vertrouwen").split(" ");

    private static final int WARM_UP = 5;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--files", defaultValue = "100", description = "transcripts (default: ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--words", defaultValue = "10000", description = "words per transcript (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--runs", defaultValue = "15", description = "measured runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("veldwerk-bench-import");
        List<Path> transcripts = write(folder);
        DocumentImporter importer = new DocumentImporter();
        List<Double> text = new ArrayList<>();
        List<Double> imported = new ArrayList<>();
        int[] turns = new int[1];
        for (int i = 0; i < runs + WARM_UP; i++) { // the first rounds warm the JIT up
            double t = time(() -> {
                for (Path f : transcripts) {
                    DocumentImporter.text(f);
                }
            });
            double d = time(() -> {
                turns[0] = 0;
                for (Path f : transcripts) {
                    turns[0] += importer.importFile(f, Instant.EPOCH).turns().size();
                }
            });
            if (i >= WARM_UP) {
                text.add(t);
                imported.add(d);
            }
        }
        out.printf(Locale.ROOT, "%d transcripts of %,d words, %,d turns found; one thread each side%n", files, words,
                turns[0]);
        out.printf(Locale.ROOT, "read the text alone: median %.0f ms (runs %s, %.0f-%.0f)%n", median(text), rounded(text),
                min(text), max(text));
        out.printf(Locale.ROOT, "import (text, layout, speakers, marks): median %.0f ms (runs %s, %.0f-%.0f)%n",
                median(imported), rounded(imported), min(imported), max(imported));
        out.printf(Locale.ROOT, "import / text: %.2f (target at most 1.5)%n", median(imported) / median(text));
        for (Path f : transcripts) {
            Files.delete(f);
        }
        Files.delete(folder);
        return 0;
    }

    private List<Path> write(Path folder) throws java.io.IOException {
        Random random = new Random(42);
        List<Path> written = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            StringBuilder s = new StringBuilder();
            int seconds = 0;
            int left = words;
            for (int turn = 0; left > 0; turn++) {
                int n = Math.min(left, turn % 2 == 0 ? 5 + random.nextInt(20) : 20 + random.nextInt(120));
                s.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60,
                        seconds % 60)).append(turn % 2 == 0 ? "Interviewer: " : "R" + f + ": ");
                for (int w = 0; w < n; w++) {
                    s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                s.append(".\n");
                seconds += n / 2;
                left -= n;
            }
            written.add(Files.writeString(folder.resolve(String.format(Locale.ROOT, "T%03d.txt", f)), s));
        }
        return written;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
