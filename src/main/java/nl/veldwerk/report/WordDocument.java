package nl.veldwerk.report;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document with Word's own built-in styles (Normal, Title, Heading 1-3, Quote), defined the way
 * Word defines them, so its navigation pane, table of contents and a thesis template's styles all apply.
 * The page is A4 with 2.5 cm margins, and the text is marked as the report's language for the spelling
 * checker.
 */
final class WordDocument implements AutoCloseable {
    /** A4 in twentieths of a point, and 2.5 cm margins: the text area is 16 cm wide. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1418;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /** 1 cm: the indent of quotations, the line under each, and bullets. */
    static final int INDENT = 567;

    private final XWPFDocument doc = new XWPFDocument();
    /** The language tags Word proofs the labels and the quotations in. */
    /** The style of the line under a quotation that says where it comes from. */
    static final String SOURCE_STYLE = "QuotationSource";
    private final String labelsTag;
    private final String quotationsTag;
    private boolean breakBeforeNext;
    /** Whether the last paragraph ends the contents' field (nothing else may be put on it). */
    private boolean endsInField;
    /** The sections ended so far (each closes with a paragraph that carries its properties), and whether each is landscape. */
    private final List<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr> sections = new java.util.ArrayList<>();
    private final List<Boolean> landscape = new java.util.ArrayList<>();

