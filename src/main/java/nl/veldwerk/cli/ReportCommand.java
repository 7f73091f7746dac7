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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write a quotation report (.docx, .html, .xlsx or .csv).")
final class ReportCommand implements Callable<Integer> {
    enum Format { docx, html, xlsx, csv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--codes", paramLabel = "NAME",
            description = "codes to report, by name, with their sub-codes (comma-separated, or the option again; "
                    + "default: all codes)")
    List<String> codes = List.of();

    @Option(names = "--documents", paramLabel = "NAME", description = "only these documents (comma-separated, or "
            + "the option again)")
    List<String> documents = List.of();

    @Option(names = "--groups", paramLabel = "NAME", description = "only documents in these groups")
    List<String> groups = List.of();

    @Option(names = "--group-by", paramLabel = "code|document",
            description = "code (as the code tree) or document (each quotation once, in text order); default: code, "
                    + "or document with --query")
    String groupBy;

    @Option(names = "--format", description = "docx, html, xlsx or csv (default: the ending of --out)")
    Format format;

    @Option(names = "--table", description = "docx: one table row per quotation instead of quotes")
    boolean table;

    @Option(names = "--definitions", description = "docx, html: each code's definition under its heading")
    boolean definitions;

    @Option(names = "--memos", description = "docx, html: each code's memos under its heading, each "
            + "quotation's under it (csv and xlsx always have a Memos column)")
    boolean memos;

    @Option(names = "--diagram", paramLabel = "NAME", description = "docx, html: the diagram as a figure (docx: on a page of its own)")
    String diagram;

    @Option(names = "--query", paramLabel = "NAME", description = "only the quotations this saved query selects")
    String savedQuery;

    @Option(names = "--lang", description = "labels and messages in en or nl (default: the project's language, "
            + "else en)")
    String language;

    @Option(names = "--title", description = "the report's title (default: the project's name)")
    String title;

    @Option(names = "--author", paramLabel = "NAME",
            description = "the author on the title page and in the document's properties (default: the coder's name "
                    + "in the preferences)")
    String author;

