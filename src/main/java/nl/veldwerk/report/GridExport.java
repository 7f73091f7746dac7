package nl.veldwerk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import nl.veldwerk.analysis.Grid;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tables of numbers to .xlsx (one sheet per table) and .csv, written to a temporary file and moved. */
public final class GridExport {
    private GridExport() {
    }

    public static void toXlsx(List<Grid> grids, Path file) throws IOException {
        toXlsx(grids, file, null, List.of());
    }

    /**
     * As {@link #toXlsx(List, Path)}, with a last sheet {@code aboutName} that says what the tables were computed
     * over ({@code about}: a label and its value a row).
     */
    public static void toXlsx(List<Grid> grids, Path file, String aboutName, List<String[]> about) throws IOException {
        writeAtomically(file, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                CellStyle header = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                header.setFont(bold);
                for (Grid grid : grids) {
                    sheet(workbook, grid, header);
                }
                if (aboutName != null) {
                    aboutSheet(workbook, aboutName, about, header, null);
                }
                workbook.write(out);
            }
        });
    }

    /**
     * A last sheet that says what the workbook's tables hold or cover: a label (in {@code labelStyle}) and its value
     * (in {@code valueStyle}, or none) a row; nothing when there is nothing to say. A value, such as a list of
     * thousands of documents, is cut to what a cell holds (POI refuses more).
     */
    static void aboutSheet(org.apache.poi.ss.usermodel.Workbook workbook, String name, List<String[]> about,
                           CellStyle labelStyle, CellStyle valueStyle) {
        if (about.isEmpty()) {
            return;
        }
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        for (int r = 0; r < about.size(); r++) {
            Row row = sheet.createRow(r);
            text(row.createCell(0), QuotationTable.fitCell(about.get(r)[0]), labelStyle);
            Cell value = row.createCell(1);
            value.setCellValue(QuotationTable.fitCell(about.get(r)[1]));
            if (valueStyle != null) {
                value.setCellStyle(valueStyle);
            }
        }
    }

    private static void sheet(XSSFWorkbook workbook, Grid grid, CellStyle header) {
        String name = WorkbookUtil.createSafeSheetName(grid.title());
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            name = WorkbookUtil.createSafeSheetName(grid.title() + " " + n);
        }
        Sheet sheet = workbook.createSheet(name);
        java.util.Map<Integer, CellStyle> numbers = new java.util.HashMap<>(); // one style per number of decimals
        Row top = sheet.createRow(0);
        text(top.createCell(0), grid.corner(), header);
        for (int c = 0; c < grid.columnLabels().size(); c++) {
            text(top.createCell(c + 1), grid.columnLabels().get(c), header);
        }
        for (int r = 0; r < grid.rowLabels().size(); r++) {
            Row row = sheet.createRow(r + 1);
            text(row.createCell(0), grid.rowLabels().get(r), header);
            for (int c = 0; c < grid.columnLabels().size(); c++) {
                double value = grid.values()[r][c];
                if (!Double.isNaN(value)) {
                    Cell cell = row.createCell(c + 1);
                    cell.setCellValue(value);
                    cell.setCellStyle(numbers.computeIfAbsent(grid.decimals(c), decimals -> {
                        CellStyle number = workbook.createCellStyle();
                        number.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0"
                                : "0." + "0".repeat(decimals)));
                        return number;
                    }));
                }
            }
        }
        sheet.createFreezePane(1, 1);
        int widest = grid.rowLabels().stream().mapToInt(String::length).max().orElse(10);
        sheet.setColumnWidth(0, Math.min(60, Math.max(10, widest + 2)) * 256);
        for (int c = 0; c < grid.columnLabels().size(); c++) {
            sheet.setColumnWidth(c + 1, Math.min(40, Math.max(8, grid.columnLabels().get(c).length() + 2)) * 256);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel shows "één" and "€" as they are. */
    public static void toCsv(Grid grid, Path file) throws IOException {
        toCsv(grid, file, Locale.ENGLISH);
    }

    /**
     * As {@link #toCsv(Grid, Path)}, for a reader in {@code locale}: where the decimal mark is a comma (Dutch),
     * semicolons between the fields and commas in the numbers, as that Excel reads them (with commas between
     * the fields a Dutch Excel put every row in one column).
     */
    public static void toCsv(Grid grid, Path file, Locale locale) throws IOException {
        char separator = QuotationTable.separatorFor(locale);
        Locale numbers = separator == ';' ? locale : Locale.ROOT;
        writeAtomically(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            // Labels as text: a code or document named "-min" or "=x" is no formula to Excel (QA).
            StringBuilder line = new StringBuilder(Csv.forExcel(grid.corner(), separator));
            grid.columnLabels().forEach(label -> line.append(separator).append(Csv.forExcel(label, separator)));
            w.write(line.append("\r\n").toString());
            for (int r = 0; r < grid.rowLabels().size(); r++) {
                StringBuilder row = new StringBuilder(Csv.forExcel(grid.rowLabels().get(r), separator));
                for (int c = 0; c < grid.columnLabels().size(); c++) {
                    double value = grid.values()[r][c];
                    row.append(separator).append(Double.isNaN(value) ? ""
                            : String.format(numbers, "%." + grid.decimals(c) + "f", value));
                }
                w.write(row.append("\r\n").toString());
            }
            w.flush();
        });
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The reason given when the file to write is a folder. */
    public static final String IS_A_FOLDER = "is a folder";

    static void writeAtomically(Path file, Content content) throws IOException {
        // Said about the file asked for, not about the temporary file beside it.
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new java.nio.file.FileAlreadyExistsException(file.toString(), null, IS_A_FOLDER);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // About the file asked for and what to do (QA: "rapport.docx.tmp: Operation not permitted").
            throw e instanceof FileNotWritten ? e : FileNotWritten.of(file, temp, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
