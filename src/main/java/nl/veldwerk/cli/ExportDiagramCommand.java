package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.UserText;
import nl.veldwerk.report.DiagramFigure;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A diagram as a figure for an A4 page: PNG at 300 dpi or SVG in millimetres, with caption and legend. */
@Command(name = "export-diagram", description = "Write a diagram as a figure for an A4 page (.png at 300 dpi or .svg), "
        + "with its caption and legend.")
final class ExportDiagramCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--diagram", paramLabel = "NAME", description = "the diagram (default: the project's only one)")
    String name;

    @Option(names = "--number", defaultValue = "1", description = "the figure's number in the caption (default: "
            + "${DEFAULT-VALUE})")
    int number;

    @Option(names = "--lang", description = "caption and legend in en or nl (default: the project's language, "
            + "else en)")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .png or .svg to write")
    Path out;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(out);
        Locale locale = Languages.beforeReading(language);
        if (number < 1) {
            throw CliFailure.of("diagram.badNumber", number);
        }
        String file = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!file.endsWith(".png") && !file.endsWith(".svg")) {
            throw CliFailure.of("diagram.format", out);
        }
        Project p = ProjectReader.read(directory);
        locale = Languages.ofOr(language, p);
        DiagramFigure figure = DiagramFigure.of(p, named(p, name), locale);
        if (file.endsWith(".png")) {
            figure.writePng(out, number);
        } else {
            figure.writeSvg(out, number);
        }
        double smallest = figure.pageSmallestFontPt();
        spec.commandLine().getOut().println(UserText.of(CliFailure.class, "diagram.written", out.toAbsolutePath(),
                UserText.of(CliFailure.class, figure.landscape() ? "diagram.landscape" : "diagram.portrait"),
                figure.printedWidthCm(), smallest).text(locale));
        if (smallest < DiagramFigure.SMALLEST_READABLE_PT) {
            spec.commandLine().getErr().println("veldwerk: " + UserText.of(CliFailure.class, "diagram.tooSmall",
                    smallest).text(locale));
        }
        LastSave.sayWhatIsNotIn(directory, "diagram", spec.commandLine().getErr());
        return 0;
    }

    /**
     * The diagram of that name (or, without a name, the project's only one); refused with the names there
     * are when there is none, or when the name is not one diagram's.
     */
    static Diagram named(Project p, String name) throws CliFailure {
        java.util.List<Diagram> named = p.diagrams().stream().filter(d -> name == null || d.name().equals(name))
                .toList();
        String existing = String.join(", ", p.diagrams().stream().map(Diagram::name).sorted().toList());
        if (p.diagrams().isEmpty()) {
            throw CliFailure.of("diagram.none");
        }
        if (named.isEmpty()) {
            throw CliFailure.of("report.noDiagram", name, p.diagrams().size(), existing);
        }
        if (named.size() > 1) {
            throw CliFailure.of("diagram.which", named.size(), existing);
        }
        return named.getFirst();
    }
}
