package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Hits listed best match first as found, or document by document (by number) from the top of each. */
class HitOrderTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void inDocumentOrderByNumberThenPlace() {
        Project p = new Project(ProjectInfo.named("Orde", T));
        // Added in another order than numbered: the number counts (the list and "2:4" go by it).
        p.put(new Document("b", "B02", "", "x".repeat(100), SourceFormat.TXT, List.of(), null, null, T, 2));
        p.put(new Document("a", "A01", "", "x".repeat(100), SourceFormat.TXT, List.of(), null, null, T, 1));
        Search.Hit b40 = hit("paragraph", "b", "B02", 40, 60, 9f);
        Search.Hit a50 = hit("paragraph", "a", "A01", 50, 90, 8f);
        Search.Hit a10 = hit("paragraph", "a", "A01", 10, 30, 3f);
        Search.Hit a10q = hit("quotation", "a", "A01", 10, 20, 1f);
        Search.Hit gone = hit("quotation", "weg", "Weg", 0, 5, 7f);
        List<Search.Hit> found = List.of(b40, a50, gone, a10, a10q);

        assertEquals(found, HitOrder.BEST.sorted(found, p), "best match first is the order found");
        assertEquals(List.of(a10q, a10, a50, b40, gone), HitOrder.DOCUMENT.sorted(found, p),
                "A01 before B02, top to bottom; a quotation before the paragraph it starts with; a document gone last");
    }

    private static Search.Hit hit(String kind, String documentId, String name, int start, int end, float score) {
        return new Search.Hit(kind, documentId, name, kind.equals("quotation") ? "q" + start : null, start, end, null,
                "…", score);
    }
}
