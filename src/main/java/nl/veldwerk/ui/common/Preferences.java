package nl.veldwerk.ui.common;

import java.util.Locale;

/**
 * The user's settings, kept between sessions with java.util.prefs: the coder name written on every coding,
 * the interface language and the transcript font size.
 */
public final class Preferences {
    private static final java.util.prefs.Preferences NODE = nl.veldwerk.project.UserSettings.node();

    private Preferences() {
    }

    public static String coderName() {
        return nl.veldwerk.project.UserSettings.coderName();
    }

    public static void setCoderName(String name) {
        NODE.put("coder", name.strip());
        CODER_CHOSEN.set(true);
    }

    private static final javafx.beans.property.ReadOnlyBooleanWrapper CODER_CHOSEN =
            new javafx.beans.property.ReadOnlyBooleanWrapper(nl.veldwerk.project.UserSettings.coderNameChosen());

    /** Whether the user has chosen the name they sign with (until then it is the computer's user name). */
    public static javafx.beans.property.ReadOnlyBooleanProperty coderNameChosenProperty() {
        return CODER_CHOSEN.getReadOnlyProperty();
    }

    /** Forgets the chosen name: the computer's user name signs again, and the window offers to choose one. */
    public static void forgetCoderName() {
        NODE.remove("coder");
        CODER_CHOSEN.set(false);
    }

    public static Locale language() {
        String tag = NODE.get("language", "");
        return tag.isEmpty() ? I18n.locale() : Locale.forLanguageTag(tag);
    }

    public static void setLanguage(Locale locale) {
        NODE.put("language", locale.toLanguageTag());
    }

    private static final javafx.beans.property.ReadOnlyIntegerWrapper FONT_SIZE =
            new javafx.beans.property.ReadOnlyIntegerWrapper(NODE.getInt("fontSize", 15));

    public static int fontSize() {
        return NODE.getInt("fontSize", 15);
    }

    public static void setFontSize(int size) {
        NODE.putInt("fontSize", Math.max(9, Math.min(32, size)));
        FONT_SIZE.set(fontSize());
    }

    /** The transcript's font size, for views that follow a change at once. */
    public static javafx.beans.property.ReadOnlyIntegerProperty fontSizeProperty() {
        return FONT_SIZE.getReadOnlyProperty();
    }

    /** The main window's last place and size (x, y, width, height), when it was kept. */
    public static java.util.Optional<double[]> windowBounds() {
        return numbers("windowBounds", 4);
    }

    /** The {@code count} numbers kept under {@code key}, or empty when there are none, or not so many. */
    private static java.util.Optional<double[]> numbers(String key, int count) {
        String[] parts = NODE.get(key, "").split(" ");
        if (parts.length != count) {
            return java.util.Optional.empty();
        }
        try {
            double[] numbers = new double[count];
            for (int i = 0; i < count; i++) {
                numbers[i] = Double.parseDouble(parts[i]);
            }
            return java.util.Optional.of(numbers);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // written by hand or damaged: the first sizes again
        }
    }

