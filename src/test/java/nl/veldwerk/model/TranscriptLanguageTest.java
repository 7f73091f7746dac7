package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dutch or English as the transcript's small words say; the fallback when they say too little. */
class TranscriptLanguageTest {
    private static final String DUTCH = "Interviewer: Hoe vaak komt u in het buurthuis?\n"
            + "R01: Nou, eigenlijk niet zo vaak. Ik weet wel dat het er is, maar ik ga er niet naartoe. "
            + "Mijn buurvrouw gaat er elke week heen voor de koffie, en dan vraagt ze of ik mee wil.\n"
            + "Interviewer: En waarom gaat u dan niet mee?\nR01: Ja, dat is een goede vraag. Ik schaam me een beetje.\n";
    private static final String ENGLISH = "Interviewer: How often do you go to the community centre?\n"
            + "R01: Well, not that often really. I know it is there, but I just don't go. My neighbour goes every "
            + "week for the coffee, and she asks me if I would like to come along.\n"
            + "Interviewer: And why don't you go with her?\nR01: Yes, that is a good question. I think I'm a bit shy.\n";

    @Test
    void dutchAndEnglishAreToldByTheirSmallWords() {
        assertEquals("nl", TranscriptLanguage.guess(DUTCH, "en"));
        assertEquals("en", TranscriptLanguage.guess(ENGLISH, "nl"));
        assertEquals("nl", TranscriptLanguage.guess(DUTCH.repeat(3) + ENGLISH.substring(0, 80), "en"),
                "a Dutch study that quotes a line of English");
    }

    @Test
    void aTextThatSaysTooLittleOrIsInAnotherLanguageGetsTheFallback() {
        assertEquals("en", TranscriptLanguage.guess("", "en"));
        assertEquals("nl", TranscriptLanguage.guess("Interviewer: Ja. R01: The end.", "nl"), "too few words");
        String german = "Interviewer: Wie oft gehen Sie in das Gemeindezentrum? Befragte: Ja, nicht so oft, ehrlich "
                + "gesagt. Ich weiß, dass es da ist, aber ich gehe nicht hin. Die Nachbarin geht jede Woche zum Kaffee, "
                + "und sie fragt mich, ob ich mitkomme. Er ist da auch, als Freiwilliger. Wir sind eine kleine Gruppe. ";
        assertEquals("de", TranscriptLanguage.guess(german, "de"));
        assertEquals("de", TranscriptLanguage.guess(german.repeat(5), "de"), "a long German text is no Dutch one");
        assertEquals("hu", TranscriptLanguage.guess("Kérdező: Milyen gyakran jár a közösségi házba? Válaszadó: "
                + "Őszintén szólva nem túl gyakran. Tudom, hogy ott van, de nem megyek el. A szomszédom minden héten "
                + "elmegy egy kávéra, és megkérdezi, hogy elmegyek-e vele.", "hu"));
        assertEquals("fr", TranscriptLanguage.guess(DUTCH + ENGLISH, "fr"), "half and half: neither clearly");
        String hungarian = "Kérdező: Milyen gyakran jár a közösségi házba? Válaszadó: Őszintén szólva nem túl gyakran. "
                + "Tudom, hogy a ház nyitva áll, de nem megyek el. A szomszédom minden héten elmegy egy kávéra, és "
                + "megkérdezi, hogy elmegyek-e vele. Kérdező: Miért nem megy vele? Válaszadó: Nehéz megmondani, talán "
                + "félénk vagyok, vagy egyszerűen fáradt esténként a munka után. ";
        assertEquals("hu", TranscriptLanguage.guess(hungarian.repeat(10), "hu"),
                "a long Hungarian text, its 'a' and 'de' many but rare among its words, is no English one (QA)");
        assertEquals(null, TranscriptLanguage.guess(hungarian.repeat(10), null), "no guess: the caller says so");
    }
}
