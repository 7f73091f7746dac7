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
            "snippet", "text");

    private HitsTable() {
    }

    public static List<List<String>> rows(Project project, List<Search.Hit> hits) {
        return hits.stream().map(h -> row(project, h)).toList();
    }

    private static List<String> row(Project project, Search.Hit h) {
        String quotation = h.quotationId() == null ? "" : project.quotation(h.quotationId())
                .flatMap(q -> project.document(q.documentId()).map(q::idIn)).orElse("");
        String text = project.document(h.documentId()).map(d -> textOf(d, h.start(), h.end())).orElse("");
        return List.of(h.documentName(), h.kind(), quotation, String.valueOf(h.start()), String.valueOf(h.end()),
                h.speaker() == null ? "" : h.speaker(), h.snippet(), text);
    }

    /** The hit's stretch of the document; clamped, since the document may have changed since the search ran. */
    private static String textOf(Document document, int start, int end) {
        String text = document.text();
        int from = Math.clamp(start, 0, text.length());
        return text.substring(from, Math.clamp(end, from, text.length()));
    }
}
