package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import nl.veldwerk.analysis.Grid;
import nl.veldwerk.analysis.WordFrequencies;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path tmp;

    private final Grid grid = new Grid("Codes × documenten", "Code", List.of("Schaamte, trots", "Geld \"kosten\"",
            "Total"), List.of("A01", "W01", "Total"), new double[][] {{3, 1, 4}, {0, 2.5, 2.5}, {3, 3.5, Double.NaN}}, 1);

    @Test
    void xlsxHasHeadersNumbersAndEmptyCellsForUndefinedValues() throws Exception {
        Path file = tmp.resolve("t.xlsx");
        GridExport.toXlsx(List.of(grid, grid), file);
        OfficeFileCheck.assertValid(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets(), "same title twice gets two sheets");
            Sheet s = wb.getSheetAt(0);
            assertEquals("Codes × documenten", s.getSheetName());
            assertEquals("W01", s.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Schaamte, trots", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2.5, s.getRow(2).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(null, s.getRow(3).getCell(3), "NaN is left empty");
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getFontIndex() != 0, "headers are bold");
        }
    }

    @Test
    void csvIsQuotedUtf8WithBom() throws Exception {
        Path file = tmp.resolve("t.csv");
        GridExport.toCsv(grid, file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFCode,A01,W01,Total\r\n\"Schaamte, trots\",3.0,1.0,4.0\r\n"
                + "\"Geld \"\"kosten\"\"\",0.0,2.5,2.5\r\nTotal,3.0,3.5,\r\n", csv);
    }

    /** For a Dutch reader: semicolons between fields and decimal commas, as Dutch Excel reads a CSV file. */
    @Test
    void csvForADutchReaderHasSemicolonsAndDecimalCommas() throws Exception {
        Path file = tmp.resolve("nl.csv");
        GridExport.toCsv(grid, file, java.util.Locale.of("nl"));
        assertEquals("\uFEFFCode;A01;W01;Total\r\nSchaamte, trots;3,0;1,0;4,0\r\n"
                + "\"Geld \"\"kosten\"\"\";0,0;2,5;2,5\r\nTotal;3,0;3,5;\r\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Labels that look like formulas ("-min", "=x") are text to Excel: a space before them (QA). */
    @Test
    void csvLabelsThatLookLikeFormulasAreWrittenAsText() throws Exception {
        Path file = tmp.resolve("formulas.csv");
        GridExport.toCsv(new nl.veldwerk.analysis.Grid("t", "=corner", List.of("-min", "@code", "\tcode"),
                List.of("+doc"), new double[][] {{-1}, {2}, {3}}, 0), file);
        assertEquals("\uFEFF =corner, +doc\r\n -min,-1\r\n @code,2\r\n \tcode,3\r\n", Files.readString(file,
                StandardCharsets.UTF_8));
    }

    /** A disagreement's passage, code or document starting with = + - @ is text to Excel as well (QA). */
    @Test
    void disagreementsThatLookLikeFormulasAreWrittenAsText() throws Exception {
        java.time.Instant t = java.time.Instant.parse("2026-03-01T09:00:00Z");
        nl.veldwerk.model.Project p = new nl.veldwerk.model.Project(nl.veldwerk.model.ProjectInfo.named("F", t));
        p.put(new nl.veldwerk.model.Coder("ann", "Ann"));
        p.put(new nl.veldwerk.model.Coder("bob", "@Bob"));
        String text = "=SUM(A1:A9) zegt ze. @iedereen kent elkaar.";
        p.put(new nl.veldwerk.model.Document("d1", "-doc", "", text, nl.veldwerk.model.SourceFormat.TXT, List.of(),
                java.util.Set.of(), java.util.Map.of(), t));
        p.put(nl.veldwerk.model.Code.of("c1", "+code", "#1f77b4", null));
        p.put(new nl.veldwerk.model.Quotation("q1", "d1", 0, 11, "", "ann", t));
        p.put(new nl.veldwerk.model.Coding("q1-c1", "q1", "c1", "ann", t));
        p.put(new nl.veldwerk.model.Quotation("q2", "d1", 21, 43, "", "bob", t));
        p.put(new nl.veldwerk.model.Coding("q2-c1", "q2", "c1", "bob", t));
        nl.veldwerk.analysis.IntercoderAgreement.Result result = nl.veldwerk.analysis.IntercoderAgreement.compute(p,
                List.of("ann", "bob"), List.of("d1"), List.of(p.code("c1").orElseThrow()),
                nl.veldwerk.analysis.IntercoderAgreement.UnitKind.CHARACTER);
        assertEquals(2, result.disagreements().size());
        Path file = tmp.resolve("disagreements.csv");
        AgreementExport.disagreementsToCsv(p, result, file, java.util.Locale.ENGLISH);
        try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVParser.parse(
                Files.readString(file, StandardCharsets.UTF_8).substring(1), org.apache.commons.csv.CSVFormat.RFC4180)) {
            List<org.apache.commons.csv.CSVRecord> rows = csv.getRecords();
            assertEquals(" =SUM(A1:A9)", rows.get(1).get(6));
            assertEquals(" @iedereen kent elkaar.", rows.get(2).get(6));
            rows.forEach(row -> row.forEach(cell -> assertTrue(cell.isEmpty()
                    || "=+-@".indexOf(cell.charAt(0)) < 0, cell)));
        }

        // The workbook says what the figures cover: unit, coders, documents compared and left out (QA).
        p.put(nl.veldwerk.model.Document.of("d2", "Alleen Ann", "Ann codeerde dit.", nl.veldwerk.model.SourceFormat.TXT,
                List.of(), t));
        p.put(new nl.veldwerk.model.Quotation("q3", "d2", 0, 3, "", "ann", t));
        p.put(new nl.veldwerk.model.Coding("q3-c1", "q3", "c1", "ann", t));
        result = nl.veldwerk.analysis.IntercoderAgreement.compute(p, List.of("ann", "bob"), List.of("d1"),
                List.of(p.code("c1").orElseThrow()), nl.veldwerk.analysis.IntercoderAgreement.UnitKind.CHARACTER);
        Path xlsx = tmp.resolve("agreement.xlsx");
        AgreementExport.toXlsx(p, result, xlsx, java.util.Locale.ENGLISH);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Agreement (character units)", "Selection"), List.of(wb.getSheetName(0),
                    wb.getSheetName(1)));
            List<String> said = new java.util.ArrayList<>();
            wb.getSheetAt(1).forEach(row -> said.add(row.getCell(0).getStringCellValue() + ": "
                    + row.getCell(1).getStringCellValue()));
            assertEquals(List.of("Unit: Agreement (character units)", "Coders: Ann, @Bob",
                    "Documents compared (coded by every coder): -doc (1)",
                    "Left out (coded by some of the coders only): Alleen Ann (1)"), said.subList(0, 4), said.toString());
        }
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            p.put(nl.veldwerk.model.Document.of("x" + i, "Interview " + i, "Tekst.", nl.veldwerk.model.SourceFormat.TXT,
                    List.of(), t));
            many.add("x" + i);
        }
        assertTrue(AgreementExport.documentNames(p, many, 30).endsWith(", Interview 29, … (40)"),
                "the window names thirty and counts the rest (review)");
    }

    @Test
    void wordCloudPngShowsTheWords() throws Exception {
        Path file = tmp.resolve("cloud.png");
        WordCloudImage.toPng(List.of(new WordFrequencies.WordCount("schaamte", 20),
                new WordFrequencies.WordCount("buren", 8), new WordFrequencies.WordCount("geld", 2)), 50, 600, 400, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(600, image.getWidth());
        long inked = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 500, "words were drawn: " + inked);
    }
}
