package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMarks;

/**
 * A Dutch surname without a first name opens in lower case ("van Dijk", "de Wit", "van der Berg"): such a label is a
 * speaker's as a capitalised one is (QA: no turns at all), and not every line that opens with "de" is a label.
 */
class SurnameLabelsTest {

    private static List<String> speakersOfTurns(String text) {
        return SpeakerTurnDetector.automatic().analyse(text).turns().stream().map(SpeakerTurn::speaker).toList();
    }

    @Test
    void aSurnameWithItsParticlesInLowerCaseIsASpeaker() {
        assertEquals(List.of("Interviewer", "van Dijk", "Interviewer", "van Dijk", "Interviewer", "van Dijk"),
                speakersOfTurns("""
                        Interviewer: Hoe lang woont u hier al?
                        van Dijk: Al sinds 1985, toen was alles nog nieuw.
                        Interviewer: En komt u vaak in het buurthuis?
                        van Dijk: Elke dinsdag, voor de koffie.
                        Interviewer: Met wie gaat u dan?
                        van Dijk: Meestal met mijn buurvrouw van hiernaast.
                        """));
        assertEquals(List.of("Interviewer", "van der Berg", "Interviewer", "van der Berg"), speakersOfTurns("""
                Interviewer: Hoe lang woont u hier al?
                van der Berg: Al sinds 1985, toen was alles nog nieuw.
                Interviewer: En komt u vaak in het buurthuis?
                van der Berg: Elke dinsdag, voor de koffie met de buren.
                """));
    }

    @Test
    void aMeetingToolsLineWithSuchASurnameAndItsTimeOpensATurn() {
        String teams = """
                Bakker, Jan (Guest)   0:03
                Goedemiddag allemaal, fijn dat jullie er zijn.

                de Wit, Els   0:09
                Hoi Jan, goed je te zien.

                Bakker, Jan (Guest)   0:15
                Zullen we beginnen met de eerste vraag?

                de Wit, Els   0:20
                Ja, laten we dat doen.
                """;
        TranscriptAnalysis a = SpeakerTurnDetector.automatic().analyse(teams);
        assertEquals(List.of("Bakker, Jan (Guest)", "de Wit, Els", "Bakker, Jan (Guest)", "de Wit, Els"),
                a.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of(9_000L, 20_000L), List.of(a.turns().get(1).timestampMillis(),
                a.turns().get(3).timestampMillis()), "the marks beside the lower-case names found too");
        assertEquals(4, TimeMarks.find(teams).size());
    }

    @Test
    void aLineGoingOnWithAPlaceInLowerCaseIsNoSpeakerHeardOnce() {
        // "van Amsterdam:" once, under a line it goes on from: the respondent's words, not a new speaker (review).
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer", "Respondent"),
                speakersOfTurns("""
                        Interviewer: Waar komt u vandaan?
                        Respondent: Ik kom oorspronkelijk uit de buurt
                        van Amsterdam: daar ben ik geboren en getogen.
                        Interviewer: En wanneer kwam u naar deze wijk?
                        Respondent: Dat was in 1985, met mijn man en de kinderen.
                        Interviewer: Komt u vaak in het buurthuis?
                        Respondent: Elke dinsdag, voor de koffie met de buren.
                        """));
        assertEquals(List.of("Interviewer", "al Amin, Yusuf", "Interviewer", "al Amin, Yusuf"),
                SpeakerTurnDetector.automatic().analyse("""
                        Interviewer   0:03
                        Hoe lang woont u hier al?

                        al Amin, Yusuf   0:09
                        Al sinds 2015, met mijn familie.

                        Interviewer   0:15
                        En komt u vaak in het buurthuis?

                        al Amin, Yusuf   0:20
                        Ja, elke week voor de taalles.
                        """).turns().stream().map(SpeakerTurn::speaker).toList(), "the same particles in both readings");
    }

    @Test
    void aSentenceOpeningInLowerCaseIsNoLabelAndAParticleAloneIsNoName() {
        // Speech-to-text without capitals: "de Gemeente" once is no one, and "de bus" takes no capital.
        List<String> turns = speakersOfTurns("""
                Interviewer: Hoe komt u naar het buurthuis?
                Bewoner: Met de bus meestal.
                de Gemeente heeft: een nieuwe lijn, dat zei de buurman.
                Interviewer: En is dat goed?
                Bewoner: Ja, dat is goed zo.
                de bus: komt elk kwartier.
                """);
        assertEquals(List.of("Interviewer", "Bewoner", "Interviewer", "Bewoner"), turns);
        assertTrue(TimeMarks.find("de bus 14:30\nde trein 15:30\nde tram 16:30\n").isEmpty(),
                "a time of day after words in lower case is no mark");
    }
}
