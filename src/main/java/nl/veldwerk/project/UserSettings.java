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

    /**
     * The id of the coder named in the settings in {@code session}'s project, added to it (as a step of its own)
     * when it has no coder of that name: what the command line codes is the user's, as in the window, and counts
     * in inter-coder agreement (its codings had no coder).
     */
    public static String coderIn(ProjectSession session) {
        String name = coderName();
        return session.project().coders().stream().filter(c -> c.name().equals(name)).map(
                nl.veldwerk.model.Coder::id).findFirst().orElseGet(() -> {
                    nl.veldwerk.model.Coder coder = new nl.veldwerk.model.Coder(nl.veldwerk.model.Ids.newId(), name);
                    session.execute(NoteCommands.addCoder(coder));
                    return coder.id();
                });
    }
}
