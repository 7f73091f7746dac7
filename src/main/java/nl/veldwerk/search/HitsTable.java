package nl.veldwerk.search;

import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * Search hits as rows of a table (the hits CSV). A hit's snippet is cut to a window around its first match
 * ({@link SnippetWindow}), which suits a list on screen but not a table a researcher goes on working with, so
 * each row also carries the hit's whole text, read from the project, and the quotation's ID as ATLAS.ti cites
 * it ("3:12").
 */
public final class HitsTable {
    public static final List<String> HEADER = List.of("document", "kind", "quotation", "start", "end", "speaker",
            "codes", "comment", "snippet", "text");

    private HitsTable() {
    }

    public static List<List<String>> rows(Project project, List<Search.Hit> hits) {
        return hits.stream().map(h -> row(project, h)).toList();
    }

    private static List<String> row(Project project, Search.Hit h) {
        java.util.Optional<nl.veldwerk.model.Quotation> q = h.quotationId() == null ? java.util.Optional.empty()
                : project.quotation(h.quotationId());
        String quotation = q.flatMap(found -> project.document(found.documentId()).map(found::idIn)).orElse("");
        java.util.Optional<Document> d = project.document(h.documentId());
        String text = d.map(doc -> textOf(doc, h.start(), h.end())).orElse("");
        // A quotation hit names who speaks in it, as a paragraph hit does (it was left empty), and its codes and
        // comment, which a table of coded passages is read for.
        String speaker = h.speaker() != null ? h.speaker() : d.map(doc -> String.join(", ", doc.speakersIn(
                Math.clamp(h.start(), 0, doc.textLength()), Math.clamp(h.end(), 0, doc.textLength())))).orElse("");
        String codes = q.map(found -> String.join("; ", project.codingsOf(found.id()).stream()
                .map(c -> project.code(c.codeId()).map(nl.veldwerk.model.Code::name).orElse("")).distinct()
                .toList())).orElse("");
        String comment = q.map(nl.veldwerk.model.Quotation::comment).orElse("");
        return List.of(h.documentName(), h.kind(), quotation, String.valueOf(h.start()), String.valueOf(h.end()),
                speaker, codes, comment, h.snippet(), text);
    }

    /** The hit's stretch of the document; clamped, since the document may have changed since the search ran. */
    private static String textOf(Document document, int start, int end) {
        String text = document.text();
        int from = Math.clamp(start, 0, text.length());
        return text.substring(from, Math.clamp(end, from, text.length()));
    }
}
