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
 * A Word document with Word's own built-in styles (Title, Heading 1-3, Quote), defined the way Word
 * defines them, so its navigation pane, table of contents and a thesis template's styles all apply.
 */
final class WordDocument implements AutoCloseable {
    private final XWPFDocument doc = new XWPFDocument();

    WordDocument() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 0, 28, true, false);
        style(styles, "Heading1", "heading 1", 1, 16, true, false);
        style(styles, "Heading2", "heading 2", 2, 13, true, false);
        style(styles, "Heading3", "heading 3", 3, 12, true, false);
        style(styles, "Quote", "Quote", 0, 11, false, true);
    }

    /** A paragraph style as Word writes its built-in ones: the id Word knows, its name, its outline level. */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int points, boolean bold,
                              boolean italic) {
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
        if (italic) {
            paragraph.addNewInd().setLeft(BigInteger.valueOf(567));
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
        styles.addStyle(new XWPFStyle(style));
    }

    XWPFParagraph styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        addText(p.createRun(), text);
        return p;
    }

    void title(String text) {
        styled("Title", text);
    }

    void heading(int level, String text) {
        styled("Heading" + Math.clamp(level, 1, 3), text);
    }

    void paragraph(String text) {
        addText(doc.createParagraph().createRun(), text);
    }

    /** "Label: text", the label bold. */
    void labelled(String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + ": ");
        addText(p.createRun(), text);
    }

    /** A small grey line of facts (phase, status, counts). */
    void note(String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setColor("666666");
        r.setFontSize(9);
        addText(r, text);
    }

    void bullet(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(567);
        p.setIndentationHanging(283);
        addText(p.createRun(), "•\t" + text);
    }

    /** A quotation in the Quote style, with where it comes from on the line after. */
    void quote(String text, String source) {
        XWPFParagraph p = styled("Quote", "“" + text + "”");
        XWPFRun from = p.createRun();
        from.addBreak();
        from.setItalic(false);
        from.setFontSize(9);
        from.setText("— " + source);
        p.setAlignment(ParagraphAlignment.LEFT);
    }

    /** Line breaks inside a text become Word line breaks, not lost characters. */
    private static void addText(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** A paragraph that ends the page (after the title page and the contents). */
    void pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    /**
     * Word's table of contents field over Heading 1-2; Word fills it when the document opens (it asks to
     * update fields), LibreOffice on Tools > Update. The placeholder text says so until then.
     */
    void tableOfContents(String placeholder) {
        XWPFParagraph p = doc.createParagraph();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField toc = p.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        toc.addNewR().addNewT().setStringValue(placeholder);
        doc.getSettings().setUpdateFields();
    }

    /** "Page n" centred in the footer of every page. */
    void pageNumbers(String pageWord) {
        org.apache.poi.xwpf.usermodel.XWPFFooter footer = doc.createFooter(
                org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(pageWord + " ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    /** A table with a bold header row; each row's cells in order. */
    void table(List<String> header, List<List<String>> rows) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        for (int c = 0; c < header.size(); c++) {
            XWPFParagraph p = table.getRow(0).getCell(c).getParagraphs().getFirst();
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(header.get(c));
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < header.size(); c++) {
                addText(table.getRow(i + 1).getCell(c).getParagraphs().getFirst().createRun(), rows.get(i).get(c));
            }
        }
        doc.createParagraph();
    }

    /** A PNG image, as large as fits the text area under a heading (16 x 20 cm on A4) keeping its proportions. */
    void image(byte[] png, int widthPixels, int heightPixels, String name) throws IOException {
        try {
            double scale = Math.min(16.0 / Math.max(widthPixels, 1), 20.0 / Math.max(heightPixels, 1));
            double widthCm = widthPixels * scale;
            double heightCm = heightPixels * scale;
            XWPFRun r = doc.createParagraph().createRun();
            r.addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    name, org.apache.poi.util.Units.toEMU(widthCm / 2.54 * 72),
                    org.apache.poi.util.Units.toEMU(heightCm / 2.54 * 72));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    void write(Path file) throws IOException {
        GridExport.writeAtomically(file, doc::write);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
