package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/** Editing a transcript's text: undo is exact, and the undo history keeps edits, not copies of the text. */
class TextEditCommandTest {
    /** A session on a project holding one document, "d", of this text and these turns. */
    private static ProjectSession withDocument(String text, List<SpeakerTurn> turns) {
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Tekst", Fixtures.T)));
        session.execute(DocumentCommands.add(Document.of("d", "D", text, SourceFormat.TXT, turns, Fixtures.T)));
        return session;
    }

    @Test
    void theUndoHistoryOfTypingHoldsTheEditsNotCopiesOfTheTranscript() {
        String text = "Interviewer: vraag. Respondent: antwoord met meer woorden.\n".repeat(5_000); // 300,000 chars
        ProjectSession session = withDocument(text, List.of());
        Project p = session.project();
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("c", "Code", null, null)));
        for (int i = 0; i < 50; i++) {
            session.execute(QuotationCommands.codeRange("d", i * 6_000, i * 6_000 + 100, "c", null, Fixtures.T));
        }
        List<WeakReference<String>> earlier = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            earlier.add(new WeakReference<>(p.document("d").orElseThrow().text()));
            session.execute(DocumentCommands.editText("d", new TextEdit(150_000 + i, 150_000 + i, "x")));
        }
        // Were the texts kept by the history, none could be collected; the edits alone keep none of them.
        for (int attempt = 0; attempt < 5 && earlier.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
        }
        long kept = earlier.stream().filter(r -> r.get() != null).count();
        assertTrue(kept <= 1, kept + " of 1,000 earlier texts are still held");
        for (int i = 0; i < 1_000 && session.stack().canUndo(); i++) {
            session.undo();
            if (p.document("d").orElseThrow().text().length() == text.length()) {
                break;
            }
        }
        assertEquals(text, p.document("d").orElseThrow().text(), "undo brings the text back exactly");
    }

    /**
     * Typing over a quotation's last letters keystroke by keystroke, as the window does (the selection replaced by
     * the first letter, then one insertion per letter): the quotation holds every letter typed onto its last word
     * (QA: "contact xyz" was saved as "contact x"); a new word after a space stays outside, and a word typed in
     * front of it. Undo brings every range back.
     */
    @Test
    void lettersTypedOntoAQuotationsEdgeWordsAreInIt() {
        String text = "Ze nemen contact mee op. Daarna niets.";
        ProjectSession session = withDocument(text, List.of());
        Project p = session.project();
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("c", "Code", null, null)));
        session.execute(QuotationCommands.codeRange("d", 9, 20, "c", null, Fixtures.T)); // "contact mee"
        java.util.function.Supplier<String> quoted = () -> {
            nl.veldwerk.model.Quotation q = p.quotationsOf("d").getFirst();
            return p.document("d").orElseThrow().text().substring(q.start(), q.end());
        };
        session.execute(DocumentCommands.editText("d", new TextEdit(18, 20, "x"))); // "ee" selected, "x" typed
        session.execute(DocumentCommands.editText("d", new TextEdit(19, 19, "y")));
        session.execute(DocumentCommands.editText("d", new TextEdit(20, 20, "z")));
        assertEquals("contact mxyz", quoted.get());
        session.execute(DocumentCommands.editText("d", new TextEdit(21, 21, " ")));
        session.execute(DocumentCommands.editText("d", new TextEdit(22, 22, "ook")));
        assertEquals("contact mxyz", quoted.get(), "a word after a space is not in it");
        String word = "het ";
        for (int i = 0; i < word.length(); i++) { // a word typed in front, letter by letter, its space last
            session.execute(DocumentCommands.editText("d", new TextEdit(9 + i, 9 + i, word.substring(i, i + 1))));
        }
        assertEquals("contact mxyz", quoted.get(), "a word typed in front is not in it (review)");
        int end = p.quotationsOf("d").getFirst().end();
        session.execute(DocumentCommands.editText("d", new TextEdit(end, end, "s en meer")));
        assertEquals("contact mxyzs", quoted.get(), "a paste onto its last word adds that word's letters only (review)");
        while (session.stack().canUndo() && !p.document("d").orElseThrow().text().equals(text)) {
            session.undo();
        }
        assertEquals(text, p.document("d").orElseThrow().text());
        assertEquals("contact mee", quoted.get(), "undo brings the range back exactly");
    }

    /**
     * Deleting a line break with the label after it joins that turn's words to the turn before; deleting a turn's
     * whole text leaves no empty turn (QA: an interviewer's turn went on mid-paragraph without its label, the
     * respondent's words after it counted as the interviewer's; an empty turn was still counted). Undo brings
     * every turn back.
     */
    @Test
    void aTurnWhoseLabelLineIsJoinedOrWhoseTextIsDeletedGoes() {
        String text = "A01: Mijn vader.\nInterviewer: Wordt er een beroep gedaan?\nA01: Soms.\nInterviewer: Goed.\n";
        List<SpeakerTurn> turns = List.of(new SpeakerTurn("A01", 0, 17, null),
                new SpeakerTurn("Interviewer", 17, 58, null), new SpeakerTurn("A01", 58, 69, null),
                new SpeakerTurn("Interviewer", 69, text.length(), null));
        ProjectSession session = withDocument(text, turns);
        Project p = session.project();
        int label = text.indexOf("\nInterviewer: Wordt");
        session.execute(DocumentCommands.editText("d", new TextEdit(label, label + 14, "")));
        Document d = p.document("d").orElseThrow();
        assertEquals("A01: Mijn vader.Wordt er een beroep gedaan?\nA01: Soms.\nInterviewer: Goed.\n", d.text());
        assertEquals(List.of("A01", "A01", "Interviewer"), d.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(0, d.turns().getFirst().start());
        assertEquals(d.text().indexOf("A01: Soms"), d.turns().getFirst().end(), "its words go on the turn before");
        int last = d.text().indexOf("Interviewer: Goed.");
        session.execute(DocumentCommands.editText("d", new TextEdit(last, last + "Interviewer: Goed.".length(), "")));
        d = p.document("d").orElseThrow();
        assertEquals(List.of("A01", "A01"), d.turns().stream().map(SpeakerTurn::speaker).toList(),
                "no turn left with its line break alone (review)");
        session.undo();
        session.undo();
        assertEquals(text, p.document("d").orElseThrow().text());
        assertEquals(turns, p.document("d").orElseThrow().turns(), "undo brings every turn back");

        // Backspace at a label's start keeps the label, and its turn: Enter puts it back on a line of its own.
        int start = text.indexOf("Interviewer: Wordt");
        session.execute(DocumentCommands.editText("d", new TextEdit(start - 1, start, "")));
        assertEquals(List.of("A01", "Interviewer", "A01", "Interviewer"), p.document("d").orElseThrow().turns()
                .stream().map(SpeakerTurn::speaker).toList(), "not joined to the turn before (review)");
        session.execute(DocumentCommands.editText("d", new TextEdit(start - 1, start - 1, "\n")));
        assertEquals(text, p.document("d").orElseThrow().text());
        assertEquals(List.of("A01", "Interviewer", "A01", "Interviewer"), p.document("d").orElseThrow().turns()
                .stream().map(SpeakerTurn::speaker).toList());
        assertEquals(turns, p.document("d").orElseThrow().turns(), "the line break back on the turn before");

        // Letters typed at the end of a turn that ends before its line break are its speaker's (QA: in no turn).
        String line = "A01: Ja.\nInterviewer: Goed.";
        session.execute(DocumentCommands.add(Document.of("e", "E", line, SourceFormat.TXT, List.of(
                new SpeakerTurn("A01", 0, 8, null), new SpeakerTurn("Interviewer", 9, line.length(), null)), Fixtures.T)));
        session.execute(DocumentCommands.editText("e", new TextEdit(7, 7, "x")));
        session.execute(DocumentCommands.editText("e", new TextEdit(8, 8, "y")));
        session.execute(DocumentCommands.editText("e", new TextEdit(0, 0, "[00:00:01] ")));
        Document e = p.document("e").orElseThrow();
        assertEquals("A01: Jaxy.", e.text().substring(e.turns().getFirst().start(), e.turns().getFirst().end()),
                "typed on the turn's line: its speaker's; typed at the line's start, in front of its label: not (review:"
                        + " a line typed there letter by letter became that turn's)");
        session.execute(DocumentCommands.editText("e", new TextEdit(e.text().length(), e.text().length(), "\nR: ")));
        Document after = p.document("e").orElseThrow();
        assertEquals("Interviewer: Goed.", after.text().substring(after.turns().getLast().start(),
                after.turns().getLast().end()), "a new line at the text's end is not the last turn's: transcription's");

        // Enter at the end of a turn that ends before its line break, then words: a paragraph added to that answer.
        String answer = "A01: Ja.\nInterviewer: Goed.";
        session.execute(DocumentCommands.add(Document.of("f", "F", answer, SourceFormat.TXT, List.of(
                new SpeakerTurn("A01", 0, 8, null), new SpeakerTurn("Interviewer", 9, answer.length(), null)),
                Fixtures.T)));
        session.execute(DocumentCommands.editText("f", new TextEdit(8, 8, "\n")));
        session.execute(DocumentCommands.editText("f", new TextEdit(9, 9, "M")));
        session.execute(DocumentCommands.editText("f", new TextEdit(10, 10, "eer.")));
        Document f = p.document("f").orElseThrow();
        assertEquals("A01: Ja.\nMeer.\nInterviewer: Goed.", f.text());
        assertEquals(List.of("A01: Ja.\nMeer.", "Interviewer: Goed."), f.turns().stream()
                .map(t -> f.text().substring(t.start(), t.end())).toList(),
                "the new paragraph is the answerer's (it was in no turn), the label's line stays the interviewer's");
    }

    @Test
    void randomEditsAreUndoneAndRedoneExactlyWithEveryQuotationAndTurn() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            String text = "abcdefghij\n".repeat(20);
            ProjectSession session = withDocument(text, List.of(
                    new SpeakerTurn("A", 0, 100, null), new SpeakerTurn("B", 100, text.length(), 5_000L)));
            Project p = session.project();
            for (int c = 0; c < 3; c++) {
                session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("c" + c, "Code " + c, null, null)));
            }
            for (int i = 0; i < 8; i++) {
                int start = random.nextInt(text.length() - 1);
                int end = Math.min(text.length(), start + 1 + random.nextInt(30));
                session.execute(QuotationCommands.codeRange("d", start, end, "c" + (i % 3), null, Fixtures.T));
            }
            Project before = p.copy();
            int depthBefore = session.stack().undoDepth();
            List<Project> states = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String now = p.document("d").orElseThrow().text();
                int start = random.nextInt(now.length() + 1);
                int end = Math.min(now.length(), start + random.nextInt(12));
                String inserted = random.nextBoolean() ? "" : "XY".repeat(random.nextInt(4));
                int depth = session.stack().undoDepth();
                session.execute(new CompositeCommand(Message.of("document.editText"), List.of(
                        DocumentCommands.editText("d", new TextEdit(start, end, inserted)))));
                if (session.stack().undoDepth() > depth) { // an edit that changes nothing is no undo step
                    states.add(p.copy());
                }
                assertTrue(p.quotations().stream().allMatch(q -> q.start() < q.end()),
                        "seed " + seed + ": no quotation is left without text");
            }
            assertEquals(depthBefore + states.size(), session.stack().undoDepth());
            for (int i = 0; i < states.size(); i++) {
                session.undo();
            }
            assertEquals(before, p, "seed " + seed + ", round " + round + ": undo of every edit");
            for (int i = 0; i < states.size(); i++) {
                session.redo();
                assertEquals(states.get(i), p, "seed " + seed + ", round " + round + ": redo of edit " + i);
            }
        }
    }

    @Test
    void aQuotationWhoseWholeTextIsDeletedGoesWithItsCodingsAndMemosAndComesBackOnUndo() {
        String text = "Interviewer: Wie komen er zoal?\nR13: Vooral ouderen uit de buurt.\n";
        ProjectSession session = withDocument(text, List.of());
        Project p = session.project();
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("c", "Laagdrempelig", null, null)));
        session.execute(CodeCommands.add(nl.veldwerk.model.Code.of("k", "Doelgroep", null, null)));
        int question = text.indexOf("Wie");
        int questionEnd = text.indexOf('\n');
        session.execute(QuotationCommands.codeRange("d", question, questionEnd, "c", null, Fixtures.T));
        session.execute(QuotationCommands.codeRange("d", question, questionEnd, "k", null, Fixtures.T));
        session.execute(QuotationCommands.codeRange("d", question + 4, text.length() - 1, "k", null, Fixtures.T));
        String asked = p.quotationsOf("d").getFirst().id();
        List<String> itsCodings = p.codingsOf(asked).stream().map(nl.veldwerk.model.Coding::id).toList();
        assertEquals(2, itsCodings.size());
        String longer = p.quotationsOf("d").getLast().id();
        session.execute(NoteCommands.addMemo(new nl.veldwerk.model.Memo("m", new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.QUOTATION, asked), "Vraag", "open vraag", null, Fixtures.T, Fixtures.T)));
        Project before = p.copy();

        session.execute(DocumentCommands.editText("d", new TextEdit(question, questionEnd, "")));

        assertTrue(p.quotation(asked).isEmpty(), "the quotation whose text went is gone");
        assertTrue(p.codingsWithCode("c").isEmpty(), "with its codings");
        assertTrue(p.memo("m").isEmpty(), "and its memo");
        nl.veldwerk.model.Quotation rest = p.quotation(longer).orElseThrow();
        assertEquals("\nR13: Vooral ouderen uit de buurt.", p.document("d").orElseThrow().text().substring(rest.start(),
                rest.end()), "a quotation only partly deleted keeps what is left of its text");
        session.undo();
        assertEquals(before, p, "undo brings the text, the quotation, its codings and its memo back as they were");
        assertEquals(itsCodings, p.codingsOf(asked).stream().map(nl.veldwerk.model.Coding::id).toList(),
                "its codings in their order (the inspector and the margin list them so)");
        session.redo();
        assertTrue(p.quotation(asked).isEmpty());
        assertEquals(1, p.quotations().size());
    }
}
