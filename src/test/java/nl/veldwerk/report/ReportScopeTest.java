package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** The title page names the attribute values the documents were chosen by, beside the documents themselves. */
class ReportScopeTest {
    @Test
    void documentsChosenByAnAttributeValueAreSaidSo() {
        Project p = new Project(ProjectInfo.named("Rapport", Instant.EPOCH));
        p.put(Document.of("w1", "W01", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH));
        var criteria = new QuotationSelection.Criteria(Set.of(), true, Set.of("w1"), Set.of(),
                QuotationSelection.Grouping.BY_DOCUMENT);
        List<String[]> lines = ReportScope.of(p, criteria, null, List.of("rol = wijkcoach")).lines(p, Locale.of("nl"),
                "", "5 december 2026");
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("Documenten met") && l[1].equals("rol = wijkcoach")),
                lines.stream().map(l -> l[0] + ": " + l[1]).toList().toString());
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("Documenten") && l[1].equals("W01")));
    }
}
