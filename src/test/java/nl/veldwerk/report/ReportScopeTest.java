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

    /**
     * A quotation table in a workbook says on a last sheet what it holds, as a Word report's title page does: one
     * group's quotations said nothing of being one (QA). The quotations stay on the first sheet.
     */
    @Test
    void aWorkbookSaysWhatItsQuotationsWereChosenBy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Project p = new Project(ProjectInfo.named("Wijk Y", Instant.EPOCH));
        p.put(new nl.veldwerk.model.DocumentGroup("g", "Wijkcoaches", ""));
        p.put(new Document("w1", "W01", "", "W01: Wantrouwen hoor ik vaak.\n", SourceFormat.TXT, List.of(), Set.of("g"),
                java.util.Map.of(), Instant.EPOCH));
        p.put(Document.of("a1", "A01", "A01: Ik ken de wijkcoach niet.\n", SourceFormat.TXT, List.of(), Instant.EPOCH));
        p.put(nl.veldwerk.model.Code.of("c", "Wantrouwen", null, null));
        p.put(new nl.veldwerk.model.Quotation("q", "w1", 5, 15, "", null, Instant.EPOCH));
        p.put(new nl.veldwerk.model.Coding("k", "q", "c", null, Instant.EPOCH));
        var criteria = new QuotationSelection.Criteria(Set.of(), true, Set.of(), Set.of("g"),
                QuotationSelection.Grouping.BY_CODE);
        var options = new QuotationReport.Options("Wijkcoaches", true, false, false, null, Locale.ENGLISH,
                ReportScope.of(p, criteria, null), "");
        java.nio.file.Path xlsx = dir.resolve("wijkcoaches.xlsx");
        QuotationReport.writeTable(p, QuotationSelection.select(p, criteria), options, xlsx, true, ',');
        OfficeFileCheck.assertValid(xlsx);
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of("Quotations", "Selection"), List.of(
                    book.getSheetName(0), book.getSheetName(1)));
            List<String> said = new java.util.ArrayList<>();
            book.getSheetAt(1).forEach(row -> said.add(row.getCell(0).getStringCellValue() + ": "
                    + row.getCell(1).getStringCellValue()));
            assertTrue(said.containsAll(List.of("Project: Wijk Y", "Title: Wijkcoaches", "Document groups: Wijkcoaches")),
                    said.toString());
        }
    }
}
