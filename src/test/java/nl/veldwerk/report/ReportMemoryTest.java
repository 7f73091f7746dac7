package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * A quotation report holds a bounded number of quotations in memory at once, whatever its size: the selection
 * keeps its texts as bytes beyond a few megabytes in a temporary file, and the Word and HTML writers stream
 * what they write. A project small in memory (one transcript of 4,000 characters) with 20,000 quotations of
 * about 2,000 characters each (40 million characters of quotations, about 80 MB as strings) is reported by a
 * separate JVM with a 64 MB heap: as Word quotations, as a Word table, and as HTML. Holding every quotation's
 * text, or POI's document model of every paragraph, runs out of memory there.
 */
class ReportMemoryTest {
    private static final int QUOTATIONS = 20_000;
    private static final String HEAP = "-Xmx64m";

    @Test
    void aWordReportOfManyLongQuotationsIsWrittenInASmallHeap(@TempDir Path dir) throws Exception {
        String xml = documentPart(write(dir, "citaten.docx"));
        assertEquals(QUOTATIONS, count(xml, "<w:pStyle w:val=\"Quote\"/>"), "a quotation paragraph per quotation");
        assertEquals(QUOTATIONS, count(xml, "<w:pStyle w:val=\"QuotationSource\"/>"), "each with its source");
    }

    @Test
    void aWordTableOfManyLongQuotationsIsWrittenInASmallHeap(@TempDir Path dir) throws Exception {
        String xml = documentPart(write(dir, "tabel.docx", "table"));
        assertEquals(QUOTATIONS + 1, count(xml, "<w:tr>"), "a header and a row per quotation");
    }

    @Test
    void anHtmlReportOfManyLongQuotationsIsWrittenInASmallHeap(@TempDir Path dir) throws Exception {
        String html = Files.readString(write(dir, "citaten.html"));
        assertEquals(QUOTATIONS, count(html, "<blockquote lang=\"nl\">"));
    }

    private static Path write(Path dir, String name, String... how) throws Exception {
        Path out = dir.resolve(name);
        String[] args = how.length == 0 ? new String[] {out.toString()} : new String[] {out.toString(), how[0]};
        SmallHeap.Run run = SmallHeap.run(HEAP, Write.class, dir, args);
        assertEquals(0, run.status(), () -> "writing with " + HEAP + " failed:\n" + run.output());
        return out;
    }

    private static String documentPart(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Run in the small heap: builds the project and writes the report (args: file, then "table" or nothing). */
    public static final class Write {
        public static void main(String[] args) throws Exception {
            Instant t = Instant.parse("2026-03-01T09:00:00Z");
            Project p = new Project(ProjectInfo.named("Lange citaten", t));
            String text = "R01: " + "Elke week ga ik naar het buurthuis, voor de koffie en de mensen. ".repeat(60);
            p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), t));
            p.put(Code.of("c", "Bereik", null, null));
            for (int i = 0; i < QUOTATIONS; i++) {
                int start = i % 1000;
                p.put(new Quotation("q" + i, "d", start, start + 1900 + i % 100, "", null, t, i + 1));
                p.put(new Coding("k" + i, "q" + i, "c", null, t));
            }
            List<QuotationSelection.Section> sections = QuotationReport.select(p, new QuotationSelection.Criteria(
                    Set.of(), false, Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, null));
            Path out = Path.of(args[0]);
            QuotationReport.Options o = new QuotationReport.Options("", args.length > 1, false, false, null,
                    Locale.ENGLISH);
            if (out.toString().endsWith(".html")) {
                QuotationReport.writeHtml(p, sections, o, out);
            } else {
                QuotationReport.writeDocx(p, sections, o, out, () -> false);
            }
        }
    }
}
