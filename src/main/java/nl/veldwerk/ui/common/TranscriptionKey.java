package nl.veldwerk.ui.common;

import javafx.scene.input.KeyCombination;

/**
 * The keys that work while typing a transcript (f4transkript's workflow), each with its default; the user
 * can change them in the preferences. They act on the recording's player and type into the transcript.
 */
public enum TranscriptionKey {
    PLAY_PAUSE("F4"),
    BACK("F5"),
    FORWARD("F6"),
    SLOWER("F7"),
    FASTER("F8"),
    TIME_MARK("F9"),
    NEXT_SPEAKER("F12");

    private final String defaultKeys;

    TranscriptionKey(String defaultKeys) {
        this.defaultKeys = defaultKeys;
    }

    public String defaultKeys() {
        return defaultKeys;
    }

    /** The keys as the user set them (or the default). */
    public KeyCombination combination() {
        return KeyCombination.valueOf(Preferences.transcriptionKeys(this));
    }

    /** What the key does, in the interface's language. */
    public String label() {
        return I18n.text("transcription.key." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a text names keys ("F4", "Ctrl+Shift+T", "Alt+."): a key JavaFX knows by name, or one character.
     * JavaFX itself reads "F12a" as a character "F12a" that no key ever types.
     */
    public static boolean valid(String keys) {
        try {
            if (keys == null || keys.isBlank()) {
                return false;
            }
            KeyCombination parsed = KeyCombination.valueOf(keys.strip());
            return parsed instanceof javafx.scene.input.KeyCodeCombination
                    || parsed instanceof javafx.scene.input.KeyCharacterCombination c
                    && c.getCharacter().codePointCount(0, c.getCharacter().length()) == 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What is wrong with the keys as typed in the preferences (blank: the default), or null: keys that name
     * no key, and two actions on the same keys (then only the first would work: F4 both played and should
     * have marked the time).
     */
    public static String problem(java.util.Map<TranscriptionKey, String> typed) {
        return problem(typed, java.util.Map.of());
    }

    /**
     * As {@link #problem(java.util.Map)}, and keys that are a menu's shortcut ({@code menuShortcuts}: each with the
     * item's name): while transcribing the key would act on the player, and the menu item never (QA: Ctrl+Q for
     * "forward" and Quit did nothing).
     */
    public static String problem(java.util.Map<TranscriptionKey, String> typed,
                                 java.util.Map<KeyCombination, String> menuShortcuts) {
        java.util.Map<KeyCombination, TranscriptionKey> taken = new java.util.LinkedHashMap<>();
        for (TranscriptionKey key : values()) {
            String keys = typed.getOrDefault(key, "");
            keys = keys == null || keys.isBlank() ? key.defaultKeys() : keys.strip();
            if (!valid(keys)) {
                return I18n.text("preferences.keyInvalid", keys, key.label());
            }
            KeyCombination combination = KeyCombination.valueOf(keys);
            javafx.scene.input.KeyEvent pressed = pressOf(combination);
            // However written: "Ctrl+J" and "Shortcut+J" are one key where the shortcut key is Ctrl (review).
            for (java.util.Map.Entry<KeyCombination, TranscriptionKey> other : taken.entrySet()) {
                if (other.getKey().equals(combination) || pressed != null && other.getKey().match(pressed)) {
                    return I18n.text("preferences.keyTwice", keys, other.getValue().label(), key.label());
                }
            }
            taken.put(combination, key);
            for (java.util.Map.Entry<KeyCombination, String> menu : menuShortcuts.entrySet()) {
                if (pressed != null && menu.getKey().match(pressed)) {
                    return I18n.text("preferences.keyOfMenu", keys, menu.getValue(), key.label());
                }
            }
        }
        return null;
    }

    /**
     * The key press the keys stand for, for a menu's shortcut to be matched against ("Ctrl+Q" is "Shortcut+Q" where
     * the shortcut key is Ctrl); null for a character's keys, which name no key to press.
     */
    private static javafx.scene.input.KeyEvent pressOf(KeyCombination keys) {
        if (!(keys instanceof javafx.scene.input.KeyCodeCombination c)) {
            return null;
        }
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        boolean shortcut = c.getShortcut() == KeyCombination.ModifierValue.DOWN;
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", c.getCode(),
                c.getShift() == KeyCombination.ModifierValue.DOWN,
                c.getControl() == KeyCombination.ModifierValue.DOWN || shortcut && !mac,
                c.getAlt() == KeyCombination.ModifierValue.DOWN,
                c.getMeta() == KeyCombination.ModifierValue.DOWN || shortcut && mac);
    }
}
