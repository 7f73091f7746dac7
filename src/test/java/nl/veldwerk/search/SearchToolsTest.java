package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;

/** Keyword in context and search-and-code on a transcript whose every offset is known. */
class SearchToolsTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String TEXT = "Interviewer: Welke voorzieningen kent u?\n"
            + "A01: Een voorziening ken ik. Bij die voorziening werk ik graag! Verder niets.\n"
            + "Interviewer: Dank u.\n";

    private static Project project() {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Zoeken", "", "nl", T));
        int a = TEXT.indexOf("A01:");
        int b = TEXT.indexOf("Interviewer: Dank");
        p.put(Document.of("a01", "A01", TEXT, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, a - 1, null),
                new SpeakerTurn("A01", a, b - 1, null), new SpeakerTurn("Interviewer", b, TEXT.length() - 1, null)), T));
        p.put(Code.of("aanbod", "Aanbod", null, null));
        return p;
    }

    /** What keyword in context and code the hits say they did not look for: stop words alone, not in quotes. */
    @Test
    void theWordsTooCommonToLookForAloneAreStopWordsOutsideQuotes() {
        assertEquals(List.of("geen", "de"), Concordance.tooCommon("nl", List.of("geen", "aanbod", "de", "\"geen\"",
                "de wijk")));
        assertEquals(List.of("the"), Concordance.tooCommon("en", List.of("the", "neighbourhood")));
    }

    /** The context stays within the occurrence's turn: the next turn's label and words are not read as its. */
    @Test
    void keywordInContextStaysWithinTheTurn() {
        Concordance.Line first = Concordance.of(project(), List.of("voorziening"), 60).getFirst();
        assertEquals(" kent u?", first.right(), "not the respondent's label and answer after it");
        Concordance.Line graag = Concordance.of(project(), List.of("graag"), 60).getFirst();
        assertEquals("! Verder niets.", graag.right(), "up to the end of the turn");
        assertEquals("Een voorziening ken ik. Bij die voorziening werk ik ", graag.left(),
                "from its start, without the speaker's label (QA: the Speaker column says who)");
    }

    @Test
    void keywordInContextFindsEveryInflectionAndSorts() {
        List<Concordance.Line> lines = new ArrayList<>(Concordance.of(project(), List.of("voorziening"), 12));
        assertEquals(List.of("voorzieningen", "voorziening", "voorziening"), lines.stream().map(Concordance.Line::keyword)
                .toList());
        assertEquals("Welke ", lines.getFirst().left(), "at most twelve characters of left context, not the label's");
        assertEquals(" ken ik. Bij", lines.get(1).right());
        lines.sort(Concordance.BY_LEFT);
        assertEquals("Bij die ", lines.getFirst().left().substring(lines.getFirst().left().length() - 8),
                "sorted by the nearest word to the left: 'die' < 'een' < 'welke'");
        assertEquals(lines, Concordance.sortedByLeft(lines.reversed()), "keys worked out once, same order");
        List<Concordance.Line> byRight = new ArrayList<>(lines);
        byRight.sort(Concordance.BY_RIGHT);
        assertEquals(byRight, Concordance.sortedByRight(lines));
    }

    /**
     * A phrase is looked for as its words in a row, stop words and all: "die voorziening" is the one place, not
     * "Een voorziening" nor "Welke voorzieningen" (its words one by one found those, and code the hits coded them).
     */
    @Test
    void aPhraseIsFoundAsItsWordsInARow() {
        List<Concordance.Line> lines = Concordance.of(project(), List.of("die voorziening"), 5);
        assertEquals(List.of("die voorziening"), lines.stream().map(Concordance.Line::keyword).toList(),
                "the keyword spans the phrase");
        assertEquals(TEXT.indexOf("die voorziening"), lines.getFirst().start());
        assertEquals(List.of("Een voorziening", "die voorziening"), Concordance.of(project(), List.of(
                "een voorziening", "die voorziening"), 5).stream().map(Concordance.Line::keyword).toList());
        assertEquals(3, Concordance.of(project(), List.of("die voorziening", "voorziening"), 5).size(),
                "a word beside a phrase: each place once");
        assertEquals(List.of(), Concordance.of(project(), List.of("de voorziening"), 5));
        assertEquals(List.of("die"), Concordance.of(project(), List.of("\"die\""), 5).stream()
                .map(Concordance.Line::keyword).toList(), "a stop word in quotes is looked for as written");
        assertEquals(List.of(), Concordance.of(project(), List.of("die"), 5), "not quoted, a stop word is nothing");
    }

    @Test
    void keywordInContextListsAtMostTheLinesAskedForAndCountsThemAll() {
        Project p = project();
        Concordance.Found found = Concordance.of(p.documents(), p.info().language(), List.of("voorziening"), 12,
                java.util.Set.of(), 2, () -> false, read -> { });
        assertEquals(3, found.total());
        assertEquals(List.of("voorzieningen", "voorziening"), found.lines().stream().map(Concordance.Line::keyword)
                .toList(), "the first two, in text order");
        assertTrue(found.cut());
        assertTrue(!Concordance.of(p.documents(), p.info().language(), List.of("voorziening"), 12, java.util.Set.of(),
                3, () -> false, read -> { }).cut());
        assertEquals(null, Concordance.of(p.documents(), p.info().language(), List.of("voorziening"), 12,
                java.util.Set.of(), 2, () -> true, read -> { }), "stopped when asked");
    }

    @Test
    void searchAndCodeWidensMergesAndIsOneUndoableStep() {
        ProjectSession session = new ProjectSession(project());
        Project p = session.project();
        List<String> word = List.of("voorziening");
        assertEquals(List.of("voorzieningen", "voorziening", "voorziening"), texts(p, word, SearchAndCode.Unit.WORD));
        assertEquals(List.of("Welke voorzieningen kent u?", "Een voorziening ken ik.",
                "Bij die voorziening werk ik graag!"), texts(p, word, SearchAndCode.Unit.SENTENCE),
                "sentences, without the speaker's label");
        assertEquals(List.of("Welke voorzieningen kent u?",
                "Een voorziening ken ik. Bij die voorziening werk ik graag! Verder niets."),
                texts(p, word, SearchAndCode.Unit.PARAGRAPH), "two hits in one paragraph: one stretch; what is said, "
                        + "without the speaker's label, as a quotation made by hand");
        assertEquals(texts(p, word, SearchAndCode.Unit.PARAGRAPH), texts(p, word, SearchAndCode.Unit.TURN),
                "a turn of one paragraph each");

        Project before = p.copy();
        List<SearchAndCode.Stretch> preview = SearchAndCode.preview(p, word, SearchAndCode.Unit.SENTENCE, "aanbod");
        assertEquals(before, p, "a preview changes nothing");
        session.execute(SearchAndCode.command(p, preview, "aanbod", null, T));
        assertEquals(3, p.codingsWithCode("aanbod").size());
        assertTrue(SearchAndCode.preview(p, word, SearchAndCode.Unit.SENTENCE, "aanbod").isEmpty(),
                "what already has the code is not coded twice");
        session.undo();
        assertEquals(before, p, "one undo takes all of it back");

        // A turn coded by hand (without its label): coding the hits by turn does not code it a second time, nor
        // a sentence inside it.
        String text = p.documents().iterator().next().text();
        String doc = p.documents().iterator().next().id();
        int answer = text.indexOf("Een voorziening");
        session.execute(nl.veldwerk.project.QuotationCommands.codeRanges(doc, List.of(new int[] {answer,
                text.indexOf("Verder niets.") + "Verder niets.".length()}), "aanbod", null, T));
        assertEquals(List.of("Welke voorzieningen kent u?"), texts(p, word, SearchAndCode.Unit.TURN));
        assertEquals(List.of("Welke voorzieningen kent u?"), texts(p, word, SearchAndCode.Unit.SENTENCE));
    }

    /**
     * A sentence ends at . ! ? or … followed by what opens a sentence (a capital, a digit, a quote) or the line's end;
     * not inside "3.5", after "dhr." before a lower-case name, in ". . ." or "zo… en" (QA: ". . ." ended one, and
     * "Code the hits" coded a near copy of a quotation).
     */
    @Test
    void aSentenceEndsWhereTheNextOneBegins() {
        String text = "R: . . . en toen kwam dhr. de Vries met 3.5 euro, zo… en klaar. \"Nee!\" Klopt dat? ’s Avonds niet.\n";
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Zin", "", "nl", T));
        p.put(Document.of("z", "Zin", text, SourceFormat.TXT, List.of(new SpeakerTurn("R", 0, text.length(), null)), T));
        assertEquals(List.of(". . . en toen kwam dhr. de Vries met 3.5 euro, zo… en klaar."),
                SearchAndCode.preview(p, List.of("euro"), SearchAndCode.Unit.SENTENCE, "x").stream()
                        .map(SearchAndCode.Stretch::text).toList());
        assertEquals(List.of("\"Nee!\""), SearchAndCode.preview(p, List.of("nee"), SearchAndCode.Unit.SENTENCE, "x")
                .stream().map(SearchAndCode.Stretch::text).toList());
        assertEquals(List.of("’s Avonds niet."), SearchAndCode.preview(p, List.of("avonds"), SearchAndCode.Unit.SENTENCE,
                "x").stream().map(SearchAndCode.Stretch::text).toList(), "’s opens a sentence (review)");
        assertEquals(List.of("Klopt dat?"), SearchAndCode.preview(p, List.of("klopt"), SearchAndCode.Unit.SENTENCE,
                "x").stream().map(SearchAndCode.Stretch::text).toList());
    }

    /**
     * A turn that opens with a time mark and then its label ("[00:01:30] Respondent 3: "): a sentence, paragraph or
     * turn coded from the hits took both into the quotation, and so coded a passage coded by hand a second time.
     */
    @Test
    void aTimeMarkAndLabelBeforeTheWordsAreNotCoded() {
        String text = "[00:01:20] Interviewer: Hoe is de werkdruk?\n"
                + "[00:01:30] Respondent 3: De werkdruk is hoog, vooral door de administratie. Echt.\n"
                + "[00:02:00] De werkdruk blijft.\n";
        int r = text.indexOf("[00:01:30]");
        int last = text.indexOf("[00:02:00]");
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Tijd", "", "nl", T));
        p.put(Document.of("c", "Cees", text, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, r, 80_000L),
                new SpeakerTurn("Respondent 3", r, last, 90_000L)), T));
        p.put(Code.of("werk", "Werkdruk", null, null));
        List<String> word = List.of("werkdruk");
        assertEquals(List.of("Hoe is de werkdruk?", "De werkdruk is hoog, vooral door de administratie.",
                "De werkdruk blijft."), SearchAndCode.preview(p, word, SearchAndCode.Unit.SENTENCE, "werk").stream()
                .map(SearchAndCode.Stretch::text).toList());
        assertEquals(List.of("Hoe is de werkdruk?\n", "De werkdruk is hoog, vooral door de administratie. Echt.\n",
                "De werkdruk blijft."), SearchAndCode.preview(p, word, SearchAndCode.Unit.TURN, "werk").stream()
                .map(s -> s.text()).toList());
        ProjectSession session = new ProjectSession(p);
        int hand = text.indexOf("De werkdruk is");
        session.execute(nl.veldwerk.project.QuotationCommands.codeRanges("c", List.of(new int[] {hand,
                text.indexOf("Echt.")}), "werk", null, T));
        assertEquals(List.of("Hoe is de werkdruk?", "De werkdruk blijft."), SearchAndCode.preview(p, word,
                SearchAndCode.Unit.SENTENCE, "werk").stream().map(SearchAndCode.Stretch::text).toList(),
                "the sentence coded by hand is not coded a second time");
    }

    /**
     * A label alone on its line, with a time before or after it (Word's Transcribe, Teams, Otter): a turn coded from
     * the hits starts where the words do, as one coded by hand, and is not coded a second time; a clock said at
     * the start of a sentence stays in it.
     */
    @Test
    void aLabelAloneOnItsLineIsNotCodedAndAClockSaidStays() {
        String word = "00:00:03 Speaker 1\nHallo, de werkdruk is hoog.\n00:00:09 Speaker 2\nDat klopt.\n";
        String teams = "Jordan Lee   0:01\nDe werkdruk is hoog.\nSam   0:04\nJa.\n";
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Lagen", "", "nl", T));
        int s2 = word.indexOf("00:00:09");
        int sam = teams.indexOf("Sam");
        p.put(Document.of("w", "Word", word, SourceFormat.TXT, List.of(new SpeakerTurn("Speaker 1", 0, s2, 3_000L),
                new SpeakerTurn("Speaker 2", s2, word.length(), 9_000L)), T));
        p.put(Document.of("t", "Teams", teams, SourceFormat.TXT, List.of(new SpeakerTurn("Jordan Lee", 0, sam, 1_000L),
                new SpeakerTurn("Sam", sam, teams.length(), 4_000L)), T));
        p.put(Document.of("c", "Klok", "14:00 Dan begon het overleg over de werkdruk.\n", SourceFormat.TXT, List.of(), T));
        p.put(Code.of("werk", "Werkdruk", null, null));
        List<String> werkdruk = List.of("werkdruk");
        assertEquals(List.of("14:00 Dan begon het overleg over de werkdruk.", "De werkdruk is hoog.\n",
                "Hallo, de werkdruk is hoog.\n"), SearchAndCode.preview(p, werkdruk, SearchAndCode.Unit.TURN, "werk")
                .stream().map(SearchAndCode.Stretch::text).toList());
        ProjectSession session = new ProjectSession(p);
        int hallo = word.indexOf("Hallo");
        session.execute(nl.veldwerk.project.QuotationCommands.codeRanges("w", List.of(new int[] {hallo, s2}), "werk",
                null, T));
        assertTrue(SearchAndCode.preview(p, werkdruk, SearchAndCode.Unit.TURN, "werk").stream()
                .noneMatch(s -> s.documentId().equals("w")), "the turn coded by hand is not coded again");
    }

    @Test
    void theInterviewerCanBeLeftOutOfKeywordInContextSearchAndCodeAndWordCounts() {
        Project p = project();
        List<Concordance.Line> answers = Concordance.of(p, List.of("voorziening"), 12, java.util.Set.of("Interviewer"));
        assertEquals(2, answers.size(), "the question's 'voorzieningen' is left out");
        assertTrue(answers.stream().allMatch(l -> "A01".equals(l.speaker())));
        assertEquals("Interviewer", Concordance.of(p, List.of("voorziening"), 12).getFirst().speaker());
        assertEquals(List.of("Een voorziening ken ik.", "Bij die voorziening werk ik graag!"), SearchAndCode.preview(p,
                List.of("voorziening"), SearchAndCode.Unit.SENTENCE, "aanbod", java.util.Set.of("Interviewer"))
                .stream().map(SearchAndCode.Stretch::text).toList());
        var all = nl.veldwerk.analysis.WordFrequencies.ofDocuments(p, java.util.Set.of("a01"), java.util.Set.of());
        var answersOnly = nl.veldwerk.analysis.WordFrequencies.ofDocuments(p, java.util.Set.of("a01"),
                java.util.Set.of(), java.util.Set.of("Interviewer"));
        assertTrue(all.stream().anyMatch(w -> w.word().equals("dank")));
        assertTrue(answersOnly.stream().noneMatch(w -> w.word().equals("dank") || w.word().equals("welke")),
                "no word the interviewer says: " + answersOnly);
        assertTrue(answersOnly.stream().anyMatch(w -> w.word().equals("graag")));
    }

    private static List<String> texts(Project p, List<String> words, SearchAndCode.Unit unit) {
        return SearchAndCode.preview(p, words, unit, "aanbod").stream().map(SearchAndCode.Stretch::text).toList();
    }
}
