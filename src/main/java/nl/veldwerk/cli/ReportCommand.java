package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.report.QuotationReport;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write a quotation report (.docx, .html, .xlsx or .csv).")
final class ReportCommand implements Callable<Integer> {
    enum Format { docx, html, xlsx, csv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--codes", split = ",", paramLabel = "NAME",
            description = "codes to report, by name, with their sub-codes (default: all codes)")
    List<String> codes = List.of();

    @Option(names = "--documents", split = ",", paramLabel = "NAME", description = "only these documents")
    List<String> documents = List.of();

    @Option(names = "--groups", split = ",", paramLabel = "NAME", description = "only documents in these groups")
    List<String> groups = List.of();

    @Option(names = "--group-by", defaultValue = "code", description = "code or document (default: ${DEFAULT-VALUE})")
    String groupBy;

    @Option(names = "--format", defaultValue = "docx", description = "docx, html, xlsx or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--table", description = "docx: one table row per quotation instead of quotes")
    boolean table;

    @Option(names = "--definitions", description = "docx, html: each code's definition under its heading")
    boolean definitions;

    @Option(names = "--memos", description = "docx, html: each code's memos under its heading")
    boolean memos;

    @Option(names = "--diagram", paramLabel = "NAME", description = "docx: embed this diagram as an image")
    String diagram;

    @Option(names = "--query", paramLabel = "NAME", description = "only the quotations this saved query selects")
    String savedQuery;

    @Option(names = "--lang", defaultValue = "en", description = "labels in en or nl (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--title", description = "the report's title (default: the project's name)")
    String title;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectReader.read(directory);
        QuotationSelection.Criteria criteria = new QuotationSelection.Criteria(ids(p.codes().stream()
                .filter(c -> codes.contains(c.name())).map(Code::id).toList(), codes, "code"), true,
                ids(p.documents().stream().filter(d -> documents.contains(d.name())).map(Document::id).toList(), documents,
                        "document"),
                ids(p.groups().stream().filter(g -> groups.contains(g.name())).map(DocumentGroup::id).toList(), groups,
                        "group"),
                groupBy.equalsIgnoreCase("document") ? QuotationSelection.Grouping.BY_DOCUMENT
                        : QuotationSelection.Grouping.BY_CODE, fromQuery(p));
        List<QuotationSelection.Section> sections = QuotationSelection.select(p, criteria);
        Locale locale = Locale.of(language);
        String reportTitle = title != null ? title : p.info().name();
        switch (format) {
            case docx -> {
                Diagram d = diagram == null ? null : p.diagrams().stream().filter(x -> x.name().equals(diagram))
                        .findFirst().orElseThrow(() -> new CliFailure("there is no diagram named '" + diagram + "'"));
                QuotationReport.writeDocx(p, sections, new QuotationReport.Options(reportTitle, table, definitions, memos,
                        d, locale), out, () -> false);
            }
            case html -> QuotationReport.writeHtml(p, sections, new QuotationReport.Options(reportTitle, false,
                    definitions, memos, null, locale), out);
            case xlsx, csv -> QuotationReport.writeTable(p, sections, locale, out, format == Format.xlsx);
        }
        spec.commandLine().getOut().printf("Wrote %s (%d quotations)%n", out.toAbsolutePath(),
                QuotationSelection.distinctQuotations(sections));
        return 0;
    }

    /** The quotations the saved query selects, or null (no restriction) without --query. */
    private Set<String> fromQuery(Project p) throws Exception {
        if (savedQuery == null) {
            return null;
        }
        var query = p.info().savedQueries().stream().filter(q -> q.name().equals(savedQuery)).findFirst()
                .orElseThrow(() -> new CliFailure("there is no saved query named '" + savedQuery + "'"));
        try {
            return nl.veldwerk.search.SavedQueries.quotationIds(p, query, null);
        } catch (nl.veldwerk.search.Search.BadQuery | nl.veldwerk.search.CodeQuery.BadCodeQuery e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** The ids of the named things, refusing a name that matches nothing (a typo would silently report all). */
    private static Set<String> ids(List<String> found, List<String> names, String what) throws CliFailure {
        if (found.size() < new HashSet<>(names).size()) {
            throw new CliFailure("not every " + what + " in " + names + " exists in the project");
        }
        return Set.copyOf(found);
    }
}
