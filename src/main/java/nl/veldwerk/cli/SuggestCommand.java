package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.search.CodeSuggester;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Suggests codes for a passage of a document from the project's own codings, each with its support. */
@Command(name = "suggest", description = "Suggest codes for a passage from the project's own codings (offline), "
        + "each with its score and the coded quotations most like the passage.")
final class SuggestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document, by name")
    String documentName;

    @Option(names = "--start", required = true, description = "where the passage starts (a character offset)")
    int start;

    @Option(names = "--end", required = true, description = "where it ends (exclusive)")
    int end;

    @Option(names = "--limit", defaultValue = "5", description = "how many codes (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliFailure("--limit must be 1 or more, not " + limit);
        }
        Project p = ProjectReader.read(directory);
        Document d = p.documents().stream().filter(x -> x.name().equals(documentName)).findFirst()
                .orElseThrow(() -> CliFailure.of("report.unknownNames", nl.veldwerk.model.UserText.of(CliFailure.class,
                        "what.document"), java.util.List.of(documentName), documentName));
        if (start < 0 || end <= start || end > d.textLength()) {
            throw new CliFailure("the passage must lie in " + d.name() + ": 0 <= start < end <= " + d.textLength());
        }
        // Quotations at this very passage are what is being suggested for: they do not vote.
        Set<String> here = new java.util.HashSet<>(p.quotations().stream().filter(q -> q.documentId().equals(d.id())
                && q.start() == start && q.end() == end).map(q -> q.id()).toList());
        var out = spec.commandLine().getOut();
        try (CodeSuggester suggester = CodeSuggester.of(p)) {
            var suggestions = suggester.suggest(d.text().substring(start, end), limit, here,
                    p.info().rejectedAt(d.id(), start, end)); // what was turned down here is not offered again
            if (suggestions.isEmpty()) {
                out.println("No suggestions: no coded quotation is like this passage.");
            }
            for (CodeSuggester.Suggestion s : suggestions) {
                out.printf(java.util.Locale.ROOT, "%5.1f%%  %s  (%d of %d alike; like %s)%n", 100 * s.score(),
                        p.code(s.codeId()).map(c -> c.name()).orElse("?"), s.votes(), s.voters(),
                        String.join(", ", s.support().stream()
                                .map(x -> p.quotation(x.quotationId()).flatMap(q -> p.document(q.documentId())
                                        .map(q::idIn)).orElse("?")).toList()));
            }
        }
        return 0;
    }
}
