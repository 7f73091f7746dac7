package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.analysis.QuotationSelection.Criteria;
import nl.veldwerk.analysis.QuotationSelection.Grouping;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** A report names each quotation's time in the recording: the time mark before it in the transcript. */
class QuotationTimeTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aQuotationsTimeIsTheMarkBeforeIt() {
        String text = "I: Hoe vaak? #00:00:04-0#\n\nR: Elke week, op dinsdag. #00:01:09-5#\n\nI: Waarom?\n";
        Project p = new Project(ProjectInfo.named("Tijd", T));
        p.put(new Document("d", "A01", "", text, SourceFormat.TXT, List.of(), null, null, T, 1));
        p.put(Code.of("c", "Frequentie", "#336699", null));
        p.put(new Quotation("q1", "d", text.indexOf("Elke"), text.indexOf("dinsdag") + 7, "", null, T, 1));
        p.put(new Quotation("q2", "d", text.indexOf("Waarom"), text.indexOf("Waarom") + 6, "", null, T, 2));
        p.put(new Quotation("q3", "d", text.indexOf("Hoe"), text.indexOf("Hoe") + 3, "", null, T, 3));
        for (String q : List.of("q1", "q2", "q3")) {
            p.put(new Coding("k" + q, q, "c", null, T));
        }
        List<QuotationSelection.Item> items = QuotationSelection.select(p, new Criteria(Set.of("c"), true, Set.of(),
                Set.of(), Grouping.BY_DOCUMENT)).getFirst().items();
        assertEquals("1:3 · A01, ¶\u00A01", QuotationReport.source(items.get(0), Locale.ENGLISH), "before any mark: none");
        assertEquals("1:1 · A01, ¶\u00A03, 00:00:04", QuotationReport.source(items.get(1), Locale.ENGLISH));
        assertEquals("1:2 · A01, ¶\u00A05, 00:01:09.5", QuotationReport.source(items.get(2), Locale.ENGLISH));
    }

    /** A turn selected whole, its speaker's label and all, is at its own mark, not the turn before's (QA). */
    @Test
    void aTurnSelectedWithItsLabelIsAtItsOwnMark() {
        String text = "Interviewer: [00:03:10] Wilt u koffie?\nJan: [00:03:20] Nee, dank u, ik heb al gehad.\n";
        Project p = new Project(ProjectInfo.named("Tijd", T));
        p.put(new Document("d", "A01", "", text, SourceFormat.TXT, List.of(), null, null, T, 1));
        p.put(Code.of("c", "Aanbod", "#336699", null));
        p.put(new Quotation("q1", "d", text.indexOf("Jan:"), text.length() - 1, "", null, T, 1));
        p.put(new Quotation("q2", "d", 0, text.indexOf("koffie?") + 7, "", null, T, 2));
        for (String q : List.of("q1", "q2")) {
            p.put(new Coding("k" + q, q, "c", null, T));
        }
        List<QuotationSelection.Item> items = QuotationSelection.select(p, new Criteria(Set.of("c"), true, Set.of(),
                Set.of(), Grouping.BY_DOCUMENT)).getFirst().items();
        assertEquals("1:2 · A01, ¶\u00A01, 00:03:10", QuotationReport.source(items.get(0), Locale.ENGLISH));
        assertEquals("1:1 · A01, ¶\u00A02, 00:03:20", QuotationReport.source(items.get(1), Locale.ENGLISH));
    }
}
