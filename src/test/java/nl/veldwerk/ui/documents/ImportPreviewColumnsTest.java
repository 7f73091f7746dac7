package nl.veldwerk.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.importer.TranscriptLayoutsTest;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** The import preview's columns: hard-wrapped lines joined is said beside the layout, not among the speakers. */
class ImportPreviewColumnsTest {
    @Test
    void joinedLinesAreSaidWithTheLayout() throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        TranscriptAnalysis a = new DocumentImporter().analyse(TranscriptLayoutsTest.fixture("hard-wrapped.txt"));
        assertTrue(a.wrapsJoined());
        assertTrue(ImportPreviewWindow.layoutColumn(a).startsWith(ImportPreviewWindow.layout(a) + " "),
                ImportPreviewWindow.layoutColumn(a));
        assertTrue(ImportPreviewWindow.layoutColumn(a).endsWith(I18n.text("importPreview.joined")));
        assertFalse(ImportPreviewWindow.speakers(a).contains(I18n.text("importPreview.joined")),
                ImportPreviewWindow.speakers(a));
        TranscriptAnalysis plain = new DocumentImporter().analyse(TranscriptLayoutsTest.fixture("colon.txt"));
        assertEquals(ImportPreviewWindow.layout(plain), ImportPreviewWindow.layoutColumn(plain));
        // Kept in the document's import notes (QA: the memo did not say it), not said twice in the preview.
        assertTrue(nl.veldwerk.ui.app.ImportNotes.kept(a).contains("Hard-wrapped lines joined into the turns they "
                + "belong to: the document's paragraphs are not the file's lines."), nl.veldwerk.ui.app.ImportNotes
                .kept(a).toString());
        assertFalse(nl.veldwerk.ui.app.ImportNotes.of(a).stream().anyMatch(n -> n.startsWith("Hard-wrapped")));
        assertFalse(nl.veldwerk.ui.app.ImportNotes.kept(plain).stream().anyMatch(n -> n.startsWith("Hard-wrapped")));
    }

    /** Speakers renamed or merged in the preview are listed in the file's row by their new names, merged. */
    @Test
    void theFilesSpeakersAreListedByTheNamesTheyGet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("int.txt"), "INT: Hoe gaat het?\nAnna: Goed.\n"
                + "INT: En verder?\nAnna: Prima.\nInterviewer: Dank u.\nAnna: Graag.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertEquals("INT (2) · Anna (3) · Interviewer (1)", ImportPreviewWindow.speakers(a));
        assertEquals("Interviewer (3) · Anna (3)", ImportPreviewWindow.speakers(a, java.util.Map.of("INT", "Interviewer")));
        assertEquals("INT (2) · Mevrouw A (3) · Interviewer (1)", ImportPreviewWindow.speakers(a, java.util.Map.of("Anna",
                "Mevrouw A", "INT", "")), "a name emptied is the label still");
    }

    /** A line too long for the view is broken into paragraphs at spaces: the preview says how many, not nothing. */
    @Test
    void longLinesBrokenAreSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        String answer = "Ik ga elke week naar het buurthuis want daar zijn mensen die ik ken. ".repeat(150);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("lang.txt"), "I: Hoe vaak?\nR: "
                + answer + "\nI: Dank u.\nR: Graag.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertTrue(a.text().lines().count() - 4 >= 2, "a line of " + answer.length() + " characters, in paragraphs");
        assertEquals(1, a.longLinesBroken(), "one line of the file");
        String details = ImportPreviewWindow.details(a);
        assertTrue(details.startsWith("• One line over 4,000 characters broken into paragraphs at a space, for the "
                + "transcript view\n") && details.endsWith("speakers (Label and colon (or tab)):"), details);
    }

    /**
     * A subtitle time line that cannot be read ("99:99:99.999 --> xx") is no time: it was read as a hundred hours
     * and more, silently. Its words stay, at the time before them, and the preview says how many lines.
     */
    @Test
    void unreadableTimeLinesAreNoTimesAndAreSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("kapot.vtt"), "WEBVTT\n\n"
                + "00:00:01.000 --> 00:00:03.000\n<v Anna>Eerst dit.</v>\n\n"
                + "99:99:99.999 --> xx\n<v Bob>Kapotte tijd.</v>\n\n"
                + "00:00:10.000 --> 00:00:12.000\n<v Anna>Daarna.</v>\n\n"
                + "00:00:14.000 --> 00:00:15.000\n<v Bob>Goed.</v>\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertFalse(a.text().contains("100:") || a.text().contains("99:"), a.text());
        assertTrue(a.text().contains("Bob: Kapotte tijd."), "the words are kept: " + a.text());
        assertTrue(a.text().indexOf("Kapotte tijd.") < a.text().indexOf("Daarna."), "where they were: " + a.text());
        assertEquals(1, a.notes().unreadableTimes());
        assertTrue(ImportPreviewWindow.details(a).startsWith("• One time line could not be read (a time like 99:99:99 "
                + "or a line cut short): the words under it are given the time before them\n4 turns of 2 speakers"),
                "a line of its own before the turns and the colon that opens the speakers: "
                        + ImportPreviewWindow.details(a));
        TranscriptAnalysis good = new DocumentImporter().analyse(java.nio.file.Files.writeString(dir.resolve("goed.vtt"),
                "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Eerst dit.</v>\n"));
        assertEquals(0, good.notes().unreadableTimes());
    }

    /** A mistyped time mark is said before the import, with what it is, in English and Dutch (QA). */
    @Test
    void mistypedMarksAreSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("slip.txt"), "Interviewer: [00:00:05] "
                + "Welkom.\nR1: [00:00:09] Dag.\nInterviewer: [00:01:99] Hoe gaat het?\nR1: [00:02:10] Goed.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertEquals(3, a.timeMarks().size());
        assertTrue(ImportPreviewWindow.details(a).startsWith("• One time mark is no time ([00:01:99]: a minute or second "
                + "past 59) and is read as text, shown in red: a quotation there gets "
                + "the time of the mark before it. Correct it in the transcript.\n4 turns"), ImportPreviewWindow.details(a));
        I18n.setLocale(java.util.Locale.forLanguageTag("nl"));
        try {
            assertTrue(ImportPreviewWindow.details(a).startsWith("• Eén tijdmarkering is geen tijd ([00:01:99]: "),
                    ImportPreviewWindow.details(a));
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    /** What reading a file had to guess is said in the preview's details: cues put in order, an encoding. */
    @Test
    void guessesAreSaidInTheDetails(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        I18n.setLocale(java.util.Locale.ENGLISH);
        java.nio.file.Path shuffled = java.nio.file.Files.writeString(dir.resolve("geschoven.vtt"), "WEBVTT\n\n"
                + "00:00:10.000 --> 00:00:12.000\n<v Anna>Later.</v>\n\n"
                + "00:00:01.000 --> 00:00:03.000\n<v Bob>Eerst.</v>\n");
        String details = ImportPreviewWindow.details(new DocumentImporter().analyse(shuffled));
        assertTrue(details.startsWith("• One cue put in the order of the times: the file has it after a cue of a later "
                + "time\n2 turns of 2 speakers"), details);
        java.nio.file.Path old = dir.resolve("oud.txt");
        java.nio.file.Files.write(old, "Interviewer: Hoe gaat het?\nRespondent: Goed, één keer per week.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        details = ImportPreviewWindow.details(new DocumentImporter().analyse(old));
        assertTrue(details.startsWith("• Not UTF-8: read as Windows-1252, as older Windows editors write. If letters "
                + "such as ë or ’ look wrong, save the file as UTF-8 and import it again.\n"), details);
        java.nio.file.Path typo = java.nio.file.Files.writeString(dir.resolve("typo.txt"), "Interviewer: Welkom.\n"
                + "R1: Dag.\nInterviewer: Hoe gaat het?\nR1: Goed.\nInterviwer: Sorry, waarom?\nR 1: Daarom.\n");
        assertTrue(ImportPreviewWindow.details(new DocumentImporter().analyse(typo)).startsWith("• Nearly the same "
                + "name: Interviewer and Interviwer; R1 and R 1. One person? Give them one name below to make them one "
                + "speaker.\n"));
        assertEquals("", nl.veldwerk.ui.app.ImportNotes.similarNames(new DocumentImporter().analyse(old)));
        I18n.setLocale(java.util.Locale.forLanguageTag("nl"));
        try {
            assertTrue(ImportPreviewWindow.details(new DocumentImporter().analyse(old)).startsWith("• Geen UTF-8: "
                    + "gelezen als Windows-1252, zoals oudere Windows-programma's schrijven."), "the apostrophe kept");
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    /** A speaker the project has as interviewer is ticked as one, as the import will make them (shown unticked: QA). */
    @Test
    void theProjectsInterviewersAreTicked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("teams.txt"), "Jan de Vries: Hoe gaat het?\n"
                + "Fatima: Goed.\nJan de Vries: En verder?\nFatima: Prima.\nI: Nog iets?\nFatima: Nee.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        assertEquals(java.util.Set.of("I"), ImportPreviewWindow.tickedAsInterviewers(a, java.util.Set.of()));
        assertEquals(java.util.Set.of("I", "Jan de Vries"), ImportPreviewWindow.tickedAsInterviewers(a,
                java.util.Set.of("Jan de Vries", "Interviewer")));
        assertEquals(java.util.Map.of("I", "Interviewer"), ImportPreviewWindow.Row.firstNames(a,
                java.util.Set.of("Jan de Vries", "Interviewer")), "Jan keeps his name; I comes in as Interviewer");
    }

    /**
     * The preview's own suggestion that "I" is the project's interviewer names the speaker, and leaves the text as
     * written (QA: "I:" became "Pieter:" in the transcript without being asked); a name the user types renames
     * the label too (a pseudonym must not leave the real name in every turn).
     */
    @Test
    void aSuggestedNameKeepsTheLabelAndATypedOneRenamesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a02.txt"), "I: Eerste vraag?\n"
                + "B: Antwoord een.\nI: Tweede vraag?\nB: Antwoord twee.\n");
        TranscriptAnalysis a = new DocumentImporter().analyse(file);
        ImportPreviewWindow.Row row = new ImportPreviewWindow.Row(new nl.veldwerk.ui.app.ImportPlan(file, a, true),
                java.util.Set.of("Pieter"));
        assertEquals("Pieter", row.names().get("I"), "suggested: the project's one interviewer");
        row.names().put("B", "Mevrouw Peters");
        nl.veldwerk.model.Document d = row.choices("").applyTo(nl.veldwerk.model.Document.of("d", "a02",
                a.text(), nl.veldwerk.model.SourceFormat.TXT, a.turns(), java.time.Instant.EPOCH));
        assertEquals(java.util.List.of("Pieter", "Mevrouw Peters", "Pieter", "Mevrouw Peters"),
                d.turns().stream().map(nl.veldwerk.model.SpeakerTurn::speaker).toList());
        assertEquals("I: Eerste vraag?\nMevrouw Peters: Antwoord een.\nI: Tweede vraag?\n"
                + "Mevrouw Peters: Antwoord twee.", d.text().strip());
    }

    /** What a word processor's file held beside the text and was left out is said, in the file's row. */
    @Test
    void whatWasLeftOutIsSaid() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertEquals("Not in the transcript, as not said in the interview: one footnote or endnote, 2 comments, "
                + "a header or footer", nl.veldwerk.ui.app.ImportNotes.leftOut(new nl.veldwerk.importer.LeftOut(1, 2, 1)));
        assertEquals("Not in the transcript, as not said in the interview: 3 headers and footers",
                nl.veldwerk.ui.app.ImportNotes.leftOut(new nl.veldwerk.importer.LeftOut(0, 0, 3)));
        assertTrue(nl.veldwerk.ui.app.ImportNotes.leftOut(new nl.veldwerk.importer.LeftOut(0, 0, 0, true))
                .startsWith("The file ends before its last group is closed: its end may be missing"));
        assertTrue(nl.veldwerk.ui.app.ImportNotes.leftOut(new nl.veldwerk.importer.LeftOut(0, 1, 0, true)).matches(
                "Not in the transcript.*one comment\\. The file ends before .*"), "both said");
    }

    /** Headings and a typist's notes the turns leave out are said, in both languages (never decided in silence). */
    @Test
    void headingsAndNotesOutsideTheTurnsAreSaid() {
        nl.veldwerk.importer.TranscriptAnalysis a = nl.veldwerk.importer.SpeakerTurnDetector.automatic().analyse("""
                Thema: wonen

                I: Waar woont u?
                R: In de Schilderswijk, al twintig jaar.
                NB: respondent lacht.
                I: Bevalt het?
                R: Ja hoor. De buren zijn aardig.

                Thema: werk

                I: Wat doet u?
                R: Ik werk in de thuiszorg, drie dagen.

                Thema: toekomst

                I: En later?
                R: Met pensioen, hoop ik.
                """);
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertTrue(nl.veldwerk.ui.app.ImportNotes.of(a).contains("Read as headings or the typist's notes, in no one's "
                + "turn: Thema (3), NB (1)"), nl.veldwerk.ui.app.ImportNotes.of(a).toString());
        I18n.setLocale(java.util.Locale.forLanguageTag("nl"));
        try {
            assertTrue(nl.veldwerk.ui.app.ImportNotes.kept(a).contains("Gelezen als kopjes of notities van de typist, "
                    + "in niemands beurt: Thema (3), NB (1)"), nl.veldwerk.ui.app.ImportNotes.kept(a).toString());
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    /** A speaker named as one the project has is said to be that one (QA: "R" of three interviews became one). */
    @Test
    void aSpeakerTheProjectHasIsSaidToBeTheSame() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        java.util.Map<String, Integer> project = java.util.Map.of("R", 3, "Interviewer", 1);
        assertEquals("Already speaks in 3 documents: the same speaker", ImportPreviewWindow.alreadyIn(project, "R"));
        assertEquals("Already speaks in one document: the same speaker", ImportPreviewWindow.alreadyIn(project,
                "Interviewer"));
        assertEquals("", ImportPreviewWindow.alreadyIn(project, "R (A03)"), "renamed: another speaker");
    }
}
