package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every memo in Word, grouped by what it is about, in the order a reader of the analysis expects. */
class MemoReportTest {
    private static final java.time.Instant T = java.time.Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void projectDocumentCodeAndQuotationMemosUnderTheirHeadings() throws Exception {
        Project p = QuotationReportTest.project(); // a code memo on Schaamte and a memo "Analyse" about it
        p.put(new Memo("mp", MemoTarget.project(), "Verhaallijn", "Eerste alinea.\n\nTweede alinea,\nmet een regel.",
                "ann", T, T));
        p.put(new Memo("md", new MemoTarget(EntityKind.DOCUMENT, "w01"), "", "Kort interview.", null, T, T));
        p.put(new Memo("mq", new MemoTarget(EntityKind.QUOTATION, "q1"), "Sleutelcitaat", "Zie hoofdstuk 5.", null, T,
                T));
        p.put(Memo.reviewComment("rc", new MemoTarget(EntityKind.CODE, "schaamte"), "Te breed?", null, T));
        Path file = dir.resolve("memos.docx");
        MemoReport.write(p, file, Locale.of("nl"));
        OfficeFileCheck.assertValid(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Memo’s: Wijk Y", ps.getFirst().getText());
            assertTrue(ps.get(1).getText().startsWith("5 memo’s · "), "counted as shown, the code's memo too: "
                    + ps.get(1).getText());
            assertEquals(List.of("Over het project", "Over documenten", "Over codes", "Over citaten"),
                    texts(ps, "Heading1"));
            assertEquals(List.of("Verhaallijn", "W01", "Schaamte", "1:1 · A01, ¶\u00A02"), texts(ps, "Heading2"));
            assertEquals(List.of("(zonder titel)", "Codememo", "Analyse", "Sleutelcitaat"), texts(ps, "Heading3"));
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            List<String> paragraphs = ps.stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("Eerste alinea.") && paragraphs.contains("Tweede alinea,\nmet een regel."),
                    "a Word paragraph per paragraph, line breaks kept: " + paragraphs);
            // The date as the quotation reports write it, in the report's language, with the time of day.
            String day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(Locale.of("nl")).format(T.atZone(java.time.ZoneId.systemDefault()));
            String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(T.atZone(
                    java.time.ZoneId.systemDefault()));
            assertTrue(all.contains("Ann · " + day + " " + time), "the author and date: " + all);
            assertFalse(all.contains("2026-03-01"), "not the ISO date beside the quotation reports' own");
            assertTrue(ps.stream().anyMatch(x -> "Quote".equals(x.getStyle()) && x.getText().startsWith(
                    "“Mensen schamen zich")), "the quotation a memo is about");
            assertEquals(1, all.split("1:1 · A01", -1).length - 1, "cited once, by its heading: " + all);
            assertFalse(all.contains("—"), "and no empty source line under the quotation: " + all);
            assertFalse(all.contains("Te breed?"), "review comments are not memos");
        }
    }

    @Test
    void aProjectWithoutMemosSaysSoAndWritesNothing() {
        Project p = new Project(nl.veldwerk.model.ProjectInfo.named("Leeg", T));
        Path file = dir.resolve("geen.docx");
        NothingToReport e = assertThrows(NothingToReport.class, () -> MemoReport.write(p, file, Locale.ENGLISH));
        assertEquals("The project has no memos yet, so there is nothing to report.", e.userText().text(Locale.ENGLISH));
        assertFalse(Files.exists(file));
    }

    private static List<String> texts(List<XWPFParagraph> ps, String style) {
        return ps.stream().filter(x -> style.equals(x.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
