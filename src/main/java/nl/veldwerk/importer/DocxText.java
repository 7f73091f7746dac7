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
                    out.append(paragraph.getText()).append('\n');
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

    private static void appendTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!line.isEmpty()) {
                    line.append('\t');
                }
                line.append(cell.getText().replace('\n', ' ').strip());
            }
            out.append(line).append('\n');
        }
    }
}
