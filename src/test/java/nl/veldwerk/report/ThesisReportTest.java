package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Criteria;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Project;
import nl.veldwerk.store.ProjectReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The report a thesis student hands in, on the sample project: it follows the code tree, holds every
 * factor's conclusion memo, says on its title page what it holds, keeps headings with their text and
 * rows whole, puts the diagram on a page of its own with a caption, and cites each quotation once when
 * ordered by document.
 */
class ThesisReportTest {
    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        sample = ProjectReader.read(Path.of("sample-projects/wijk-y"));
    }

    private static List<QuotationSelection.Section> all(Grouping grouping) {
        return QuotationSelection.select(sample, new Criteria(Set.of(), true, Set.of(), Set.of(), grouping));
    }

    private XWPFDocument write(List<QuotationSelection.Section> sections, QuotationReport.Options o) throws Exception {
        Path file = dir.resolve("rapport-" + System.nanoTime() + ".docx");
        QuotationReport.writeDocx(sample, sections, o, file, () -> false);
        OfficeFileCheck.assertValid(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The code tree as the code manager shows it: each code, then its sub-codes, siblings by name; with depth. */
    private static void tree(Project p, String parent, int depth, List<String> out) {
        p.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), parent))
                .sorted(Comparator.comparing((Code c) -> c.name().toLowerCase()))
                .forEach(c -> {
                    out.add(depth + " " + c.name());
                    tree(p, c.id(), depth + 1, out);
                });
    }

    @Test
    void byCodeTheHeadingsAreTheCodeTreeAndEveryFactorsMemoIsThere() throws Exception {
        Diagram model = sample.diagrams().iterator().next();
        XWPFDocument doc = write(all(Grouping.BY_CODE), new QuotationReport.Options("Resultaten", false, true, true,
                model, Locale.of("nl"), ReportScope.EVERYTHING, "Marieke de Vries"));
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                headings.add((Integer.parseInt(p.getStyle().substring(7)) - 1) + " " + p.getText());
            }
        }
        assertEquals("0 Het model", headings.removeFirst());
        List<String> expected = new ArrayList<>();
        tree(sample, null, 0, expected);
        // Word's headings stop at level 4; the sample's tree is three deep.
        List<String> withQuotationsOrBelow = expected.stream().filter(headings::contains).toList();
        assertEquals(withQuotationsOrBelow, headings, "the headings come in the tree's order, each at its depth");
        List<String> contents = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().matches("TOC\\d")) {
                contents.add((Integer.parseInt(p.getStyle().substring(3)) - 1) + " " + p.getText());
            }
        }
        List<String> bodyHeadings = new ArrayList<>(headings);
        bodyHeadings.addFirst("0 Het model");
        assertEquals(bodyHeadings, contents, "the contents list every heading at its level (QA: the third level's "
                + "codes were missing)");
        assertEquals("TOC \\o \"1-3\" \\h \\z \\u", toc(doc), "Word lists the three levels when it updates them");
        for (String category : List.of("0 Factoren uit het theoretisch kader", "1 Sociaal netwerk",
                "1 Psychische kenmerken", "1 Betaalbaarheid", "1 Bekendheid", "1 Rol van de wijkcoach", "0 Individueel gebruik")) {
            assertTrue(headings.contains(category), category + " is there, with or without quotations of its own");
        }
        String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        List<Memo> memos = sample.memos().stream().filter(m -> m.target().kind() == EntityKind.CODE).toList();
        assertEquals(7, memos.size());
        memos.forEach(m -> assertTrue(text.contains(m.title() + ": " + m.text().substring(0, 40)),
                "the memo " + m.title() + " is under its code"));
        assertTrue(text.contains("Definitie: "), "definitions");

        XWPFParagraph quote = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle())).findFirst()
                .orElseThrow();
        assertTrue(quote.getCTP().getPPr().isSetKeepNext(), "a quotation stays with its source line");
        assertTrue(quote.getText().matches("(?s)“.*”"), quote.getText());
        XWPFParagraph source = doc.getParagraphs().get(doc.getParagraphs().indexOf(quote) + 1);
        assertEquals("QuotationSource", source.getStyle());
        assertTrue(source.getText().matches("— \\d+:\\d+ · [AW]\\d\\d, ¶\\u00A0\\d+.*"), source.getText());
        assertTrue(source.getCTP().getPPr().isSetKeepNext(), "and its source line with its details line");
        String details = doc.getParagraphs().get(doc.getParagraphs().indexOf(quote) + 2).getText();
        XWPFParagraph definition = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Definitie: "))
                .findFirst().orElseThrow();
        assertTrue(definition.getCTP().getPPr().isSetKeepNext(), "a heading's notes stay with what follows");
        assertTrue(details.contains("Gemaakt "), "the quotation's date: " + details);
        // The styles keep every heading with what follows.
        for (String level : List.of("Heading1", "Heading2", "Heading3")) {
            assertTrue(doc.getStyles().getStyle(level).getCTStyle().getPPr().isSetKeepNext(), level);
        }
    }

    @Test
    void theTitlePageSaysWhatTheReportHoldsAndTheFileWhoWroteIt() throws Exception {
        Criteria criteria = new Criteria(Set.of("fc-psychische-kenmerken"), true, Set.of(), Set.of("g-aanbieders"),
                Grouping.BY_CODE, null);
        criteria = new Criteria(criteria.codeIds(), true, Set.of(), sample.groups().stream()
                .filter(g -> g.name().toLowerCase().contains("aanbieder")).map(g -> g.id()).collect(Collectors.toSet()),
                Grouping.BY_CODE);
        XWPFDocument doc = write(QuotationSelection.select(sample, criteria), new QuotationReport.Options(
                "Psychische kenmerken", false, false, false, null, Locale.ENGLISH,
                ReportScope.of(sample, criteria, "schaamte en angst"), "Marieke de Vries"));
        List<String> titlePage = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if ("TOCHeading".equals(p.getStyle())) {
                break;
            }
            titlePage.add(p.getText());
        }
        String page = String.join("\n", titlePage);
        assertTrue(page.contains("Codes: Psychische kenmerken (with sub-codes)"), page);
        assertTrue(page.contains("Document groups: ") && page.contains("Aanbieders"), page);
        assertTrue(page.contains("Saved query: schaamte en angst"), page);
        assertTrue(page.contains("Grouped by: code, as the code tree"), page);
        assertTrue(page.contains("Author: Marieke de Vries") && page.contains("Date: "), page);
        assertEquals("Psychische kenmerken", doc.getProperties().getCoreProperties().getTitle());
        assertEquals("Marieke de Vries", doc.getProperties().getCoreProperties().getCreator());
        String leaf = sample.codes().stream().filter(c -> sample.childrenOf(c.id()).isEmpty()).findFirst().orElseThrow()
                .id();
        assertFalse(ReportScope.of(sample, new Criteria(Set.of(leaf), true, Set.of(), Set.of(), Grouping.BY_CODE),
                null).withSubCodes(), "said only of a code that has sub-codes (QA: 'Schaamte (with sub-codes)')");

        CTSectPr first = firstSection(doc);
        assertTrue(first.isSetTitlePg(), "the title page has its own (empty) footer: no page number");
        assertTrue(first.getFooterReferenceList().stream().anyMatch(r -> r.getType().toString().equals("first")));
        assertTrue(toc(doc).equals("TOC \\o \"1-2\" \\h \\z \\u"), "contents: categories and factors");
        List<String> entries = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading")).map(p -> p.getStyle() + " "
                + p.getText()).toList();
        assertEquals(List.of("TOC1 Psychische kenmerken", "TOC2 Angst", "TOC2 Ervaringen uit het verleden",
                "TOC2 Ontkenning", "TOC2 Psychopathologische aandoening", "TOC2 Schaamte", "TOC2 Veerkracht/kwetsbaarheid",
                "TOC2 Wantrouwen"), entries, "the contents list the headings before Word numbers their pages");
    }

    @Test
    void tablesAreOnePerCodeWithARepeatedHeaderAndRowsThatDoNotSplit() throws Exception {
        XWPFDocument doc = write(all(Grouping.BY_CODE), new QuotationReport.Options("Tabel", true, false, false, null,
                Locale.of("nl")));
        long codesWithQuotations = sample.codes().stream().filter(c -> !sample.codingsWithCode(c.id()).isEmpty()).count();
        assertEquals(codesWithQuotations, doc.getTables().size(), "one table per code, not per code and document");
        for (var table : doc.getTables()) {
            assertTrue(table.getRow(0).isRepeatHeader());
            table.getRows().forEach(r -> assertTrue(r.isCantSplitRow(), "a row stays on one page"));
            assertEquals("fixed", table.getCTTbl().getTblPr().getTblLayout().getType().toString(), "widths as set");
            List<String> header = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
            assertEquals("Citaat", header.getFirst());
            assertFalse(header.contains("Opmerking"), "the sample has no comments: no empty column for them");
            int column = header.indexOf("Andere codes");
            if (column < 0) {
                continue; // none of its quotations has another code
            }
            String codes = table.getCTTbl().getTblGrid().getGridColList().get(column).xgetW().getStringValue();
            int width = Integer.parseInt(codes);
            int longestWord = table.getRows().stream().flatMap(r -> java.util.Arrays.stream(r.getCell(column).getText()
                    .split("[\\s,]+"))).mapToInt(String::length).max().orElse(0);
            assertTrue(width >= longestWord * 110, "the codes column holds its longest word at 10 pt: " + width);
        }
    }

    @Test
    void byDocumentEachQuotationComesOnceInTextOrderWithAllItsCodes() throws Exception {
        var sections = all(Grouping.BY_DOCUMENT);
        assertEquals(sample.quotations().size(), sections.stream().mapToInt(s -> s.items().size()).sum(),
                "every quotation once");
        for (var s : sections) {
            List<Integer> starts = s.items().stream().map(i -> i.quotation().start()).toList();
            assertEquals(starts.stream().sorted().toList(), starts, "in the order of the text");
            s.items().forEach(i -> assertEquals(sample.codingsOf(i.quotation().id()).stream().map(c -> c.codeId())
                    .distinct().count(), i.codeNames().size(), "with all its codes"));
        }
        XWPFDocument doc = write(sections, new QuotationReport.Options("Per document", false, false, false, null,
                Locale.ENGLISH));
        assertEquals(sample.quotations().size(), doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle()))
                .count());
        assertTrue(toc(doc).equals("TOC \\o \"1-1\" \\h \\z \\u"), "contents: the documents");
    }

    @Test
    void theDiagramIsAFigureOnAPageOfItsOwnWithCaptionAndLegend() throws Exception {
        Diagram model = sample.diagrams().iterator().next();
        XWPFDocument doc = write(all(Grouping.BY_CODE), new QuotationReport.Options("Met model", false, false, false,
                model, Locale.of("nl")));
        XWPFParagraph caption = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).findFirst()
                .orElseThrow();
        assertEquals("Figuur 1: " + model.name(), caption.getText());
        assertTrue(caption.getCTP().xmlText().contains("SEQ Figuur"), "numbered by Word's SEQ field");
        String after = doc.getParagraphs().get(doc.getParagraphs().indexOf(caption) + 1).getText();
        assertTrue(after.startsWith("Elke pijl: hangt samen met") || after.startsWith("Dikte"), "the legend: " + after);
        List<CTSectPr> sections = sections(doc);
        assertEquals(3, sections.size(), "title and contents; the diagram; the quotations");
        DiagramFigure figure = DiagramFigure.of(sample, model, Locale.of("nl"));
        assertEquals(figure.landscape(), sections.get(1).getPgSz().getOrient() != null
                && sections.get(1).getPgSz().getOrient().toString().equals("landscape"));
        assertTrue(figure.smallestFontPt() >= DiagramFigure.SMALLEST_READABLE_PT,
                "the smallest text prints at " + figure.smallestFontPt() + " pt");
        assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("8 pt")), "no small-print warning");
    }

    /** The contents field's instruction (a complex field whose result lists the headings). */
    private static String toc(XWPFDocument doc) {
        return doc.getParagraphs().stream().flatMap(p -> p.getCTP().getRList().stream())
                .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue().strip())
                .filter(i -> i.startsWith("TOC")).findFirst().orElse("");
    }

    @Test
    void theDiagramForAPageIsAtThreeHundredDpiOfItsPrintedSizeWithTextOfEightPointOrMore() throws Exception {
        Diagram model = sample.diagrams().iterator().next();
        DiagramFigure figure = DiagramFigure.of(sample, model, Locale.ENGLISH);
        java.awt.image.BufferedImage png = figure.pagePng(1);
        assertEquals(figure.printedWidthCm() / 2.54 * 300, png.getWidth(), 2, "300 dpi at the printed width");
        double[] area = WordDocument.textAreaCm(figure.landscape());
        assertTrue(figure.printedWidthCm() <= area[0] + 1e-9, "within the page's text area");
        assertTrue(png.getHeight() / 300.0 * 2.54 <= area[1], "caption and legend included, it fits the page's height");
        assertTrue(figure.smallestFontPt() >= DiagramFigure.SMALLEST_READABLE_PT, figure.smallestFontPt() + " pt");
        String svg = figure.pageSvg(1);
        assertTrue(svg.contains(String.format(Locale.ROOT, "width=\"%.1fmm\"", figure.printedWidthCm() * 10)),
                "the SVG says how large it prints");
        assertTrue(svg.contains("font-weight=\"bold\">Figure 1: " + model.name()), "with its caption");
        assertTrue(svg.contains(">Every arrow: is associated with.<"), "and its legend");
    }

    private static CTSectPr firstSection(XWPFDocument doc) {
        return sections(doc).getFirst();
    }

    /** The sections in order: each paragraph that closes one, then the body's own. */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> list = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                list.add(p.getCTP().getPPr().getSectPr());
            }
        }
        list.add(doc.getDocument().getBody().getSectPr());
        return list;
    }
}