    /**
     * A document whose labels are in {@code language}; quotations are proofed in the transcripts' language
     * ({@code quotationLanguage}, ISO 639-1): a Dutch study's quotations in an English report were all marked as
     * misspelt English.
     */
    WordDocument(java.util.Locale language, String quotationLanguage) {
        labelsTag = proofingTag(language.getLanguage());
        quotationsTag = proofingTag(quotationLanguage);
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage(labelsTag);
        normalStyle(styles);
        style(styles, "Title", "Title", 0, 28, true, false);
        style(styles, "Heading1", "heading 1", 1, 16, true, false);
        style(styles, "Heading2", "heading 2", 2, 13, true, false);
        style(styles, "Heading3", "heading 3", 3, 12, true, false);
        style(styles, "Heading4", "heading 4", 4, 11, true, true);
        // Deeper code trees keep their depth, in Word's own heading levels (QA: a fifth level looked like a sibling
        // of its parent, a Heading 4 as well); set apart by the contents' indent and Word's outline.
        for (int level = 5; level <= HEADING_LEVELS; level++) {
            style(styles, "Heading" + level, "heading " + level, level, 11, false, true);
        }
        style(styles, "Caption", "caption", 0, 10, true, false);
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            contentsEntryStyle(styles, level);
        }
        style(styles, "Quote", "Quote", 0, 11, false, true, quotationsTag);
        sourceStyle(styles, labelsTag);
        contentsHeadingStyle(styles);
    }

    /** The language tag Word proofs in: its usual region for English and Dutch, the bare language otherwise. */
    static String proofingTag(String language) {
        return switch (language) {
            case "nl" -> "nl-NL";
            case "en" -> "en-GB";
            default -> language;
        };
    }

    /** Word's "TOC Heading": looks like Heading 1 but is body text, so the contents do not list themselves. */
    private static void contentsHeadingStyle(XWPFStyles styles) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TOCHeading");
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("TOC Heading");
        style.addNewBasedOn().setVal("Heading1");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(39));
        style.addNewUnhideWhenUsed();
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        styles.addStyle(new XWPFStyle(style));
    }

    /**
     * The line under a quotation that says where it comes from: indented as the quotation, small, upright, in the
     * report's language. A paragraph of its own, not a line break in the quotation's: LibreOffice left a code's
     * heading alone at a page's foot when the paragraph it was kept with ended in a smaller line after a break.
     */
    private static void sourceStyle(XWPFStyles styles, String labelsTag) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(SOURCE_STYLE);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("Quotation Source");
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(10));
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepLines();
        paragraph.addNewInd().setLeft(BigInteger.valueOf(INDENT));
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(18));
        run.addNewLang().setVal(labelsTag);
        styles.addStyle(new XWPFStyle(style));
    }

    /** Word's "toc 1" to "toc 4": the contents' entries, each level indented further. */
    private static void contentsEntryStyle(XWPFStyles styles, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TOC" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("toc " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(39));
        style.addNewUnhideWhenUsed();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(level == 1 ? 60 : 40));
        paragraph.addNewInd().setLeft(BigInteger.valueOf((level - 1) * 220L));
        if (level == 1) {
            style.addNewRPr().addNewB();
        }
        styles.addStyle(new XWPFStyle(style));
    }

    /** The style every paragraph without one has, and the others are based on. */
    private static void normalStyle(XWPFStyles styles) {
        CTStyle normal = CTStyle.Factory.newInstance();
        normal.setStyleId("Normal");
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        CTRPr run = normal.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        run.addNewSz().setVal(BigInteger.valueOf(22));
        styles.addStyle(new XWPFStyle(normal));
    }

    /** A paragraph style as Word writes its built-in ones: the id Word knows, its name, its outline level. */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int points, boolean bold,
                              boolean italic) {
        style(styles, id, name, outlineLevel, points, bold, italic, null);
    }

    /** A paragraph style; {@code proofing}: the language its text is proofed in, or null for the document's. */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int points, boolean bold,
                              boolean italic, String proofing) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == 0 ? 10 : 9));
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        if (italic && outlineLevel == 0) {
            paragraph.addNewInd().setLeft(BigInteger.valueOf(INDENT));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        if (proofing != null) {
            run.addNewLang().setVal(proofing);
        }
        styles.addStyle(new XWPFStyle(style));
    }

    XWPFParagraph styled(String styleId, String text) {
        XWPFParagraph p = newParagraph();
        p.setStyle(styleId);
        addText(p.createRun(), text);
        return p;
    }

    void title(String text) {
        styled("Title", text);
    }

    /** The heading above the table of contents, which the contents do not list. */
    void contentsHeading(String text) {
        styled("TOCHeading", text);
    }

    /** How many levels of headings there are (Word's Heading 1-9); deeper ones are written as the last. */
    static final int HEADING_LEVELS = 9;

    /** Heading 1-9 (deeper levels are written as Heading 9); the style keeps it with what follows. */
    void heading(int level, String text) {
        styled("Heading" + Math.clamp(level, 1, HEADING_LEVELS), text);
    }

    /** The text without the control characters XML 1.0 cannot hold (tabs and line breaks stay). */
    static String clean(String text) {
        if (!needsCleaning(text)) {
            return text; // most texts: a report of a million quotations asks this millions of times
        }
        // U+FFFE and U+FFFF are not characters at all, and XML cannot hold them either.
        return CONTROL.matcher(text).replaceAll(" ").replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD')
                .replace("\r\n", "\n").replace('\r', '\n');
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' || c == '\u007F' || c >= '\uFFFE') {
                return true;
            }
        }
        return false;
    }

    /** A text as a document property holds it: one line, without control characters. */
    static String property(String text) {
        return clean(text).replace('\n', ' ').strip();
    }

    /** Title and author in the document's properties (what Word shows under File > Info, and PDF viewers). */
    void properties(String title, String author) {
        title = property(title);
        author = property(author);
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.getUnderlyingProperties().setLastModifiedByProperty(author);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Veldwerk");
    }

    /** "Figure 1: name" in Word's Caption style, the number a SEQ field so Word's list of figures finds it. */
    void caption(String word, int number, String text) {
        XWPFParagraph p = newParagraph();
        p.setStyle("Caption");
        p.createRun().setText(word + " ");
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField seq = p.getCTP().addNewFldSimple();
        seq.setInstr("SEQ " + word + " \\* ARABIC");
        seq.addNewR().addNewT().setStringValue(String.valueOf(number));
        addText(p.createRun(), ": " + text);
    }

    void paragraph(String text) {
        addText(newParagraph().createRun(), text);
    }

    /** "Label: text", the label bold. */
    XWPFParagraph labelled(String label, String text) {
        XWPFParagraph p = newParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(clean(label) + ": ");
        addText(p.createRun(), text);
        return p;
    }

    /** Keeps a paragraph on the page of the one after it (one without properties yet gets them). */
    static void keepWithNext(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
    }

    /** A small grey line of facts (phase, status, counts). */
    XWPFParagraph note(String text) {
        XWPFParagraph p = newParagraph();
        XWPFRun r = p.createRun();
        r.setColor("666666");
        r.setFontSize(9);
        addText(r, text);
        return p;
    }

    /** A small grey line under a quotation, indented as the quotation is, kept on one page. */
    void quoteNote(String text) {
        XWPFParagraph p = note(text);
        p.setIndentationLeft(INDENT);
        p.getCTP().getPPr().addNewKeepLines();
    }

    void bullet(String text) {
        XWPFParagraph p = newParagraph();
        p.setIndentationLeft(INDENT);
        p.setIndentationHanging(283);
        addText(p.createRun(), "•\t" + text);
    }

    /**
     * A quotation in the Quote style, with where it comes from on the line after; {@code withNote}: a line of
     * details follows, which must not be left alone at the top of the next page.
     */
    void quote(String text, String source, boolean withNote) {
        XWPFParagraph p = styled("Quote", "“" + text + "”");
        p.setAlignment(ParagraphAlignment.LEFT);
        if (source.isBlank()) { // none where a heading right above already cites it
            p.setKeepNext(withNote);
            return;
        }
        p.setKeepNext(true);
        p.setSpacingAfter(0);
        XWPFParagraph from = styled(SOURCE_STYLE, "— " + clean(source).replace('\n', ' '));
        from.setKeepNext(withNote);
    }

    /**
     * Line breaks inside a text become Word line breaks, not lost characters; other control characters,
     * which XML cannot hold, become spaces (a pasted transcript or title may carry them).
     */
    private static void addText(XWPFRun run, String text) {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /**
     * The next paragraph starts a new page (after the title page, the contents, the diagram). Set on that
     * paragraph rather than as a break in an empty one, which would leave a blank line at the page's top.
     */
    void pageBreak() {
        breakBeforeNext = true;
    }

    private XWPFParagraph newParagraph() {
        endsInField = false;
        XWPFParagraph p = doc.createParagraph();
        if (breakBeforeNext) {
            p.setPageBreak(true);
            breakBeforeNext = false;
        }
        return p;
    }

    private static String tocInstruction(int levels) {
        return "TOC \\o \"1-" + levels + "\" \\h \\z \\u";
    }

    /**
     * The table of contents as a field whose result already lists the headings to come ({level, text}, in
     * the TOC 1-4 styles, without page numbers), so a reader sees them in any program; Word puts in the
     * page numbers when it updates the field as the document opens, LibreOffice on Tools > Update.
     */
    void tableOfContents(List<String[]> entries, int levels) {
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = newParagraph();
            p.setStyle("TOC" + Math.clamp(Integer.parseInt(entries.get(i)[0]), 1, HEADING_LEVELS));
            var ctp = p.getCTP();
            if (i == 0) {
                ctp.addNewR().addNewFldChar().setFldCharType(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
                var instruction = ctp.addNewR().addNewInstrText();
                instruction.setStringValue(" " + tocInstruction(levels) + " ");
                instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                ctp.addNewR().addNewFldChar().setFldCharType(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            }
            addText(p.createRun(), entries.get(i)[1]);
            if (i == entries.size() - 1) {
                ctp.addNewR().addNewFldChar().setFldCharType(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
            }
        }
        doc.getSettings().setUpdateFields();
        endsInField = true;
    }

    /**
     * "Page n" centred in the footer of every page; with a {@code titlePage}, not on the first (the first
     * section's first page has an empty footer of its own).
     */
    void pageNumbers(String pageWord, boolean titlePage) {
        org.apache.poi.xwpf.usermodel.XWPFFooter footer = doc.createFooter(
                org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(pageWord + " ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        if (!titlePage) {
            return;
        }
        doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST).createParagraph();
        var section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /**
     * Ends the current section here (the next starts on a new page); {@code landscapePage} turns the ended
     * section's pages sideways. A section's properties sit on its last paragraph, as Word writes them.
     */
    void endSection(boolean landscapePage) {
        // On the section's last paragraph, as Word writes it (an empty one of its own could spill onto a page).
        List<XWPFParagraph> all = doc.getParagraphs();
        // Not on the contents' last paragraph: the section's properties sat inside the field Word rewrites when
        // it updates the contents, and LibreOffice printed that page's footer as "Pagina" without its number.
        XWPFParagraph p = all.isEmpty() || breakBeforeNext || endsInField ? newParagraph() : all.getLast();
        endsInField = false;
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        sections.add(pPr.addNewSectPr());
        landscape.add(landscapePage);
        breakBeforeNext = false;
    }

    /** The text area's width and height in cm on the page to come (landscape or not), for sizing a picture. */
    static double[] textAreaCm(boolean landscapePage) {
        double w = (PAGE_WIDTH - 2 * MARGIN) / 567.0;
        double h = (PAGE_HEIGHT - 2 * MARGIN) / 567.0;
        return landscapePage ? new double[] {h, w} : new double[] {w, h};
    }

    /** A PNG image printed {@code widthCm} wide, keeping its proportions, centred. */
    void image(byte[] png, int widthPixels, int heightPixels, double widthCm, String name) throws IOException {
        try {
            double heightCm = widthCm * heightPixels / Math.max(widthPixels, 1);
            XWPFParagraph p = newParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true); // the caption stays with its picture
            XWPFRun r = p.createRun();
            r.addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    name, org.apache.poi.util.Units.toEMU(widthCm / 2.54 * 72),
                    org.apache.poi.util.Units.toEMU(heightCm / 2.54 * 72));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    void write(Path file) throws IOException {
        finishSections();
        GridExport.writeAtomically(file, doc::write);
    }

    /** Writes what comes after everything made so far, straight into the file (see {@link WordBody}). */
    @FunctionalInterface
    interface Body {
        void write(WordBody body) throws IOException;
    }

    /** Where the streamed body goes in the document POI writes: this paragraph is replaced by it. */
    private static final String BODY_HERE = "veldwerk-streamed-body-" + java.util.UUID.randomUUID();

    /**
     * Writes the document made so far with {@code body} after it: POI writes the document without the body
     * (its styles, footers, title page, contents, figures), and the body's markup is streamed into the copy
     * of its document part in place of a marker paragraph, so the body never exists in memory as a whole.
     */
    void write(Path file, Body body) throws IOException {
        boolean breakBeforeBody = breakBeforeNext;
        doc.createParagraph().createRun().setText(BODY_HERE);
        finishSections();
        java.io.ByteArrayOutputStream skeleton = new java.io.ByteArrayOutputStream();
        doc.write(skeleton);
        GridExport.writeAtomically(file, out -> {
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(skeleton.toByteArray()));
                 var zip = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(out, 1 << 16))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    if (entry.getName().equals("word/document.xml")) {
                        splice(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), zip, body,
                                breakBeforeBody);
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        });
    }

    private void splice(String xml, java.io.OutputStream zip, Body body, boolean breakBeforeBody)
            throws IOException {
        int marker = xml.indexOf(BODY_HERE);
        int start = marker < 0 ? -1 : Math.max(xml.lastIndexOf("<w:p>", marker), xml.lastIndexOf("<w:p ", marker));
        int close = marker < 0 ? -1 : xml.indexOf("</w:p>", marker);
        int end = close + "</w:p>".length();
        if (start < 0 || close < 0) {
            throw new IllegalStateException("POI wrote the document part in a form not expected");
        }
        // Not closed here: closing the writer would close the archive's stream.
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        w.write(xml, 0, start);
        try {
            body.write(new WordBody(w, breakBeforeBody, quotationsTag));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        w.write(xml, end, xml.length() - end);
        w.flush();
    }

    /** Every section's footers and page, the first with the title page (POI writes only the last's). */
    private void finishSections() {
        var body = doc.getDocument().getBody();
        var last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        boolean titlePage = last.isSetTitlePg();
        if (titlePage && !sections.isEmpty()) {
            last.unsetTitlePg(); // only the first section opens with the title page
        }
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            last.getFooterReferenceList().forEach(ref -> {
                var copy = section.addNewFooterReference();
                copy.setType(ref.getType());
                copy.setId(ref.getId());
            });
            if (i == 0 && titlePage) {
                section.addNewTitlePg();
            }
            page(section, landscape.get(i));
        }
        page(last, false);
    }

    /** A4 (sideways when {@code landscapePage}) and its margins on a section. */
    private static void page(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr section,
                             boolean landscapePage) {
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscapePage ? PAGE_HEIGHT : PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscapePage ? PAGE_WIDTH : PAGE_HEIGHT));
        if (landscapePage) {
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        }
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
