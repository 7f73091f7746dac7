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

    /** Whether a coder's name was set (else {@link #coderName} is the account's). */
    public static boolean coderNameChosen() {
        return node().get("coder", null) != null;
    }

    /** The coder named in the settings as {@code p} knows them, or a new coder of that name (not yet in it). */
    public static nl.veldwerk.model.Coder coderFor(nl.veldwerk.model.Project p) {
        String name = coderName();
        return p.coders().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> new nl.veldwerk.model.Coder(nl.veldwerk.model.Ids.newId(), name));
    }

    /**
     * The id of the coder named in the settings in {@code session}'s project, added to it (as a step of its own)
     * when it has no coder of that name: what the command line codes is the user's, as in the window, and counts
     * in inter-coder agreement (its codings had no coder).
     */
    public static String coderIn(ProjectSession session) {
        nl.veldwerk.model.Coder coder = coderFor(session.project());
        if (session.project().coder(coder.id()).isEmpty()) {
            session.execute(NoteCommands.addCoder(coder));
        }
        return coder.id();
    }
}
