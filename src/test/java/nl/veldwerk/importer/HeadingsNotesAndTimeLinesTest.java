package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/**
 * What a tester's transcripts from services and typists showed (QA, 2026-12-06): a header field whose value ends
 * in brackets, section headings and a typist's notes between the turns, Google Meet's time lines and closing line,
 * a service's credit line and an "[einde opname]" after the last turn, numbered interviewers. None of them is
 * anyone's words: they open no turn and end up in none.
 */
class HeadingsNotesAndTimeLinesTest {
    private static TranscriptAnalysis analyse(String text) {
        return SpeakerTurnDetector.automatic().analyse(text);
    }

    private static List<String> speakers(TranscriptAnalysis a) {
        return a.turns().stream().map(SpeakerTurn::speaker).toList();
    }

    private static String turn(TranscriptAnalysis a, int i) {
        SpeakerTurn t = a.turns().get(i);
        return a.text().substring(t.start(), t.end());
    }

    private static final String ANSWERS = """
            Interviewer: Kunt u iets vertellen over uw werk?
            Respondent: Ik ben al dertig jaar vrachtwagenchauffeur. Internationaal, vooral Duitsland.
            Interviewer: Hoe vaak bent u thuis?
            Respondent: Weekenden. Soms niet eens. Mijn baas zegt dan: het is druk.
            Interviewer: Denkt u erover om te stoppen?
            Respondent: Elke dag. Maar met 58, wat moet ik dan?
            """;

    /**
     * The headings counted for the import notes are read as the turns' openings are: in Markdown's emphasis and in a
     * layout of dashes too (the notes had said nothing of them, though the turns left them out).
     */
    @Test
    void headingsInEmphasisOrInTheFilesOwnLayoutAreCountedInTheNotes() {
        String plain = """
                Interviewer: Goedemorgen. Hoe lang woont u al in de wijk?
                Respondent: Al zeker twintig jaar. Ik kwam hier na mijn scheiding.

                Thema: wonen

                Interviewer: Hoe bevalt het wonen hier?
                Respondent: Goed, de buren zijn aardig. Maar het buurthuis is ver weg.

                Thema: buurthuis

                Interviewer: Komt u wel eens in het buurthuis?
                Respondent: Soms, voor de koffieochtend. Dan zie ik mensen.
                """;
        String emphasis = plain.replaceAll("(?m)^(\\p{L}+):", "**$1:**");
        String dashes = plain.replaceAll("(?m)^Interviewer:", "I -").replaceAll("(?m)^Respondent:", "R -")
                .replaceAll("(?m)^Thema:", "Thema -");
        for (String text : List.of(plain, emphasis, dashes)) {
            TranscriptAnalysis a = analyse(text);
            assertEquals(6, a.turns().size(), text);
            assertTrue(a.turns().stream().noneMatch(t -> a.text().substring(t.start(), t.end()).contains("Thema")),
                    text);
            assertEquals(java.util.Map.of("Thema", 2), SpeakerTurnDetector.headingsOutsideTurns(a), text);
        }
    }

    @Test
    void aHeaderFieldWhoseValueEndsInBracketsIsNoTurn() {
        TranscriptAnalysis a = analyse("""
                Respondent: R12 (man, 58, Enschede)
                Interviewer: Sophie de Wit
                Datum: 2 februari 2024

                """ + ANSWERS);
        assertEquals(6, a.turns().size(), speakers(a).toString());
        assertEquals("Interviewer: Kunt u iets vertellen over uw werk?", turn(a, 0));
    }

