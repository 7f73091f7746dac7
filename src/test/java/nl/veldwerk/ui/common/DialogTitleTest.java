package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A dialog opened from "Rename…" is titled "Rename": the dots belong to the menu. */
class DialogTitleTest {
    @Test
    void theMenusDotsAreLeftOffADialogsTitle() {
        assertEquals("Rename", FxDialogs.titled("Rename…"));
        assertEquals("Naam wijzigen", FxDialogs.titled("Naam wijzigen …"));
        assertEquals("Delete codes", FxDialogs.titled("Delete codes"));
    }
}
