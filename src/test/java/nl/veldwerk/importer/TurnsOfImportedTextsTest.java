package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/** Turns found again in texts that came from another tool's file, short ones included. */
class TurnsOfImportedTextsTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aShortTranscriptWithAnInterviewersLabelGetsItsTurnsBack() {
        Project p = new Project(ProjectInfo.named("Terug", T));
        p.put(Document.of("kort", "Kort", "I: Hoe gaat het?\nR: Goed, dank u.\nI: En verder?\n", SourceFormat.TXT,
                List.of(), T).withNumber(1));
        p.put(Document.of("boek", "Boek", "Titel: Over de wijk\nAuteur: Jan\nDe wijk is oud.\n", SourceFormat.TXT,
                List.of(), T).withNumber(2));
        p.put(Document.of("notities", "Notities", "Onderzoeker: Jan\nLocatie: buurthuis\nDatum: 3 mei\n"
                + "Het was druk in de zaal. Veel ouderen.\n", SourceFormat.TXT, List.of(), T).withNumber(3));
        var found = TurnsOfImportedTexts.find(p);
        assertFalse(found.containsKey("notities"), "notes with a header of fields and then prose are no talk");
        assertEquals(List.of("I", "R", "I"), found.get("kort").stream().map(SpeakerTurn::speaker).toList(),
                "three turns typed with F12 came back without them");
        assertFalse(found.containsKey("boek"), "a book's header fields name no interviewer: no turns");
    }

    /**
     * A short transcript whose lines open with a time mark before the label (imported with its marks, or typed
     * with F9), sent out as REFI-QDA and read back: its turns came back as none, and nothing said so (QA).
     */
    @Test
    void labelsAfterATimeMarkOpeningTheLineAreFound() {
        Project p = new Project(ProjectInfo.named("Terug", T));
        p.put(Document.of("marks", "Gesprek", "[00:00:00] Interviewer: Hoe vaak gaat u naar het buurthuis?\n\n"
                + "[00:00:04] Respondent: Elke week, op dinsdag.\n", SourceFormat.TXT, List.of(), T).withNumber(1));
        p.put(Document.of("f9", "Getypt", "#00:00:00-0#\nI: Hoe vaak?\n#00:00:05-0#\nR: Elke week.\n",
                SourceFormat.TXT, List.of(), T).withNumber(2));
        p.put(Document.of("proza", "Proza", "[00:00:00] Interviewer: Hoe vaak?\nDaarna liepen we naar buiten.\n"
                + "[00:00:04] Respondent: Elke week.\n", SourceFormat.TXT, List.of(), T).withNumber(3));
        var found = TurnsOfImportedTexts.find(p);
        assertEquals(List.of("Interviewer", "Respondent"), found.get("marks").stream().map(SpeakerTurn::speaker)
                .toList());
        assertEquals(List.of("I", "R"), found.get("f9").stream().map(SpeakerTurn::speaker).toList(),
                "a time mark on a line of its own above a label is no prose");
        assertFalse(found.containsKey("proza"), "a line of prose between them: no talk alone, no turns guessed");
        // A heading with a colon at its line's end is no label, and a bare clock alone on a line no time mark
        // (review: "Transcriptie" became a speaker; an answer "Om\n12:30" made turns of a text with none).
        Project q = new Project(ProjectInfo.named("Niet", T));
        q.put(Document.of("kop", "Kop", "Transcriptie:\nI: Hoe vaak?\nR: Elke week.\n", SourceFormat.TXT, List.of(), T)
                .withNumber(1));
        q.put(Document.of("klok", "Klok", "I: Hoe laat begint het?\nR: Om\n12:30\nI: Dank u.\n", SourceFormat.TXT,
                List.of(), T).withNumber(2));
        var none = TurnsOfImportedTexts.find(q);
        assertFalse(none.getOrDefault("kop", List.of()).stream().anyMatch(t -> t.speaker().equals("Transcriptie")),
                none.toString());
        assertFalse(none.containsKey("klok"), none.toString());
    }

    /** The interviewer's label with a name in brackets names the interviewer too (it was taken for a respondent). */
    @Test
    void anInterviewerWithANameInBracketsIsTheInterviewer() {
        for (String label : java.util.List.of("I", "Interviewer", "Interviewer 2", "Interviewer (Jan)", "Moderator (M)",
                "onderzoeker (Els de Vries)", "Int.", "I.", "Intv", "Gespreksleider", "Facilitator")) {
            org.junit.jupiter.api.Assertions.assertTrue(TurnsOfImportedTexts.namesAnInterviewer(label), label);
        }
        for (String label : java.util.List.of("Respondent", "Jan", "Interviewer Jan de Vries en meer", "Ingrid",
                "Respondent (Jan)", "Inge", "In.", "Resp.")) {
            org.junit.jupiter.api.Assertions.assertFalse(TurnsOfImportedTexts.namesAnInterviewer(label), label);
        }
    }
}