    @Test
    void repeatedSectionHeadingsAreNoSpeakerAndNoOnesWords() {
        TranscriptAnalysis a = analyse("""
                Thema: wonen

                INTERVIEWER: Goed, we beginnen met het eerste thema, wonen. Waar woont u?
                RESPONDENT: In de Schilderswijk, al twintig jaar.
                INTERVIEWER: Bevalt het daar?
                RESPONDENT: Ja hoor. De buren zijn aardig.

                Thema: werk

                INTERVIEWER: Dan het werk. Wat doet u?
                RESPONDENT: Ik werk in de thuiszorg, drie dagen.

                Thema: toekomst

                INTERVIEWER: En over vijf jaar?
                RESPONDENT: Dan hoop ik met pensioen te zijn.
                """);
        assertEquals(List.of("INTERVIEWER", "RESPONDENT", "INTERVIEWER", "RESPONDENT", "INTERVIEWER", "RESPONDENT",
                "INTERVIEWER", "RESPONDENT"), speakers(a));
        assertEquals("RESPONDENT: Ja hoor. De buren zijn aardig.", turn(a, 3), "the heading below is not theirs");
        assertEquals("RESPONDENT: Ik werk in de thuiszorg, drie dagen.", turn(a, 5));
    }

    /** A Word or LibreOffice file has no blank lines between paragraphs: a heading heads what follows all the same. */
    @Test
    void aHeadingRightUnderAnAnswersSecondLineIsNoPartOfIt() {
        TranscriptAnalysis a = analyse("""
                Thema: energie
                I: Heeft u zonnepanelen?
                R: Ja, sinds 2020. Twaalf stuks op het dak.
                I: Merkt u het verschil?
                R: In de zomer zeker. In de winter minder.
                Maar over het jaar genomen scheelt het een paar honderd euro.
                Thema: isolatie
                I: Heeft u ook geïsoleerd?
                R: Het dak en de vloer.
                """);
        assertEquals("R: In de zomer zeker. In de winter minder.\nMaar over het jaar genomen scheelt het een paar "
                + "honderd euro.", turn(a, 3));
    }

