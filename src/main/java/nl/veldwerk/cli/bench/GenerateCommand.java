package nl.veldwerk.cli.bench;

import nl.veldwerk.cli.CliFailure;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.project.synthetic.SyntheticProject.Preset;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Create a deterministic synthetic project for benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the folder to create")
    Path directory;

    @Option(names = "--preset", description = "small, medium, large or huge (default: ${DEFAULT-VALUE})",
            defaultValue = "SMALL", converter = PresetConverter.class)
    Preset preset;

    @Option(names = "--documents", description = "number of documents (overrides the preset)")
    Integer documents;

    @Option(names = "--words", description = "words per document (overrides the preset)")
    Integer words;

    @Option(names = "--quotations", description = "number of quotations (overrides the preset)")
    Integer quotations;

    @Option(names = "--codes", description = "number of codes (overrides the preset)")
    Integer codes;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        int d = documents != null ? documents : preset.documents;
        int w = words != null ? words : preset.words;
        int q = quotations != null ? quotations : preset.quotations;
        int c = codes != null ? codes : preset.codes;
        if (d < 0 || w < 1 || q < 0 || c < 0) {
            throw new CliFailure("sizes must be positive (documents " + d + ", words " + w + ", quotations " + q
                    + ", codes " + c + ")");
        }
        Project project = SyntheticProject.generate(d, w, q, c, seed);
        try (ProjectStore store = ProjectStore.create(directory, project)) {
            spec.commandLine().getOut().printf("Generated %s in %s: %,d documents, %,d quotations, %,d codes, "
                    + "%,d codings%n", project.info().name(), store.directory(), project.count(EntityKind.DOCUMENT),
                    project.count(EntityKind.QUOTATION), project.count(EntityKind.CODE),
                    project.count(EntityKind.CODING));
        }
        return 0;
    }

    static final class PresetConverter implements picocli.CommandLine.ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            try {
                return Preset.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a preset; use small, medium, large or huge");
            }
        }
    }
}
