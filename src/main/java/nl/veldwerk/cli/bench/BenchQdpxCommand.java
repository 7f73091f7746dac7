package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.time;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.store.Bundles;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.project.synthetic.SyntheticProject.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The REFI-QDA import benchmark: importing a generated .qdpx against a bare StAX pass over its project.qde
 * (unzipped from the same file), alternating run by run; then the export and the project bundle, each against
 * writing the same entries through a plain zip stream. Run by hand; figures go to docs/PERFORMANCE.md.
 */
@Command(name = "bench-qdpx", description = "Measure REFI-QDA import against a bare StAX pass, the REFI-QDA export and "
        + "the project bundle against a plain zip stream (run by hand).")
final class BenchQdpxCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "LARGE", converter = GenerateCommand.PresetConverter.class,
            description = "project size to generate and export: small, medium, large or huge (default: ${DEFAULT-VALUE})")
    Preset preset;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--project", description = "export an existing project folder instead of generating one (its "
            + "texts are read from its files as the command line's export reads them); the import is then not timed")
    Path projectFolder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path qdpx = Files.createTempFile("veldwerk-bench", ".qdpx");
        if (projectFolder != null) {
            try {
                Project project = nl.veldwerk.store.ProjectReader.readLeavingTexts(projectFolder);
                out.printf("%s: %,d documents, %,d quotations (import not timed: the bare StAX pass and the import "
                        + "compare with --preset)%n", projectFolder, project.documents().size(),
                        project.quotations().size());
                againstZipCopy(out, "export", () -> RefiExport.exportProject(project, qdpx, "Veldwerk bench",
                        projectFolder), qdpx);
                benchBundle(out, project);
            } finally {
                Files.deleteIfExists(qdpx);
            }
            return 0;
        }
        try {
            Project project = SyntheticProject.generate(preset, 1);
            RefiExport.exportProject(project, qdpx, "Veldwerk bench");
            out.printf("exported %s preset: %,d selections, %.0f MB .qdpx%n", preset, project.quotations().size(),
                    Files.size(qdpx) / 1e6);
            List<Double> stax = new ArrayList<>();
            List<Double> imports = new ArrayList<>();
            for (int run = -1; run < runs; run++) {
                double s = time(() -> staxPass(qdpx));
                double i = time(() -> RefiImport.readProject(qdpx, ProjectInfo.named("bench", Instant.EPOCH)));
                if (run >= 0) {
                    stax.add(s);
                    imports.add(i);
                    out.printf("run %d: StAX pass %.0f ms, import %.0f ms, ratio %.2f%n", run + 1, s, i, i / s);
                }
            }
            double ratio = median(imports) / median(stax);
            out.printf("%nimport: median %.0f ms; StAX pass: median %.0f ms; import / StAX = %.2f (target <= 3.0: %s);"
                    + " one thread each side%n", median(imports), median(stax), ratio, ratio <= 3.0 ? "met" : "MISSED");
            againstZipCopy(out, "export", () -> RefiExport.exportProject(project, qdpx, "Veldwerk bench"), qdpx);
            benchBundle(out, project);
        } finally {
            Files.deleteIfExists(qdpx);
        }
        return 0;
    }

    /**
     * The export against the bare library: the same .qdpx's entries inflated and written again through a
     * plain zip stream, one thread each side, alternating run by run.
     */
    /**
     * The project bundle (File → Export → Bundle, {@code veldwerk bundle}) against the bare library the same way:
     * the bundle's entries inflated and written again through a plain zip stream, one thread each side.
     */
    private void benchBundle(PrintWriter out, Project project) throws Exception {
        Path bundle = Files.createTempFile("veldwerk-bench", ".vwz");
        try {
            againstZipCopy(out, "bundle", () -> Bundles.export(project, bundle), bundle);
        } finally {
            Files.deleteIfExists(bundle);
        }
    }

    /** {@code ours} writing the zip {@code file}, against copying its entries through a plain zip stream, alternating. */
    private void againstZipCopy(PrintWriter out, String what, BenchStats.Task ours, Path file) throws Exception {
        Path copy = Files.createTempFile("veldwerk-bench-bare", ".zip");
        try {
            BenchStats.Paired runs = BenchStats.alternate(this.runs, ours, () -> BenchStats.copyEntries(file, copy));
            out.printf("%s: %.0f MB%n", what, Files.size(file) / 1e6);
            for (int run = 0; run < runs.ours().size(); run++) {
                out.printf("run %d: %s %.0f ms, bare zip copy %.0f ms, ratio %.2f%n", run + 1, what,
                        runs.ours().get(run), runs.bare().get(run), runs.ratios().get(run));
            }
            double ratio = median(runs.ours()) / median(runs.bare());
            out.printf("%s: median %.0f ms; bare: median %.0f ms; %s / bare = %.2f (target <= 2: %s); one thread each"
                    + " side%n", what, median(runs.ours()), median(runs.bare()), what, ratio, ratio <= 2 ? "met" : "MISSED");
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Unzips project.qde and walks every StAX event of it, building nothing. */
    private static void staxPass(Path qdpx) throws Exception {
        byte[] qde = null;
        try (InputStream in = Files.newInputStream(qdpx); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("project.qde")) {
                    qde = zip.readAllBytes();
                }
            }
        }
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(qde));
        long events = 0;
        while (reader.hasNext()) {
            reader.next();
            events++;
        }
        reader.close();
        if (events == 0) {
            throw new IllegalStateException("empty project.qde");
        }
    }

}
