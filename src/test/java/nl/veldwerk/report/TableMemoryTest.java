package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.testing.SmallHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quotation table's .xlsx is written as a stream of rows: the workbook never holds every row's cells. A
 * project small in memory (40,000 quotations over one short transcript) is written as a spreadsheet of
 * 40,000 rows by a separate JVM with a 64 MB heap; POI's in-memory workbook runs out of memory there.
 */
class TableMemoryTest {
    private static final int QUOTATIONS = 40_000;
    private static final String HEAP = "-Xmx64m";

    @Test
    void aSheetOfManyRowsIsWrittenInASmallHeap(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("citaten.xlsx");
        SmallHeap.Run write = SmallHeap.run(HEAP, Write.class, dir, xlsx.toString());
        assertEquals(0, write.status(), () -> "writing with " + HEAP + " failed:\n" + write.output());
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(QUOTATIONS + 1, sheet.split("<row ", -1).length - 1, "a header and a row per quotation");
        }
    }

    /** Run in the small heap: builds the project and writes the table. */
    public static final class Write {
        public static void main(String[] args) throws Exception {
            Instant t = Instant.parse("2026-03-01T09:00:00Z");
            Project p = new Project(ProjectInfo.named("Veel rijen", t));
            String text = "Interviewer: Hoe vaak gaat u naar het buurthuis?\nR01: Elke week, voor de koffie.\n";
            p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), t));
            p.put(Code.of("c", "Bereik", null, null));
            for (int i = 0; i < QUOTATIONS; i++) {
                int start = i % 40;
                p.put(new Quotation("q" + i, "d", start, start + 30, "", null, t, i + 1));
                p.put(new Coding("k" + i, "q" + i, "c", null, t));
            }
            List<QuotationSelection.Section> sections = QuotationReport.select(p, new QuotationSelection.Criteria(
                    Set.of(), false, Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, null));
            QuotationReport.writeTable(p, sections, Locale.ENGLISH, Path.of(args[0]), true);
        }
    }
}
