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

    /** Whether a text is keys JavaFX understands ("F4", "Ctrl+Shift+T"). */
    public static boolean valid(String keys) {
        try {
            return keys != null && !keys.isBlank() && KeyCombination.valueOf(keys.strip()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
