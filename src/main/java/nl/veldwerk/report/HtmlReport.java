package nl.veldwerk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.QuotationSelection.Item;
import nl.veldwerk.analysis.QuotationSelection.Section;
import nl.veldwerk.model.Project;

/**
 * The quotation report as one HTML page: what it holds, a contents list whose entries link to the
 * headings, the diagram as inline SVG when asked, then the headings (h2 for the top level, deeper as the
 * code tree is deep) with notes and quotations. Nothing is written that would stay empty.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    /** Writes the page to {@code out} as it goes: a report of a million quotations is never one string. */
    static void write(Project p, List<Section> sections, QuotationReport.Options o, Writer out) throws IOException {
        QuotationReport.requireSomething(sections);
        try {
            page(p, sections, o, new Html(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A writer that appends as a StringBuilder does (an I/O error comes out unchecked, and is unwrapped above). */
    private record Html(Writer out) {
        Html append(Object text) {
            try {
                out.write(String.valueOf(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    private static void page(Project p, List<Section> sections, QuotationReport.Options o, Html h) {
        Locale l = o.locale();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(o.titleFor(p))).append("</title><style>")
                .append("body{font-family:Calibri,Arial,sans-serif;max-width:46em;margin:2em auto;line-height:1.45}")
                .append("blockquote{font-style:italic;margin:1em 0 .2em 2em}.src{color:#555;margin-left:2em}")
                .append(".meta{color:#777;font-size:.85em;margin:0 0 1em 2em}.note{margin:.2em 0 .6em}")
                // A quotation over two turns, a memo or a definition of several lines keeps its lines (QA: ran on).
                .append("blockquote,.note{white-space:pre-wrap}")
                .append("dl.scope{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}dl.scope dd{margin:0}")
                .append("figure{margin:1em 0}figcaption{font-weight:bold}nav ul{list-style:none;padding-left:1.2em}")
                .append("</style></head><body>\n<h1>").append(esc(o.titleFor(p))).append("</h1>\n<p class=\"meta\">")
                .append(esc(QuotationReport.subtitle(p, o, sections)))
                .append("</p>\n");
        h.append("<dl class=\"scope\">");
        for (String[] line : o.scope().lines(p, l, o.author(), QuotationReport.today(l))) {
            h.append("<dt>").append(esc(line[0])).append("</dt><dd>").append(esc(line[1])).append("</dd>");
        }
        h.append("</dl>\n<nav><h2>").append(esc(QuotationReport.text(l, "report.contents"))).append("</h2>\n");
        if (o.diagram() != null) {
            h.append("<ul><li><a href=\"#model\">").append(esc(QuotationReport.text(l, "report.model")))
                    .append("</a></li></ul>\n");
        }
        int[] number = {0};
        contents(h, sections, number);
        h.append("</nav>\n");
        if (o.diagram() != null) {
            DiagramFigure figure = DiagramFigure.of(p, o.diagram(), l);
            h.append("<h2 id=\"model\">").append(esc(QuotationReport.text(l, "report.model"))).append("</h2>\n<figure>")
                    .append(figure.inlineSvg()).append("<figcaption>").append(esc(figure.caption(1)))
                    .append("</figcaption></figure>\n");
            for (String line : figure.legend()) {
                h.append("<p class=\"meta\">").append(esc(line)).append("</p>\n");
            }
        }
        number[0] = 0;
        for (Section s : sections) {
            section(h, p, s, 2, o, number);
        }
        h.append("</body></html>\n");
    }

    /** A nested list of links to the headings, numbered in the order the headings come. */
    private static void contents(Html h, List<Section> sections, int[] number) {
        h.append("<ul>");
        for (Section s : sections) {
            h.append("<li><a href=\"#s").append(++number[0]).append("\">").append(esc(s.title())).append("</a>");
            if (!s.sections().isEmpty()) {
                contents(h, s.sections(), number);
            }
            h.append("</li>");
        }
        h.append("</ul>\n");
    }

    private static void section(Html h, Project p, Section s, int level, QuotationReport.Options o,
                                int[] number) {
        Locale l = o.locale();
        int tag = Math.min(level, 6);
        h.append("<h").append(tag).append(" id=\"s").append(++number[0]).append("\">").append(esc(s.title()))
                .append("</h").append(tag).append(">\n");
        for (QuotationReport.Note n : QuotationReport.notes(p, s.codeId(), o)) {
            h.append("<p class=\"note\"><b>").append(esc(n.label())).append(":</b> ").append(esc(n.text()))
                    .append("</p>\n");
        }
        if (s.items().isEmpty() && s.sections().isEmpty()) {
            h.append("<p class=\"meta\">").append(esc(QuotationReport.text(l, "report.noQuotations"))).append("</p>\n");
        }
        for (Item i : s.items()) {
            h.append("<blockquote lang=\"").append(esc(p.info().language())).append("\">“").append(esc(i.text())).append("”</blockquote>\n<p class=\"src\">— ")
                    .append(esc(QuotationReport.source(i, l))).append("</p>\n");
            String details = QuotationReport.details(i, l, s.codeId());
            if (!details.isEmpty()) {
                h.append("<p class=\"meta\">").append(esc(details)).append("</p>\n");
            }
            if (o.memos()) {
                for (var m : i.memos()) {
                    h.append("<p class=\"note\"><b>").append(esc(QuotationReport.memoLabel(m, l))).append(":</b> ")
                            .append(esc(m.text())).append("</p>\n");
                }
            }
        }
        for (Section sub : s.sections()) {
            section(h, p, sub, level + 1, o, number);
        }
    }

    private static String esc(String s) {
        return WordDocument.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
