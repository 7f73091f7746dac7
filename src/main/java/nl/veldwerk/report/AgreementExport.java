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

    public static Grid summary(IntercoderAgreement.Result result) {
        List<String> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (IntercoderAgreement.CodeResult r : result.perCode()) {
            rows.add(r.code().name());
            values.add(new double[] {100 * r.percent(), r.kappa(), r.alpha()});
        }
        rows.add("All codes");
        values.add(new double[] {100 * result.percent(), result.kappa(), result.alpha()});
        return new Grid("Agreement (" + result.unit().name().toLowerCase() + " units)", "Code", rows,
                List.of("Percent agreement", "Cohen's kappa", "Krippendorff's alpha (nominal)"),
                values.toArray(new double[0][]), 3);
    }

    /** One line per disagreement: document, position, code, who applied it, who did not, and the text. */
    public static void disagreementsToCsv(Project p, IntercoderAgreement.Result result, Path file) throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        p.coders().forEach((Coder c) -> names.put(c.id(), c.name()));
        GridExport.writeAtomically(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("\uFEFFDocument,Start,End,Code,Applied by,Not by,Text\r\n");
            for (IntercoderAgreement.Disagreement d : result.disagreements()) {
                Document doc = p.document(d.documentId()).orElseThrow();
                w.write(String.join(",", Csv.field(doc.name()), String.valueOf(d.start()), String.valueOf(d.end()),
                        Csv.field(d.code().name()), Csv.field(join(d.with(), names)), Csv.field(join(d.without(), names)),
                        Csv.field(doc.text().substring(d.start(), d.end()))) + "\r\n");
            }
            w.flush();
        });
    }

    private static String join(java.util.Set<String> coders, Map<String, String> names) {
        return String.join("; ", coders.stream().map(c -> names.getOrDefault(c, c)).toList());
    }
}
