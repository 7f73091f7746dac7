package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Criteria;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** A report names each quotation's time in the recording: the time mark before it in the transcript. */
class QuotationTimeTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    /**
     * The report's source lines (ID, document, paragraph, time) of quotations over these spans of {@code text},
     * numbered 1, 2, 3 in the order given, listed in the text's order.
     */
    private static List<String> sources(String text, int[]... spans) {
        Project p = project(text, spans);
        return QuotationSelection.select(p, new Criteria(Set.of("c"), true, Set.of(), Set.of(), Grouping.BY_DOCUMENT))
                .getFirst().items().stream().map(item -> QuotationReport.source(item, Locale.ENGLISH)).toList();
    }

    /**
     * The quotation table (CSV and xlsx) keeps a mark's second's part, as the list and the other reports do, and its
     * Start and End say they count characters (QA: "00:01:35" for "#00:01:35-3#", beside Start 910 and End 946 read
     * as times).
     */
    @Test
    void theTableKeepsTheSecondsPartAndSaysItsStartAndEndAreCharacters(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path tmp) throws Exception {
        String text = "I: Hoe vaak? #00:00:04-0#\n\nR: Elke week, op dinsdag. #00:01:09-5#\n\nI: Waarom?\n";
        Project p = project(text, new int[] {text.indexOf("Hoe"), text.indexOf("?")},
                new int[] {text.indexOf("Waarom"), text.indexOf("Waarom") + 6});
        var sections = QuotationSelection.select(p, new Criteria(Set.of("c"), true, Set.of(), Set.of(),
                Grouping.BY_DOCUMENT));
        java.nio.file.Path csv = tmp.resolve("t.csv");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, csv, false);
        String written = java.nio.file.Files.readString(csv);
        org.junit.jupiter.api.Assertions.assertTrue(written.contains("Start (character)") && written.contains(
                "End (character)"), written);
        org.junit.jupiter.api.Assertions.assertTrue(written.contains(",00:01:09.5,"), written);
        java.nio.file.Path xlsx = tmp.resolve("t.xlsx");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter(Locale.ROOT);
            List<String> times = new java.util.ArrayList<>();
            var sheet = book.getSheetAt(0);
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("Time")) {
                    column = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                times.add(formatter.formatCellValue(sheet.getRow(r).getCell(column)));
            }
            assertEquals(List.of("", "0:01:09.500"), times, "the first before any mark (f4 ends a paragraph with it)");
        }
    }

    private static Project project(String text, int[]... spans) {
        Project p = new Project(ProjectInfo.named("Tijd", T));
        p.put(new Document("d", "A01", "", text, SourceFormat.TXT, List.of(), null, null, T, 1));
        p.put(Code.of("c", "Frequentie", "#336699", null));
        for (int i = 0; i < spans.length; i++) {
            p.put(new Quotation("q" + (i + 1), "d", spans[i][0], spans[i][1], "", null, T, i + 1));
            p.put(new Coding("kq" + (i + 1), "q" + (i + 1), "c", null, T));
        }
        return p;
    }

    @Test
    void aQuotationsTimeIsTheMarkBeforeIt() {
        String text = "I: Hoe vaak? #00:00:04-0#\n\nR: Elke week, op dinsdag. #00:01:09-5#\n\nI: Waarom?\n";
        List<String> sources = sources(text, new int[] {text.indexOf("Elke"), text.indexOf("dinsdag") + 7},
                new int[] {text.indexOf("Waarom"), text.indexOf("Waarom") + 6},
                new int[] {text.indexOf("Hoe"), text.indexOf("Hoe") + 3});
        assertEquals("1:3 · A01, ¶\u00A01", sources.get(0), "before any mark: none");
        assertEquals("1:1 · A01, ¶\u00A03, 00:00:04", sources.get(1));
        assertEquals("1:2 · A01, ¶\u00A05, 00:01:09.5", sources.get(2));
    }

    /** A turn selected whole, its speaker's label and all, is at its own mark, not the turn before's (QA). */
    @Test
    void aTurnSelectedWithItsLabelIsAtItsOwnMark() {
        String text = "Interviewer: [00:03:10] Wilt u koffie?\nJan: [00:03:20] Nee, dank u, ik heb al gehad.\n";
        List<String> sources = sources(text, new int[] {text.indexOf("Jan:"), text.length() - 1},
                new int[] {0, text.indexOf("koffie?") + 7});
        assertEquals("1:2 · A01, ¶\u00A01, 00:03:10", sources.get(0));
        assertEquals("1:1 · A01, ¶\u00A02, 00:03:20", sources.get(1));
    }
}
