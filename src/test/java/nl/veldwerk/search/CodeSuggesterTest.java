package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Suggestions on a project small enough to know the answer: two quotations about shame (Schaamte), two
 * about money (Geld). A passage about being ashamed is suggested Schaamte, with the shame quotations as
 * support; leave-one-out gets every quotation right, and the baselines' figures are worked out by hand.
 */
class CodeSuggesterTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String[] LINES = {
        "Mensen schamen zich om hulp te vragen, die schaamte is groot.",
        "Uit schaamte vragen ze niets, ze schamen zich voor de buren.",
        "Het kost geld en dat geld hebben ze niet, de kosten zijn te hoog.",
        "De eigen bijdrage kost te veel geld, zulke kosten betalen ze niet."};

    static Project project() {
        Project p = new Project(ProjectInfo.named("Klein", T)); // Dutch, the default
        String text = String.join("\n", LINES) + "\n";
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), T).withNumber(1));
        p.put(Code.of("schaamte", "Schaamte", null, null));
        p.put(Code.of("geld", "Geld", null, null));
        int at = 0;
        for (int i = 0; i < LINES.length; i++) {
            p.put(new Quotation("q" + i, "d", at, at + LINES[i].length(), "", null, T, i + 1));
            p.put(new Coding("c" + i, "q" + i, i < 2 ? "schaamte" : "geld", null, T));
            at += LINES[i].length() + 1;
        }
        return p;
    }

    @Test
    void aPassageAboutShameIsSuggestedSchaamteWithTheShameQuotationsBehindIt() throws Exception {
        Project p = project();
        try (CodeSuggester suggester = CodeSuggester.of(p)) {
            assertEquals(4, suggester.coded());
            var suggestions = suggester.suggest("Ze schaamde zich diep en durfde het niet te vragen.", 5);
            assertEquals("schaamte", suggestions.getFirst().codeId(), "stemmed: schaamde ~ schamen, schaamte");
            assertEquals(Set.of("q0", "q1"), Set.copyOf(suggestions.getFirst().support().stream()
                    .map(CodeSuggester.Support::quotationId).toList()));
            assertTrue(suggestions.getFirst().score() > 0.5, "most of the votes");
            assertEquals(2, suggestions.getFirst().votes(), "the two shame quotations vote for it");
            assertTrue(suggestions.getFirst().voters() >= 2 && suggestions.getFirst().voters() <= 4,
                    "of the coded quotations alike at all");
            var money = suggester.suggest("Die kosten, daar hebben ze het geld niet voor.", 5);
            assertEquals("geld", money.getFirst().codeId());
            assertTrue(suggester.suggest("Ze schaamde zich.", 5, Set.of(), Set.of("schaamte")).stream()
                    .noneMatch(s -> s.codeId().equals("schaamte")), "a rejected code is not offered again");
            assertEquals(List.of(), suggester.suggest("de het een", 5), "stop words alone suggest nothing");
        }
    }

    @Test
    void moreLikeTheseRanksUncodedPassagesAndCodesTheChosenInOneUndoableStep() {
        Project p = project();
        Document d = p.document("d").orElseThrow();
        String more = "Interviewer: En de kosten?\nA01: De bus kost veel geld, dat betalen ze niet.\n"
                + "A01: Ze schamen zich diep voor hun situatie.\n";
        int base = d.text().length();
        String[] lines = more.split("\n");
        List<nl.veldwerk.model.SpeakerTurn> turns = new java.util.ArrayList<>();
        int at = base;
        for (String line : lines) {
            turns.add(new nl.veldwerk.model.SpeakerTurn(line.substring(0, line.indexOf(':')), at, at + line.length(),
                    null));
            at += line.length() + 1;
        }
        p.put(d.withText(d.text() + more, turns));
        var shame = SimilarPassages.rank(p, "schaamte", Set.of(), SearchAndCode.Unit.SENTENCE, Set.of("Interviewer"), 5);
        assertEquals("Ze schamen zich diep voor hun situatie.", shame.getFirst().stretch().text(),
                "the uncoded sentence most like Schaamte's quotations, without its speaker's label");
        assertEquals(1.0, shame.getFirst().similarity(), 1e-9);
        assertTrue(shame.stream().noneMatch(h -> h.stretch().start() < LINES[0].length() + LINES[1].length() + 2),
                "passages that already carry the code are left out");
        var money = SimilarPassages.rank(p, "geld", Set.of(), SearchAndCode.Unit.PARAGRAPH, Set.of(), 5);
        assertTrue(money.getFirst().stretch().text().contains("kost veel geld"), money.toString());
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(p);
        Project before = p.copy();
        session.execute(SearchAndCode.command(p, List.of(shame.getFirst().stretch()), "schaamte", null, T));
        assertEquals(3, p.codingsWithCode("schaamte").size(), "coded");
        session.undo();
        assertEquals(before, session.project(), "and undone in one step");
    }

    @Test
    void leaveOneOutIsMeasuredBesideTheBaselines() {
        SuggestionEvaluation.Result r = SuggestionEvaluation.leaveOneOut(project(), 1);
        assertEquals(4, r.suggestions().quotations());
        assertEquals(1.0, r.suggestions().top1(), 1e-9, "each quotation's twin votes for the right code");
        assertEquals(1.0, r.suggestions().meanReciprocalRank(), 1e-9);
        // Without the quotation itself its own code is used once and the other twice: the baseline ranks the
        // other first and its own second.
        assertEquals(0.0, r.mostFrequent().top1(), 1e-9);
        assertEquals(1.0, r.mostFrequent().top3(), 1e-9);
        assertEquals(0.5, r.mostFrequent().meanReciprocalRank(), 1e-9);
        assertEquals(1.0, r.random().top3(), 1e-9, "with two codes, any three include the right one");
        assertTrue(SuggestionEvaluation.table(r).contains("4 coded quotations"));
    }
}
