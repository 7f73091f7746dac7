package nl.veldwerk.report;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
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

    void write(Path file) throws IOException {
        GridExport.writeAtomically(file, doc::write);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
