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
import nl.veldwerk.model.UserText;
import nl.veldwerk.project.UserSettings;
import nl.veldwerk.report.QuotationReport;
import nl.veldwerk.report.ReportScope;
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

    @Option(names = "--group-by", paramLabel = "code|document",
            description = "code (as the code tree) or document (each quotation once, in text order); default: code, "
                    + "or document with --query")
    String groupBy;

    @Option(names = "--format", defaultValue = "docx", description = "docx, html, xlsx or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--table", description = "docx: one table row per quotation instead of quotes")
    boolean table;

    @Option(names = "--definitions", description = "docx, html: each code's definition under its heading")
    boolean definitions;

    @Option(names = "--memos", description = "docx, html: each code's memos under its heading")
    boolean memos;

    @Option(names = "--diagram", paramLabel = "NAME", description = "docx, html: the diagram as a figure (docx: on a page of its own)")
    String diagram;

    @Option(names = "--query", paramLabel = "NAME", description = "only the quotations this saved query selects")
    String savedQuery;

    @Option(names = "--lang", defaultValue = "en", description = "labels in en or nl (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--title", description = "the report's title (default: the project's name)")
    String title;

    @Option(names = "--author", paramLabel = "NAME",
            description = "the author on the title page and in the document's properties (default: the coder's name "
                    + "in the preferences)")
    String author;

    @Option(names = "--separator", paramLabel = "CHAR",
            description = "csv: the field separator, one character or 'tab' (default: ; for nl, which Dutch Excel "
                    + "expects, and , for en)")
    String separator;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectReader.read(directory);
        Locale locale = Locale.of(language);
        boolean byDocument = groupBy == null ? savedQuery != null : groupBy.equalsIgnoreCase("document");
        QuotationSelection.Criteria criteria = new QuotationSelection.Criteria(ids(p.codes().stream()
                .filter(c -> codes.contains(c.name())).map(Code::id).toList(), codes, p.codes().stream()
                .map(Code::name).toList(), "what.code"), true,
                ids(p.documents().stream().filter(d -> documents.contains(d.name())).map(Document::id).toList(),
                        documents, p.documents().stream().map(Document::name).toList(), "what.document"),
                ids(p.groups().stream().filter(g -> groups.contains(g.name())).map(DocumentGroup::id).toList(), groups,
                        p.groups().stream().map(DocumentGroup::name).toList(), "what.group"),
                byDocument ? QuotationSelection.Grouping.BY_DOCUMENT : QuotationSelection.Grouping.BY_CODE,
                fromQuery(p));
        Diagram d = diagram == null ? null : p.diagrams().stream().filter(x -> x.name().equals(diagram)).findFirst()
                .orElseThrow(() -> CliFailure.of("report.noDiagram", diagram, p.diagrams().size(), String.join(", ",
                        p.diagrams().stream().map(Diagram::name).sorted().toList())));
        char fieldSeparator = separator();
        List<QuotationSelection.Section> sections = QuotationSelection.select(p, criteria);
        QuotationReport.Options options = new QuotationReport.Options(title != null ? title : p.info().name(), table,
                definitions, memos, d, locale, ReportScope.of(p, criteria, savedQuery),
                author != null ? author : UserSettings.coderName());
        switch (format) {
            case docx -> QuotationReport.writeDocx(p, sections, options, out, () -> false);
            case html -> QuotationReport.writeHtml(p, sections, options, out);
            case xlsx, csv -> QuotationReport.writeTable(p, sections, locale, out, format == Format.xlsx,
                    fieldSeparator);
        }
        spec.commandLine().getOut().println(UserText.of(CliFailure.class, "report.written", out.toAbsolutePath(),
                QuotationSelection.distinctQuotations(sections)).text(locale));
        return 0;
    }

    /** The CSV separator asked for, or the one the report's language expects. */
    private char separator() throws CliFailure {
        if (separator == null) {
            return QuotationReport.separatorFor(Locale.of(language));
        }
        if (separator.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (separator.length() != 1 || separator.charAt(0) == '"' || separator.charAt(0) == '\n') {
            throw CliFailure.of("report.badSeparator", separator);
        }
        return separator.charAt(0);
    }

    /** The quotations the saved query selects, or null (no restriction) without --query. */
    private Set<String> fromQuery(Project p) throws Exception {
        if (savedQuery == null) {
            return null;
        }
        var query = p.info().savedQueries().stream().filter(q -> q.name().equals(savedQuery)).findFirst()
                .orElseThrow(() -> CliFailure.of("report.noQuery", savedQuery, p.info().savedQueries().size(),
                        String.join(", ", p.info().savedQueries().stream().map(q -> q.name()).sorted().toList())));
        try {
            return nl.veldwerk.search.SavedQueries.quotationIds(p, query, null);
        } catch (nl.veldwerk.search.Search.BadQuery | nl.veldwerk.search.CodeQuery.BadCodeQuery e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** The ids of the named things, refusing a name that matches nothing (a typo would silently report all). */
    private static Set<String> ids(List<String> found, List<String> names, List<String> existing, String what)
            throws CliFailure {
        List<String> unknown = names.stream().filter(n -> !existing.contains(n)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw CliFailure.of("report.unknownNames", UserText.of(CliFailure.class, what), names,
                    String.join(", ", unknown));
        }
        return Set.copyOf(found);
    }
}
