package nl.veldwerk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Item;
import nl.veldwerk.analysis.QuotationSelection.Section;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.UserText;

/**
 * The quotation report for a thesis chapter, as Word: a title page that says what the report holds, a
 * table of contents, the model diagram on a page of its own, then the quotations. By code the headings
 * follow the code tree (category, factor, mechanism as Heading 1, 2, 3), each with its definition and
 * memos when asked; by document each quotation comes once, in the order of the text, with all its codes.
 * Each quotation is in the Quote style with its ID and where it comes from (document, paragraphs,
 * speaker, time mark), its other codes, comment, coder and date; or the quotations of a heading form one
 * table whose rows never split across pages.
 */
public final class QuotationReport {
    /**
     * What the report holds besides the quotations.
     *
     * @param diagram a diagram of the project to embed as a figure, or null
     * @param scope   what was chosen, for the title page
     * @param author  who writes the report (the coder's name from the preferences), or blank
     */
    public record Options(String title, boolean table, boolean definitions, boolean memos,
                          nl.veldwerk.model.Diagram diagram, Locale locale, ReportScope scope, String author) {
        public Options {
            scope = scope == null ? ReportScope.EVERYTHING : scope;
            author = author == null ? "" : author.strip();
            title = title == null ? "" : title;
        }

        /** The title the report shows: the one asked for, or the project's name. */
        public String titleFor(Project p) {
            return title.isBlank() ? p.info().name() : title;
        }

        public Options(String title, boolean table, boolean definitions, boolean memos,
                       nl.veldwerk.model.Diagram diagram, Locale locale) {
            this(title, table, definitions, memos, diagram, locale, ReportScope.EVERYTHING, "");
        }
    }

    /** What a long report asks between quotations (whether to stop) and tells as it goes (how far it is). */
    @FunctionalInterface
    public interface Monitor {
        boolean cancelled();

        /** {@code done} of {@code total} quotations are in the document. */
        default void progress(int done, int total) {
        }
    }

    /** Thrown when the reader asked to stop; nothing was written. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled");
        }
    }

    private QuotationReport() {
    }

    /**
     * Writes the report; the monitor is asked between quotations whether to stop and told after each
     * heading how far the report is. A cancelled report leaves no file. Refuses an empty selection with a
     * message rather than writing an empty document. Returns what the writer should know that the report
     * does not say itself (a diagram that prints too small to read on its page).
     */
    public static List<String> writeDocx(Project p, List<Section> sections, Options o, Path file, Monitor monitor)
            throws IOException {
        requireSomething(sections);
        Locale l = o.locale();
        try (WordDocument doc = new WordDocument(l, p.info().language())) {
            String title = o.titleFor(p);
            doc.properties(title, o.author());
            doc.pageNumbers(text(l, "report.page"), true);
            doc.title(title);
            doc.note(subtitle(p, o, sections));
            for (String[] line : o.scope().lines(p, l, o.author(), today(l))) {
                doc.labelled(line[0], line[1]);
            }
            doc.note(text(l, "report.sourcesExplained"));
            int levels = byCode(sections) ? Math.min(WordDocument.HEADING_LEVELS, depth(sections)) : 1;
            List<String[]> contents = new ArrayList<>();
            if (o.diagram() != null) {
                contents.add(new String[] {"1", text(l, "report.model")});
            }
            contents(sections, 1, levels, contents);
            if (contents.size() >= 3) { // two headings need no contents page
                doc.pageBreak(); // the title page ends here
                doc.contentsHeading(text(l, "report.contents"));
                doc.tableOfContents(contents, levels);
            }
            List<String> told = List.of();
            if (o.diagram() != null) {
                DiagramFigure figure = DiagramFigure.of(p, o.diagram(), l);
                told = smallPrint(figure, l);
                doc.endSection(false);
                doc.heading(1, text(l, "report.model"));
                figure.addTo(doc, 1);
                doc.endSection(figure.landscape());
            } else {
                doc.pageBreak();
            }
            int[] done = {0};
            int total = sections.stream().mapToInt(Section::count).sum();
            // The quotations are streamed into the file as they are written: a report of every quotation of a
            // large project never exists in memory as a whole.
            doc.write(file, body -> {
                for (Section top : sections) {
                    section(body, p, top, 1, o, monitor, done, total);
                }
                if (monitor.cancelled()) {
                    throw new Cancelled();
                }
            });
            return told;
        }
    }

    private static boolean byCode(List<Section> sections) {
        return sections.getFirst().codeId() != null;
    }

