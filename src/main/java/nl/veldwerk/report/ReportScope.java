package nl.veldwerk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;

/**
 * What a report was asked to hold, by name, for its title page: the codes (with their sub-codes or not),
 * the documents, the document groups, the saved query, and how it is grouped. Empty lists mean all.
 */
public record ReportScope(List<String> codes, boolean withSubCodes, List<String> documents, List<String> groups,
                          String query, Grouping grouping, List<String> attributeValues) {
    public static final ReportScope EVERYTHING = new ReportScope(List.of(), true, List.of(), List.of(), null,
            Grouping.BY_CODE);

    public ReportScope {
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
        groups = List.copyOf(groups);
        grouping = grouping == null ? Grouping.BY_CODE : grouping;
        attributeValues = attributeValues == null ? List.of() : List.copyOf(attributeValues);
    }

    public ReportScope(List<String> codes, boolean withSubCodes, List<String> documents, List<String> groups,
                       String query, Grouping grouping) {
        this(codes, withSubCodes, documents, groups, query, grouping, List.of());
    }

    /**
     * The scope of a selection's criteria, its ids turned into names (in the codebook's and the project's order);
     * with sub-codes only when a chosen code has any.
     */
    public static ReportScope of(Project p, QuotationSelection.Criteria criteria, String queryName) {
        return of(p, criteria, queryName, List.of());
    }

    /** As {@link #of(Project, QuotationSelection.Criteria, String)}, the documents chosen by attribute values too. */
    public static ReportScope of(Project p, QuotationSelection.Criteria criteria, String queryName,
                                 List<String> attributeValues) {
        return new ReportScope(names(p.codes().stream().filter(c -> criteria.codeIds().contains(c.id()))
                .map(Code::name).toList()),
                // Said only where it changes anything: "Schaamte (with sub-codes)" for a code without any misled.
                criteria.withSubCodes() && criteria.codeIds().stream().anyMatch(id -> !p.childrenOf(id).isEmpty()),
                names(p.documents().stream().filter(d -> criteria.documentIds().contains(d.id())).map(Document::name)
                        .toList()),
                names(p.groups().stream().filter(g -> criteria.groupIds().contains(g.id())).map(DocumentGroup::name)
                        .toList()), queryName, criteria.grouping(), names(attributeValues));
    }

    private static List<String> names(List<String> names) {
        return names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The title page's lines, {label, value}: codes, documents, groups, query, grouping, author, date. */
    List<String[]> lines(Project p, Locale l, String author, String date) {
        List<String[]> lines = new ArrayList<>();
        String all = QuotationReport.text(l, "scope.all");
        String chosenCodes = codes.isEmpty() ? all : String.join(", ", codes)
                + (withSubCodes ? " " + QuotationReport.text(l, "scope.withSubCodes") : "");
        lines.add(new String[] {QuotationReport.text(l, "scope.codes"), chosenCodes});
        lines.add(new String[] {QuotationReport.text(l, "scope.documents"), documents.isEmpty() && groups.isEmpty()
                ? all + " (" + p.documents().size() + ")" : String.join(", ", documents)});
        if (!groups.isEmpty()) {
            lines.add(new String[] {QuotationReport.text(l, "scope.groups"), String.join(", ", groups)});
        }
        if (!attributeValues.isEmpty()) { // the documents listed above are theirs (and any ticked by name)
            lines.add(new String[] {QuotationReport.text(l, "scope.attributeValues"), String.join(", ",
                    attributeValues)});
        }
        if (query != null) {
            lines.add(new String[] {QuotationReport.text(l, "scope.query"), query});
        }
        lines.add(new String[] {QuotationReport.text(l, "scope.grouping"),
                QuotationReport.text(l, "scope.grouping." + grouping.name())});
        if (!author.isBlank()) {
            lines.add(new String[] {QuotationReport.text(l, "scope.author"), author});
        }
        lines.add(new String[] {QuotationReport.text(l, "scope.date"), date});
        lines.removeIf(line -> line[1].isBlank());
        return lines;
    }
}
