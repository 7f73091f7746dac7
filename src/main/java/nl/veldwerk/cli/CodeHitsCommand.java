package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Code;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "code-hits", description = "Code every occurrence of the words (widened to word, sentence, paragraph "
        + "or speaker turn) with a code, as one step, and save.")
final class CodeHitsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1..*", paramLabel = "WORD", description = "the words to look for")
    List<String> words;

    @Option(names = "--code", required = true, paramLabel = "NAME", description = "the code to apply: one the project has "
            + "(make it first in the window, or with import-codebook)")
    String code;

    @Option(names = "--unit", defaultValue = "sentence", description = "word, sentence, paragraph or turn "
            + "(default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--preview", description = "list what would be coded and change nothing")
    boolean preview;

    @picocli.CommandLine.Mixin
    LeftOutSpeakers leftOut = new LeftOutSpeakers();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = WritableProject.open(directory)) {
            var p = store.session().project();
            Code target = p.codes().stream().filter(c -> c.name().equals(code)).findFirst()
                    .orElseThrow(() -> new CliFailure("there is no code named '" + code + "'"));
            List<SearchAndCode.Stretch> stretches = SearchAndCode.preview(p, words,
                    SearchAndCode.Unit.valueOf(unit.toUpperCase(Locale.ROOT)), target.id(), leftOut.in(p));
            for (SearchAndCode.Stretch s : stretches) {
                out.printf("%s [%d, %d) %s%n", s.documentName(), s.start(), s.end(), s.text().replace('\n', ' '));
            }
            if (preview) {
                out.printf("%s would be coded with %s%n", Counted.of(stretches.size(), "stretch", "stretches"), code);
                return 0;
            }
            if (!stretches.isEmpty()) {
                String coder = nl.veldwerk.project.UserSettings.coderIn(store.session());
                store.session().execute(SearchAndCode.command(p, stretches, target.id(), coder, Instant.now()));
                store.save();
            }
            out.printf("Coded %s with %s%n", Counted.of(stretches.size(), "stretch", "stretches"), code);
        }
        return 0;
    }
}
