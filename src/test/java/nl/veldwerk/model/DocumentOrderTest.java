package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of quotations (split dialog, diagram evidence, code queries, codebook report) follow the IDs "1:1, 1:2, 2:1". */
class DocumentOrderTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void quotationsGoByTheirDocumentsNumbersThenByWhereTheyAre() {
        Project p = new Project(ProjectInfo.named("Order", T));
        // Ids that sort the other way round from the numbers the documents get.
        p.put(Document.of("z-first", "B", "een twee drie vier vijf", SourceFormat.TXT, List.of(), T).withNumber(1));
        p.put(Document.of("a-second", "A", "een twee drie vier vijf", SourceFormat.TXT, List.of(), T).withNumber(2));
        Quotation late = new Quotation("q1", "z-first", 8, 12, "", null, T);
        Quotation early = new Quotation("q2", "z-first", 0, 3, "", null, T);
        Quotation longer = new Quotation("q3", "z-first", 0, 7, "", null, T);
        Quotation other = new Quotation("q4", "a-second", 0, 3, "", null, T);
        List<Quotation> sorted = new ArrayList<>(List.of(other, late, longer, early));
        sorted.sort(p.documentOrder());
        assertEquals(List.of(early, longer, late, other), sorted);
    }
}
