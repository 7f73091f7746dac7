package nl.veldwerk.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.veldwerk.analysis.Grid;
import nl.veldwerk.analysis.IntercoderAgreement;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/** Inter-coder agreement as a table (per code and overall) and the disagreements with their text, as CSV. */
public final class AgreementExport {
    private AgreementExport() {
    }

    /**
     * Per code and over the codes applied (a code nobody applied shows no figures: "—"), labelled in
     * {@code language} (a Dutch window showed English headings, and exported them).
     */
    public static Grid summary(IntercoderAgreement.Result result, java.util.Locale language) {
        List<String> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (IntercoderAgreement.CodeResult r : result.perCode()) {
            rows.add(r.code().name());
            values.add(new double[] {100 * r.percent(), r.kappa(), r.alpha()});
        }
        rows.add(text(language, "agreement.all"));
        values.add(new double[] {100 * result.percent(), result.kappa(), result.alpha()});
        return new Grid(text(language, result.unit() == IntercoderAgreement.UnitKind.CHARACTER
                ? "agreement.titleCharacters" : "agreement.titleQuotations"), text(language, "agreement.code"), rows,
                List.of(text(language, "agreement.percent"), text(language, "agreement.kappa"),
                        text(language, "agreement.alpha")), values.toArray(new double[0][]), 3,
                new int[] {1, 3, 3}); // "75,000" %, read in Dutch as seventy-five thousand (QA): one decimal
    }

    /**
     * What the figures were computed over, a label and its value a line, for the workbook's last sheet: the unit,
     * the coders, the documents compared and those left out (QA: a figure pasted into a methods section could not
     * be traced back to what it covered).
     */
    public static List<String[]> about(Project p, IntercoderAgreement.Result result, java.util.Locale language) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {text(language, "agreement.about.unit"), text(language,
                result.unit() == IntercoderAgreement.UnitKind.CHARACTER ? "agreement.titleCharacters"
                        : "agreement.titleQuotations")});
        lines.add(new String[] {text(language, "agreement.about.coders"), String.join(", ", result.coderIds().stream()
                .map(id -> p.coder(id).map(Coder::name).orElse(id)).toList())});
        lines.add(new String[] {text(language, "agreement.about.compared"), documentNames(p, result.documentIds())});
        lines.add(new String[] {text(language, "agreement.about.leftOut"), result.leftOutIds().isEmpty()
                ? text(language, "agreement.about.none") : documentNames(p, result.leftOutIds())});
        lines.add(new String[] {text(language, "scope.date"), QuotationReport.today(language)});
        return lines;
    }

    /** The summary on its sheet, and what it was computed over on a last sheet ({@link #about}). */
    public static void toXlsx(Project p, IntercoderAgreement.Result result, Path file, java.util.Locale language)
            throws IOException {
        GridExport.toXlsx(List.of(summary(result, language)), file, text(language, "report.aboutSheet"),
                about(p, result, language));
    }

    /** "A01, A04 (2)": documents by name, in the project's order, with how many. */
    public static String documentNames(Project p, List<String> documentIds) {
        return documentNames(p, documentIds, Integer.MAX_VALUE);
    }

    /** As {@link #documentNames(Project, List)}, at most {@code most} named: "A01, A02, … (2500)". */
    public static String documentNames(Project p, List<String> documentIds, int most) {
        java.util.Set<String> ids = new java.util.HashSet<>(documentIds);
        List<String> names = p.documents().stream().filter(d -> ids.contains(d.id())).map(Document::name).toList();
        return String.join(", ", names.stream().limit(most).toList()) + (names.size() > most ? ", …" : "") + " ("
                + names.size() + ")";
    }

    private static String text(java.util.Locale language, String key) {
        return QuotationReport.text(language, key);
    }

    /**
     * One line per disagreement: document, position, code, who applied it, who did not, and the text; headed in
     * {@code language} and separated as its spreadsheets expect (";" for Dutch, "," otherwise).
     */
    public static void disagreementsToCsv(Project p, IntercoderAgreement.Result result, Path file,
                                          java.util.Locale language) throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        p.coders().forEach((Coder c) -> names.put(c.id(), c.name()));
        char sep = language.getLanguage().equals("nl") ? ';' : ',';
        String separator = String.valueOf(sep);
        GridExport.writeAtomically(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("\uFEFF" + String.join(separator, java.util.stream.Stream.of("document", "start", "end", "code",
                    "appliedBy", "notBy", "text").map(k -> Csv.field(text(language, "agreement.csv." + k), sep))
                    .toList()) + "\r\n");
            for (IntercoderAgreement.Disagreement d : result.disagreements()) {
                Document doc = p.document(d.documentId()).orElseThrow();
                // Every text as text: a passage or name starting with = + - @ is no formula to Excel (QA).
                w.write(String.join(separator, Csv.forExcel(doc.name(), sep), String.valueOf(d.start()),
                        String.valueOf(d.end()), Csv.forExcel(d.code().name(), sep),
                        Csv.forExcel(join(d.with(), names), sep), Csv.forExcel(join(d.without(), names), sep),
                        Csv.forExcel(doc.text().substring(d.start(), d.end()), sep)) + "\r\n");
            }
            w.flush();
        });
    }

    private static String join(java.util.Set<String> coders, Map<String, String> names) {
        return String.join("; ", coders.stream().map(c -> names.getOrDefault(c, c)).toList());
    }
}
