package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotation report in every form and option, on a project small enough to know every line of it. */
class QuotationReportTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String A01 = "Interviewer: Hoe gaat het?\n"
            + "A01: Mensen schamen zich, ook voor de coördinator.\n"
            + "A01: " + "Heel lang verhaal over de wijk. ".repeat(100).strip() + "\n";
    private static final String W01 = "W01: Wantrouwen hoor ik vaak, zeker bij ouderen.\n";

    @TempDir
    Path dir;

    static Project project() {
        Project p = new Project(ProjectInfo.named("Wijk Y", T));
        p.put(new Coder("ann", "Ann"));
        p.put(new DocumentGroup("g-a", "Aanbieders", ""));
        int second = A01.indexOf("A01:");
        int third = A01.indexOf("A01:", second + 1);
        p.put(new Document("a01", "A01", "", A01, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, second - 1,
                null), new SpeakerTurn("A01", second, third - 1, 65_000L), new SpeakerTurn("A01", third, A01.length() - 1,
                null)), Set.of("g-a"), java.util.Map.of(), T, 1));
        p.put(Document.of("w01", "W01", W01, SourceFormat.TXT, List.of(), T).withNumber(2));
        p.put(Code.of("psy", "Psychische kenmerken", null, null));
        p.put(Code.of("schaamte", "Schaamte", null, "psy").withDefinition("Zich schamen voor de eigen situatie.",
                List.of()).withMemo("Belangrijker dan wantrouwen."));
        p.put(Code.of("wantrouwen", "Wantrouwen", null, "psy"));
        p.put(Code.of("wijk", "Beschrijving van de wijk", null, null));
        int s = A01.indexOf("Mensen");
        p.put(new Quotation("q1", "a01", s, A01.indexOf(".\n", s) + 1, "Sterk citaat", "ann", T, 1));
        p.put(new Coding("c1", "q1", "schaamte", "ann", T));
        p.put(new Coding("c1b", "q1", "wijk", "ann", T));
        int l = A01.indexOf("Heel lang");
        p.put(new Quotation("q2", "a01", l, A01.length() - 1, "", null, T, 2));
        p.put(new Coding("c2", "q2", "wijk", null, T));
        p.put(new Quotation("q3", "w01", 5, W01.indexOf(','), "", null, T, 1));
        p.put(new Coding("c3", "q3", "wantrouwen", null, T));
        p.put(new Memo("m", new MemoTarget(EntityKind.CODE, "schaamte"), "Analyse", "Schaamte weegt zwaar.", null, T, T));
        return p;
    }

    private static List<QuotationSelection.Section> select(Project p, Set<String> codes, Set<String> groups,
                                                           Grouping grouping) {
        return QuotationSelection.select(p, new Criteria(codes, true, Set.of(), groups, grouping));
    }

    private static QuotationReport.Options options(boolean table, Locale locale) {
        return new QuotationReport.Options("Citaten over psychische kenmerken", table, true, true, null, locale);
    }

    @Test
    void byCodeWithWordsStylesSourcesDefinitionsAndMemos() throws Exception {
        Project p = project();
        Path file = dir.resolve("rapport.docx");
        List<String> progress = new java.util.ArrayList<>();
        QuotationReport.writeDocx(p, select(p, Set.of("psy"), Set.of(), Grouping.BY_CODE), options(false, Locale.ENGLISH),
                file, new QuotationReport.Monitor() {
                    @Override
                    public boolean cancelled() {
                        return false;
                    }

                    @Override
                    public void progress(int done, int total) {
                        progress.add(done + "/" + total);
                    }
                });
        assertEquals(List.of("0/2", "1/2", "2/2"), progress, "told after each heading, up to the whole");
        OfficeFileCheck.assertValid(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Title", ps.getFirst().getStyle());
            assertEquals(List.of("Contents"), headings(ps, "TOCHeading"), "a heading the contents do not list");
            assertTrue(headings(ps, "TOCHeading").size() == 1 && ps.stream().filter(x -> "TOCHeading".equals(
                    x.getStyle())).findFirst().orElseThrow().isPageBreak(), "the contents start on their own page");
            assertEquals(List.of("Psychische kenmerken"), headings(ps, "Heading1"), "the chosen code, as in the tree");
            assertEquals(List.of("Schaamte", "Wantrouwen"), headings(ps, "Heading2"),
                    "its sub-codes one level down, in the tree's order, each with the quotations of all documents");
            XWPFParagraph quote = ps.stream().filter(x -> "Quote".equals(x.getStyle())).findFirst().orElseThrow();
            assertTrue(quote.getText().startsWith("“Mensen schamen zich, ook voor de coördinator.”"), quote.getText());
            assertTrue(quote.getCTP().getPPr().isSetKeepNext(), "kept with its source line");
            assertEquals("— 1:1 · A01, ¶\u00A02, 00:01:05", ps.get(ps.indexOf(quote) + 1).getText(),
                    "its source on the line under it, the sign kept with its number");
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("Also coded: Beschrijving van de wijk · Comment: Sterk citaat · Coded by Ann, Mar 1, 2026"),
                    "its other codes, not the one it is listed under: " + all);
            assertTrue(all.contains("Definition: Zich schamen voor de eigen situatie."));
            assertTrue(all.contains("Memo: Belangrijker dan wantrouwen.") && all.contains("Analyse: Schaamte weegt zwaar."));
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"), "a table-of-contents field");
            assertTrue(doc.getFooterList().getFirst().getText().startsWith("Page"), "page numbers");
            assertTrue(doc.getFooterList().getFirst()._getHdrFtr().xmlText().contains("PAGE"));
        }
    }

    /**
     * A quotation longer than a third of a page is not kept with its source line: under a heading (kept with what
     * follows) it pushed both to the next page, leaving a heading alone on a page (QA); a short one is.
     */
    @Test
    void aLongQuotationStartsWhereItFalls() throws Exception {
        Project p = project();
        Path file = dir.resolve("lang.docx");
        QuotationReport.writeDocx(p, select(p, Set.of("wijk"), Set.of(), Grouping.BY_CODE), options(false,
                Locale.ENGLISH), file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> quotes = doc.getParagraphs().stream().filter(x -> "Quote".equals(x.getStyle())).toList();
            assertEquals(2, quotes.size());
            XWPFParagraph shortOne = quotes.stream().filter(q -> q.getText().contains("Mensen")).findFirst().orElseThrow();
            XWPFParagraph longOne = quotes.stream().filter(q -> q.getText().contains("Heel lang")).findFirst().orElseThrow();
            assertTrue(longOne.getText().length() > WordBody.KEPT_WITH_ITS_SOURCE, "the fixture's long quotation");
            assertTrue(shortOne.getCTP().getPPr().isSetKeepNext());
            assertTrue(!longOne.getCTP().getPPr().isSetKeepNext(), "a long quotation flows from where it falls");
            assertTrue(WordBody.lengthOnThePage("Ja.\n".repeat(15)) > WordBody.KEPT_WITH_ITS_SOURCE,
                    "fifteen short turns take half a page (review)");
        }
    }

    /** A quotation under each of its codes: the title page says how often the quotations are shown. */
    @Test
    void theTitlePageSaysWhenQuotationsAreShownMoreThanOnce() {
        Project p = project();
        QuotationReport.Options o = new QuotationReport.Options("Netwerk en schaamte", false, false, false, null,
                Locale.ENGLISH);
        String twice = QuotationReport.subtitle(p, o, 8, 11);
        assertTrue(twice.contains("8 quotations (shown 11 times: a quotation with several of the codes is under each)"
                + " · "), twice);
        assertTrue(!QuotationReport.subtitle(p, o, 3, 3).contains("shown"), "each once: nothing to say");
    }

    @Test
    void byDocumentInDutchWithATableAndADiagram() throws Exception {
        Project p = project();
        nl.veldwerk.model.Diagram diagram = new nl.veldwerk.model.Diagram("d", "Model", List.of(
                new nl.veldwerk.model.DiagramNode("schaamte", 40, 40, false),
                new nl.veldwerk.model.DiagramNode("wijk", 300, 40, false)), List.of());
        p.put(diagram);
        Path file = dir.resolve("tabel.docx");
        QuotationReport.writeDocx(p, select(p, Set.of(), Set.of(), Grouping.BY_DOCUMENT),
                new QuotationReport.Options("Alle citaten", true, false, false, diagram, Locale.of("nl")), file,
                () -> false);
        OfficeFileCheck.assertValid(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(List.of("Het model", "A01", "W01"), headings(doc.getParagraphs(), "Heading1"));
            assertEquals(List.of("Inhoud"), headings(doc.getParagraphs(), "TOCHeading"));
            assertTrue(doc.getParagraphs().get(1).getText().startsWith("Wijk Y · 3 citaten · "),
                    "three quotations, each once by document");
            assertTrue(doc.getParagraphs().stream().anyMatch(x -> x.getText().contains("de alinea's (¶)")),
                    "how sources are numbered");
            assertEquals(1, doc.getAllPictures().size(), "the diagram is embedded");
            assertEquals("Citaat", doc.getTables().getFirst().getRow(0).getCell(0).getText());
            assertEquals("Codes", doc.getTables().getFirst().getRow(0).getCell(2).getText());
            assertEquals(2, doc.getTables().size(), "one table per document");
            assertEquals(1, doc.getTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0)
                    .getText().startsWith("Mensen schamen") && r.getCell(2).getText().equals(
                    "Beschrijving van de wijk, Schaamte")).count(), "by document a quotation comes once, with all its codes");
            String longOne = "Heel lang verhaal over de wijk. ".repeat(100).strip();
            assertTrue(doc.getTables().stream().anyMatch(t -> t.getRows().stream().anyMatch(r -> r.getCell(0).getText()
                    .equals(longOne))), "a long quotation comes out whole");
            assertTrue(doc.getTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0).getText()
                    .equals(longOne)).noneMatch(r -> r.isCantSplitRow()), "a row longer than a page may split (Word "
                    + "would cut it off); the others stay whole");
            assertTrue(doc.getFooterList().getFirst().getText().startsWith("Pagina"));
            // A section ends on a paragraph of its own, not inside the contents' field (Word rewrites that field
            // when it updates the contents; LibreOffice printed "Pagina" without a number on that page).
            List<XWPFParagraph> ends = doc.getParagraphs().stream().filter(x -> x.getCTP().isSetPPr()
                    && x.getCTP().getPPr().isSetSectPr()).toList();
            assertFalse(ends.isEmpty());
            for (XWPFParagraph end : ends) {
                assertFalse(String.valueOf(end.getStyle()).startsWith("TOC"), "a section ends in the contents");
                assertTrue(end.getCTP().getRList().stream().noneMatch(r -> !r.getFldCharList().isEmpty()),
                        "a section ends inside a field");
            }
        }
    }

    /**
     * Codes nested deeper than four levels keep their depth in the Word reports, in Word's heading levels up to nine
     * (QA: the fifth level was a Heading 4, like its parent, in the body and the contents).
     */
    @Test
    void deepCodeTreesKeepTheirDepthInWordsHeadings() throws Exception {
        Project p = project();
        String parent = null;
        for (int level = 1; level <= 6; level++) {
            p.put(Code.of("n" + level, "Niveau " + level, null, parent));
            parent = "n" + level;
        }
        p.put(new Coding("c6", "q3", "n6", null, T));
        Path quotations = dir.resolve("diep.docx");
        QuotationReport.writeDocx(p, select(p, Set.of("n1"), Set.of(), Grouping.BY_CODE), options(false, Locale.ENGLISH),
                quotations, () -> false);
        Path codebook = dir.resolve("codeboek.docx");
        CodebookReport.write(p, codebook, Locale.ENGLISH);
        for (Path docx : List.of(quotations, codebook)) {
            OfficeFileCheck.assertValid(docx);
            try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                java.util.Map<String, String> styleOf = new java.util.HashMap<>();
                doc.getParagraphs().stream().filter(par -> par.getStyle() == null || !par.getStyle().startsWith("TOC"))
                        .forEach(par -> styleOf.putIfAbsent(par.getText().strip(), par.getStyle()));
                for (int level = 1; level <= 6; level++) {
                    assertEquals("Heading" + level, styleOf.get("Niveau " + level), docx.getFileName() + ": " + level);
                }
                assertTrue(doc.getStyles().styleExist("Heading6"), "the style is in the file");
            }
        }
    }

    @Test
    void groupsChooseDocumentsAndHtmlXlsxCsvHoldTheSameRows() throws Exception {
        Project p = project();
        var sections = select(p, Set.of(), Set.of("g-a"), Grouping.BY_CODE);
        assertEquals(3, sections.stream().mapToInt(QuotationSelection.Section::count).sum(), "only A01's codings");
        Path html = dir.resolve("rapport.html");
        QuotationReport.writeHtml(p, sections, options(false, Locale.ENGLISH), html);
        String page = Files.readString(html);
        assertTrue(page.contains("\">Beschrijving van de wijk</h2>") && page.contains("coördinator"), page);
        assertTrue(page.contains("<p class=\"note\"><b>Definition:</b> Zich schamen voor de eigen situatie.</p>"),
                "definitions, as in the Word report");
        // Quotations, memos and definitions keep their line breaks when the page is shown (QA: lines ran on).
        java.util.regex.Matcher style = java.util.regex.Pattern.compile("<style>(.*)</style>").matcher(page);
        assertTrue(style.find() && style.group(1).matches(".*\\bblockquote,\\.note\\{white-space:pre-wrap}.*"),
                page.substring(0, 600));
        var onlyQ2 = QuotationSelection.select(p, new Criteria(Set.of(), false, Set.of(), Set.of(), Grouping.BY_CODE,
                Set.of("q2")));
        assertEquals(1, onlyQ2.stream().mapToInt(QuotationSelection.Section::count).sum(), "a saved query's selection");
        assertEquals(0, QuotationSelection.select(p, new Criteria(Set.of(), false, Set.of(), Set.of(), Grouping.BY_CODE,
                Set.of())).size(), "a saved query that selects nothing selects nothing, not everything");
        assertFalse(page.contains("W01"));
        Path xlsx = dir.resolve("citaten.xlsx");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
        OfficeFileCheck.assertValid(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(4, book.getSheetAt(0).getPhysicalNumberOfRows(), "a header and three quotations");
            assertEquals("1:1", book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue(), "the quotation's ID");
            assertEquals("¶ from", book.getSheetAt(0).getRow(0).getCell(5).getStringCellValue());
            assertEquals(2, book.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue(), "a paragraph is a number");
        }
        Path csv = dir.resolve("citaten.csv");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, csv, false);
        assertEquals(4, Files.readAllLines(csv).size());
    }

    @Test
    void aSupervisorsOpenCommentsOnAQuotationAreInEveryReportTheResolvedOnesNot() throws Exception {
        Project p = project();
        p.put(new Coder("eva", "Eva"));
        p.put(Memo.reviewComment("r1", new MemoTarget(EntityKind.QUOTATION, "q1"), "Waarom schaamte en niet trots?",
                "eva", T.plusSeconds(60)));
        p.put(Memo.reviewComment("r0", new MemoTarget(EntityKind.QUOTATION, "q1"), "Eerst dit.", "eva", T));
        p.put(Memo.reviewComment("r2", new MemoTarget(EntityKind.QUOTATION, "q1"), "Al opgelost.", "eva", T)
                .withResolved(true, null, T));
        var sections = select(p, Set.of("schaamte"), Set.of(), Grouping.BY_CODE);

        Path docx = dir.resolve("review.docx");
        QuotationReport.writeDocx(p, sections, options(false, Locale.ENGLISH), docx, () -> false);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("Comment: Sterk citaat · Open review comment by Eva: Eerst dit. · Open review comment"
                    + " by Eva: Waarom schaamte en niet trots? · Coded by Ann"), "oldest first, after the comment: " + all);
            assertFalse(all.contains("Al opgelost"), "a resolved comment is done with");
        }
        Path table = dir.resolve("review-table.docx");
        QuotationReport.writeDocx(p, sections, options(true, new Locale("nl")), table, () -> false);
        try (InputStream in = Files.newInputStream(table); XWPFDocument doc = new XWPFDocument(in)) {
            String cell = doc.getTables().getFirst().getRow(1).getCell(3).getText();
            assertTrue(cell.contains("Sterk citaat") && cell.contains("Open reviewopmerking van Eva: Eerst dit."), cell);
            // Each column as wide as its longest word where the widest column can spare it: "Opmerking" broke as
            // "Opmerkin / g" and "reviewopmerking" mid-word in a column of 16 %. Twips: 10 pt type, ~110 a letter.
            var grid = doc.getTables().getFirst().getCTTbl().getTblGrid().getGridColList();
            long comment = ((java.math.BigInteger) grid.get(3).getW()).longValue();
            assertTrue(comment >= "reviewopmerking".length() * 110 + 240, "the comment column: " + comment);
            long quotation = ((java.math.BigInteger) grid.get(0).getW()).longValue();
            assertTrue(quotation > comment, "the quotation still the widest: " + quotation);
        }
        Path xlsx = dir.resolve("review.xlsx");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var header = book.getSheetAt(0).getRow(0);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("Open review comments")) {
                    column = c;
                }
            }
            assertTrue(column > 0, "a column of its own");
            assertEquals("Eva: Eerst dit.\nEva: Waarom schaamte en niet trots?",
                    book.getSheetAt(0).getRow(1).getCell(column).getStringCellValue());
        }
    }

    /**
     * A memo about a quotation is in the report beside it when memos are asked for, by document too, and in a
     * column of the spreadsheet (QA: only the memo report showed it).
     */
    @Test
    void aQuotationsMemosAreBesideItWhenAskedFor() throws Exception {
        Project p = project();
        p.put(new Memo("m1", new MemoTarget(EntityKind.QUOTATION, "q1"), "Halal en identiteit", "Vergelijk met A03.",
                null, T, T));
        var sections = select(p, Set.of("schaamte"), Set.of(), Grouping.BY_DOCUMENT);
        Path with = dir.resolve("met.docx");
        QuotationReport.writeDocx(p, sections, options(false, Locale.ENGLISH), with, () -> false);
        Path without = dir.resolve("zonder.docx");
        QuotationReport.writeDocx(p, sections, new QuotationReport.Options("Citaten", false, false, false, null,
                Locale.ENGLISH), without, () -> false);
        try (InputStream a = Files.newInputStream(with); XWPFDocument withMemos = new XWPFDocument(a);
             InputStream b = Files.newInputStream(without); XWPFDocument withoutMemos = new XWPFDocument(b)) {
            XWPFParagraph memo = withMemos.getParagraphs().stream().filter(x -> x.getText().equals(
                    "Memo ‘Halal en identiteit’: Vergelijk met A03.")).findFirst().orElseThrow(() -> new AssertionError(
                    "beside the quotation, a paragraph of its own (QA: it was lost in the small grey line of facts)"));
            assertEquals(567, memo.getIndentationLeft(), "indented as its quotation is: flush left it read as a "
                    + "heading over the quotations after it (QA)");
            assertFalse(String.join("\n", withoutMemos.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .contains("Halal"), "not asked for");
        }
        Path xlsx = dir.resolve("memos.xlsx");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var header = book.getSheetAt(0).getRow(0);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("Memos")) {
                    column = c;
                }
            }
            assertTrue(column > 0, "a column of its own");
            assertEquals("‘Halal en identiteit’: Vergelijk met A03.", book.getSheetAt(0).getRow(1).getCell(column)
                    .getStringCellValue());
        }
        // A title with single quotation marks of its own is set between double ones (QA: "‘Memo over ‘X’’").
        p.put(new Memo("m1", new MemoTarget(EntityKind.QUOTATION, "q1"), "Over ‘halal’", "Vergelijk met A03.", null, T,
                T));
        QuotationReport.writeDocx(p, select(p, Set.of("schaamte"), Set.of(), Grouping.BY_DOCUMENT), options(false,
                Locale.ENGLISH), with, () -> false);
        try (InputStream a = Files.newInputStream(with); XWPFDocument withMemos = new XWPFDocument(a)) {
            assertTrue(withMemos.getParagraphs().stream().anyMatch(x -> x.getText().equals(
                    "Memo “Over ‘halal’”: Vergelijk met A03.")), "a quotation within a quotation");
        }
    }

    @Test
    void controlCharactersFromAPastedTranscriptDoNotMakeTheFilesUnreadable() throws Exception {
        // And the two non-characters U+FFFE and U+FFFF, and half of a surrogate pair, which XML cannot hold either.
        String text = "R: Ik zei\u000Bdat het\u0007 niet\fging\u0000.\uFFFF \uD83D\n";
        Project p = new Project(ProjectInfo.named("Wijk\u0001 Y", T));
        p.put(Document.of("d", "R\u0002", text, SourceFormat.TXT, List.of(), T));
        p.put(Code.of("c", "Code\u001F\uFFFE", null, null));
        p.put(new Quotation("q", "d", 3, text.length() - 1, "opmerking\u0008", null, T));
        p.put(new Coding("k", "q", "c", null, T));
        var sections = select(p, Set.of(), Set.of(), Grouping.BY_CODE);
        for (boolean table : List.of(false, true)) {
            Path docx = dir.resolve("stuurtekens-" + table + ".docx");
            QuotationReport.writeDocx(p, sections, options(table, Locale.ENGLISH), docx, () -> false);
            OfficeFileCheck.assertValid(docx);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat)
                        + doc.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
                assertTrue(all.contains("Ik zei") && all.contains("niet") && all.contains("ging"), all);
                assertTrue(all.contains(".\uFFFD \uFFFD"), "each shown as the character for a lost one: " + all);
            }
        }
        Path html = dir.resolve("stuurtekens.html");
        QuotationReport.writeHtml(p, sections, options(false, Locale.ENGLISH), html);
        assertFalse(Files.readString(html).matches("(?s).*[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF].*"));
        Path xlsx = dir.resolve("stuurtekens.xlsx");
        QuotationReport.writeTable(p, sections, Locale.ENGLISH, xlsx, true);
        OfficeFileCheck.assertValid(xlsx);
        Path codebook = dir.resolve("codeboek.docx");
        CodebookReport.write(p, codebook, Locale.ENGLISH);
        OfficeFileCheck.assertValid(codebook);
    }

    @Test
    void aTextLongerThanAnExcelCellIsCutThereAndTheReaderIsTold() throws Exception {
        Project p = project();
        String huge = "Een heel lang antwoord. ".repeat(1_800); // 43,200 characters
        p.put(Document.of("lang", "L01", huge, SourceFormat.TXT, List.of(), T).withNumber(3));
        p.put(new Quotation("ql", "lang", 0, huge.length(), "", null, T, 1));
        p.put(new Coding("cl", "ql", "wijk", null, T));
        var sections = select(p, Set.of("wijk"), Set.of(), Grouping.BY_DOCUMENT);
        Path xlsx = dir.resolve("lang.xlsx");
        List<String> told = QuotationReport.writeTable(p, sections, new QuotationReport.Options("Lang", false, false,
                false, null, Locale.ENGLISH), xlsx, true, ',');
        assertEquals(1, told.size(), "said, not dropped in silence");
        assertTrue(told.getFirst().startsWith("1 text is longer than the 32,767 characters"), told.getFirst());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String cell = book.getSheetAt(0).getRow(3).getCell(8).getStringCellValue();
            assertEquals(32_767, cell.length());
            assertTrue(cell.endsWith("…"));
        }
    }

    @Test
    void anotherCodeOfTheSameNameIsStillAnOtherCode() {
        Project p = project();
        p.put(Code.of("schaamte2", "Schaamte", null, "wijk"));
        p.put(new Coding("c1c", "q1", "schaamte2", null, T));
        var sections = select(p, Set.of("schaamte"), Set.of(), Grouping.BY_CODE);
        QuotationSelection.Item q1 = sections.getFirst().items().getFirst();
        assertEquals(List.of("Beschrijving van de wijk", "Schaamte (Beschrijving van de wijk)"),
                QuotationReport.otherCodes(q1, "schaamte"), "listed under one Schaamte, the other Schaamte is also "
                        + "coded, and named with its place so the two can be told apart");
    }

    /** A quotation over a question and its answer is said by both speakers (it named the first only). */
    @Test
    void aQuotationOverTwoTurnsIsSaidByBothSpeakers() {
        Project p = project();
        int from = A01.indexOf("Hoe gaat");
        p.put(new Quotation("q9", "a01", from, A01.indexOf("Mensen") + 6, "", "ann", T, 9));
        p.put(new Coding("c9", "q9", "wantrouwen", "ann", T));
        var sections = select(p, Set.of("wantrouwen"), Set.of(), Grouping.BY_CODE);
        QuotationSelection.Item both = sections.getFirst().items().stream()
                .filter(i -> i.quotation().id().equals("q9")).findFirst().orElseThrow();
        assertEquals("Interviewer, A01", both.speaker());
        assertTrue(QuotationReport.source(both, Locale.ENGLISH).contains("Interviewer, A01"),
                QuotationReport.source(both, Locale.ENGLISH));
    }

    /**
     * Under a code, a quotation is "coded by" whoever applied that code, not by every coder of the quotation, and
     * when they did: a quotation made on 1 March and coded by Bob in December was "coded by Bob, Mar 1" (QA). By
     * document, every coder, and the quotation's own date apart.
     */
    @Test
    void underACodeTheCodersOfThatCodeAreNamed() throws Exception {
        Project p = project();
        p.put(new Coder("bob", "Bob"));
        p.put(new Coding("c1w", "q1", "wantrouwen", "bob", Instant.parse("2026-12-06T10:00:00Z")));
        var sections = select(p, Set.of("schaamte", "wantrouwen"), Set.of(), Grouping.BY_CODE);
        QuotationSelection.Item underSchaamte = sections.getFirst().items().getFirst();
        QuotationSelection.Item underWantrouwen = sections.get(1).items().getFirst();
        assertEquals("Wantrouwen", sections.get(1).title());
        assertTrue(QuotationReport.details(underSchaamte, Locale.ENGLISH, "schaamte").endsWith("Coded by Ann, Mar 1, 2026"),
                QuotationReport.details(underSchaamte, Locale.ENGLISH, "schaamte"));
        assertTrue(QuotationReport.details(underWantrouwen, Locale.ENGLISH, "wantrouwen").endsWith("Coded by Bob, Dec 6, "
                + "2026"), QuotationReport.details(underWantrouwen, Locale.ENGLISH, "wantrouwen"));
        var byDocument = select(p, Set.of("schaamte", "wantrouwen"), Set.of(), Grouping.BY_DOCUMENT);
        String all = QuotationReport.details(byDocument.getFirst().items().getFirst(), Locale.ENGLISH, null);
        assertTrue(all.endsWith("Coded by Ann, Bob · Created Mar 1, 2026"), "by document: every coder of the "
                + "quotation, and its own date apart: " + all);
        Path xlsx = dir.resolve("coders.xlsx");
        QuotationTable.of(sections, Locale.ENGLISH).writeXlsx(xlsx, "Quotations", "Sheets", "", 2);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            int coders = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("Coders")) {
                    coders = cell.getColumnIndex();
                }
            }
            assertEquals("Ann", sheet.getRow(1).getCell(coders).getStringCellValue());
            assertEquals("Bob", sheet.getRow(2).getCell(coders).getStringCellValue());
        }
    }

    /**
     * "Codes: all" on the title page: every code has its heading, one without quotations too (an empty
     * sub-code was left out while an empty top-level code was in); a code chosen by name is there empty as
     * well. A report of some documents leaves out the open codes they hold nothing of.
     */
    @Test
    void aReportOfTheWholeProjectHasEveryCodeAndAChosenCodeIsThereEmpty() {
        Project p = project();
        p.put(Code.of("leeg", "Signalerende rol", null, "psy"));
        List<String> all = headings(select(p, Set.of(), Set.of(), Grouping.BY_CODE));
        assertTrue(all.contains("Signalerende rol"), all.toString());
        assertTrue(headings(select(p, Set.of("leeg", "schaamte"), Set.of(), Grouping.BY_CODE))
                .contains("Signalerende rol"), "chosen by name");
        List<String> ofGroup = headings(select(p, Set.of(), Set.of("g-a"), Grouping.BY_CODE));
        assertFalse(ofGroup.contains("Signalerende rol"), ofGroup.toString());
        assertFalse(ofGroup.contains("Wantrouwen"), "W01 is not among the providers: " + ofGroup);
    }

    private static List<String> headings(List<QuotationSelection.Section> sections) {
        List<String> out = new java.util.ArrayList<>();
        for (QuotationSelection.Section s : sections) {
            out.add(s.title());
            out.addAll(headings(s.sections()));
        }
        return out;
    }

    @Test
    void anEmptySelectionSaysSoAndWritesNothing() {
        Project p = project();
        var none = select(p, Set.of("wantrouwen"), Set.of("g-a"), Grouping.BY_CODE);
        Path file = dir.resolve("leeg.docx");
        NothingToReport e = assertThrows(NothingToReport.class, () -> QuotationReport.writeDocx(p, none,
                options(false, Locale.ENGLISH), file, () -> false));
        assertTrue(e.getMessage().startsWith("No quotation matches"));
        assertTrue(e.userText().text(Locale.of("nl")).startsWith("Geen enkel citaat"));
        assertFalse(Files.exists(file));
    }

    @Test
    void aCancelledReportLeavesNoFile() {
        Project p = project();
        Path file = dir.resolve("gestopt.docx");
        assertThrows(QuotationReport.Cancelled.class, () -> QuotationReport.writeDocx(p, select(p, Set.of(), Set.of(),
                Grouping.BY_CODE), options(false, Locale.ENGLISH), file, () -> true));
        assertFalse(Files.exists(file));
    }

    private static List<String> headings(List<XWPFParagraph> ps, String style) {
        return ps.stream().filter(x -> style.equals(x.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void aReportOfSomeDocumentsLeavesOutTheCategoriesTheyHoldNothingOf() {
        Project p = project();
        p.put(Code.of("leeg", "Bereikbaarheid", null, null));
        p.put(Code.of("bus", "Busverbinding", null, "leeg"));
        List<String> whole = QuotationSelection.select(p, new Criteria(Set.of(), true, Set.of(), Set.of(),
                Grouping.BY_CODE, null)).stream().map(QuotationSelection.Section::title).toList();
        assertTrue(whole.contains("Bereikbaarheid"), "the whole project's report shows its structure: " + whole);
        List<String> one = QuotationSelection.select(p, new Criteria(Set.of(), true, Set.of("a01"), Set.of(),
                Grouping.BY_CODE, null)).stream().map(QuotationSelection.Section::title).toList();
        assertEquals(Set.of("Psychische kenmerken", "Beschrijving van de wijk"), Set.copyOf(one),
                "one interview's report: only what it holds, not every category with \"No quotations of its own\"");
        List<String> named = QuotationSelection.select(p, new Criteria(Set.of("bus", "wijk"), true, Set.of("a01"),
                Set.of(), Grouping.BY_CODE, null)).stream().map(QuotationSelection.Section::title).toList();
        assertEquals(Set.of("Busverbinding", "Beschrijving van de wijk"), Set.copyOf(named),
                "a code chosen by name is there, even with nothing in these documents");
    }
}
