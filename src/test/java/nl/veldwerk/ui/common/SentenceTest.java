package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A refusal of the model shown on its own begins as a sentence, though it is written to follow a colon. */
class SentenceTest {
    @Test
    void aRefusalShownOnItsOwnBeginsWithACapital() {
        assertEquals("Code ‘Rol’ kan niet onder een eigen onderliggende code worden geplaatst",
                I18n.sentence("code ‘Rol’ kan niet onder een eigen onderliggende code worden geplaatst"));
        assertEquals("‘x’ is missing", I18n.sentence("‘x’ is missing"), "no letter first: as it is");
        assertEquals("Already a sentence.", I18n.sentence("Already a sentence."));
        assertEquals("", I18n.sentence(""));
    }
}