    public static void setWindowBounds(double[] bounds) {
        NODE.put("windowBounds", java.util.Arrays.stream(bounds).mapToObj(b -> String.valueOf(Math.round(b)))
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /**
     * Where a pane's dividers were left (fractions of its size, first to last), when they were kept and still make
     * sense for {@code count} dividers.
     */
    /** The divider positions kept for a pane, as written: the pane decides which of them it can give back. */
    public static java.util.Optional<double[]> paneDividers(String pane, int count) {
        return numbers("panes." + pane, count);
    }

    public static void setPaneDividers(String pane, double[] positions) {
        NODE.put("panes." + pane, java.util.Arrays.stream(positions).mapToObj(p -> String.format(Locale.ROOT, "%.4f", p))
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /** A table's kept columns, "id=width" or "id=width:hidden" separated by spaces (empty: none kept). */
    public static String tableColumns(String table) {
        return NODE.get("columns." + table, "");
    }

    public static void setTableColumns(String table, String columns) {
        NODE.put("columns." + table, columns);
    }

    public static void forgetTableColumns(String table) {
        NODE.remove("columns." + table);
    }

    public static void forgetPaneDividers(String pane) {
        NODE.remove("panes." + pane);
    }

    public static boolean windowMaximized() {
        return NODE.getBoolean("windowMaximized", false);
    }

    public static void setWindowMaximized(boolean maximized) {
        NODE.putBoolean("windowMaximized", maximized);
    }

    public static java.util.List<String> recentProjects() {
        String value = NODE.get("recent", "");
        return value.isEmpty() ? java.util.List.of() : java.util.List.of(value.split("\n"));
    }

    public static void addRecentProject(String path) {
        java.util.List<String> recent = new java.util.ArrayList<>(recentProjects());
        recent.remove(path);
        recent.addFirst(path);
        // java.util.prefs writes this out on its own thread and at exit: no disk work on the FX thread.
        NODE.put("recent", String.join("\n", recent.subList(0, Math.min(8, recent.size()))));
    }

    /** The document last shown in the project in {@code projectFolder}, if one was (kept for the recent projects). */
    public static java.util.Optional<String> lastDocument(String projectFolder) {
        return lastDocuments().stream().filter(entry -> entry[0].equals(projectFolder)).map(entry -> entry[1])
                .findFirst();
    }

    /**
     * Keeps {@code documentId} as the document last shown in the project in {@code projectFolder}: opened again, the
     * project shows it (QA: reopening showed the first document, not the one being worked on). Eight projects at
     * most, the latest first, as the recent projects.
     */
    public static void setLastDocument(String projectFolder, String documentId) {
        java.util.List<String[]> kept = new java.util.ArrayList<>(lastDocuments());
        if (!kept.isEmpty() && kept.getFirst()[0].equals(projectFolder) && kept.getFirst()[1].equals(documentId)) {
            return; // as kept already
        }
        kept.removeIf(entry -> entry[0].equals(projectFolder));
        kept.addFirst(new String[] {projectFolder, documentId});
        StringBuilder value = new StringBuilder();
        for (String[] entry : kept.subList(0, Math.min(8, kept.size()))) {
            String line = entry[0] + "\t" + entry[1] + "\n";
            if (value.length() + line.length() > java.util.prefs.Preferences.MAX_VALUE_LENGTH) {
                break; // long folder names: fewer projects remembered, never a refused write
            }
            value.append(line);
        }
        NODE.put("lastDocuments", value.toString());
    }

    private static java.util.List<String[]> lastDocuments() {
        return NODE.get("lastDocuments", "").lines().map(line -> line.split("\t", 2)).filter(e -> e.length == 2)
                .toList();
    }

    /** The folder the file dialog of a kind was last left in (see {@link StartFolders}), if any. */
    public static java.util.Optional<String> lastFolder(String kind) {
        return java.util.Optional.ofNullable(NODE.get("folder." + kind, null));
    }

    public static void setLastFolder(String kind, String folder) {
        NODE.put("folder." + kind, folder);
    }

    // ---- transcription ---------------------------------------------------------------------------

    /** The keys for a transcription action, as text ("F4"). */
    public static String transcriptionKeys(TranscriptionKey key) {
        String keys = NODE.get("transcription." + key.name(), key.defaultKeys());
        return TranscriptionKey.valid(keys) ? keys : key.defaultKeys();
    }

    public static void setTranscriptionKeys(TranscriptionKey key, String keys) {
        if (keys == null || keys.isBlank() || keys.strip().equals(key.defaultKeys())) {
            NODE.remove("transcription." + key.name());
        } else if (TranscriptionKey.valid(keys)) {
            NODE.put("transcription." + key.name(), keys.strip());
        }
    }

    /** How many seconds the player goes back when paused while transcribing (f4's automatic rewind). */
    public static int rewindSeconds() {
        return Math.max(0, Math.min(10, NODE.getInt("transcription.rewind", 2)));
    }

    public static void setRewindSeconds(int seconds) {
        NODE.putInt("transcription.rewind", Math.max(0, Math.min(10, seconds)));
    }

    /** Whether typed time marks are f4's "#00:01:22-6#" (true, the default) or "[00:01:22]". */
    public static boolean f4TimeMarks() {
        return NODE.getBoolean("transcription.f4Marks", true);
    }

    public static void setF4TimeMarks(boolean f4) {
        NODE.putBoolean("transcription.f4Marks", f4);
    }

    /**
     * Whether a mouse selection (and a quotation's edge dragged) takes whole words; yes at first. Off, selections
     * stay as dragged without holding Alt, which many Linux window managers take for moving the window.
     */
    public static boolean snapToWords() {
        return NODE.getBoolean("coding.snapToWords", true);
    }

    public static void setSnapToWords(boolean snap) {
        NODE.putBoolean("coding.snapToWords", snap);
    }

    /** Whether the review comments' list shows the open ones only (as the user left it; at first, yes). */
    public static boolean reviewListOpenOnly() {
        return NODE.getBoolean("reviewListOpenOnly", true);
    }

    public static void setReviewListOpenOnly(boolean openOnly) {
        NODE.putBoolean("reviewListOpenOnly", openOnly);
    }

    /** The review comments' list's size (width, height of its contents) as the user left it, if they did. */
    public static java.util.Optional<double[]> reviewListSize() {
        double width = NODE.getDouble("reviewListWidth", -1);
        double height = NODE.getDouble("reviewListHeight", -1);
        return width > 0 && height > 0 ? java.util.Optional.of(new double[] {width, height}) : java.util.Optional.empty();
    }

    public static void setReviewListSize(double width, double height) {
        NODE.putDouble("reviewListWidth", width);
        NODE.putDouble("reviewListHeight", height);
    }

    /** Whether a report is opened once it is written (the report dialog's last choice; yes at first). */
    public static boolean openReports() {
        return NODE.getBoolean("reports.open", true);
    }

    public static void setOpenReports(boolean open) {
        NODE.putBoolean("reports.open", open);
    }

    /**
     * The last quotation report's layout, for the first report of a later session: its grouping's name and whether
     * it had a table, definitions and memos ("BY_CODE,false,true,true"); empty before any report.
     */
    public static String reportLayout() {
        return NODE.get("reports.layout", "");
    }

    public static void setReportLayout(String layout) {
        NODE.put("reports.layout", layout);
    }
}
