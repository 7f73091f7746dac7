package nl.veldwerk.cli.bench;

import static nl.veldwerk.cli.bench.BenchStats.median;
import static nl.veldwerk.cli.bench.BenchStats.time;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.report.QuotationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The quotation report benchmark: a Word report of every quotation of a generated project (the medium
 * preset has 10,000), selection and writing timed apart. Run by hand; figures go to docs/PERFORMANCE.md.
 */
@Command(name = "bench-report", description = "Measure the quotation report to Word (run by hand).")
final class BenchReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", defaultValue = "MEDIUM", converter = GenerateCommand.PresetConverter.class,
            description = "project size to generate: small, medium, large or huge (default: ${DEFAULT-VALUE})")
    SyntheticProject.Preset preset;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--project", description = "report an existing project folder instead of generating one "
            + "(its texts are read from its files as the command line's report reads them)")
    Path project;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = project != null ? nl.veldwerk.store.ProjectReader.readLeavingTexts(project)
                : SyntheticProject.generate(preset, 42);
        QuotationSelection.Criteria all = new QuotationSelection.Criteria(Set.of(), false, Set.of(), Set.of(),
                QuotationSelection.Grouping.BY_CODE);
        Path file = Files.createTempFile("veldwerk-report", ".docx");
        QuotationReport.Options options = new QuotationReport.Options("Bench", false, true, false, null,
                Locale.ENGLISH);
        List<Double> select = new ArrayList<>();
        List<Double> write = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        Path copy = Files.createTempFile("veldwerk-report-bare", ".docx");
        int quotations = 0;
        long bytes = 0;
        try {
            for (int i = 0; i < runs + 1; i++) { // the first run warms up
                List<QuotationSelection.Section>[] sections = new List[1];
                double s = time(() -> sections[0] = QuotationSelection.select(p, all));
                double w = time(() -> QuotationReport.writeDocx(p, sections[0], options, file, () -> false));
                quotations = sections[0].stream().mapToInt(QuotationSelection.Section::count).sum();
                bytes = Files.size(file);
                QuotationSelection.release(sections[0]);
                sections[0] = null;
                double b = time(() -> BenchStats.copyEntries(file, copy));
                if (i > 0) {
                    select.add(s);
                    write.add(w);
                    bare.add(b);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(copy);
        }
        out.printf(Locale.ROOT, "%d quotation entries (%d quotations, %d codes), file %d KB%n", quotations,
                p.quotations().size(), p.codes().size(), bytes / 1024);
        out.printf(Locale.ROOT, "select and write on one thread (the report's own); bare: the same file's entries "
                + "inflated and written again through a plain ZipOutputStream, one thread; run by run:%n");
        for (int i = 0; i < select.size(); i++) {
            out.printf(Locale.ROOT, "  run %d: select %.0f ms, write .docx %.0f ms, bare %.0f ms, write / bare %.2f%n",
                    i + 1, select.get(i), write.get(i), bare.get(i), write.get(i) / bare.get(i));
        }
        out.printf(Locale.ROOT, "select: median %.0f ms; write .docx: median %.0f ms; total median %.0f ms "
                + "(target < 10,000 ms at medium); write / bare: median %.2f (target <= 2)%n", median(select),
                median(write), median(select) + median(write), median(BenchStats.ratios(write, bare)));
        benchTable(out, p, all);
        return 0;
    }

    /**
     * The quotation table as .xlsx against the bare library: POI's streaming workbook writing the same values
     * (collected from the same items before the clock starts, one row per entry, sixteen cells), one thread.
     */
    private void benchTable(PrintWriter out, Project p, QuotationSelection.Criteria all) throws Exception {
        Path ours = Files.createTempFile("veldwerk-table", ".xlsx");
        Path theirs = Files.createTempFile("veldwerk-table-bare", ".xlsx");
        List<QuotationSelection.Section> sections = QuotationSelection.select(p, all);
        try {
            List<Object[]> rows = new ArrayList<>();
            collect(sections, rows);
            BenchStats.Paired runs = BenchStats.alternate(this.runs,
                    () -> QuotationReport.writeTable(p, sections, Locale.ENGLISH, ours, true),
                    () -> writeBare(rows, theirs));
            out.printf(Locale.ROOT, "table as .xlsx (%d KB; bare %d KB), both one thread, run by run:%n",
                    Files.size(ours) / 1024, Files.size(theirs) / 1024);
            for (int i = 0; i < runs.ours().size(); i++) {
                out.printf(Locale.ROOT, "  run %d: write .xlsx %.0f ms, bare SXSSF %.0f ms, write / bare %.2f%n", i + 1,
                        runs.ours().get(i), runs.bare().get(i), runs.ratios().get(i));
            }
            out.printf(Locale.ROOT, "write .xlsx: median %.0f ms; bare: median %.0f ms; write / bare: median %.2f "
                    + "(target <= 2)%n", median(runs.ours()), median(runs.bare()), median(runs.ratios()));
        } finally {
            QuotationSelection.release(sections);
            Files.deleteIfExists(ours);
            Files.deleteIfExists(theirs);
        }
    }

    /** The values the table holds, as the bare writer gets them: made before it is timed. */
    private static void collect(List<QuotationSelection.Section> sections, List<Object[]> rows) {
        for (QuotationSelection.Section s : sections) {
            for (QuotationSelection.Item i : s.items()) {
                rows.add(new Object[] {s.title(), i.document().name(), i.quotation().idIn(i.document()),
                        (double) i.document().number(), (double) i.quotation().number(), (double) i.firstParagraph(),
                        (double) i.lastParagraph(), i.speaker() == null ? "" : i.speaker(),
                        i.timestampMillis() == null ? "" : (Object) (i.timestampMillis() / 86_400_000.0), i.text(),
                        String.join("; ", i.codeNames()), i.quotation().comment(), String.join("; ", i.coderNames()),
                        (double) i.quotation().created().getEpochSecond(), (double) i.quotation().start(),
                        (double) i.quotation().end()});
            }
            collect(s.sections(), rows);
        }
    }

    private static void writeBare(List<Object[]> rows, Path file) throws java.io.IOException {
        org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        try (book; var stream = Files.newOutputStream(file)) {
            // As many rows a sheet as ours puts on one (Excel's limit), so a table of every quotation of `huge`
            // continues on a second sheet on both sides.
            int perSheet = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            org.apache.poi.ss.usermodel.Sheet sheet = null;
            for (int r = 0; r < rows.size(); r++) {
                if (r % perSheet == 0) {
                    sheet = book.createSheet("Quotations" + (r == 0 ? "" : " (" + (r / perSheet + 1) + ")"));
                }
                var row = sheet.createRow(r % perSheet);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (!((String) values[c]).isEmpty()) {
                        row.createCell(c).setCellValue((String) values[c]);
                    }
                }
            }
            book.write(stream);
        } finally {
            book.dispose();
        }
    }
}
