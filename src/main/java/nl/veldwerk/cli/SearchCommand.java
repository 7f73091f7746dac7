package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.veldwerk.search.Search;
import nl.veldwerk.search.SearchIndex;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Search a project's quotations and transcripts (Lucene query syntax).")
final class SearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "QUERY",
            description = "words, \"phrases\", wild*, fuzzy~, AND/OR/NOT, code:NAME, document:A01, speaker:W01, group:NAME")
    String query;

    @Option(names = "--in", defaultValue = "ALL", description = "quotations, paragraphs or all (default: all)",
            converter = ScopeConverter.class)
    Search.Scope scope;

    @Option(names = "--max", defaultValue = "50", description = "at most this many hits (default: ${DEFAULT-VALUE})")
    int max;

    static final class ScopeConverter implements picocli.CommandLine.ITypeConverter<Search.Scope> {
        @Override
        public Search.Scope convert(String value) {
            return Search.Scope.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @picocli.CommandLine.Mixin
    LeftOutSpeakers leftOut = new LeftOutSpeakers();

    /** The project's index, or, while a window has it open, a fresh one in memory of the saved project. */
    private SearchIndex openOrInMemory(ProjectReader.Snapshot read) throws java.io.IOException {
        try {
            return SearchIndex.open(directory, read.project(), read.state(), (done, total) -> true);
        } catch (SearchIndex.InUse e) {
            spec.commandLine().getErr().println("The project is open in a window, which holds its search index: "
                    + "searching the saved project in a fresh index instead (slower for a large project).");
            return SearchIndex.inMemory(read.project());
        }
    }

    @Override
    public Integer call() throws Exception {
        ProjectReader.Snapshot read = ProjectReader.readSnapshot(directory);
        PrintWriter out = spec.commandLine().getOut();
        try (SearchIndex index = openOrInMemory(read)) {
            List<Search.Hit> hits = Search.run(index, query, scope, max, leftOut.in(read.project()),
                    nl.veldwerk.search.SubCodes.of(read.project()));
            for (Search.Hit h : hits) {
                String id = h.quotationId() == null ? "" : read.project().quotation(h.quotationId())
                        .flatMap(q -> read.project().document(q.documentId()).map(d -> q.idIn(d) + " ")).orElse("");
                // The speaker, unless the snippet starts with their label already ("A04: A04: Ook als…").
                boolean labelled = h.speaker() == null || h.snippet().startsWith(h.speaker() + ":");
                out.printf("%s%s [%d, %d) %s%s: %s%n", id, h.documentName(), h.start(), h.end(), h.kind(),
                        labelled ? "" : " " + h.speaker(), h.snippet());
            }
            out.println(Counted.of(hits.size(), "hit"));
            List<String> noSuchCode = hits.isEmpty() ? Search.unknownCodes(query, read.project().codes()) : List.of();
            if (!noSuchCode.isEmpty()) { // said, as a code query says it (it was "0 hits" alone)
                spec.commandLine().getErr().println("No code named '" + String.join("', '", noSuchCode) + "'");
            }
        } catch (Search.BadQuery e) {
            throw new CliFailure(e.getMessage());
        }
        return 0;
    }
}
