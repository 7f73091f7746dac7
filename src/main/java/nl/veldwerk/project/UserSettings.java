package nl.veldwerk.project;

/**
 * Where the user's settings live between sessions (java.util.prefs), shared by the window and the command
 * line: the tests set another node with the system property {@code veldwerk.preferences}, so running them
 * leaves the user's settings alone.
 */
public final class UserSettings {
    private UserSettings() {
    }

    public static java.util.prefs.Preferences node() {
        return java.util.prefs.Preferences.userRoot().node(System.getProperty("veldwerk.preferences", "nl/veldwerk"));
    }

    /** The coder's name as set in the preferences; the account's name until one is set. */
    public static String coderName() {
        String fallback = System.getProperty("user.name", "Researcher");
        return node().get("coder", fallback == null || fallback.isBlank() ? "Researcher" : fallback);
    }
}
