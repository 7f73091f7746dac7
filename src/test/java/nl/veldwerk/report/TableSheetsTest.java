package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Excel sheet holds 1,048,576 rows; a longer table (a project of a million quotations, by code) continues
 * on further sheets, each with its header, every row once and in order. Tried here with two rows a sheet.
 */
class TableSheetsTest {
    @Test
    void aTableLongerThanASheetContinuesOnMoreSheets(@TempDir Path dir) throws Exception {
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Project p = new Project(ProjectInfo.named("Bladen", t));
        String text = "een twee drie vier vijf zes zeven acht negen tien";
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), t));
        // A category without quotations of its own (an empty section first), then two codes under it: the
        // second sheet starts inside the first code's quotations and ends inside the second's.
        p.put(Code.of("c", "Bereik", null, null));
        p.put(Code.of("a", "Eerste", null, "c"));
        p.put(Code.of("b", "Tweede", null, "c"));
        List<String> words = List.of("een", "twee", "drie", "vier", "vijf");
        for (int i = 0; i < words.size(); i++) {
            int start = text.indexOf(words.get(i));
            p.put(new Quotation("q" + i, "d", start, start + words.get(i).length(), "", null, t, i + 1));
            p.put(new Coding("k" + i, "q" + i, i < 3 ? "a" : "b", null, t));
        }
        List<QuotationSelection.Section> sections = QuotationReport.select(p, new QuotationSelection.Criteria(
                Set.of(), false, Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE));
        QuotationTable table = QuotationTable.of(sections, Locale.ENGLISH);
        Path file = dir.resolve("tabel.xlsx");
        QuotationTable.Written written = table.writeXlsx(file, "Quotations", "Bladen", "", 2);
        assertEquals(3, written.sheets());
        int quotationColumn = 9;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(List.of("Quotations", "Quotations (2)", "Quotations (3)"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            List<String> seen = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Sheet sheet : book) {
                assertEquals("Quotation", sheet.getRow(0).getCell(quotationColumn).getStringCellValue(),
                        sheet.getSheetName() + " starts with the header");
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        seen.add(row.getCell(quotationColumn).getStringCellValue());
                        codes.add(row.getCell(0).getStringCellValue());
                    }
                }
                String filter = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter()
                        .getRef();
                assertEquals(sheet.getLastRowNum() + 1, Integer.parseInt(filter.replaceAll(".*[A-Z]", "")),
                        "the filter covers the sheet's rows: " + filter);
            }
            assertEquals(words, seen);
            assertEquals(List.of("Eerste", "Eerste", "Eerste", "Tweede", "Tweede"), codes);
        }
    }

    /** A quotation longer than Excel's cell is cut before its limit, never inside an emoji's two halves (QA). */
    @Test
    void aCellIsCutBetweenCharactersNotInsideOne() {
        String emojiAtTheCut = "a".repeat(32_765) + "😀" + "b".repeat(10);
        String cut = QuotationTable.fitCell(emojiAtTheCut);
        assertEquals("a".repeat(32_765) + "…", cut);
        assertEquals(true, cut.length() <= 32_767);
        String plain = "a".repeat(40_000);
        assertEquals(32_767, QuotationTable.fitCell(plain).length());
        assertEquals("kort 😀", QuotationTable.fitCell("kort 😀"));
    }
}
