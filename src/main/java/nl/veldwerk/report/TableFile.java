package nl.veldwerk.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A header and rows of text, as an Excel sheet or as CSV (UTF-8 with the mark Excel needs, IDs and texts that
 * Excel would read as times or formulas guarded), written whole or not at all.
 */
public final class TableFile {
    private TableFile() {
    }

    public static void xlsx(Path file, String sheetName, List<String> header, List<List<String>> rows) throws IOException {
        GridExport.writeAtomically(file, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                XSSFSheet sheet = book.createSheet(sheetName);
                XSSFCellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                XSSFRow head = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    head.createCell(c).setCellValue(header.get(c));
                    head.getCell(c).setCellStyle(bold);
                }
                for (int r = 0; r < rows.size(); r++) {
                    XSSFRow row = sheet.createRow(r + 1);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
                sheet.createFreezePane(0, 1);
                book.write(out);
            }
        });
    }

    public static void csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        csv(file, header, rows, ',');
    }

    /** A CSV with {@code separator} between cells (';' where a comma is the decimal mark, as Excel expects). */
    public static void csv(Path file, List<String> header, List<List<String>> rows, char separator)
            throws IOException {
        GridExport.writeAtomically(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(line(header, separator));
            for (List<String> row : rows) {
                w.write(line(row, separator));
            }
            w.flush();
        });
    }

    private static String line(List<String> cells, char separator) {
        return String.join(String.valueOf(separator), cells.stream().map(c -> Csv.forExcel(c, separator)).toList())
                + "\r\n";
    }
}
