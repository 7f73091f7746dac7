package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Pseudonymisation.Place;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import org.junit.jupiter.api.Test;

/** Names out, pseudonyms in, everywhere the project keeps text; quotations keep covering the same words. */
class PseudonymisationTest {
    private static final String TEXT = "Interviewer: Kent u mevrouw Jansen?\n"
            + "R: Jan de Vries en mevrouw Jansen van de Kerkstraat, ja. Janssen niet. In januari zag ik JAN nog.\n";

    private static ProjectSession session() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        int turn = TEXT.indexOf("R:");
        p.put(new Document("d", "Interview Jansen", "Afgenomen bij Jansen thuis", TEXT, SourceFormat.TXT, List.of(
                new SpeakerTurn("Interviewer", 0, turn - 1, null), new SpeakerTurn("R", turn, TEXT.length() - 1, 90_000L)),
                java.util.Set.of(), java.util.Map.of(), Fixtures.T));
        int jan = TEXT.indexOf("Jan de Vries");
        p.put(new Quotation("q-around", "d", jan, TEXT.indexOf(", ja."), "Jan de Vries is de buurman", null, Fixtures.T));
        p.put(new Quotation("q-after", "d", TEXT.indexOf("Janssen"), TEXT.indexOf(" niet."), "", null, Fixtures.T));
        int name = TEXT.indexOf("Jansen", jan);
        p.put(new Quotation("q-inside", "d", name + 1, name + 4, "", null, Fixtures.T));
        p.put(new Memo("m", new MemoTarget(EntityKind.DOCUMENT, "d"), "Over Jansen", "Jansen en Jan de Vries kennen elkaar.",
                null, Fixtures.T, Fixtures.T));
        p.put(nl.veldwerk.model.Code.of("buren", "Buren", null, null).withRules("", "", "Jan de Vries helpt mij altijd."));
        return new ProjectSession(p);
    }

    private static final List<Replacement> KEY = List.of(new Replacement("Jansen", "R1"),
            new Replacement("Jan de Vries", "R2"), new Replacement("Jan", "R3"), new Replacement("Kerkstraat", "[straat]"));

    private static String text(Project p, String quotationId) {
        Quotation q = p.quotation(quotationId).orElseThrow();
        return p.document(q.documentId()).orElseThrow().text().substring(q.start(), q.end());
    }

    @Test
    void replacesWholeNamesLongestFirstAndQuotationsFollowTheirWords() {
        ProjectSession s = session();
        Pseudonymisation names = new Pseudonymisation(KEY, true);
        List<Pseudonymisation.Occurrence> found = names.find(s.project());
        assertEquals(4, found.stream().filter(o -> o.place() == Place.TRANSCRIPT).count(),
                "Jansen twice, Jan de Vries, Kerkstraat; 'JAN' differs in case; Janssen and januari are other words: "
                        + found);
        assertEquals(11, found.stream().filter(o -> o.place() != Place.INSIDE_A_WORD).count(),
                "and the document's name and description, the comment, the memo, the anchor");
        assertEquals(List.of("Janssen"), found.stream().filter(o -> o.place() == Place.INSIDE_A_WORD)
                .map(Pseudonymisation.Occurrence::found).toList(), "listed to check, not replaced; januari is no name");
        Project before = s.project().copy();
        s.execute(names.command(s.project()));
        Project p = s.project();
        Document d = p.document("d").orElseThrow();
        assertEquals("Interviewer: Kent u mevrouw R1?\n"
                + "R: R2 en mevrouw R1 van de [straat], ja. Janssen niet. In januari zag ik JAN nog.\n", d.text());
        assertEquals("Interview R1", d.name());
        assertEquals("Afgenomen bij R1 thuis", d.description());
        assertEquals("R2 en mevrouw R1 van de [straat]", text(p, "q-around"), "stretches and shrinks with its words");
        assertEquals("Janssen", text(p, "q-after"), "moves with the text before it");
        assertEquals("R1", text(p, "q-inside"), "a quotation inside a name covers its pseudonym");
        assertEquals("R2 is de buurman", p.quotation("q-around").orElseThrow().comment());
        Memo m = (Memo) p.find(EntityKind.MEMO, "m").orElseThrow();
        assertEquals("Over R1", m.title());
        assertEquals("R1 en R2 kennen elkaar.", m.text());
        assertEquals("R2 helpt mij altijd.", p.code("buren").orElseThrow().anchor(), "a code's anchor example");
        assertEquals("Buren", p.code("buren").orElseThrow().name());
        SpeakerTurn answer = d.turns().get(1);
        assertEquals("R: R2", d.text().substring(answer.start(), answer.start() + 5), "speaker turns move too");
        assertEquals(d.text().length() - 1, answer.end());
        assertEquals("Pseudonymise (11 occurrences)", s.stack().undoDescription().orElseThrow().text(Locale.ENGLISH));

        s.undo();
        assertEquals(before, s.project(), "one step undoes all of it exactly");
    }

    @Test
    void speakerLabelsAndAttributeValuesToo() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        String text = "Jan: Hallo.\n";
        p.put(new nl.veldwerk.model.AttributeDefinition("a", "relatie", nl.veldwerk.model.AttributeType.TEXT));
        p.put(new Document("d", "R", "", text, SourceFormat.TXT, List.of(new SpeakerTurn("Jan", 0, text.length() - 1,
                null)), java.util.Set.of(), java.util.Map.of("relatie", "buurman van Jansen"), Fixtures.T));
        ProjectSession s = new ProjectSession(p);
        s.execute(new Pseudonymisation(KEY, true).command(s.project()));
        Document d = s.project().document("d").orElseThrow();
        assertEquals("R3: Hallo.\n", d.text());
        assertEquals("R3", d.turns().getFirst().speaker(), "reports and search name the speaker by the turn");
        assertEquals("buurman van R1", d.attributes().get("relatie"));
    }

    /**
     * QA's leaks: a speaker renamed after the import (named on the turns only), an attribute's name, a document
     * name written with underscores, and a name of two words broken over a line or parted by a no-break space.
     */
    @Test
    void namesOnTurnsInAttributeNamesAcrossUnderscoresAndLineBreaksToo() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        String text = "A01: Ik ken Karin\nde Boer al lang. Karin\u00A0de Boer ook.\nA01: Ja.\n";
        p.put(new nl.veldwerk.model.AttributeDefinition("a", "buurvrouw Fatima", nl.veldwerk.model.AttributeType.TEXT));
        int second = text.indexOf("A01: Ja.");
        p.put(new Document("d", "Interview_Karin_de_Boer", "", text, SourceFormat.TXT, List.of(
                new SpeakerTurn("Annemiek Visser", 0, second - 1, null), new SpeakerTurn("Annemiek Visser", second,
                        text.length() - 1, null)), java.util.Set.of(), java.util.Map.of("buurvrouw Fatima", "ja"),
                Fixtures.T));
        p.put(new Quotation("q", "d", text.indexOf("al lang"), text.indexOf("al lang") + 7, "", null, Fixtures.T));
        List<Replacement> key = List.of(new Replacement("Karin de Boer", "R1"), new Replacement("Fatima", "B1"),
                new Replacement("Annemiek Visser", "R9"));
        Pseudonymisation names = new Pseudonymisation(key, true);
        assertTrue(names.find(p).stream().anyMatch(o -> o.place() == Pseudonymisation.Place.SPEAKER
                && o.found().equals("Annemiek Visser")), "listed in the preview");
        assertTrue(names.find(p).stream().anyMatch(o -> o.place() == Pseudonymisation.Place.ATTRIBUTE_NAME));
        Project inside = new Project(ProjectInfo.named("Binnen", Fixtures.T));
        inside.put(Document.of("x", "X", "R: De Karinstraat en Karins fiets. Karin ook.\n", SourceFormat.TXT, List.of(),
                Fixtures.T));
        assertEquals(List.of("Karinstraat", "Karins"), new Pseudonymisation(List.of(new Replacement("Karin", "R1")), true)
                .find(inside).stream().filter(o -> o.place() == Pseudonymisation.Place.INSIDE_A_WORD)
                .map(Pseudonymisation.Occurrence::found).toList(), "listed, not replaced: they may give her away");
        Project named = new Project(ProjectInfo.named("Naam", Fixtures.T));
        named.put(Document.of("y", "Karinstraat", "R: Karin ook.\n", SourceFormat.TXT, List.of(), Fixtures.T));
        List<Pseudonymisation.Occurrence> asFound = new Pseudonymisation(List.of(new Replacement("Karin", "R1")), true)
                .find(named);
        assertEquals(Pseudonymisation.Place.INSIDE_A_WORD, asFound.getFirst().place(), "the name is found first");
        assertEquals(List.of(Pseudonymisation.Place.TRANSCRIPT, Pseudonymisation.Place.INSIDE_A_WORD),
                Pseudonymisation.replacedFirst(asFound).stream().map(Pseudonymisation.Occurrence::place).toList(),
                "shown: what is replaced first, then the words to check");
        ProjectSession s = new ProjectSession(p);
        Project before = p.copy();
        s.execute(names.command(s.project()));
        Document d = s.project().document("d").orElseThrow();
        assertEquals("A01: Ik ken R1\n al lang. R1 ook.\nA01: Ja.\n", d.text(), "the line break kept after the name");
        assertEquals(3, d.text().split("\n", -1).length - 1, "as many paragraphs as before");
        assertEquals(List.of("R9", "R9"), d.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals("Interview_R1", d.name());
        assertEquals(java.util.Map.of("buurvrouw B1", "ja"), d.attributes());
        assertEquals(List.of("buurvrouw B1"), s.project().attributes().stream()
                .map(nl.veldwerk.model.AttributeDefinition::name).toList());
        assertEquals("al lang", text(s.project(), "q"), "the quotation keeps its words");
        s.undo();
        assertEquals(before, s.project());

        // A name broken where one turn ends and the next begins: the break stays, and so do the turns' ends.
        Project turns = new Project(ProjectInfo.named("Beurten", Fixtures.T));
        String split = "A: Ik ken Karin\nde Boer al lang.\n";
        int next = split.indexOf("de Boer");
        turns.put(new Document("t", "T", "", split, SourceFormat.TXT, List.of(new SpeakerTurn("A", 0, next - 1, null),
                new SpeakerTurn("B", next, split.length() - 1, null)), java.util.Set.of(), java.util.Map.of(), Fixtures.T));
        ProjectSession t = new ProjectSession(turns);
        t.execute(new Pseudonymisation(List.of(new Replacement("Karin de Boer", "R1")), false).command(turns));
        Document done = turns.document("t").orElseThrow();
        assertEquals("A: Ik ken R1\n al lang.\n", done.text());
        assertTrue(done.turns().get(0).end() <= done.turns().get(1).start(), "no turn overlaps another: " + done.turns());
        assertEquals('\n', done.text().charAt(done.turns().get(0).end()), "the first turn still ends at the break");
    }

    /** A name of no words (a no-break space pasted alone, underscores) is refused: it matched everywhere (review). */
    @Test
    void aNameOfNoWordsIsRefused() {
        for (String none : List.of("\u00A0", "_ _", "\u2007")) {
            assertThrows(nl.veldwerk.model.ModelException.class, () -> new Replacement(none, "R1"), "'" + none + "'");
        }
        assertEquals("Karin de Boer", new Replacement("\u00A0Karin\u00A0de_Boer ", "R1").name());
    }

    /**
     * A word typed in small letters and found at a sentence's start, or in capitals, gets its replacement written
     * the same way (QA: "familielid zei…" opened a sentence); a name typed with its capital keeps the pseudonym as
     * typed, wherever it stands.
     */
    @Test
    void aReplacementTakesTheCaseTheTextWritesAWordIn() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        String text = "R: Oma zei het. Mijn oma ook. OMA!\nR: Jan zei: jan.\n";
        p.put(Document.of("d", "R", text, SourceFormat.TXT, List.of(), Fixtures.T));
        ProjectSession s = new ProjectSession(p);
        s.execute(new Pseudonymisation(List.of(new Replacement("oma", "familielid"), new Replacement("Jan", "r3")),
                false).command(s.project()));
        assertEquals("R: Familielid zei het. Mijn familielid ook. FAMILIELID!\nR: r3 zei: r3.\n",
                s.project().document("d").orElseThrow().text());
    }

    @Test
    void aRecordingsFileNameIsListedButNotRenamed() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        p.put(Document.of("d", "R", "Hallo.\n", SourceFormat.TXT, List.of(), Fixtures.T)
                .withRecording(new nl.veldwerk.model.Recording("media/Jansen thuis.mp3")));
        Pseudonymisation names = new Pseudonymisation(KEY, true);
        assertEquals(List.of(Place.RECORDING), names.find(p).stream().map(Pseudonymisation.Occurrence::place).toList(),
                "the file name holds a name: the preview says so, for the user to rename the file");
        assertEquals("media/Jansen thuis.mp3", p.document("d").orElseThrow().recording().path());
    }

    @Test
    void preparedOnACopyItRefusesWhenTheProjectChangedMeanwhile() {
        ProjectSession s = session();
        Pseudonymisation names = new Pseudonymisation(KEY, true);
        Pseudonymisation.Prepared prepared = names.prepare(s.project().copy()); // as the window does, off its thread
        s.execute(QuotationCommands.comment("q-around", "Nieuwe opmerking")); // the user went on working
        Project before = s.project().copy();
        assertEquals("The project changed while the names were being replaced; nothing was replaced. Try again.",
                message(() -> s.execute(prepared.command())));
        assertEquals(before, s.project(), "nothing half done");
        Pseudonymisation.Prepared again = names.prepare(s.project().copy());
        s.execute(again.command());
        assertEquals("R2 en mevrouw R1 van de [straat]", text(s.project(), "q-around"));
        assertEquals("Nieuwe opmerking", s.project().quotation("q-around").orElseThrow().comment());
    }

    @Test
    void withoutMatchingCaseEveryCapitalisationIsFound() {
        ProjectSession s = session();
        s.execute(new Pseudonymisation(List.of(new Replacement("jan", "R3")), false).command(s.project()));
        String text = s.project().document("d").orElseThrow().text();
        assertTrue(text.contains("R3 de Vries") && text.contains("zag ik R3 nog"), text);
        assertTrue(text.contains("Janssen") && text.contains("januari"), "parts of other words stay");
    }

    @Test
    void aTurkishNameIsFoundInEveryCapitalisation() {
        Project p = new Project(ProjectInfo.named("Wijk Y", Fixtures.T));
        String text = "R: İlker zei het al, ILKER weet het, ilker ook.\n";
        p.put(Document.of("d", "R", text, SourceFormat.TXT, List.of(), Fixtures.T));
        ProjectSession s = new ProjectSession(p);
        s.execute(new Pseudonymisation(List.of(new Replacement("İlker", "R7")), false).command(s.project()));
        assertEquals("R: R7 zei het al, R7 weet het, R7 ook.\n", s.project().document("d").orElseThrow().text());
    }

    @Test
    void refusesListsThatCannotBeRightAndChangesNothing() {
        ProjectSession s = session();
        Project before = s.project().copy();
        assertEquals("'Jansen' is in the list twice.", message(() -> new Pseudonymisation(List.of(
                new Replacement("Jansen", "R1"), new Replacement("Jansen", "R2")), true)));
        assertEquals("The pseudonym 'Jan' is also one of the names to replace.", message(() -> new Pseudonymisation(
                List.of(new Replacement("Jansen", "Jan"), new Replacement("Jan", "R3")), true)));
        assertEquals("'Jansen' has no pseudonym to replace it with.", message(() -> new Replacement("Jansen", " ")));
        assertEquals("There are no names to replace.", message(() -> new Pseudonymisation(List.of(), true)));
        assertEquals("None of these names occurs in the project.", message(() -> new Pseudonymisation(List.of(
                new Replacement("Pietersen", "R9")), true).command(s.project())));
        assertEquals(before, s.project());
        assertFalse(s.stack().canUndo());
    }

    private static String message(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(ModelException.class, action).userText().text(Locale.ENGLISH);
    }

    /**
     * Names kept anywhere else in the project go too, and the preview lists each place: a group's name and
     * description, an in-vivo code's name, a relation, a diagram, the project's own name and description, a
     * kept query. Undo brings every one back.
     */
    @Test
    void groupsCodesRelationsDiagramsTheProjectAndKeptQueriesAreCovered() {
        ProjectSession s = session();
        Project p = s.project();
        p.put(new nl.veldwerk.model.DocumentGroup("g", "Familie Jansen", "Buren van Jan de Vries"));
        p.put(nl.veldwerk.model.Code.of("invivo", "mevrouw Jansen", null, null));
        p.put(new nl.veldwerk.model.Relation("r", "buren", "invivo", nl.veldwerk.model.RelationType.USER_DEFINED,
                "kent Jansen", 1, "volgens Jan de Vries"));
        p.put(new nl.veldwerk.model.Diagram("dg", "Netwerk van Jansen", List.of(), List.of("r")));
        p.put(new ProjectInfo(ProjectInfo.ID, "Wijk Y en Jansen", "Over Jan de Vries", "nl", Fixtures.T)
                .withSavedQuery(new nl.veldwerk.model.SavedQuery("Jansen", false, "Jansen OR buurman")));
        Project before = p.copy();
        Pseudonymisation names = new Pseudonymisation(KEY, true);
        java.util.Set<Place> places = names.find(p).stream().map(Pseudonymisation.Occurrence::place)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(places.containsAll(List.of(Place.GROUP, Place.CODE_NAME, Place.RELATION, Place.DIAGRAM,
                Place.PROJECT, Place.SAVED_QUERY)), "the preview lists them: " + places);
        s.execute(names.command(p));
        assertEquals(new nl.veldwerk.model.DocumentGroup("g", "Familie R1", "Buren van R2"),
                p.find(EntityKind.GROUP, "g").orElseThrow());
        assertEquals("mevrouw R1", p.code("invivo").orElseThrow().name());
        nl.veldwerk.model.Relation r = (nl.veldwerk.model.Relation) p.find(EntityKind.RELATION, "r").orElseThrow();
        assertEquals("kent R1 / volgens R2", r.label() + " / " + r.comment());
        assertEquals("Netwerk van R1", ((nl.veldwerk.model.Diagram) p.find(EntityKind.DIAGRAM, "dg").orElseThrow()).name());
        assertEquals("Wijk Y en R1 / Over R2", p.info().name() + " / " + p.info().description());
        assertEquals(List.of(new nl.veldwerk.model.SavedQuery("R1", false, "R1 OR buurman")), p.info().savedQueries());
        s.undo();
        assertEquals(List.of(), nl.veldwerk.model.ProjectDiff.between(before, p), "undo brings every name back");
    }
}
