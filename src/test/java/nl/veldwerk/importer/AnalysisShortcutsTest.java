package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.veldwerk.model.LongLines;
import nl.veldwerk.model.SpeakerTurn;

/**
 * The analysis takes shortcuts for speed (issue 24: labels remembered, a speaker's first words found by hand, the
 * long lines known from the line ends, layouts without a line of theirs skipped); each must give what the long way
 * gave.
 */
class AnalysisShortcutsTest {

    private static TranscriptAnalysis analyse(String text) {
        return SpeakerTurnDetector.automatic().analyse(text);
    }

    private static String firstWordsOf(TranscriptAnalysis a, String speaker) {
        return a.speakers().stream().filter(s -> s.name().equals(speaker)).findFirst().orElseThrow().firstWords();
    }

    @Test
    void aSpeakersFirstWordsAreEightSingleSpacedThenAnEllipsis() {
        TranscriptAnalysis a = analyse("""
                Interviewer: een  twee\tdrie vier vijf zes zeven acht negen tien.
                Respondent: Ja.
                Interviewer: Nog een vraag over het buurthuis?
                Respondent: J.\u00A0de Vries kwam er twee keer per week.
                """);
        assertEquals("een twee drie vier vijf zes zeven acht …", firstWordsOf(a, "Interviewer"));
        assertEquals("Ja.", firstWordsOf(a, "Respondent"));
    }

    @Test
    void eightWordsAreSingleSpacedTooAndANoBreakSpaceJoinsAWord() {
        TranscriptAnalysis a = analyse("""
                Interviewer: een  twee drie vier vijf zes zeven acht
                Respondent: J.\u00A0de Vries een twee drie vier vijf zes zeven acht.
                Interviewer: Nog een vraag over het buurthuis?
                Respondent: Ja, dat klopt wel.
                """);
        assertEquals("een twee drie vier vijf zes zeven acht", firstWordsOf(a, "Interviewer"), "single-spaced as a long turn");
        assertEquals("J.\u00A0de Vries een twee drie vier vijf zes …", firstWordsOf(a, "Respondent"));
    }

    @Test
    void aLabelWrittenWithTwoSpacesIsTheSameSpeakerAsWithOne() {
        TranscriptAnalysis a = analyse("""
                Jan  de Vries: Goedemorgen, hoe gaat het met u?
                Anna: Goed, dank u wel voor het vragen.
                Jan de Vries: Wanneer kwam u voor het eerst in het buurthuis?
                Anna: Dat was in de winter van vorig jaar.
                Jan  de Vries: En wat deed u daar toen precies?
                Anna: Koffie drinken met de buren van hiernaast.
                """);
        assertEquals(List.of("Jan de Vries", "Anna", "Jan de Vries", "Anna", "Jan de Vries", "Anna"),
                a.turns().stream().map(SpeakerTurn::speaker).toList());
    }

    @Test
    void aSpellingWrittenMoreOftenWinsAndACapitalWinsATie() {
        String tie = """
                interviewer: Hoe gaat het met u vandaag?
                Respondent: Goed, dank u wel voor het vragen.
                Interviewer: En met de kinderen thuis?
                Respondent: Ook goed, ze gaan naar school.
                """;
        assertEquals("Interviewer", analyse(tie).turns().getFirst().speaker());
        String more = """
                INTERVIEWER: Hoe gaat het met u vandaag?
                Respondent: Goed, dank u wel voor het vragen.
                INTERVIEWER: En met de kinderen thuis?
                Respondent: Ook goed, ze gaan naar school.
                Interviewer: Wanneer begint de school weer?
                Respondent: Volgende week maandag al.
                """;
        assertEquals("INTERVIEWER", analyse(more).turns().get(4).speaker());
    }

    @Test
    void aLineLongerThanTheViewTakesIsBrokenAndOneJustShortOfItIsNot() {
        String conversation = """
                Interviewer: Hoe gaat het met u vandaag?
                Respondent: %s
                Interviewer: En met de kinderen thuis?
                Respondent: Ook goed, ze gaan naar school.
                """;
        String shortEnough = "woord ".repeat((LongLines.MAX - "Respondent: ".length()) / 6);
        TranscriptAnalysis kept = analyse(conversation.formatted(shortEnough));
        assertEquals(0, kept.longLinesBroken());
        TranscriptAnalysis broken = analyse(conversation.formatted(shortEnough + "woord ".repeat(10)));
        assertEquals(1, broken.longLinesBroken());
        assertEquals(4, broken.turns().size());
        assertEquals(broken.text().length(), conversation.formatted(shortEnough + "woord ".repeat(10)).length());
    }

    @Test
    void eachLayoutIsStillFoundWhenTheOthersHaveNoLineOfTheirs() {
        String dash = """
                I - Hoe gaat het met u vandaag?
                R - Goed, dank u wel voor het vragen.
                I - En met de kinderen thuis?
                R - Ook goed, ze gaan naar school.
                """;
        assertEquals(TranscriptLayout.LABEL_DASH, analyse(dash).layout());
        String alone = """
                INTERVIEWER
                Hoe gaat het met u vandaag?

                RESPONDENT
                Goed, dank u wel voor het vragen.

                INTERVIEWER
                En met de kinderen thuis?

                RESPONDENT
                Ook goed, ze gaan naar school.
                """;
        TranscriptAnalysis a = analyse(alone);
        assertEquals(TranscriptLayout.LABEL_LINE, a.layout());
        assertEquals("INTERVIEWER RESPONDENT INTERVIEWER RESPONDENT",
                a.turns().stream().map(SpeakerTurn::speaker).collect(Collectors.joining(" ")));
    }
}
