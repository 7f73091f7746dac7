package nl.veldwerk.search;

import java.util.Comparator;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * The order search hits are listed in. Best match first is the search engine's; a researcher reading what a word
 * turns up across interviews reads them as ATLAS.ti lists them, document by document from the top of each.
 */
public enum HitOrder {
    BEST,
    DOCUMENT;

    /** The hits in this order; best-match order is the order found. */
    public List<Search.Hit> sorted(List<Search.Hit> found, Project project) {
        if (this == BEST) {
            return List.copyOf(found);
        }
        // By the document's number (as the document list and the IDs "3:12" number them), then where the passage
        // starts; a quotation before the paragraph it begins with. A document no longer there goes last.
        Comparator<Search.Hit> byDocument = Comparator.comparingInt(h -> project.document(h.documentId())
                .map(Document::number).orElse(Integer.MAX_VALUE));
        return found.stream().sorted(byDocument.thenComparing(Search.Hit::documentName)
                .thenComparingInt(Search.Hit::start).thenComparing(h -> !"quotation".equals(h.kind()))
                .thenComparingInt(Search.Hit::end)).toList();
    }
}