    /**
     * The headings, as {level, text}, in the order they come: every level of the code tree (QA: a third level's
     * codes were in the report but not in its contents), those below {@code levels} at that level, as the body's
     * headings are (Word lists them so when it updates the contents).
     */
    private static void contents(List<Section> sections, int level, int levels, List<String[]> out) {
        for (Section s : sections) {
            out.add(new String[] {String.valueOf(Math.min(level, levels)), s.title()});
            contents(s.sections(), level + 1, levels, out);
        }
    }

    /** How many levels of headings the sections make. */
    private static int depth(List<Section> sections) {
        int deepest = 0;
        for (Section s : sections) {
            deepest = Math.max(deepest, 1 + depth(s.sections()));
        }
        return deepest;
    }

    /** A heading at {@code level}, its notes, its quotations (as quotes or one table), then its sub-headings. */
    private static void section(WordBody doc, Project p, Section s, int level, Options o, Monitor monitor,
                                int[] done, int total) {
        Locale l = o.locale();
        doc.heading(level, s.title());
        codeNotes(doc, p, s.codeId(), o);
        if (monitor.cancelled()) {
            throw new Cancelled();
        }
        if (s.items().isEmpty() && s.sections().isEmpty()) {
            doc.note(text(l, "report.noQuotations"));
        } else if (o.table() && !s.items().isEmpty()) {
            boolean byCode = s.codeId() != null;
            // Each row made from its item when the table reads it (twice: to size the columns, then to write).
            List<List<String>> rows = new java.util.AbstractList<>() {
                @Override
                public List<String> get(int index) {
                    if (monitor.cancelled()) { // a table of one large document's quotations is long too
                        throw new Cancelled();
                    }
                    Item i = s.items().get(index);
                    String coded = coded(i, l, s.codeId());
                    return List.of(i.text(), coded.isEmpty() ? source(i, l) : source(i, l) + "\n" + coded,
                            String.join(", ", byCode ? otherCodes(i, s.codeId()) : i.codeNames()),
                            commentCell(i, l, o.memos()));
                }

                @Override
                public int size() {
                    return s.items().size();
                }
            };
            doc.table(List.of(text(l, "report.quotation"), text(l, "report.source"),
                    text(l, byCode ? "report.otherCodes" : "report.codes"), text(l, "report.comment")), rows,
                    46, 20, 18, 16);
        } else {
            for (Item i : s.items()) {
                if (monitor.cancelled()) {
                    throw new Cancelled();
                }
                String details = details(i, l, s.codeId());
                boolean memos = o.memos() && !i.memos().isEmpty();
                doc.quote(i.text(), source(i, l), !details.isEmpty() || memos);
                if (!details.isEmpty()) {
                    doc.quoteNote(details);
                }
                if (memos) { // read as the quotation is, not in the small grey line of facts
                    i.memos().forEach(m -> doc.quoteLabelled(memoLabel(m, l), m.text()));
                }
            }
        }
        done[0] += s.items().size();
        monitor.progress(done[0], total);
        for (Section sub : s.sections()) {
            section(doc, p, sub, level + 1, o, monitor, done, total);
        }
    }

