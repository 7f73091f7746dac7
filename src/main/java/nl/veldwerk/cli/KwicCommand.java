package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.veldwerk.search.Concordance;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kwic", description = "Keyword in context: every occurrence of the words, in any inflection.")
final class KwicCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1..*", paramLabel = "WORD", description = "the words to look for")
    List<String> words;

    @Option(names = "--sort", defaultValue = "text", description = "text, left or right (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--context", defaultValue = "40", description = "characters on each side (default: ${DEFAULT-VALUE})")
    int context;

    @picocli.CommandLine.Mixin
    LeftOutSpeakers leftOut = new LeftOutSpeakers();

    @Override
    public Integer call() throws Exception {
        nl.veldwerk.model.Project p = ProjectReader.read(directory);
        List<Concordance.Line> lines = new ArrayList<>(Concordance.of(p, words, context, leftOut.in(p)));
        if (sort.equals("left")) {
            lines.sort(Concordance.BY_LEFT);
        } else if (sort.equals("right")) {
            lines.sort(Concordance.BY_RIGHT);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Concordance.Line l : lines) {
            out.printf("%-4s %" + context + "s [%s] %s%n", l.documentName(), l.left(), l.keyword(), l.right());
        }
        out.println(Counted.of(lines.size(), "occurrence"));
        return 0;
    }
}
