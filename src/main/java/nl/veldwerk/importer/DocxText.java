package nl.veldwerk.importer;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The plain text of a Word document: body paragraphs in order (also those in content controls), and tables as
 * tab-separated rows.
 */
final class DocxText {
    static {
        // Bound what a part may unpack to by its size, as for .odt, not by POI's compression ratio: a long
        // single paragraph of repetitive text compresses well and is no zip bomb.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(BoundedInput.MAX_XML_BYTES);
    }

    private DocxText() {
    }

    static String extract(InputStream docx) throws IOException {
        try {
            return read(docx);
        } catch (LinkageError e) {
            // POI's zip reader loads a decompressor only when an entry needs it (zstd, xz): a crafted file
            // can ask for one that does not ship with Veldwerk. Word writes only deflated entries.
            throw new IOException("it is compressed in a way Word never writes (" + e.getMessage() + ")", e);
        }
    }

    private static String read(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(withoutNotes(paragraph)).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, out);
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFSDT control) {
                    // A content control around paragraphs (a university's transcript template): its text
                    // belongs to the transcript, and was left out.
                    String text = control.getContent().getText();
                    out.append(text);
                    if (!text.isEmpty() && !text.endsWith("\n")) {
                        out.append('\n');
                    }
                }
                BoundedInput.checkLength(out);
            }
            return out.toString();
        }
    }

    /** Where a footnote or endnote is referred to, as POI writes it into the paragraph's text. */
    private static final java.util.regex.Pattern NOTE_REFERENCE = java.util.regex.Pattern.compile(
            "\\[(?:footnoteRef|endnoteRef):\\d+]");

    /**
     * A paragraph's text without its notes, as an .odt's is read: footnotes are the transcriber's, not what was said.
     * POI put "[footnoteRef:2]" where a note is referred to and the note itself ("[2: …]") after the paragraph's
     * words, inside the speaker's turn.
     */
    static String withoutNotes(XWPFParagraph paragraph) {
        String text = paragraph.getCTP().sizeOfMoveFromArray() > 0 ? withoutMovedAway(paragraph) : paragraph.getText();
        String notes = paragraph.getFootnoteText();
        if (!notes.isEmpty() && text.endsWith(notes)) {
            text = text.substring(0, text.length() - notes.length());
        }
        return text.indexOf('[') < 0 ? text : NOTE_REFERENCE.matcher(text).replaceAll("");
    }

    /**
     * The paragraph's text as Word shows it once its tracked changes are accepted: a move recorded as tracked
     * keeps the words where they were taken from (a "moveFrom", like a deletion) beside where they went, and
     * POI's text held them twice ("Ik kom er graag elke week graag.").
     */
    private static String withoutMovedAway(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (org.apache.poi.xwpf.usermodel.IRunElement run : paragraph.getIRuns()) {
            if (run instanceof org.apache.poi.xwpf.usermodel.XWPFRun r && !movedAway(r)) {
                text.append(r.text());
            } else if (run instanceof org.apache.poi.xwpf.usermodel.XWPFSDT control) {
                text.append(control.getContent().getText());
            }
        }
        return text.toString();
    }

    private static boolean movedAway(org.apache.poi.xwpf.usermodel.XWPFRun run) {
        try (org.apache.xmlbeans.XmlCursor at = run.getCTR().newCursor()) {
            return at.toParent() && "moveFrom".equals(at.getName().getLocalPart());
        }
    }

    /**
     * A cell's paragraphs (and the cells of a table inside it) joined by a space: POI's own text of a cell ran
     * them together ("iedereen.Vroeger"), and a search missed both words.
     */
    private static String textOf(XWPFTableCell cell) {
        java.util.StringJoiner words = new java.util.StringJoiner(" ");
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                add(words, withoutNotes(paragraph));
            } else if (element instanceof XWPFTable inner) {
                inner.getRows().forEach(row -> row.getTableCells().forEach(c -> add(words, textOf(c))));
            } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFSDT control) {
                add(words, control.getContent().getText());
            }
        }
        return words.toString();
    }

    private static void add(java.util.StringJoiner words, String text) {
        String flat = text.replace('\n', ' ').strip();
        if (!flat.isEmpty()) {
            words.add(flat);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!line.isEmpty()) {
                    line.append('\t');
                }
                line.append(textOf(cell));
            }
            out.append(line).append('\n');
        }
    }
}
