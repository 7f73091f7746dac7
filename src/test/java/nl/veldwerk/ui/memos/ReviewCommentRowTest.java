package nl.veldwerk.ui.memos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list of every review comment: threads kept together, what each is about in words, resolved or open. */
class ReviewCommentRowTest {
    private static final Instant T = Fixtures.T;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static void comment(ProjectSession s, String id, EntityKind kind, String target, String text, int minute) {
        s.execute(CodebookCommands.comment(Memo.reviewComment(id, new MemoTarget(kind, target), text, "me",
                T.plusSeconds(60L * minute))));
    }

    @Test
    void threadsStayTogetherCodesByNameThenQuotationsInTextOrder() {
        ProjectSession s = Fixtures.session();
        int late = Fixtures.A01_TEXT.indexOf("De eigen bijdrage");
        s.execute(QuotationCommands.add(new Quotation("late", "a01", late, Fixtures.A01_TEXT.indexOf('\n', late), "",
                "me", T)));
        s.execute(QuotationCommands.add(new Quotation("early", "a01", Fixtures.A01_TEXT.indexOf("Vaak via"),
                Fixtures.A01_TEXT.indexOf("Interviewer: En"), "", "me", T)));
        comment(s, "c1", EntityKind.CODE, "strong", "Te dun?", 1);
        comment(s, "c2", EntityKind.QUOTATION, "late", "Kosten of schaamte?", 2);
        comment(s, "c3", EntityKind.CODE, "schaamte", "Definitie scherper", 3);
        comment(s, "c4", EntityKind.QUOTATION, "early", "Mooi citaat", 4);
        comment(s, "c5", EntityKind.CODE, "strong", "Eens, samenvoegen met Weak ties", 5);
        s.execute(CodebookCommands.resolve("c3", true, null, T.plusSeconds(3600)));
        s.execute(CodebookCommands.comment(new Memo("m", MemoTarget.project(), "Memo", "Geen opmerking", "me", T, T)));

        List<ReviewCommentRow> rows = ReviewCommentRow.of(ReviewCommentRow.source(s.project()));
        assertEquals(List.of("c3", "c1", "c5", "c4", "c2"), rows.stream().map(ReviewCommentRow::id).toList(),
                "codes by name (Schaamte, Strong ties; a thread oldest first), then quotations in text order; memos not");
        assertEquals("Code ‘Strong ties’", rows.get(1).about());
        assertEquals("Onderzoeker", rows.get(1).author());
        assertTrue(rows.getFirst().resolved());
        assertEquals(T.plusSeconds(3600), rows.getFirst().resolvedAt(), "when it was resolved");
        assertNull(rows.get(1).resolvedAt(), "open");
        Project p = s.project();
        String lateId = p.quotation("late").orElseThrow().idIn(p.document("a01").orElseThrow());
        assertEquals("Quotation " + lateId + " in ‘A01’: «De eigen bijdrage is voor sommigen echt een drempel.»",
                rows.get(4).about(), "a short quotation whole, on one line");
        assertTrue(rows.get(3).about().matches("Quotation 1:\\d+ in ‘A01’: «Vaak via de buren of via de wijkcoach\\. .{10,}…»"),
                "a long one cut to its first words, the line breaks in it made spaces: " + rows.get(3).about());
        assertTrue(!rows.get(3).about().contains("\n"));
    }

    @Test
    void aCommentIsFoundByItsWordsItsAuthorAndWhatItIsAbout() {
        ProjectSession s = Fixtures.session();
        comment(s, "c1", EntityKind.CODE, "strong", "Te dun?", 1);
        ReviewCommentRow row = ReviewCommentRow.of(ReviewCommentRow.source(s.project())).getFirst();
        assertTrue(row.holds("DUN") && row.holds("strong ties") && row.holds("onderzoeker") && row.holds("  "));
        assertTrue(!row.holds("schaamte"));
    }
}