    @Test
    void aTypistsNotesAndNumberedQuestionsAreNoSpeakers() {
        TranscriptAnalysis a = analyse("""
                Vraag 1: Kunt u iets vertellen over uw werk?
                Interviewer: Kunt u iets vertellen over uw werk?
                Respondent: Ik ben al dertig jaar vrachtwagenchauffeur. Internationaal, vooral Duitsland.
                NB: respondent wordt emotioneel, korte pauze.
                Interviewer: Hoe vaak bent u thuis?
                Respondent: Weekenden. Soms niet eens. Mijn baas zegt dan: het is druk.
                Vraag 2: Denkt u erover om te stoppen?
                Interviewer: Denkt u erover om te stoppen?
                Respondent: Elke dag. Maar met 58, wat moet ik dan?
                Conclusie: hij wil stoppen, maar kan het zich niet veroorloven.
                """);
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer", "Respondent"),
                speakers(a));
        assertEquals("Respondent: Ik ben al dertig jaar vrachtwagenchauffeur. Internationaal, vooral Duitsland.",
                turn(a, 1), "the note below is the typist's");
        assertEquals("Respondent: Weekenden. Soms niet eens. Mijn baas zegt dan: het is druk.", turn(a, 3));
        assertEquals("Respondent: Elke dag. Maar met 58, wat moet ik dan?", turn(a, 5));
    }

    @Test
    void questionAndAnswerLabelsStillSpeak() {
        TranscriptAnalysis a = analyse("""
                Vraag: Hoe lang woont u hier al?
                Antwoord: Twintig jaar, sinds de kinderen klein waren.
                Vraag: En bevalt het?
                Antwoord: Ja, heel goed. De buurt is rustig.
                """);
        assertEquals(List.of("Vraag", "Antwoord", "Vraag", "Antwoord"), speakers(a));
    }

    @Test
    void googleMeetsTimeLinesGoToTheTurnBelowThemAndItsClosingLineToNone() {
        TranscriptAnalysis a = analyse("""
                Interview docenten - Transcript
                00:00:00

                Eline Vos: Oké, de opname loopt. Jeroen, fijn dat je tijd hebt.
                Jeroen Mulder: Graag gedaan. Ik heb wel tot half vier vandaag.
                Eline Vos: Je geeft les in groep zeven, toch?
                Jeroen Mulder: Klopt, groep zeven. Al vijf jaar nu.
                00:05:00

                Eline Vos: En wat doet dat met jou?
                Jeroen Mulder: Ik word er moe van, eerlijk gezegd.

                Meeting ended after 00:11:42 👋
                """);
        assertEquals(6, a.turns().size(), speakers(a).toString());
        assertEquals(0L, a.turns().get(0).timestampMillis(), "the first turn starts at the time above it");
        assertEquals("Jeroen Mulder: Klopt, groep zeven. Al vijf jaar nu.", turn(a, 3), "the time line is not theirs");
        assertEquals(300_000L, a.turns().get(4).timestampMillis());
        assertEquals("Jeroen Mulder: Ik word er moe van, eerlijk gezegd.", turn(a, 5), "the closing line is Meet's");
    }

    @Test
    void aClockTimeSaidOnALineOfItsOwnStaysInTheTurn() {
        TranscriptAnalysis a = analyse("""
                Interviewer: Hoe laat begint uw dienst?
                Respondent: Dat verschilt. Meestal om
                14:30
                Interviewer: En wanneer bent u klaar?
                Respondent: Rond middernacht, soms later.
                """);
        assertEquals("Respondent: Dat verschilt. Meestal om\n14:30", turn(a, 1));
        assertEquals(null, a.turns().get(2).timestampMillis());
    }

    @Test
    void aServicesCreditAndTheEndOfTheRecordingAreNoOnesWords() {
        TranscriptAnalysis sonix = analyse("""
                Interviewer: [00:00:35] Waarom voelde dat niet goed?

                Respondent: [00:00:37] Omdat ik niet ziek was. (lacht) Ik was gewoon op.

                Interviewer: [00:00:41] En nu?

                Respondent: [00:00:43] Nu gaat het beter.

                Automatically transcribed by Sonix.ai
                """);
        assertEquals("Respondent: [00:00:43] Nu gaat het beter.", turn(sonix, 3));
        TranscriptAnalysis typed = analyse("""
                I: Hoe gaat het nu?
                R: Beter. Ik heb nu de scootmobiel. (lacht) Ik ben de snelste van de straat.
                I: Dat geloof ik meteen.
                R: Echt waar.

                [einde opname]
                """);
        assertEquals("R: Echt waar.", turn(typed, 3));
        TranscriptAnalysis laughing = analyse("""
                I: Hoe gaat het nu?
                R: Beter. Ik heb nu de scootmobiel.
                I: Dat geloof ik meteen.
                R: Echt waar.
                (lacht)
                """);
        assertEquals("R: Echt waar.\n(lacht)", turn(laughing, 3), "a laugh at the end is still theirs");
    }

    /** "I1", "I2" may be informants beside an "Onderzoeker" (QA): not ticked as interviewers by their label. */
    @Test
    void numberedInterviewersAreInterviewers() {
        for (String label : List.of("I", "Int. 2", "Intv 1", "Onderzoeker 2", "Moderator 1", "Interviewer 3",
                "Interviewer (Jan)")) {
            assertTrue(TurnsOfImportedTexts.namesAnInterviewer(label), label);
        }
        for (String label : List.of("R1", "Ingrid", "Ik", "In", "Respondent 2", "I1", "I2")) {
            assertFalse(TurnsOfImportedTexts.namesAnInterviewer(label), label);
        }
    }

    /** A note's word that is someone's name ("Memo", Mehmet) speaks when it speaks as a speaker does (QA). */
    @Test
    void aNameThatIsAlsoAHeadingsWordSpeaks() {
        TranscriptAnalysis a = analyse("""
                Sanne: Hoe lang werk je al bij de gemeente?
                Memo: Sinds 2015. Eerst bij de plantsoenendienst.
                Sanne: En nu?
                Memo: Nu bij handhaving. Dat is heel anders.
                Sanne: Hoe bedoel je?
                Memo: Mensen zijn boos op je. Dat went nooit.
                """);
        assertEquals(List.of("Sanne", "Memo", "Sanne", "Memo", "Sanne", "Memo"), speakers(a));
    }

    /** What the rules above must leave alone (review): participants, a laugh in a greeting, fields said in speech. */
    @Test
    void speechThatLooksLikeAHeadingOrANoteStaysSpeech() {
        TranscriptAnalysis subjects = analyse("""
                Interviewer: How long have you lived here?
                Subject 1: Twenty years, since the children were small.
                Subject 2: Ten for me.
                Interviewer: And do you like it?
                Subject 1: Yes, very much. It is quiet.
                Subject 2: Mostly, yes.
                """);
        assertEquals(List.of("Interviewer", "Subject 1", "Subject 2", "Interviewer", "Subject 1", "Subject 2"),
                speakers(subjects));
        TranscriptAnalysis laugh = analyse("""
                Interviewer: Goedemorgen (lacht)
                Respondent: Goedemorgen. Koffie?
                Interviewer: Graag. Zullen we beginnen?
                Respondent: Ja, vraag maar raak.
                """);
        assertEquals(4, laugh.turns().size(), "a greeting with a laugh is speech, not a header field");
        TranscriptAnalysis fields = analyse("""
                Interviewer: Wat ontbrak er?
                Respondent: Drie dingen eigenlijk.
                Tijd: hadden we niet.
                Conclusie: we stopten ermee.
                Interviewer: Dat is jammer.
                Respondent: Ja, heel jammer.
                """);
        assertEquals("Respondent: Drie dingen eigenlijk.\nTijd: hadden we niet.\nConclusie: we stopten ermee.",
                turn(fields, 1), "said in the answer, on its lines: the answer's");
        TranscriptAnalysis meeting = analyse("""
                I: Hoe ging de vergadering?
                R: Lang. Meeting ended after two hours, we went home.
                I: En daarna?
                R: Niets meer.
                Meeting ended after two hours, we went home.
                """);
        assertEquals("R: Niets meer.\nMeeting ended after two hours, we went home.", turn(meeting, 3),
                "a sentence said, not a service's line");
        TranscriptAnalysis said = analyse("""
                I: Wie heeft het opgeschreven?
                R: Dat weet ik niet meer.
                I: Denk even na.
                R: Het verslag.
                Transcribed by my colleague Anna, who was there
                Meeting ended after midnight, without a vote
                Transcribed by my colleague Anna
                """);
        assertEquals("R: Het verslag.\nTranscribed by my colleague Anna, who was there\nMeeting ended after midnight, "
                + "without a vote\nTranscribed by my colleague Anna", turn(said, 3),
                "said, without a full stop: still no service's line (QA)");
        TranscriptAnalysis scribe = analyse("""
                I: Hoe gaat het?
                R: Goed.
                I: Fijn.
                R: Ja.

                Transcribed by Happy Scribe
                """);
        assertEquals("R: Ja.", turn(scribe, 3), "a service named without its web address");
    }

    /** A typist's note written twice in a short interview is still no speaker; nor in subtitles (review). */
    @Test
    void aNoteWrittenTwiceIsNoSpeaker() {
        TranscriptAnalysis a = analyse("""
                I: Hoe was uw jeugd?
                R: Mijn vader overleed toen ik tien was.
                NB: respondent wordt emotioneel.
                I: Dat moet zwaar zijn geweest.
                R: Het was wat het was.
                NB: lange stilte.
                I: Hoe oud waren uw broertjes?
                R: Zes en acht.
                """);
        assertEquals(List.of("I", "R", "I", "R", "I", "R"), speakers(a));
        assertEquals("R: Mijn vader overleed toen ik tien was.", turn(a, 1));
        assertTrue(SpeakerTurnDetector.neverASpeaker("nb") && !SpeakerTurnDetector.neverASpeaker("memo"),
                "subtitles ask the same");
    }

    /** A numbered phase said as a sentence in an answer is the answer's; as a heading it heads (review). */
    @Test
    void aNumberedHeadingsWordInASentenceIsTheAnswers() {
        TranscriptAnalysis a = analyse("""
                I: Hoe verliep het project?
                R: Eerst ging het goed.
                Fase 2: toen ging het mis.
                Daarna stopten we.
                I: Waarom?
                R: Geen geld meer.
                Fase 3: afronding
                I: En toen?
                R: Gestopt.
                """);
        assertEquals("R: Eerst ging het goed.\nFase 2: toen ging het mis.\nDaarna stopten we.", turn(a, 1));
        assertEquals("R: Geen geld meer.", turn(a, 3));
    }
}
