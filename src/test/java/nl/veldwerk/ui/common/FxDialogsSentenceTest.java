package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An error dialog's message begins as a sentence, though the model's refusals are written to follow a colon. */
class FxDialogsSentenceTest {
    @Test
    void aRefusalShownOnItsOwnBeginsWithACapital() {
        assertEquals("Code ‘Rol’ kan niet onder een eigen onderliggende code worden geplaatst",
                FxDialogs.sentence("code ‘Rol’ kan niet onder een eigen onderliggende code worden geplaatst"));
        assertEquals("‘x’ is missing", FxDialogs.sentence("‘x’ is missing"), "no letter first: as it is");
        assertEquals("Already a sentence.", FxDialogs.sentence("Already a sentence."));
        assertEquals("", FxDialogs.sentence(""));
    }
}
