package nl.veldwerk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
 * The quotation report for a thesis chapter, as Word: a title page, a table of contents, Word's Heading 1
 * and 2 for the groups (code then document, or document then code), each quotation in the Quote style
 * with where it comes from (document, paragraphs, speaker, time mark), its other codes, comment and
 * coder; or one table row per quotation. Optionally the code definitions and memos, and a diagram.
 */
public final class QuotationReport {
    /** What the report holds besides the quotations. */
    /** @param diagram a diagram of the project to embed as a picture, or null */
    public record Options(String title, boolean table, boolean definitions, boolean memos,
                          nl.veldwerk.model.Diagram diagram, Locale locale) {
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
     * group how far the report is. A cancelled report leaves no file. Refuses an empty selection with a message rather than writing an empty document.
     */
    public static void writeDocx(Project p, List<Section> sections, Options o, Path file, Monitor monitor)
            throws IOException {
        requireSomething(sections);
        Locale l = o.locale();
        try (WordDocument doc = new WordDocument(l)) {
            doc.title(o.title());
            int count = QuotationSelection.distinctQuotations(sections);
            int total = sections.stream().mapToInt(Section::count).sum();
            int done = 0;
            doc.note(text(l, "report.subtitle", p.info().name(), count, LocalDate.now(ZoneId.systemDefault()).toString()));
            doc.note(text(l, "report.sourcesExplained"));
            doc.pageNumbers(text(l, "report.page"));
            doc.pageBreak(); // the title page ends here
            doc.contentsHeading(text(l, "report.contents"));
            doc.tableOfContents(text(l, "report.tocPlaceholder"));
            doc.pageBreak();
            if (o.diagram() != null) {
                doc.heading(1, text(l, "report.model"));
                java.awt.image.BufferedImage image = DiagramImage.render(nl.veldwerk.analysis.DrawnDiagram.of(p,
                        o.diagram(), new nl.veldwerk.analysis.DiagramEvidence(p)), a -> "", List.of());
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", png);
                doc.image(png.toByteArray(), image.getWidth(), image.getHeight(), "diagram.png");
                doc.pageBreak();
            }
            for (Section top : sections) {
                doc.heading(1, top.title());
                codeNotes(doc, p, top.codeId(), o);
                for (Section sub : top.sections()) {
                    doc.heading(2, sub.title());
                    codeNotes(doc, p, sub.codeId(), o);
                    if (monitor.cancelled()) {
                        throw new Cancelled();
                    }
                    String listedUnder = codeOf(top, sub);
                    if (o.table()) {
                        doc.table(List.of(text(l, "report.quotation"), text(l, "report.source"),
                                text(l, "report.otherCodes"), text(l, "report.comment")), sub.items().stream().map(i ->
                                List.of(i.text(), source(i, l), String.join(", ", otherCodes(i, listedUnder)),
                                        i.quotation().comment())).toList(), 46, 20, 18, 16);
                    } else {
                        for (Item i : sub.items()) {
                            if (monitor.cancelled()) {
                                throw new Cancelled();
                            }
                            doc.quote(i.text(), source(i, l));
                            String details = details(i, l, listedUnder);
                            if (!details.isEmpty()) {
                                doc.quoteNote(details);
                            }
                        }
                    }
                    done += sub.items().size();
                    monitor.progress(done, total);
                }
            }
            if (monitor.cancelled()) {
                throw new Cancelled();
            }
            doc.write(file);
        }
    }

    /** The same report as one HTML page, for a quick look in a browser. */
    public static void writeHtml(Project p, List<Section> sections, Options o, Path file) throws IOException {
        requireSomething(sections);
        Locale l = o.locale();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(l.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(o.title())).append("</title><style>")
                .append("body{font-family:Calibri,Arial,sans-serif;max-width:46em;margin:2em auto;line-height:1.45}")
                .append("blockquote{font-style:italic;margin:1em 0 .2em 2em}.src{color:#555;margin-left:2em}")
                .append(".meta{color:#777;font-size:.85em;margin:0 0 1em 2em}.note{margin:.2em 0 .6em}</style></head><body>\n<h1>")
                .append(esc(o.title())).append("</h1>\n");
        for (Section top : sections) {
            h.append("<h2>").append(esc(top.title())).append("</h2>\n");
            htmlNotes(h, p, top.codeId(), o);
            for (Section sub : top.sections()) {
                h.append("<h3>").append(esc(sub.title())).append("</h3>\n");
                htmlNotes(h, p, sub.codeId(), o);
                for (Item i : sub.items()) {
                    h.append("<blockquote>“").append(esc(i.text())).append("”</blockquote>\n<p class=\"src\">— ")
                            .append(esc(source(i, l))).append("</p>\n<p class=\"meta\">")
                            .append(esc(details(i, l, codeOf(top, sub)))).append("</p>\n");
                }
            }
        }
        h.append("</body></html>\n");
        byte[] bytes = h.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GridExport.writeAtomically(file, out -> out.write(bytes));
    }

    /** One row per quotation, for a spreadsheet (.xlsx) or as CSV. */
    public static void writeTable(Project p, List<Section> sections, Locale l, Path file, boolean xlsx)
            throws IOException {
        requireSomething(sections);
        List<String> header = List.of(text(l, "report.group"), text(l, "report.subgroup"), text(l, "report.id"),
                text(l, "report.document"),
                text(l, "report.paragraphs"), text(l, "report.speaker"), text(l, "report.quotation"),
                text(l, "report.codes"), text(l, "report.comment"), text(l, "report.coders"));
        List<List<String>> rows = new ArrayList<>();
        for (Section top : sections) {
            for (Section sub : top.sections()) {
                for (Item i : sub.items()) {
                    rows.add(List.of(top.title(), sub.title(), i.quotation().idIn(i.document()), i.document().name(),
                            paragraphs(i),
                            i.speaker() == null ? "" : i.speaker(), i.text(), String.join(", ", i.codeNames()),
                            i.quotation().comment(), String.join(", ", i.coderNames())));
                }
            }
        }
        if (xlsx) {
            TableFile.xlsx(file, text(l, "report.sheet"), header, rows);
        } else {
            TableFile.csv(file, header, rows);
        }
    }

    private static void codeNotes(WordDocument doc, Project p, String codeId, Options o) {
        notes(p, codeId, o).forEach(n -> doc.labelled(n.label(), n.text()));
    }

    /** A labelled note under a code's heading: its definition, its memo, a memo about it. */
    private record Note(String label, String text) {
    }

    /** The notes the options ask for under a code's heading (none for a document's heading). */
    private static List<Note> notes(Project p, String codeId, Options o) {
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

    private static void htmlNotes(StringBuilder h, Project p, String codeId, Options o) {
        for (Note n : notes(p, codeId, o)) {
            h.append("<p class=\"note\"><b>").append(esc(n.label())).append(":</b> ").append(esc(n.text()))
                    .append("</p>\n");
        }
    }

    /** "3:12 · A01, ¶ 12–13, speaker A01, 00:14:05": the quotation's ID, then where it comes from. */
    static String source(Item i, Locale l) {
        StringBuilder s = new StringBuilder(i.quotation().idIn(i.document())).append(" · ")
                .append(i.document().name()).append(", ").append(paragraphs(i));
        if (i.speaker() != null && !i.speaker().equals(i.document().name())) {
            s.append(", ").append(text(l, "report.spokenBy", i.speaker()));
        }
        if (i.timestampMillis() != null) {
            Duration d = Duration.ofMillis(i.timestampMillis());
            s.append(", ").append(String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart()));
        }
        return s.toString();
    }

    private static String paragraphs(Item i) {
        return "¶ " + nl.veldwerk.model.Paragraphs.label(i.firstParagraph(), i.lastParagraph());
    }

    /** The name of the code a quotation is listed under: the top heading's, or (by document) the sub-heading's. */
    private static String codeOf(Section top, Section sub) {
        return top.codeId() != null ? top.title() : sub.codeId() != null ? sub.title() : null;
    }

    /** Its codes besides the one it is listed under. */
    private static List<String> otherCodes(Item i, String listedUnder) {
        return i.codeNames().stream().filter(n -> !n.equals(listedUnder)).toList();
    }

    /** Its other codes, comment and coders, on one small line (empty when it has none of them). */
    static String details(Item i, Locale l, String listedUnder) {
        List<String> parts = new ArrayList<>();
        List<String> others = otherCodes(i, listedUnder);
        if (!others.isEmpty()) {
            parts.add(text(l, "report.otherCodesLine", String.join(", ", others)));
        }
        if (!i.quotation().comment().isBlank()) {
            parts.add(text(l, "report.commentLine", i.quotation().comment()));
        }
        if (!i.coderNames().isEmpty()) {
            parts.add(text(l, "report.codedBy", String.join(", ", i.coderNames())));
        }
        return String.join(" · ", parts);
    }

    private static void requireSomething(List<Section> sections) {
        if (sections.isEmpty()) {
            throw new NothingToReport();
        }
    }

    static String text(Locale locale, String key, Object... args) {
        return UserText.of(QuotationReport.class, key, args).text(locale);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** For the view model: the selection with the given criteria (kept here so callers need one import). */
    public static List<Section> select(Project p, QuotationSelection.Criteria criteria) {
        return QuotationSelection.select(p, criteria);
    }
}
