package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.search.SimilarPassages;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** "Find more like these": passages not coded yet, ranked by how alike they are to a code's quotations. */
@Command(name = "more-like", description = "List the sentences, paragraphs or turns most like a code's quotations "
        + "that do not carry it yet; with --code-them, code the listed ones in one step.")
final class MoreLikeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "CODE", description = "the code whose quotations to look like")
    String code;

    @Option(names = "--documents", split = ",", paramLabel = "NAME", description = "only these documents")
    List<String> documents = List.of();

    @Option(names = "--unit", defaultValue = "sentence", description = "sentence, paragraph or turn "
            + "(default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--limit", defaultValue = "20", description = "how many passages (default: ${DEFAULT-VALUE})")
    int limit;

    @picocli.CommandLine.Mixin
    LeftOutSpeakers leftOut = new LeftOutSpeakers();

    @Option(names = "--code-them", description = "code the listed passages with CODE (one undoable step)")
    boolean codeThem;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchAndCode.Unit chosen = switch (unit.toLowerCase(Locale.ROOT)) {
            case "sentence" -> SearchAndCode.Unit.SENTENCE;
            case "paragraph" -> SearchAndCode.Unit.PARAGRAPH;
            case "turn" -> SearchAndCode.Unit.TURN;
            default -> throw new CliFailure("the unit is sentence, paragraph or turn, not '" + unit + "'");
        };
        if (limit < 1) {
            throw new CliFailure("--limit must be 1 or more, not " + limit);
        }
        if (!codeThem) {
            // Listing only reads: it works while the window has the project open.
            list(out, nl.veldwerk.store.ProjectReader.read(directory), chosen);
            return 0;
        }
        try (ProjectStore store = WritableProject.open(directory)) {
            var p = store.session().project();
            List<SimilarPassages.Hit> hits = list(out, p, chosen);
            if (!hits.isEmpty()) {
                String coder = nl.veldwerk.project.UserSettings.coderIn(store.session());
                store.session().execute(SearchAndCode.command(p, hits.stream().map(SimilarPassages.Hit::stretch)
                        .toList(), target(p).id(), coder, Instant.now()));
                WritableProject.saveVerified(store);
            }
            out.printf("Coded %s with %s%n", Counted.of(hits.size(), "passage"), code);
        }
        return 0;
    }

    /** The code by name; refused when no code, or more than one, has it. */
    private Code target(nl.veldwerk.model.Project p) throws CliFailure {
        List<Code> named = p.codes().stream().filter(c -> c.name().equals(code)).toList();
        if (named.size() != 1) {
            throw new CliFailure(named.isEmpty() ? "there is no code named '" + code + "'"
                    : named.size() + " codes are named '" + code + "': rename one first");
        }
        return named.getFirst();
    }

    /** Ranks and prints the passages. */
    private List<SimilarPassages.Hit> list(PrintWriter out, nl.veldwerk.model.Project p, SearchAndCode.Unit chosen)
            throws CliFailure {
        Code target = target(p);
        List<String> unknown = documents.stream().filter(n -> p.documents().stream()
                .noneMatch(d -> d.name().equals(n))).toList();
        if (!unknown.isEmpty()) {
            throw new CliFailure("no such document: " + String.join(", ", unknown));
        }
        Set<String> ids = Set.copyOf(p.documents().stream().filter(d -> documents.contains(d.name()))
                .map(Document::id).toList());
        List<SimilarPassages.Hit> hits = SimilarPassages.rank(p, target.id(), ids, chosen, leftOut.in(p), limit);
        for (SimilarPassages.Hit h : hits) {
            out.printf(Locale.ROOT, "%.2f  %s [%d, %d) %s%n", h.similarity(), h.stretch().documentName(),
                    h.stretch().start(), h.stretch().end(), h.stretch().text().replace('\n', ' '));
        }
        if (!codeThem) {
            out.println(Counted.of(hits.size(), "passage") + " like " + code + " (--code-them codes them)");
        }
        return hits;
    }
}
