package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Criteria;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REFI-QDA file need not date its quotations (creationDateTime is optional): every report is written, the
 * date left out rather than made up (each format failed with a NullPointerException and wrote nothing).
 */
class UndatedQuotationTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private Project undated() {
        String text = "Ik werk graag in de wijk.\n";
        Project p = new Project(ProjectInfo.named("Zonder datum", T));
        p.put(new Document("d", "D1", "", text, SourceFormat.TXT, List.of(), null, null, T, 1));
        p.put(Code.of("c", "Werk", "#336699", null));
        p.put(new Coder("u", "Tester"));
        p.put(new Quotation("q", "d", 3, 13, "", "u", null, 1));
        p.put(new Coding("k", "q", "c", "u", null));
        return p;
    }

    @Test
    void everyReportIsWrittenWithoutTheDate() throws Exception {
        Project p = undated();
        for (Grouping grouping : Grouping.values()) {
            List<QuotationSelection.Section> sections = QuotationSelection.select(p, new Criteria(Set.of("c"), true,
                    Set.of(), Set.of(), grouping));
            for (boolean table : List.of(false, true)) {
                Path docx = dir.resolve(grouping + "-" + table + ".docx");
                QuotationReport.writeDocx(p, sections, new QuotationReport.Options("", table, false, false, null,
                        Locale.ENGLISH), docx, () -> false);
                assertEquals(List.of(), OfficeFileCheck.problems(docx));
                String text;
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
                     var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                    text = words.getText();
                }
                assertTrue(text.contains("werk graag"), text);
                assertTrue(text.contains("Coded by Tester"), text);
                assertFalse(text.contains("Coded by Tester,"), "no date after the coder: " + text);
            }
            Path html = dir.resolve(grouping + ".html");
            QuotationReport.writeHtml(p, sections, new QuotationReport.Options("", false, false, false, null,
                    Locale.ENGLISH), html);
            assertTrue(Files.readString(html).contains("Coded by Tester"));
            Path csv = dir.resolve(grouping + ".csv");
            QuotationReport.writeTable(p, sections, Locale.ENGLISH, csv, false);
            List<String> lines = Files.readAllLines(csv);
            assertEquals(2, lines.size(), "a heading and the quotation");
            Path xlsx = dir.resolve(grouping + ".xlsx");
            QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
            assertEquals(List.of(), OfficeFileCheck.problems(xlsx));
        }
    }
}