    /** The same report as one HTML page, for a quick look in a browser: a linked contents list, the diagram as SVG. */
    public static void writeHtml(Project p, List<Section> sections, Options o, Path file) throws IOException {
        requireSomething(sections);
        GridExport.writeAtomically(file, out -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            HtmlReport.write(p, sections, o, w);
            w.flush();
        });
    }

    /**
     * One row per quotation (by code: per quotation and code), for a spreadsheet (.xlsx) or as CSV with
     * {@code separator} between fields.
     */
    public static void writeTable(Project p, List<Section> sections, Locale l, Path file, boolean xlsx)
            throws IOException {
        writeTable(p, sections, l, file, xlsx, QuotationTable.separatorFor(l));
    }

    public static void writeTable(Project p, List<Section> sections, Locale l, Path file, boolean xlsx,
                                  char separator) throws IOException {
        writeTable(p, sections, new Options(p.info().name(), false, false, false, null, l), file, xlsx, separator);
    }

    /**
     * The same, the workbook's properties carrying the options' title and author; returns what the reader
     * should know that the file cannot say (texts cut to fit Excel's cells).
     */
    public static List<String> writeTable(Project p, List<Section> sections, Options o, Path file, boolean xlsx,
                                          char separator) throws IOException {
        requireSomething(sections);
        Locale l = o.locale();
        QuotationTable table = QuotationTable.of(sections, l);
        if (xlsx) {
            List<String[]> about = new ArrayList<>();
            about.add(new String[] {text(l, "report.aboutProject"), p.info().name()});
            about.add(new String[] {text(l, "report.aboutTitle"), o.titleFor(p)});
            about.addAll(o.scope().lines(p, l, o.author(), today(l)));
            QuotationTable.Written written = table.writeXlsx(file, text(l, "report.sheet"), o.titleFor(p), o.author(),
                    text(l, "report.aboutSheet"), about);
            List<String> told = new ArrayList<>();
            if (written.sheets() > 1) {
                told.add(text(l, "report.sheets", table.size(), written.sheets()));
            }
            if (written.cut() > 0) {
                told.add(text(l, "report.cut", written.cut()));
            }
            return told;
        }
        table.writeCsv(file, separator);
        return List.of();
    }

    /** The subtitle of a report of these sections: its quotations, and how often they are shown when more. */
    static String subtitle(Project p, Options o, List<Section> sections) {
        return subtitle(p, o, QuotationSelection.distinctQuotations(sections),
                sections.stream().mapToInt(Section::count).sum());
    }

    /**
     * "61 quotations · 1 December 2026", after the project's name when the title is not that already; "8
     * quotations (shown 11 times: …)" where a quotation with several of the codes is shown under each, so a
     * reader counting the entries is not left to doubt the figure.
     */
    static String subtitle(Project p, Options o, int count, int shown) {
        Locale l = o.locale();
        String title = o.titleFor(p);
        String facts = text(l, "report.count", count) + (shown > count ? " " + text(l, "report.shownTimes", shown)
                : "") + " · " + today(l);
        return title.strip().equals(p.info().name().strip()) ? facts : p.info().name() + " · " + facts;
    }

    /** The warning for a figure whose smallest text prints under 8 pt (the thesis page does not carry it). */
    private static List<String> smallPrint(DiagramFigure figure, Locale l) {
        return figure.smallestFontPt() < DiagramFigure.SMALLEST_READABLE_PT ? List.of(text(l, "diagram.smallPrint",
                String.format(l, "%.1f", figure.smallestFontPt()))) : List.of();
    }

    /** The CSV separator a reader's Excel expects for {@code l}: semicolon where the decimal mark is a comma. */
    public static char separatorFor(Locale l) {
        return QuotationTable.separatorFor(l);
    }

    static String today(Locale l) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(l)
                .format(LocalDate.now(ZoneId.systemDefault()));
    }

    /** A heading's notes, each kept with what follows, so a heading and its notes never end a page alone. */
    private static void codeNotes(WordBody doc, Project p, String codeId, Options o) {
        notes(p, codeId, o).forEach(n -> doc.labelled(n.label(), n.text(), true));
    }

    /** A labelled note under a code's heading: its definition, its memo, a memo about it. */
    record Note(String label, String text) {
    }

    /** The notes the options ask for under a code's heading (none for a document's heading). */
    static List<Note> notes(Project p, String codeId, Options o) {
        Code c = codeId == null ? null : p.code(codeId).orElse(null);
        if (c == null) {
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        if (o.definitions() && !c.definition().isBlank()) {
            notes.add(new Note(text(o.locale(), "codebook.definition"), c.definition()));
        }
        if (o.memos()) {
            if (!c.memo().isBlank()) {
                notes.add(new Note(text(o.locale(), "codebook.memo"), c.memo()));
            }
            p.memosAbout(new MemoTarget(EntityKind.CODE, codeId)).stream().filter(m -> !m.comment())
                    .forEach(m -> notes.add(new Note(m.title().isBlank() ? text(o.locale(), "codebook.memo")
                            : m.title(), m.text())));
        }
        return notes;
    }

    /** "3:12 · A01, ¶ 12–13, speaker A01, 00:14:05": the quotation's ID, then where it comes from. */
    static String source(Item i, Locale l) {
        StringBuilder s = new StringBuilder(cited(i.quotation(), i.document(), i.firstParagraph(),
                i.lastParagraph()));
        if (i.speaker() != null && !i.speaker().equals(i.document().name())) {
            s.append(", ").append(text(l, "report.spokenBy", i.speaker()));
        }
        if (i.timestampMillis() != null) {
            s.append(", ").append(nl.veldwerk.model.TimeMarks.clockExact(i.timestampMillis()));
        }
        return s.toString();
    }

    /** "3:12 · A01, ¶ 12–13": how every report cites a quotation, so a reader can find it in the project. */
    static String cited(nl.veldwerk.model.Quotation q, nl.veldwerk.model.Document d, int firstParagraph,
                        int lastParagraph) {
        return q.idIn(d) + " · " + d.name() + ", ¶\u00A0" + nl.veldwerk.model.Paragraphs.label(firstParagraph,
                lastParagraph);
    }

    static String paragraphs(Item i) {
        // A no-break space: the sign stays with its number at the end of a line.
        return "¶\u00A0" + nl.veldwerk.model.Paragraphs.label(i.firstParagraph(), i.lastParagraph());
    }

    /** Its codes besides the one (by id) it is listed under (null: by document, all of them count). */
    static List<String> otherCodes(Item i, String listedUnder) {
        List<String> others = new ArrayList<>();
        for (int c = 0; c < i.codeIds().size(); c++) {
            if (!i.codeIds().get(c).equals(listedUnder)) {
                others.add(i.codeNames().get(c));
            }
        }
        return others;
    }

    /** "Memo ‘Halal en identiteit’", the label a memo beside its quotation is written under. */
    static String memoLabel(QuotationSelection.MemoNote m, Locale l) {
        return m.title().isBlank() ? text(l, "report.memo") : text(l, "report.memoTitled", nl.veldwerk.model.Quoting.quoted(m.title()));
    }

    /** Its other codes (by document: all its codes), comment, review comments and who coded it when, on one line. */
    static String details(Item i, Locale l, String listedUnder) {
        List<String> parts = new ArrayList<>();
        List<String> others = otherCodes(i, listedUnder);
        if (!others.isEmpty()) {
            parts.add(text(l, listedUnder == null ? "report.codesLine" : "report.otherCodesLine",
                    String.join(", ", others)));
        }
        if (!i.quotation().comment().isBlank()) {
            parts.add(text(l, "report.commentLine", i.quotation().comment()));
        }
        i.reviewComments().forEach(c -> parts.add(text(l, "report.reviewLine", c)));
        String coded = coded(i, l, listedUnder);
        if (!coded.isEmpty()) {
            parts.add(coded);
        }
        return String.join(" · ", parts);
    }

    /** The quotation's comment, then its open review comments and its memos, each on a line of its own. */
    static String commentCell(Item i, Locale l, boolean withMemos) {
        List<String> lines = new ArrayList<>();
        if (!i.quotation().comment().isBlank()) {
            lines.add(i.quotation().comment());
        }
        i.reviewComments().forEach(c -> lines.add(text(l, "report.reviewLine", c)));
        if (withMemos) {
            i.memos().forEach(m -> lines.add(text(l, "report.memoLine", m)));
        }
        return String.join("\n", lines);
    }

    /** A day as the reports write it, in their language ("1 mrt 2026"), in this computer's time zone. */
    static String date(java.time.Instant at, Locale l) {
        return MEDIUM_DATES.computeIfAbsent(l, k -> java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(k)).format(at.atZone(ZoneId.systemDefault()));
    }

    /** Made once per language: a report of a million quotations dates each. */
    private static final java.util.Map<Locale, java.time.format.DateTimeFormatter> MEDIUM_DATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * "Coded by Ann, 1 Mar 2026": under a code, by whom and when that code was first applied. Elsewhere (listed by
     * document, or under a category for a sub-code's sake) every coder, and the quotation's own date apart ("Coded by
     * Ann, Piet · Created 30 Jun 2021"): a coder's name beside the quotation's date read as when they coded it (QA).
     * Without a coder named, when the quotation was made.
     */
    static String coded(Item i, Locale l, String listedUnder) {
        List<String> coders = i.codersOf(listedUnder);
        // A REFI-QDA file need not date its quotations.
        String created = i.quotation().created() == null ? null
                : text(l, "report.codedOn", date(i.quotation().created(), l));
        if (coders.isEmpty()) {
            return created == null ? "" : created;
        }
        String by = String.join(", ", coders);
        java.time.Instant codedOn = i.codedOn(listedUnder);
        if (codedOn != null) {
            return text(l, "report.codedBy", by, date(codedOn, l));
        }
        return text(l, "report.codedByUndated", by) + (created == null ? "" : " · " + created);
    }

    static void requireSomething(List<Section> sections) {
        if (sections.isEmpty()) {
            throw new NothingToReport();
        }
    }

    static String text(Locale locale, String key, Object... args) {
        return UserText.of(QuotationReport.class, key, args).text(locale);
    }

    /** For the view model: the selection with the given criteria (kept here so callers need one import). */
    public static List<Section> select(Project p, QuotationSelection.Criteria criteria) {
        return QuotationSelection.select(p, criteria);
    }
}
