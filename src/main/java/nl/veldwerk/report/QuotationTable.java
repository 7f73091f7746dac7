package nl.veldwerk.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.QuotationSelection.Item;
import nl.veldwerk.analysis.QuotationSelection.Section;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The quotations of a report as a table a spreadsheet sorts and filters: one row per quotation (by code:
 * per quotation under each of its codes), columns named for what they hold, numbers as numbers, times as
 * durations and dates as dates. As .xlsx with column widths, wrapped text, a frozen header and a filter;
 * or as CSV with the separator the reader's Excel expects, UTF-8 with the byte-order mark Excel needs.
 */
final class QuotationTable {
    /** A column: its header key, its width in characters in a sheet, and whether its text wraps. */
    private record Column(String key, int width, boolean wraps) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("report.code", 28, true),
            new Column("report.document", 14, false), new Column("report.id", 8, false),
            new Column("report.documentNumber", 11, false), new Column("report.quotationNumber", 10, false),
            new Column("report.paragraphFrom", 8, false), new Column("report.paragraphTo", 8, false),
            new Column("report.speaker", 14, false), new Column("report.time", 9, false),
            new Column("report.quotation", 70, true), new Column("report.codes", 32, true),
            new Column("report.comment", 30, true), new Column("report.reviewComments", 30, true),
            new Column("report.quotationMemos", 30, true),
            new Column("report.coders", 14, false),
            new Column("report.created", 17, false), new Column("report.start", 9, false),
            new Column("report.end", 9, false));

    /** A quotation's ID ("3:12"): text in a sheet, kept from being read as a time in CSV. */
    private record QuotationId(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final List<Column> columns;
    private final List<String> header;
    private final List<List<Object>> rows;

    private QuotationTable(List<Column> columns, List<String> header, List<List<Object>> rows) {
        this.columns = columns;
        this.header = header;
        this.rows = rows;
    }

    /** How many rows the table has (one per quotation, by code one per quotation and code). */
    int size() {
        return rows.size();
    }

    /** Semicolons for Dutch (and other languages that write a decimal comma), commas for English. */
    static char separatorFor(Locale l) {
        return new java.text.DecimalFormatSymbols(l).getDecimalSeparator() == ',' ? ';' : ',';
    }

    static QuotationTable of(List<Section> sections, Locale l) {
        boolean byCode = sections.getFirst().codeId() != null;
        List<Column> columns = byCode ? COLUMNS : COLUMNS.subList(1, COLUMNS.size());
        return new QuotationTable(columns, columns.stream().map(c -> QuotationReport.text(l, c.key())).toList(),
                rows(sections, byCode));
    }

    /**
     * The rows, each made from its item when it is read (the sections in order, each's quotations before its
     * sub-sections'), so the table of a million quotations does not hold a million rows before writing them.
     */
    private static List<List<Object>> rows(List<Section> sections, boolean byCode) {
        List<Section> flat = new ArrayList<>();
        flatten(sections, flat);
        int[] firstRow = new int[flat.size() + 1];
        for (int s = 0; s < flat.size(); s++) {
            firstRow[s + 1] = firstRow[s] + flat.get(s).items().size();
        }
        return new java.util.AbstractList<>() {
            @Override
            public List<Object> get(int r) {
                int s = java.util.Arrays.binarySearch(firstRow, r);
                s = s >= 0 ? s : -s - 2;
                while (firstRow[s + 1] == r) {
                    s++; // past sections without quotations
                }
                return row(flat.get(s), flat.get(s).items().get(r - firstRow[s]), byCode);
            }

            @Override
            public int size() {
                return firstRow[flat.size()];
            }
        };
    }

    private static void flatten(List<Section> sections, List<Section> flat) {
        for (Section s : sections) {
            flat.add(s);
            flatten(s.sections(), flat);
        }
    }

    private static List<Object> row(Section s, Item i, boolean byCode) {
        List<Object> row = new ArrayList<>();
        if (byCode) {
            row.add(s.title());
        }
        row.add(i.document().name());
        row.add(new QuotationId(i.quotation().idIn(i.document())));
        row.add(i.document().number());
        row.add(i.quotation().number());
        row.add(i.firstParagraph());
        row.add(i.lastParagraph());
        row.add(i.speaker() == null ? "" : i.speaker());
        row.add(i.timestampMillis() == null ? "" : Duration.ofMillis(i.timestampMillis()));
        row.add(i.text());
        // "; " between names: a code's own name may hold a comma.
        row.add(String.join("; ", i.codeNames()));
        row.add(i.quotation().comment());
        row.add(String.join("\n", i.reviewComments()));
        row.add(String.join("\n", i.memos().stream().map(Object::toString).toList()));
        row.add(String.join("; ", i.codersOf(byCode ? s.codeId() : null)));
        // A REFI-QDA file need not date its quotations: an empty cell, not a made-up date.
        row.add(i.quotation().created() == null ? "" : LocalDateTime.ofInstant(i.quotation().created(),
                ZoneId.systemDefault()));
        row.add(i.quotation().start());
        row.add(i.quotation().end());
        return row;
    }

    /** Rows the streaming workbook keeps in memory before it writes them out. */
    private static final int ROWS_IN_MEMORY = 200;

    /** Rows below the header that one Excel sheet holds (its last row index): more continue on another sheet. */
    static final int ROWS_PER_SHEET = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    /** What writing the sheet did that the reader should know: texts cut to fit a cell, sheets used. */
    record Written(int cut, int sheets) {
    }

    Written writeXlsx(Path file, String sheetName, String title, String author) throws IOException {
        return writeXlsx(file, sheetName, title, author, ROWS_PER_SHEET, null, List.of());
    }

    /**
     * As {@link #writeXlsx(Path, String, String, String)}, with a last sheet {@code aboutName} that says what the
     * table holds ({@code about}: a label and its value a row, as a Word report's title page says them): a table
     * of one group's quotations said nothing of being one (QA).
     */
    Written writeXlsx(Path file, String sheetName, String title, String author, String aboutName,
                      List<String[]> about) throws IOException {
        return writeXlsx(file, sheetName, title, author, ROWS_PER_SHEET, aboutName, about);
    }

    Written writeXlsx(Path file, String sheetName, String title, String author, int rowsPerSheet) throws IOException {
        return writeXlsx(file, sheetName, title, author, rowsPerSheet, null, List.of());
    }

    /**
     * Writes the table; a table longer than {@code rowsPerSheet} continues on further sheets ("Quotations (2)"),
     * each with the header, frozen and filtered, since one sheet holds no more than Excel's 1,048,576 rows.
     */
    private Written writeXlsx(Path file, String sheetName, String title, String author, int rowsPerSheet,
                              String aboutName, List<String[]> about) throws IOException {
        int[] cut = {0};
        int sheets = Math.max(1, (rows.size() + rowsPerSheet - 1) / rowsPerSheet);
        GridExport.writeAtomically(file, out -> {
            // POI's streaming workbook: rows beyond the last few go to a compressed temporary file as they are
            // written, so a sheet of a million quotations does not hold a million rows of cell objects (the
            // in-memory workbook took gigabytes). The temporary file is deleted when the sheet is written.
            SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
            book.setCompressTempFiles(true);
            try (book) {
                CellStyle head = book.createCellStyle();
                Font bold = book.createFont();
                bold.setBold(true);
                head.setFont(bold);
                head.setVerticalAlignment(VerticalAlignment.TOP);
                head.setWrapText(true);
                CellStyle plain = book.createCellStyle();
                plain.setVerticalAlignment(VerticalAlignment.TOP);
                CellStyle wrapped = book.createCellStyle();
                wrapped.cloneStyleFrom(plain);
                wrapped.setWrapText(true);
                CellStyle date = book.createCellStyle();
                date.cloneStyleFrom(plain);
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
                CellStyle time = book.createCellStyle();
                time.cloneStyleFrom(plain);
                time.setDataFormat(book.createDataFormat().getFormat("[h]:mm:ss"));
                // A time with a second's part ("#00:01:35-3#") shows it: the whole seconds alone were a tenth early.
                CellStyle exactTime = book.createCellStyle();
                exactTime.cloneStyleFrom(plain);
                exactTime.setDataFormat(book.createDataFormat().getFormat("[h]:mm:ss.000"));
                for (int page = 0; page < sheets; page++) {
                    Sheet sheet = book.createSheet(page == 0 ? sheetName : sheetName + " (" + (page + 1) + ")");
                    int from = page * rowsPerSheet;
                    int to = Math.min(rows.size(), from + rowsPerSheet);
                    Row top = sheet.createRow(0);
                    for (int c = 0; c < columns.size(); c++) {
                        Cell cell = top.createCell(c);
                        cell.setCellValue(header.get(c));
                        cell.setCellStyle(head);
                        sheet.setColumnWidth(c, columns.get(c).width() * 256);
                    }
                    for (int r = from; r < to; r++) {
                        Row row = sheet.createRow(r - from + 1);
                        List<Object> values = rows.get(r);
                        for (int c = 0; c < values.size(); c++) {
                            if (values.get(c) instanceof String text && text.isEmpty()) {
                                continue; // an empty cell, not an empty text
                            }
                            Cell cell = row.createCell(c);
                            switch (values.get(c)) {
                                case Number n -> {
                                    cell.setCellValue(n.doubleValue());
                                    cell.setCellStyle(plain);
                                }
                                case Duration d -> {
                                    cell.setCellValue(d.toMillis() / 86_400_000.0); // Excel counts time in days
                                    cell.setCellStyle(d.toMillis() % 1000 == 0 ? time : exactTime);
                                }
                                case LocalDateTime when -> {
                                    cell.setCellValue(when);
                                    cell.setCellStyle(date);
                                }
                                default -> {
                                    String text = String.valueOf(values.get(c));
                                    if (text.length() > MAX_CELL) {
                                        cut[0]++;
                                    }
                                    cell.setCellValue(fitCell(text));
                                    cell.setCellStyle(columns.get(c).wraps() ? wrapped : plain);
                                }
                            }
                        }
                    }
                    sheet.createFreezePane(0, 1);
                    sheet.setAutoFilter(new CellRangeAddress(0, to - from, 0, columns.size() - 1));
                }
                if (aboutName != null) {
                    GridExport.aboutSheet(book, aboutName, about, head, wrapped);
                }
                var properties = book.getXSSFWorkbook().getProperties();
                properties.getExtendedProperties().getUnderlyingProperties().setApplication("Veldwerk");
                properties.getCoreProperties().setTitle(WordDocument.property(title));
                properties.getCoreProperties().setCreator(WordDocument.property(author));
                book.write(out);
            } finally {
                book.dispose(); // the temporary file holds quotations: never left behind
            }
        });
        return new Written(cut[0], sheets);
    }

    /**
     * As CSV for the reader's Excel. Excel would read an ID such as "10:4" as a time, so it is written as the
     * formula ="10:4"; and it would take a text that starts with =, +, - or @ (a transcript's "- ja, klopt")
     * for a formula, so such a text starts with a space.
     */
    void writeCsv(Path file, char separator) throws IOException {
        java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        GridExport.writeAtomically(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(line(header.stream().map(h -> Csv.field(h, separator)).toList(), separator));
            for (List<Object> row : rows) {
                w.write(line(row.stream().map(v -> switch (v) {
                    case QuotationId id -> Csv.forExcel(id.text(), separator);
                    // With the second's part a mark has ("#00:01:35-3#"), as the list and the other reports show it.
                    case Duration d -> nl.veldwerk.model.TimeMarks.clockExact(d.toMillis());
                    case LocalDateTime when -> minutes.format(when);
                    case Number n -> String.valueOf(n);
                    default -> Csv.forExcel(String.valueOf(v), separator);
                }).toList(), separator));
            }
            w.flush();
        });
    }

    /**
     * Excel's limit for a cell's text is 32,767 characters: a longer quotation is cut there, marked with "…", and not
     * inside a character written as two (an emoji: QA saw "?…").
     */
    static String fitCell(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int cut = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }

    private static final int MAX_CELL = 32_767;


    private static String line(List<String> fields, char separator) {
        return String.join(String.valueOf(separator), fields) + "\r\n";
    }
}
