package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veldwerk.analysis.QuotationSelection.Criteria;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.analysis.QuotationSelection.Item;
import nl.veldwerk.analysis.QuotationSelection.Section;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/**
 * A report's selection keeps its quotations' texts as bytes, in memory while small and in a temporary file
 * beyond that: what it gives back is exactly what the documents say, whichever way it is kept, grouped either
 * way, with speakers, times and characters outside the BMP.
 */
class SelectionStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aSmallSelectionStaysInMemoryAndReadsBackExactly() {
        Project p = project(2, 50);
        checkAgainstTheDocuments(p, Grouping.BY_CODE);
        checkAgainstTheDocuments(p, Grouping.BY_DOCUMENT);
        assertFalse(((QuotationSelection.Items) select(p, Grouping.BY_CODE).getFirst().items()).selected().spilled());
    }

    @Test
    void aLargeSelectionGoesToAFileAndReadsBackExactly() {
        // 3 documents × 2,000 quotations of about 1,000 bytes each: 6 MB, beyond what is kept in memory.
        Project p = project(3, 2_000);
        List<Section> byCode = select(p, Grouping.BY_CODE);
        assertTrue(((QuotationSelection.Items) byCode.getFirst().items()).selected().spilled(), "spilled to a file");
        checkAgainstTheDocuments(p, Grouping.BY_CODE);
        checkAgainstTheDocuments(p, Grouping.BY_DOCUMENT);
        assertEquals(6_000, QuotationSelection.distinctQuotations(byCode));
    }

    @Test
    void orderFiltersAndEdgesAreThoseOfTheDocuments() {
        Project p = new Project(ProjectInfo.named("Randen", T));
        String text = "Buurthuis en koffie, elke week.";
        p.put(new nl.veldwerk.model.Coder("x", "Ann"));
        p.put(new nl.veldwerk.model.Coder("y", "Bob"));
        p.put(Code.of("a", "Bereik", null, null));
        p.put(Document.of("d2", "b-twee", text, SourceFormat.TXT, List.of(), T)); // no speaker turns at all
        p.put(Document.of("d1", "A-een", text, SourceFormat.TXT, List.of(), T));
        // Same start and end, apart by their numbers (1:1 before 1:2, as every list orders them); an empty one; one
        // coded with the code by two coders.
        p.put(new Quotation("q2", "d1", 0, 9, "", null, T, 1));
        p.put(new Quotation("q1", "d1", 0, 9, "", null, T, 2));
        p.put(new Quotation("q0", "d1", 13, 13, "", null, T, 3));
        p.put(new Quotation("q3", "d2", 21, 30, "", null, T, 1));
        for (String q : List.of("q0", "q1", "q2", "q3")) {
            p.put(new Coding("k" + q, q, "a", "x", T));
        }
        p.put(new Coding("kq1y", "q1", "a", "y", T));
        List<Section> sections = select(p, Grouping.BY_CODE);
        assertEquals(List.of("q2", "q1", "q0", "q3"), sections.getFirst().items().stream()
                .map(i -> i.quotation().id()).toList(), "documents by name, then reading order, each once");
        Item empty = sections.getFirst().items().get(2);
        assertEquals("", empty.text());
        assertNull(empty.speaker());
        assertEquals(List.of("Ann", "Bob"), sections.getFirst().items().get(1).coderNames(), "q1's two coders");
        List<Section> filtered = QuotationSelection.select(p, new Criteria(Set.of(), false, Set.of(), Set.of(),
                Grouping.BY_DOCUMENT, Set.of("q2", "q3")));
        assertEquals(List.of("A-een", "b-twee"), filtered.stream().map(Section::title).toList());
        assertEquals(List.of("q2"), filtered.getFirst().items().stream().map(i -> i.quotation().id()).toList());
        assertEquals("Buurthuis", filtered.getFirst().items().getFirst().text());
        assertEquals(2, QuotationSelection.distinctQuotations(filtered));
    }

    @Test
    void aReleasedLargeSelectionLetsGoOfItsFile() {
        List<Section> sections = select(project(3, 2_000), Grouping.BY_CODE);
        QuotationSelection.release(sections);
        QuotationSelection.release(sections); // twice is harmless
        assertThrows(java.io.UncheckedIOException.class, () -> sections.getFirst().items().getFirst().text());
    }

    private static void checkAgainstTheDocuments(Project p, Grouping grouping) {
        List<Section> sections = select(p, grouping);
        int seen = 0;
        for (Section s : sections) {
            for (Item i : s.items()) {
                Quotation q = i.quotation();
                String expected = i.document().text().substring(q.start(), q.end()).strip();
                assertEquals(expected, i.text(), q.id());
                boolean second = q.start() >= i.document().text().indexOf("R01:");
                assertEquals(second ? "R01" : "Interviewer", i.speaker(), q.id());
                if (second) {
                    assertEquals(Long.valueOf(65_000), i.timestampMillis(), q.id());
                } else {
                    assertNull(i.timestampMillis(), q.id());
                }
                seen++;
            }
        }
        // By code, a quotation coded with both codes comes twice; by document once.
        int quotations = p.quotations().size();
        assertEquals(grouping == Grouping.BY_CODE ? quotations + p.codingsWithCode("b").size() : quotations, seen);
    }

    private static List<Section> select(Project p, Grouping grouping) {
        return QuotationSelection.select(p, new Criteria(Set.of(), false, Set.of(), Set.of(), grouping));
    }

    /** Documents of two turns (the second with a time) with quotations over both, a third also coded "b". */
    private static Project project(int documents, int quotationsEach) {
        Project p = new Project(ProjectInfo.named("Opslag", T));
        String first = "Interviewer: Hoe vaak gaat u naar het buurthuis? " + "Koffie ☕ en 𝄞 muziek. ".repeat(60) + "\n";
        String second = "R01: Elke week, voor de koffie. " + "Buurtkamer 🏠 in de wijk. ".repeat(60) + "\n";
        String text = first + second;
        p.put(Code.of("a", "Bereik", null, null));
        p.put(Code.of("b", "Buurt", null, null));
        for (int d = 0; d < documents; d++) {
            p.put(Document.of("d" + d, "A0" + d, text, SourceFormat.TXT, List.of(
                    new SpeakerTurn("Interviewer", 0, first.length(), null),
                    new SpeakerTurn("R01", first.length(), text.length(), 65_000L)), T));
            for (int i = 0; i < quotationsEach; i++) {
                String id = "q" + d + "-" + i;
                int start = i % 2 == 0 ? i % 97 : first.length() + i % 89;
                int length = Math.min(500 + i % 900, (i % 2 == 0 ? first.length() : text.length()) - start);
                // Never begin inside a surrogate pair.
                start = Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
                int end = Character.isLowSurrogate(text.charAt(start + length)) ? start + length + 1 : start + length;
                p.put(new Quotation(id, "d" + d, start, end, "", null, T, d * quotationsEach + i + 1));
                p.put(new Coding("k" + id, id, "a", null, T));
                if (i % 3 == 0) {
                    p.put(new Coding("l" + id, id, "b", null, T));
                }
            }
        }
        return p;
    }
}
