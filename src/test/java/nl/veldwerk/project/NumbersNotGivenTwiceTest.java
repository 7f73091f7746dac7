package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * A quotation's or document's number, once given, names nothing else afterwards (QA: deleting 14:4, the highest,
 * and coding anew gave 14:4 again; the last document's number went to the next import).
 */
class NumbersNotGivenTwiceTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private static int number(Project p, String quotationId) {
        return p.quotation(quotationId).orElseThrow().number();
    }

    @Test
    void theHighestNumberTakenOutIsNotGivenAgain() {
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Nummers", T)));
        Project p = session.project();
        String text = "een twee drie vier vijf zes zeven acht negen tien\n";
        session.execute(DocumentCommands.add(Document.of("a", "A01", text, SourceFormat.TXT, List.of(), T)));
        session.execute(DocumentCommands.add(Document.of("b", "A02", text, SourceFormat.TXT, List.of(), T)));
        session.execute(CodeCommands.add(Code.of("c", "Code", null, null)));
        session.execute(QuotationCommands.add(new Quotation("q1", "a", 0, 3, "", null, T)));
        session.execute(QuotationCommands.add(new Quotation("q2", "a", 4, 8, "", null, T)));
        assertEquals(2, number(p, "q2"));
        session.execute(QuotationCommands.delete("q2"));
        session.execute(QuotationCommands.add(new Quotation("q3", "a", 9, 13, "", null, T)));
        assertEquals(3, number(p, "q3"), "not 2 again");
        session.execute(QuotationCommands.codeRanges("a", List.of(new int[] {14, 18}), "c", null, T));
        assertEquals(4, p.quotationsOf("a").stream().mapToInt(Quotation::number).max().orElseThrow(),
                "coding several ranges numbers on from there");
        session.undo();
        session.undo();
        session.redo();
        assertEquals(3, number(p, "q3"), "redo gives the quotation its number back");

        assertEquals(2, p.document("b").orElseThrow().number());
        session.execute(DocumentCommands.delete("b"));
        session.execute(DocumentCommands.add(Document.of("c", "A03", text, SourceFormat.TXT, List.of(), T)));
        assertEquals(3, p.document("c").orElseThrow().number(), "not the deleted document's 2");
        session.undo();
        session.undo();
        assertEquals(2, p.document("b").orElseThrow().number(), "undo brings the document back with its own number");
    }
}
