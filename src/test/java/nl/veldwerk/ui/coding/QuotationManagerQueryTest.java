package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.ui.coding.QuotationManagerQuery.Column;
import nl.veldwerk.ui.coding.QuotationManagerQuery.Order;
import org.junit.jupiter.api.Test;

/** The quotation manager's filter and sort, off the window: what a million lines go through on the worker. */
class QuotationManagerQueryTest {
    /** Past the 300 characters a list shows: the words at the end of a long quotation. */
    private static final String LONG = "Wij gingen elke week. " + "bla ".repeat(100) + "En toen   kwam\nde buurtcoach.";
    /** Longer than the first words a sort compares (60 characters) before it reads on. */
    private static final String SAME = "Zelfde begin, " + "en zo verder ".repeat(6);
    private static final String ONE = "Interviewer: Hoe vaak?\nA01: " + LONG + "\n\nA01: " + SAME + "ander einde Z.\n"
            + "A01: " + SAME + "ander einde B.\n";
    private static final String TWO = "W01: Nooit.\n";

    private final Project p = project();
    private final QuotationManagerQuery.Names names = new QuotationManagerQuery.Names(Map.of("c1", "Buurtcoach",
            "c2", "Geld"), Map.of());

    private static Project project() {
        Project p = new Project(ProjectInfo.named("Q", Fixtures.T));
        p.put(new DocumentGroup("g", "Bewoners", ""));
        int a = ONE.indexOf("A01:");
        p.put(new Document("one", "A01", "", ONE, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, a - 1,
                null), new SpeakerTurn("A01", a, ONE.length() - 1, null)), Set.of("g"), Map.of(), Fixtures.T, 10));
        p.put(new Document("two", "W01", "", TWO, SourceFormat.TXT, List.of(new SpeakerTurn("W01", 0, TWO.length() - 1,
                null)), Set.of(), Map.of(), Fixtures.T, 2));
        p.put(Code.of("c1", "Buurtcoach", null, null));
        p.put(Code.of("c2", "Geld", null, null));
        quotation(p, "long", "one", ONE, LONG, 9, "c1", "");
        quotation(p, "a", "one", ONE, SAME + "ander einde Z.", 10, "c2", "");
        quotation(p, "b", "one", ONE, SAME + "ander einde B.", 2, "c2", "Let  op");
        quotation(p, "ask", "one", ONE, "Hoe vaak?", 1, null, "");
        quotation(p, "nooit", "two", TWO, "Nooit.", 1, "c1", "");
        return p;
    }

    private static void quotation(Project p, String id, String doc, String text, String words, int number, String code,
                                  String comment) {
        int start = text.indexOf(words);
        p.put(new Quotation(id, doc, start, start + words.length(), comment, null, Fixtures.T, number));
        if (code != null) {
            p.put(new Coding("k" + id, id, code, null, Fixtures.T));
        }
    }

    private List<QuotationManagerRow[]> lines() {
        return p.documents().stream().map(d -> QuotationManagerRow.ofDocument(p, d)).toList();
    }

    private List<String> ids(String document, Set<String> groups, String speaker, Set<String> codes, String typed,
                             Order... order) {
        return new QuotationManagerQuery(document, groups, speaker, codes, typed, List.of(order)).run(lines(), names,
                () -> false).stream().map(QuotationManagerRow::id).toList();
    }

    private List<String> all(String typed, Order... order) {
        return ids("", null, "", null, typed, order);
    }

    @Test
    void documentOrderThenReadingOrderWithoutASort() {
        assertEquals(List.of("2:1", "10:1", "10:9", "10:10", "10:2"), all(""));
    }

    @Test
    void eachFilterAndTheirSum() {
        assertEquals(List.of("10:1", "10:9", "10:10", "10:2"), ids("A01", null, "", null, ""));
        assertEquals(List.of("10:1", "10:9", "10:10", "10:2"), ids("", Set.of("g"), "", null, ""));
        assertEquals(List.of(), ids("", Set.of(), "", null, ""), "a group no longer there holds nothing");
        assertEquals(List.of("10:1"), ids("", null, "Interviewer", null, ""));
        assertEquals(List.of("2:1", "10:9"), ids("", null, "", Set.of("c1"), ""));
        assertEquals(List.of("10:9"), ids("", Set.of("g"), "A01", Set.of("c1", "c2"), "buurtcoach"));
    }

    @Test
    void wordsAreFoundInTheWholeQuotationOnOneLineInItsCodesAndComment() {
        assertEquals(List.of("10:9"), all("KWAM de"), "beyond 300 characters, across a line break, case ignored");
        assertEquals(List.of("10:9"), all("toen kwam"), "runs of white space are one space");
        assertEquals(List.of("10:10", "10:2"), all("geld"), "a code's name");
        assertEquals(List.of("10:2"), all("let op"), "the comment");
        assertEquals(List.of(), all("nergens"));
        assertEquals(List.of(), all("einde z. a01"), "words that run on past a quotation's end");
        assertEquals(List.of(), all("a01: zelfde"), "words that begin before a quotation");
        assertEquals(List.of("10:10", "10:2"), all("Zelfde BEGIN"), "at a quotation's very start");
    }

    @Test
    void sortsByNumbersWordsParagraphsAndCodesEitherWay() {
        assertEquals(List.of("2:1", "10:1", "10:2", "10:9", "10:10"), all("", new Order(Column.ID, true)));
        assertEquals(List.of("10:10", "10:9", "10:2", "10:1", "2:1"), all("", new Order(Column.ID, false)));
        // 10:10 and 10:2 are alike for their first 60 characters and more: the rest of the words decides (B before Z,
        // against reading order).
        assertEquals(List.of("10:1", "2:1", "10:9", "10:2", "10:10"), all("", new Order(Column.WORDS, true)));
        assertEquals(List.of("10:10", "10:2", "10:9", "2:1", "10:1"), all("", new Order(Column.WORDS, false)));
        assertEquals(List.of("10:1", "2:1", "10:9", "10:10", "10:2"), all("", new Order(Column.PARAGRAPHS, true),
                new Order(Column.DOCUMENT, true)), "paragraph 1 of each (A01 before W01), then 2, 4, 5");
        assertEquals(List.of("10:1", "2:1", "10:9", "10:10", "10:2"), all("", new Order(Column.CODES, true)),
                "no code first, then Buurtcoach, then Geld; ties in document order");
    }

    @Test
    void sortsByTheTimeMarkBeforeEachQuotationAcrossDocuments() {
        String early = "Interviewer: Begin.\n[00:00:05] A01: Eerst dit.\n[00:02:10] A01: Later dat.\n";
        String late = "[00:01:00] W01: Midden.\n";
        Project timed = new Project(ProjectInfo.named("T", Fixtures.T));
        timed.put(new Document("e", "E", "", early, SourceFormat.TXT, List.of(), Set.of(), Map.of(), Fixtures.T, 1));
        timed.put(new Document("l", "L", "", late, SourceFormat.TXT, List.of(), Set.of(), Map.of(), Fixtures.T, 2));
        quotation(timed, "later", "e", early, "Later dat.", 1, null, "");
        quotation(timed, "begin", "e", early, "Begin.", 2, null, "");
        quotation(timed, "eerst", "e", early, "Eerst dit.", 3, null, "");
        quotation(timed, "midden", "l", late, "Midden.", 1, null, "");
        String untimed = "Interviewer: Geen tijden hier.\n";
        timed.put(new Document("u", "A", "", untimed, SourceFormat.TXT, List.of(), Set.of(), Map.of(), Fixtures.T, 3));
        quotation(timed, "zonder", "u", untimed, "Geen tijden", 1, null, "");
        List<QuotationManagerRow[]> lines = timed.documents().stream().map(d -> QuotationManagerRow.ofDocument(timed, d))
                .toList();
        java.util.function.Function<Boolean, List<String>> sorted = ascending -> new QuotationManagerQuery("", null, "",
                null, "", List.of(new Order(Column.TIME, ascending))).run(lines, names, () -> false).stream()
                .map(r -> r.quotation().id()).toList();
        // No mark before it first (the start of the recording), then 00:00:05, 00:01:00 (the other document), 00:02:10;
        // a quotation in a text without any marks has no time: last, in either direction.
        assertEquals(List.of("begin", "eerst", "midden", "later", "zonder"), sorted.apply(true));
        assertEquals(List.of("later", "midden", "eerst", "begin", "zonder"), sorted.apply(false));
    }

    @Test
    void aQuotationOverAQuestionAndItsAnswerHasBothSpeakersAndIsFoundUnderEach() {
        Project both = project();
        String words = "vaak?\nA01: Wij";
        quotation(both, "over", "one", ONE, words, 11, null, "");
        List<QuotationManagerRow[]> lines = both.documents().stream().map(d -> QuotationManagerRow.ofDocument(both, d))
                .toList();
        QuotationManagerRow over = lines.stream().flatMap(java.util.Arrays::stream)
                .filter(r -> r.quotation().id().equals("over")).findFirst().orElseThrow();
        assertEquals("Interviewer, A01", over.speaker());
        for (String speaker : List.of("Interviewer", "A01")) {
            assertEquals(true, new QuotationManagerQuery("", null, speaker, null, "", List.of()).run(lines, names,
                    () -> false).contains(over), "found under " + speaker);
        }
    }

    @Test
    void namesSortAsTheLanguageDoes() {
        Project q = new Project(ProjectInfo.named("Q", Fixtures.T));
        for (String name : List.of("Zoë", "Émile", "anna")) {
            q.put(new Document(name, name, "", "Tekst.", SourceFormat.TXT, List.of(), Set.of(), Map.of(), Fixtures.T,
                    q.documents().size() + 1));
            q.put(new Quotation("q" + name, name, 0, 5, "", null, Fixtures.T, 1));
        }
        List<QuotationManagerRow[]> lines = q.documents().stream().map(d -> QuotationManagerRow.ofDocument(q, d))
                .toList();
        assertEquals(List.of("anna", "Émile", "Zoë"), new QuotationManagerQuery("", null, "", null, "", List.of(
                new Order(Column.DOCUMENT, true))).run(lines, names, () -> false).stream().map(r -> r.document().name())
                .toList(), "collated, not by character code (which puts É after Z and a after both)");
    }

    @Test
    void caseIsIgnoredBeyondTheFirstCharactersAndForTheFinalSigma() {
        String greek = "Ο ΔΡΟΜΟΣ ΕΔΩ";
        assertEquals(true, new FlatText(greek, FlatText.flat("δρομος")).within(0, greek.length()));
        assertEquals(true, new FlatText(greek, FlatText.flat("δρομοσ εδω")).within(0, greek.length()));
        String deseret = "ab \uD801\uDC00c"; // a capital letter outside the first 65,536
        assertEquals(true, new FlatText(deseret, FlatText.flat("\uD801\uDC28C")).within(0, deseret.length()));
        assertEquals(false, new FlatText(deseret, FlatText.flat("\uD801\uDC28C")).within(0, 4), "not within [0, 4)");
    }

    @Test
    void aQuestionNoLongerWantedStops() {
        assertNull(new QuotationManagerQuery("", null, "", null, "", List.of()).run(lines(), names, () -> true));
    }

    /** A document attribute's value keeps the quotations of the documents that have it, as kept ("34.5"). */
    @Test
    void anAttributesValueKeepsTheQuotationsOfItsDocuments() {
        p.put(new nl.veldwerk.model.AttributeDefinition("age", "Leeftijd", nl.veldwerk.model.AttributeType.NUMBER));
        p.put(p.document("one").orElseThrow().withAttributes(Map.of("Leeftijd", "34.5")));
        p.put(p.document("two").orElseThrow().withAttributes(Map.of("Leeftijd", "9")));
        java.util.function.Function<String, List<String>> with = value -> new QuotationManagerQuery("", null,
                new nl.veldwerk.ui.common.AttributeValues.Value("Leeftijd", value), "", null, "", List.of()).run(lines(),
                names, () -> false).stream().map(QuotationManagerRow::id).toList();
        assertEquals(List.of("2:1"), with.apply("9"));
        assertEquals(4, with.apply("34.5").size());
        assertEquals(List.of(), with.apply("34,5"), "the kept value, not as typed");
    }
}
