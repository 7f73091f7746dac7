package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * How a conversation's first line and a line written in another style are read (QA): a moderator heard once, who
 * opens the talk, has a turn of her own, where a header's line above the talk does not; a turn whose time mark
 * stands before its label ("00:01:28 R: ...") among turns with the mark after the label is a turn with that time.
 */
class TalkOpeningTest {

    private static List<String> speakersOfTurns(String text) {
        return SpeakerTurnDetector.automatic().analyse(text).turns().stream().map(SpeakerTurn::speaker).toList();
    }

    /**
     * A phrase a respondent opens sentences with, before a colon, repeated line after line ("Het punt is: ...",
     * "Nou ja. Kijk: ..."), is no speaker: it became one with four turns, the respondent's words (QA). A name with a
     * title's full stop, a particle, or the interviewer's "I" still is.
     */
    @Test
    void aPhraseRepeatedBeforeAColonIsNoSpeaker() {
        for (String phrase : List.of("Het punt is", "Nou ja. Kijk", "Ik bedoel", "The thing is", "Echt? Nee",
                "I mean")) {
            String text = """
                    Interviewer: Hoe gaat het nu met u?

                    Respondent: Het gaat wel. Ik heb mijn dagen weer een beetje op orde.
                    PHRASE: ik moet alles zelf regelen, en dat is zwaar.

                    Interviewer: Wat bedoelt u met zelf regelen?

                    Respondent: De toeslagen, de huur, de school van de kinderen. Alles.
                    PHRASE: niemand vertelt je hoe het werkt.

                    Interviewer: En de wijkcoach?

                    Respondent: Die helpt wel, maar die heeft ook maar twee uur per week.
                    PHRASE: je moet het dan toch weer zelf doen.
                    """.replace("PHRASE", phrase);
            assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer", "Respondent"),
                    speakersOfTurns(text), phrase);
        }
        // A name's words are capitalised, whatever they mean as words (review: "Said", "Dat", "Het", "IT").
        for (String name : List.of("Fatima Said", "Dat Nguyen", "Het Buurthuis", "IT Manager", "My Linh")) {
            assertEquals(List.of("Interviewer", name, "Interviewer", name), speakersOfTurns("""
                    Interviewer: Hoe lang werkt u al in de wijk?
                    NAME: Sinds 2015, eerst als vrijwilliger en later in vaste dienst.
                    Interviewer: Wat doet u precies voor de bewoners?
                    NAME: Ik help met formulieren en ik verwijs door naar de wijkcoach.
                    """.replace("NAME", name)), name);
        }
        assertEquals(List.of("I", "Dr. Jansen", "I", "De Vries", "I", "Dr. Jansen", "I", "De Vries"), speakersOfTurns("""
                I: Welkom. Wie wil beginnen over het buurthuis?
                Dr. Jansen: Ik begin wel, ik werk er al tien jaar als huisarts in de wijk.
                I: En u, meneer De Vries, hoe kijkt u ertegenaan?
                De Vries: Ik kom er elke week voor de koffie en het biljarten.
                I: Wat zou er beter kunnen aan het aanbod?
                Dr. Jansen: Meer uren voor de wijkcoach, die is nu veel te kort beschikbaar.
                I: Herkent u dat, meneer De Vries?
                De Vries: Ja, die zie ik bijna nooit, hoewel ik er vaak ben.
                """));
    }

    @Test
    void aModeratorHeardOnceOnTheFirstLineOpensTheTalk() {
        assertEquals(List.of("Moderator", "Anna", "Bram", "Anna", "Bram", "Anna"), speakersOfTurns("""
                Moderator: Welkom allemaal bij dit gesprek over de buurt.
                Anna: Dank je. Ik woon hier al twintig jaar en ik ga vaak naar het buurthuis.
                Bram: Ik kom er eigenlijk nooit, ik weet niet wat er te doen is.
                Anna: Er is elke dinsdag een koffieochtend, en de wijkcoach zit er ook.
                Bram: Dat wist ik niet. Misschien moet ik eens gaan kijken.
                Anna: Ja, dat zou leuk zijn.
                """));
        // Wrapped onto a second line, without a full stop, below a header's field or a heading: still the talk's.
        for (String above : List.of("", "Datum: 12 maart 2024\n", "Thema: Kennismaking\n")) {
            assertEquals(List.of("Moderator", "Anna", "Bram", "Anna", "Bram"), speakersOfTurns(above + """
                    Moderator: Welkom allemaal bij dit gesprek over de buurt. We beginnen met
                    een korte voorstelronde, zeg je naam en hoe lang je hier woont
                    Anna: Ik ben Anna. Ik woon hier al twintig jaar.
                    Bram: Ik ben Bram, ik woon hier pas twee jaar.
                    Anna: Er is elke dinsdag een koffieochtend.
                    Bram: Dat wist ik niet.
                    """), above);
        }
        // A role that leads the talk opens it whatever it says, with a blank line after it or none (round two).
        for (String opening : List.of("Moderator: Oké, de opname staat aan. Het onderwerp is de speeltuin.\n",
                "Interviewer: Eerste vraag.\n", "Moderator: Wie begint?\n", "Moderator: Welkom allemaal.\n\n",
                "Moderator: Welkom allemaal, fijn dat jullie er zijn\n",
                "Facilitator: Recording now. First topic is the flooding.\n")) {
            assertEquals(List.of(opening.substring(0, opening.indexOf(':')), "Anna", "Bram", "Anna", "Bram"),
                    speakersOfTurns(opening + """
                            Anna: Ik wel. Ik woon hier al twintig jaar.
                            Bram: Ik ben Bram, ik woon hier pas twee jaar.
                            Anna: Er is elke dinsdag een koffieochtend.
                            Bram: Dat wist ik niet.
                            """), opening);
        }
        // Turns between blank lines.
        assertEquals(List.of("Gespreksleider", "I", "R", "I", "R"), speakersOfTurns("""
                Gespreksleider: Goedemiddag, we beginnen met een korte ronde.

                I: Kunt u iets vertellen over uw buurt?

                R: Ja, ik woon hier al lang.

                I: Gaat u naar het buurthuis?

                R: Soms, op dinsdag.
                """));
    }

    @Test
    void aHeadersLineAboveTheTalkHasNoTurn() {
        String turns = """
                I: Kunt u iets vertellen over uw buurt?

                R: Ja, ik woon hier al lang.

                I: Gaat u naar het buurthuis?

                R: Soms, op dinsdag.
                """;
        List<String> theTurns = List.of("I", "R", "I", "R");
        // Below a header's field, apart from the talk, or a study's field by name.
        assertEquals(theTurns, speakersOfTurns("Datum: 3 maart 2024\nThuis: Bij mevrouw aan de keukentafel.\n\n"
                + turns));
        assertEquals(theTurns, speakersOfTurns("Respondent: R12 (vrouw, 58)\nPlek: Bij mevrouw aan tafel.\n\n"
                + turns));
        assertEquals(theTurns, speakersOfTurns("Plek: Bij mevrouw thuis aan de keukentafel.\n\n\n" + turns));
        assertEquals(theTurns, speakersOfTurns("Interview 3, wijk Y\n\nOnderzoek: Wonen in wijk Y.\n\n" + turns));
        // Any other label heard once above the talk is the header's, however it is written (adversarial QA: notes,
        // consent, memos and e-mails in the first person were speakers while words spoken to someone were enough).
        for (String header : List.of("Verantwoording: Respondent heeft mondeling toestemming gegeven.",
                "Opmaak: Slecht verstaanbaar vanaf minuut 12, daar staat [onverstaanbaar].",
                "Codering: I = interviewer, R = respondent, (...) = pauze.",
                "Gezelschap: Anna, Bram, Carla en de moderator.", "Sfeer: Ontspannen, de kat loopt rond",
                "Reeks: Dit is het derde gesprek over wonen in wijk Y.",
                "Onderzoeker: Dit gesprek is opgenomen met toestemming van de respondent.",
                "Respondent 7: vrouw, 71 jaar, woont alleen in een seniorenflat.",
                "Interviewer: Sanne Jansen, Universiteit Utrecht.",
                "Summary: This interview explores how older residents experience the estate.",
                "Notice: Verbal consent was obtained before the recording started.",
                "Verklaring: Ik geef toestemming voor het gebruik van deze opname.",
                "Disclaimer: We removed all names and places to protect the participants.",
                "Reflectie: Ik merkte dat mevrouw onrustig werd.", "Privacy: Jullie gegevens worden verwijderd.",
                "Hoi Peter: hierbij het transcript, ik heb de namen eruit gehaald.")) {
            assertEquals(theTurns, speakersOfTurns(header + "\n\n" + turns), header);
            assertEquals(List.of("I", "R", "I", "R"), speakersOfTurns(header + "\n" + turns.replace("\n\n", "\n")),
                    header + ", no blank lines");
        }
        // A header's short value naming someone is a field, also right above the talk, also a leading role's.
        assertEquals(theTurns, speakersOfTurns("Verslaglegger: S. Jansen\n\n" + turns));
        for (String field : List.of("Moderator: Sanne Jansen (Universiteit Utrecht, afdeling Geografie)",
                "Interviewer: onbekend", "Interviewer: Sanne Jansen, Universiteit Utrecht.")) {
            List<String> labels = List.of("Anna", "Bram", "Anna", "Bram");
            assertEquals(labels, speakersOfTurns(field + "\n" + """
                    Anna: Ik wel. Ik woon hier al twintig jaar.
                    Bram: Ik ben Bram, ik woon hier pas twee jaar.
                    Anna: Er is elke dinsdag een koffieochtend.
                    Bram: Dat wist ik niet.
                    """), field);
        }
        // The speakers' own labels above their talk, naming them with a title, a place of work and a full stop
        // (adversarial QA: the interviewer's name was her first turn).
        assertEquals(List.of("Interviewer", "Interviewee", "Interviewer", "Interviewee"), speakersOfTurns("""
                Interviewer: Dr. Helen Price, University of Leeds.
                Interviewee: Mrs. B (retired teacher, 71)
                Interviewer: Could you tell me how long you have lived here?
                Interviewee: About thirty years. We came when the kids were small.
                Interviewer: And how has the area changed?
                Interviewee: A great deal. The old shops are gone.
                """));
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent"), speakersOfTurns("""
                Interviewer: Sanne de Vries, UvA.
                Respondent: R12 (vrouw, 58)
                Interviewer: Hoe lang woont u hier al?
                Respondent: Ongeveer dertig jaar.
                Interviewer: En hoe is de buurt veranderd?
                Respondent: Heel erg. De oude winkels zijn weg.
                """));
        // Speech with a comma and a full stop is no name and place of work.
        for (String opening : List.of("Interviewer: Goedemorgen Anna, fijn dat u er bent.",
                "Interviewer: Welkom Anna, Bram.", "Interviewer: Welkom Anna, Bram en Carla.",
                "Interviewer: Ja, Oké.")) {
            assertEquals(List.of("Interviewer", "Anna", "Interviewer", "Anna"), speakersOfTurns(opening + """

                    Anna: Ik woon hier al twintig jaar.
                    Interviewer: En hoe is de buurt veranderd?
                    Anna: Heel erg. De oude winkels zijn weg.
                    """), opening);
        }
    }

    @Test
    void aShortInterviewOfShortAnswersIsAConversationWhereAFormsFieldsAreNot() {
        assertEquals(List.of("I", "R", "I", "R", "I", "R", "I", "R"), speakersOfTurns(
                "I: Werkt u nog?\nR: Ja.\nI: Hier in de wijk?\nR: Nee.\nI: Krijgt u hulp?\nR: Soms.\n"
                        + "I: Kent u de buren?\nR: Ja.\n"));
        assertEquals(List.of(), speakersOfTurns(
                "Code: A1\nLabel: wonen\nCode: A2\nLabel: werk\nCode: A3\nLabel: zorg\nCode: A4\nLabel: buurt\n"));
        // An interviewer asks in one word too (adversarial QA: this interview was refused as a form).
        assertEquals(List.of("Interviewer", "Resident", "Interviewer", "Resident", "Interviewer", "Resident",
                "Interviewer", "Resident"), speakersOfTurns("Interviewer: Own car?\nResident: No.\nInterviewer: Bus?\n"
                + "Resident: Yes.\nInterviewer: Daily?\nResident: Mostly.\nInterviewer: Bike?\nResident: No.\n"));
        assertEquals(List.of(), speakersOfTurns("Code: A1\nLabel: wonen?\nCode: A2\nLabel: werk?\nCode: A3\n"
                + "Label: zorg?\nCode: A4\nLabel: buurt\n"));
        // A questionnaire's items and an interview guide's follow-ups ask, but no one answers (round two).
        assertEquals(List.of(), speakersOfTurns("Item: Voelt u zich veilig in de wijk?\nScore: 4\n"
                + "Item: Kent u uw buren?\nScore: 2\nItem: Gaat u naar het buurthuis?\nScore: 3\n"));
        // A field's "?" for unknown or a word in doubt asks nothing (adversarial QA).
        assertEquals(List.of(), speakersOfTurns(
                "Code: A1\nLabel: wonen?\nCode: A2\nLabel: werk\nCode: A3\nLabel: zorg?\nCode: A4\nLabel: buurt\n"));
        assertEquals(List.of(), speakersOfTurns("Object: bankje\nStaat: goed\nObject: lantaarn\nStaat: ?\n"
                + "Object: prullenbak\nStaat: vol\nObject: speeltoestel\nStaat: ?\n"));
        assertEquals(List.of(), speakersOfTurns("Code: A1\nLabel: co-housing?\nCode: A2\nLabel: werk\nCode: A3\n"
                + "Label: n.v.t.?\nCode: A4\nLabel: buurt\n"), "one word with a hyphen or full stops (review)");
    }

    @Test
    void aTurnWithItsTimeBeforeTheLabelAmongTurnsWithTheTimeAfterItIsATurnAtThatTime() {
        String text = """
                I: [00:01:02] Kunt u iets vertellen over uw buurt?
                R: [00:01:10] Ja, ik woon hier al lang. Het is een rustige buurt.
                I: [00:01:20] Gaat u wel eens naar het buurthuis?
                00:01:28 R: Soms, voor de koffieochtend op dinsdag.
                I: [00:01:35] En wat vindt u daarvan?
                R: [00:01:40] Gezellig, maar het zou vaker mogen.
                """;
        TranscriptAnalysis a = SpeakerTurnDetector.automatic().analyse(text);
        assertEquals(List.of("I", "R", "I", "R", "I", "R"), a.turns().stream().map(SpeakerTurn::speaker).toList());
        SpeakerTurn late = a.turns().get(3);
        assertEquals(88_000L, late.timestampMillis());
        assertEquals(text.indexOf("00:01:28"), late.start());
    }

    @Test
    void aClockOpeningALineIsTheRecordingsOnlyInTimeOrderAmongItsMarks() {
        String text = """
                I: [00:01:02] Hoe ziet uw week eruit?
                R: [00:01:10] Druk. Het rooster:
                09:00 Opening: koffie in het buurthuis.
                R: [00:01:20] En daarna ga ik naar huis.
                I: [00:01:35] Elke dag?
                00:01:40 R: Bijna elke dag, ja.
                I: [00:01:50] En op zaterdag?
                """;
        List<Long> marks = TimeMarks.find(text).stream().map(TimeMark::millis).toList();
        assertEquals(List.of(62_000L, 70_000L, 80_000L, 95_000L, 100_000L, 110_000L), marks);
    }

    /**
     * Bare clocks that open turns, three or more rising, are the recording's wherever they stand among bracketed
     * marks: before the first, after the last, with hours or without (round two: they were dropped, and their turns
     * went to the turn before).
     */
    @Test
    void bareClocksOpeningTurnsAmongBracketedMarksKeepTheirTurns() {
        String text = """
                00:00:05 I: Welkom, fijn dat u tijd heeft.
                00:00:12 R: Graag gedaan.
                [00:01:00] I: Hoe lang woont u hier al?
                00:01:10 R: Sinds 1992.
                [00:02:00] I: Wat is er veranderd?
                00:02:15 R: De winkels zijn weg.
                [00:03:00] I: En de bus?
                00:03:20 R: Die rijdt minder vaak.
                00:04:05 I: Dank u wel.
                00:04:10 R: Graag gedaan.
                """;
        TranscriptAnalysis a = SpeakerTurnDetector.automatic().analyse(text);
        assertEquals(List.of("I", "R", "I", "R", "I", "R", "I", "R", "I", "R"),
                a.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of(5_000L, 12_000L, 60_000L, 70_000L, 120_000L, 135_000L, 180_000L, 200_000L, 245_000L,
                250_000L), a.turns().stream().map(SpeakerTurn::timestampMillis).toList());
    }

    /**
     * Not the recording's (adversarial QA): a time of day after the last mark or before the first, a time without
     * hours among marks with them, a clock with no one's label after it.
     */
    @Test
    void timesOfDayAroundTheRecordingsMarksStayText() {
        String turns = """
                I: [00:03:02] Wat stuurde de buurvrouw?
                R: [00:03:10] Dit, ik lees het voor.
                I: [00:03:18] Lees maar.
                R: [00:03:25] Goed.
                """;
        List<Long> recording = List.of(182_000L, 190_000L, 198_000L, 205_000L);
        for (String around : List.of(turns + "21:14 Anja: Heeft iemand mijn kat gezien?\n",
                "00:00:05 Hervat: koffie is op.\n" + turns,
                turns.replace("R: [00:03:10] Dit, ik lees het voor.\n",
                        "R: [00:03:10] Dit, ik lees het voor.\n03:12 Anja: Mijn kat is weg.\n"),
                turns.replace("R: [00:03:10] Dit, ik lees het voor.\n",
                        "R: [00:03:10] Dit, ik lees het voor, en om\n00:03:12 ben ik thuis.\n"),
                // a schedule read aloud: clocks that rise, but run ahead of the recording's next mark (review)
                turns.replace("R: [00:03:10] Dit, ik lees het voor.\n", "R: [00:03:10] Dit, ik lees het voor.\n"
                        + "07:30 Ontbijt: in de recreatiezaal.\n12:00 Lunch: warme maaltijd.\n17:30 Diner: brood.\n"))) {
            assertEquals(recording, TimeMarks.find(around).stream().map(TimeMark::millis).toList(), around);
            assertEquals(List.of("I", "R", "I", "R"), speakersOfTurns(around), around);
        }
    }
}
