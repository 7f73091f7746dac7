package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.interop.AddCodebook;
import nl.veldwerk.interop.CodebookFiles;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook report opens with POI and has Word's heading styles, definitions and example quotations. */
class CodebookReportTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String A01 = "A01: Mensen schamen zich om aan te kloppen bij de voedselbank, echt waar.\n";

    @TempDir
    Path dir;

    @Test
    void theTreeAsHeadingsWithDefinitionsCountsCommentsAndExamples() throws Exception {
        Project p = new Project(ProjectInfo.named("Wijk Y", T));
        AddCodebook.into(p, CodebookFiles.factorTemplate());
        p.put(Document.of("a01", "A01", A01, SourceFormat.TXT, List.of(), T));
        p.put(new Quotation("q", "a01", 5, A01.indexOf(", echt"), "", null, T));
        p.put(new Coding("c", "q", "fc-schaamte", null, T));
        p.put(new nl.veldwerk.model.Coder("sup", "Dr. Jansen"));
        p.put(Memo.reviewComment("r0", new MemoTarget(EntityKind.CODE, "fc-schaamte"), "Definitie te ruim.", null,
                T.minusSeconds(60)).withResolved(true, "sup", T));
        p.put(Memo.reviewComment("r", new MemoTarget(EntityKind.CODE, "fc-schaamte"), "Ook trots?", null, T));
        p.put(Memo.reviewComment("settled", new MemoTarget(EntityKind.CODE, "fc-bekendheid"), "Prima.", null, T)
                .withResolved(true, null, T));
        p.put(new Memo("m", new MemoTarget(EntityKind.CODE, "fc-schaamte"), "Conclusie", "Schaamte remt vooral bij geld.",
                null, T, T, false, false));
        String core = p.codes().stream().filter(x -> x.name().equalsIgnoreCase("Individueel gebruik")).findFirst()
                .orElseThrow().id();
        p.put(new nl.veldwerk.model.Relation("rel", "fc-schaamte", core, nl.veldwerk.model.RelationType.CAUSES, "",
                0.75, "remt het gebruik"));
        Path file = dir.resolve("codeboek.docx");
        CodebookReport.write(p, file, Locale.of("nl"));
        OfficeFileCheck.assertValid(file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Codeboek: Wijk Y", ps.getFirst().getText());
            assertEquals("Title", ps.getFirst().getStyle());
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName(), "Word's own heading style");
            assertTrue(heading(ps, "Heading1", "Factoren uit het theoretisch kader"));
            assertTrue(heading(ps, "Heading2", "Psychische kenmerken"));
            assertTrue(heading(ps, "Heading3", "Schaamte"));
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("open code · voorgesteld · 1 citaat in 1 document"), all);
            XWPFParagraph facts = ps.get(ps.indexOf(ps.stream().filter(x -> heading(List.of(x), "Heading3", "Schaamte"))
                    .findFirst().orElseThrow()) + 1);
            assertTrue(facts.getText().startsWith("open code · "), facts.getText());
            assertTrue(facts.getCTP().getPPr() != null && facts.getCTP().getPPr().isSetKeepNext(),
                    "a code's facts stay with its definition (QA: left at a page's foot)");
            assertTrue(all.contains("0 citaten in 0 documenten (met subcodes: 1 citaat in 1 document)"),
                    "a category counts its sub-codes' quotations too");
            assertTrue(all.contains("Reviewopmerking van ? (afgehandeld door Dr. Jansen): Definitie te ruim.\nReviewopmerking van ?: Ook "
                    + "trots?"), "a thread with an open comment whole, oldest first, so a reply has what it answers: " + all);
            assertTrue(!all.contains("Prima."), "a thread all resolved is settled");
            assertTrue(all.contains("Memo ‘Conclusie’: Schaamte remt vooral bij geld."), "a memo about the code from the "
                    + "Memos tab (QA: the thesis's conclusions were left out): " + all);
            assertTrue(all.contains("Relaties: \n•\tveroorzaakt → Individueel gebruik (gewicht 0,75): remt het gebruik"),
                    "the axial links from the code, for the supervisor (QA: none were in it): " + all);
            assertTrue(all.contains("Hoe ziet een sociaal netwerk van een inwoner eruit?"), "Tabel 1's indicators");
            XWPFParagraph quote = ps.stream().filter(x -> "Quote".equals(x.getStyle())).findFirst().orElseThrow();
            assertTrue(quote.getText().startsWith("“Mensen schamen zich om aan te kloppen bij de voedselbank”"),
                    quote.getText());
            assertEquals("— 0:0 · A01, ¶\u00A01", ps.get(ps.indexOf(quote) + 1).getText(),
                    "cited by ID and paragraph as the quotation report does");
        }
    }

    private static boolean heading(List<XWPFParagraph> ps, String style, String text) {
        return ps.stream().anyMatch(x -> style.equals(x.getStyle()) && text.equals(x.getText()));
    }
}
