package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transcription keys typed in the preferences: a name no key has, or one key for two actions, is refused. */
class TranscriptionKeyTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = I18n.locale();
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void back() {
        I18n.setLocale(before);
    }

    @Test
    void keysAreKeysJavaFxKnowsOrOneCharacter() {
        assertTrue(TranscriptionKey.valid("F9"));
        assertTrue(TranscriptionKey.valid("Ctrl+Shift+T"));
        assertTrue(TranscriptionKey.valid("Alt+."));
        assertFalse(TranscriptionKey.valid("F12a"), "JavaFX reads it as a character no key types");
        assertFalse(TranscriptionKey.valid(""));
        assertFalse(TranscriptionKey.valid("Ctrl+"));
    }

    @Test
    void theDefaultsPassAndMistakesAreSaid() {
        Map<TranscriptionKey, String> typed = new EnumMap<>(TranscriptionKey.class);
        assertNull(TranscriptionKey.problem(typed), "blank fields are the defaults");
        typed.put(TranscriptionKey.TIME_MARK, "F4");
        assertEquals("'F4' is given to two actions: " + TranscriptionKey.PLAY_PAUSE.label() + " and "
                + TranscriptionKey.TIME_MARK.label() + ". Give each its own keys.", TranscriptionKey.problem(typed));
        typed.put(TranscriptionKey.TIME_MARK, "F9");
        typed.put(TranscriptionKey.NEXT_SPEAKER, "F12a");
        assertTrue(TranscriptionKey.problem(typed).startsWith("'F12a' (" + TranscriptionKey.NEXT_SPEAKER.label()
                + ") names no key"), TranscriptionKey.problem(typed));
        typed.put(TranscriptionKey.NEXT_SPEAKER, " Ctrl+Shift+S ");
        assertNull(TranscriptionKey.problem(typed));
    }

    /** A menu's shortcut is no transcription key: the player would take it, and the menu item never (QA: Ctrl+Q). */
    @Test
    void aMenusShortcutIsRefusedHoweverItIsWritten() {
        Map<javafx.scene.input.KeyCombination, String> menus = Map.of(
                javafx.scene.input.KeyCombination.valueOf("Shortcut+Q"), "File → Quit",
                javafx.scene.input.KeyCombination.valueOf("F1"), "Help → Guide");
        Map<TranscriptionKey, String> typed = new EnumMap<>(TranscriptionKey.class);
        assertNull(TranscriptionKey.problem(typed, menus), "the defaults are no menu's");
        typed.put(TranscriptionKey.FORWARD, "Ctrl+Q");
        assertEquals("'Ctrl+Q' is the shortcut of File → Quit: while transcribing it would act on the player, and the "
                + "menu never. Give " + TranscriptionKey.FORWARD.label() + " other keys.",
                TranscriptionKey.problem(typed, menus));
        typed.put(TranscriptionKey.FORWARD, "F1");
        assertTrue(TranscriptionKey.problem(typed, menus).contains("Help → Guide"), TranscriptionKey.problem(typed, menus));
        typed.put(TranscriptionKey.FORWARD, "Ctrl+Shift+Q");
        assertNull(TranscriptionKey.problem(typed, menus), "another combination of the same key is free");
        typed.put(TranscriptionKey.BACK, "Shortcut+J");
        typed.put(TranscriptionKey.TIME_MARK, "Ctrl+J");
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac")) {
            assertTrue(TranscriptionKey.problem(typed, menus).startsWith("'Ctrl+J' is given to two actions"),
                    "one key however written: " + TranscriptionKey.problem(typed, menus));
        }
    }
}
