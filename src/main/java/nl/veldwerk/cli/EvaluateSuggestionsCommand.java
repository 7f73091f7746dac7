package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.veldwerk.search.SuggestionEvaluation;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures the code suggestions on a project: leave-one-out, top-1, top-3 and MRR beside two baselines. */
@Command(name = "evaluate-suggestions", description = "Measure the code suggestions on a project (leave-one-out "
        + "over its coded quotations), beside the most-frequent-codes and random baselines.")
final class EvaluateSuggestionsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--seed", defaultValue = "1", description = "the random baseline's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        out.print(SuggestionEvaluation.table(SuggestionEvaluation.leaveOneOut(ProjectReader.read(directory), seed)));
        out.flush();
        return 0;
    }
}