    @Option(names = "--separator", paramLabel = "CHAR",
            description = "csv: the field separator, one character or 'tab' (default: ; for nl, which Dutch Excel "
                    + "expects, and , for en: the report's language)")
    String separator;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(out);
        Locale locale = Languages.beforeReading(language);
        Format written = format();
        if (groupBy != null && !groupBy.equalsIgnoreCase("code") && !groupBy.equalsIgnoreCase("document")) {
            throw CliFailure.of("report.badGrouping", groupBy);
        }
        separatorOf(separator, ','); // a bad one refused before the project is read
        Project p = ProjectReader.readLeavingTexts(directory);
        locale = Languages.ofOr(language, p);
        char fieldSeparator = separatorOf(separator, QuotationReport.separatorFor(locale));
        boolean byDocument = groupBy == null ? savedQuery != null : groupBy.equalsIgnoreCase("document");
        java.util.Map<String, List<String>> codeNames = codesByName(p);
        QuotationSelection.Criteria criteria = new QuotationSelection.Criteria(
                ids(names(codes, List.copyOf(codeNames.keySet())), codeNames, "what.code"),
                true,
                ids(names(documents, p.documents().stream().map(Document::name).toList()), p.documents().stream()
                        .collect(java.util.stream.Collectors.groupingBy(Document::name, java.util.stream.Collectors
                                .mapping(Document::id, java.util.stream.Collectors.toList()))), "what.document"),
                ids(names(groups, p.groups().stream().map(DocumentGroup::name).toList()), p.groups().stream()
                        .collect(java.util.stream.Collectors.groupingBy(DocumentGroup::name, java.util.stream.Collectors
                                .mapping(DocumentGroup::id, java.util.stream.Collectors.toList()))), "what.group"),
                byDocument ? QuotationSelection.Grouping.BY_DOCUMENT : QuotationSelection.Grouping.BY_CODE,
                fromQuery(p));
        Diagram d = diagram == null ? null : ExportDiagramCommand.named(p, diagram);
        List<QuotationSelection.Section> sections = QuotationSelection.select(p, criteria);
        QuotationReport.Options options = new QuotationReport.Options(title != null ? title : p.info().name(), table,
                definitions, memos, d, locale, ReportScope.of(p, criteria, savedQuery),
                author != null ? author : UserSettings.coderName());
        unused(written, locale);
        List<String> told = List.of();
        int count;
        try {
            switch (written) {
                case docx -> told = QuotationReport.writeDocx(p, sections, options, out, () -> false);
                case html -> QuotationReport.writeHtml(p, sections, options, out);
                case xlsx, csv -> told = QuotationReport.writeTable(p, sections, options, out,
                        written == Format.xlsx, fieldSeparator);
            }
            count = QuotationSelection.distinctQuotations(sections);
        } finally {
            QuotationSelection.release(sections);
        }
        spec.commandLine().getOut().println(UserText.of(CliFailure.class, "report.written", out.toAbsolutePath(),
                count).text(locale));
        told.forEach(w -> spec.commandLine().getErr().println("veldwerk: " + w));
        LastSave.sayWhatIsNotIn(directory, "report", spec.commandLine().getErr());
        return 0;
    }

    /** The format asked for, which the file's ending must agree with; without one, the file's ending. */
    private Format format() throws CliFailure {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Format byEnding = switch (ending) {
            case "docx" -> Format.docx;
            case "html", "htm" -> Format.html;
            case "xlsx" -> Format.xlsx;
            case "csv" -> Format.csv;
            default -> null;
        };
        if (format == null) {
            if (byEnding == null) {
                throw CliFailure.of("report.unknownFormat", name);
            }
            return byEnding;
        }
        if (byEnding != format) {
            throw CliFailure.of("report.formatAndFile", name, format.name());
        }
        return format;
    }

    /** Says which options the chosen format cannot use, rather than leaving them out in silence. */
    private void unused(Format written, Locale locale) {
        List<String> unused = new java.util.ArrayList<>();
        if (table && written != Format.docx) {
            unused.add("--table");
        }
        if (diagram != null && (written == Format.xlsx || written == Format.csv)) {
            unused.add("--diagram");
        }
        if (definitions && (written == Format.xlsx || written == Format.csv)) {
            unused.add("--definitions");
        }
        if (memos && (written == Format.xlsx || written == Format.csv)) {
            unused.add("--memos");
        }
        if (separator != null && written != Format.csv) {
            unused.add("--separator");
        }
        unused.forEach(option -> spec.commandLine().getErr().println("veldwerk: " + UserText.of(CliFailure.class,
                "report.unused", option, written.name()).text(locale)));
    }

    /** A CSV separator as given on the command line: one character or "tab"; none given, the default. */
    static char separatorOf(String separator, char byDefault) throws CliFailure {
        if (separator == null) {
            return byDefault;
        }
        if (separator.equalsIgnoreCase("tab")) {
            return '\t';
        }
        char c = separator.isEmpty() ? 0 : separator.charAt(0);
        if (separator.length() != 1 || Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || Character.isISOControl(c) || "\"=:'".indexOf(c) >= 0) {
            throw CliFailure.of("report.badSeparator", printable(separator));
        }
        return c;
    }

    /** A value as it can be shown on one line: control characters as \\n, \\r, \\uXXXX. */
    private static String printable(String value) {
        StringBuilder b = new StringBuilder();
        value.chars().forEach(c -> b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                : Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }

    /**
     * The names given: each as a whole when something has that name (a name may hold a comma, "Werk,
     * inkomen"), else split at its commas, as "Schaamte,Wantrouwen".
     */
    static List<String> names(List<String> given, List<String> existing) {
        List<String> names = new java.util.ArrayList<>();
        for (String g : given) {
            if (existing.contains(g)) {
                names.add(g);
            } else {
                for (String part : g.split(",")) {
                    if (!part.isBlank()) {
                        names.add(existing.contains(part) ? part : part.strip());
                    }
                }
            }
        }
        return names;
    }

    /**
     * The codes by name and by path, whole or its end ("Wonen > Positief"), as a query names them: a name two
     * codes share selects both, a path the one (a path was refused as "not in the project").
     */
    private static java.util.Map<String, List<String>> codesByName(Project p) {
        java.util.Map<String, List<String>> byName = new java.util.LinkedHashMap<>();
        for (Code c : p.codes()) {
            String path = p.pathOf(c.id());
            for (int cut = 0; cut >= 0; cut = path.indexOf(" > ", cut + 1)) {
                String end = cut == 0 ? path : path.substring(cut + 3);
                byName.computeIfAbsent(end, k -> new java.util.ArrayList<>()).add(c.id());
            }
        }
        return byName;
    }

    /** The quotations the saved query selects, or null (no restriction) without --query. */
    private Set<String> fromQuery(Project p) throws Exception {
        if (savedQuery == null) {
            return null;
        }
        var query = p.info().savedQueries().stream().filter(q -> q.name().equals(savedQuery)).findFirst()
                .orElseThrow(() -> CliFailure.of("report.noQuery", savedQuery, p.info().savedQueries().size(),
                        String.join(", ", p.info().savedQueries().stream().map(q -> q.name()).sorted().toList())));
        Set<String> ids = nl.veldwerk.search.SavedQueries.quotationIds(p, query, null); // a bad one says why
        if (ids.isEmpty()) {
            throw nl.veldwerk.report.NothingToReport.fromQuery(query.name());
        }
        return ids;
    }

    /**
     * The ids of the named things (every one of a name that several share), refusing a name that matches
     * nothing (a typo would silently report all).
     */
    /**
     * The ids of the things named; a name matches exactly, else in any case ("schaamte" finds "Schaamte", as
     * search's code: does), else it is refused with the others unknown.
     */
    private static Set<String> ids(List<String> names, java.util.Map<String, List<String>> idByName, String what)
            throws CliFailure {
        Set<String> found = new java.util.HashSet<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String name : names) {
            List<String> ids = idByName.containsKey(name) ? idByName.get(name) : idByName.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).toList();
            if (ids.isEmpty()) {
                unknown.add(name);
            }
            found.addAll(ids);
        }
        if (!unknown.isEmpty()) {
            throw CliFailure.of("report.unknownNames", UserText.of(CliFailure.class, what), names,
                    String.join(", ", unknown.stream().distinct().toList()));
        }
        return Set.copyOf(found);
    }
}
