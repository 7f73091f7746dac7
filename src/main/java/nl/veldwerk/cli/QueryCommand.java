package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.report.TableFile;
import nl.veldwerk.search.CodeQuery;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", description = "The quotations a combination of codes selects: AND, OR, NOT, OVERLAPS, "
        + "WITHIN, ENCLOSES, ( ); names with spaces in \"quotes\"; a category stands for its sub-codes too, ONLY Name "
        + "for its own codings.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "QUERY", description = "e.g. 'Schaamte OVERLAPS \"Individueel gebruik\"'")
    String query;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the quotations to a CSV file, for "
            + "Excel: an ID as =\"3:4\" (Excel reads 3:4 as a time), a text starting with - + = @ after a space")
    Path csv;

    @Option(names = "--separator", paramLabel = "CHAR",
            description = "the CSV's field separator, one character or 'tab' (default: , ; a Dutch Excel wants ;)")
    String separator;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectReader.read(directory);
        CodeQuery.Answer answer;
        try {
            answer = CodeQuery.ask(p, query);
        } catch (CodeQuery.BadCodeQuery e) {
            throw new CliFailure(e.getMessage());
        }
        List<Quotation> found = answer.quotations();
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Quotation q : found) {
            var d = p.document(q.documentId()).orElseThrow();
            String text = d.text().substring(q.start(), q.end()).replace('\n', ' ');
            String codes = p.codingsOf(q.id()).stream().map(c -> p.labelOf(c.codeId()))
                    .distinct().collect(Collectors.joining("; "));
            out.printf("%s %s [%d, %d) %s: %s%n", q.idIn(d), d.name(), q.start(), q.end(), codes, text);
            rows.add(List.of(q.idIn(d), d.name(), String.valueOf(q.start()), String.valueOf(q.end()), codes, text));
        }
        out.println(Counted.of(found.size(), "quotation"));
        if (!answer.withSubCodes().isEmpty()) { // a category stands for its sub-codes too: said, as the window says
            out.println("Counted with their sub-codes: " + answer.withSubCodes().stream().map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", ")) + " (ONLY before a name counts its own codings alone).");
        }
        if (csv != null) {
            TableFile.csv(csv, List.of("id", "document", "start", "end", "codes", "text"), rows,
                    ReportCommand.separatorOf(separator, ','));
        }
        return 0;
    }

}
