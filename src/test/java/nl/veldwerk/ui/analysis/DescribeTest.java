package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;

/** A line under an analysis table cites a quotation by its ID and a stretch by its paragraphs, not by offsets. */
class DescribeTest {
    @Test
    void aQuotationByItsIdAndParagraphsAStretchByItsParagraphs() {
        ProjectSession session = Fixtures.session();
        Project p = session.project();
        String text = p.document("a01").orElseThrow().text();
        int at = text.indexOf("via de buren");
        session.execute(QuotationCommands.codeRange("a01", at, at + 12, "strong", "me", Fixtures.T));
        Quotation q = p.quotationsOf("a01").getFirst();
        AnalysisViewModel vm = new AnalysisViewModel(p);
        try {
            String line = vm.describe(q);
            String id = q.idIn(p.document("a01").orElseThrow());
            assertTrue(line.startsWith(id + " · A01 ¶ "), line);
            assertTrue(line.endsWith(" · via de buren"), line);
            assertEquals("A01 ¶ 1–2 · " + text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1)).strip()
                    .replaceAll("\\s+", " "), vm.describe("a01", 0, text.indexOf('\n', text.indexOf('\n') + 1)));
        } finally {
            vm.shutdown();
        }
    }
}
