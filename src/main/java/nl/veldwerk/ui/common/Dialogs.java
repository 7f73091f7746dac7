package nl.veldwerk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dialogs a view model needs, behind an interface so view models test without a window. */
public interface Dialogs {
    /**
     * The same dialogs over another window (a tool window's own questions): the keyboard goes back to that
     * window when they close, not to the main one.
     */
    default Dialogs ownedBy(javafx.stage.Window window) {
        return this;
    }

    Optional<Path> chooseProjectFolder(String title);

    /**
     * Asks for a new project's name and the folder to put it in; the dialog refuses (with the reason) a
     * target folder that is not empty. Empty when cancelled.
     */
    Optional<NewProject> askNewProject(String title);

    /** As {@link #askNewProject(String)}, the name filled in (a bundle's study, kept unless typed over). */
    default Optional<NewProject> askNewProject(String title, String name) {
        return askNewProject(title);
    }

    /**
     * As {@link #askNewProject(String, String)}, its name and place only: for a project whose transcripts' language
     * comes with it (a bundle, the sample) or is asked after (a REFI-QDA import, in any language), where a choice
     * here would do nothing (it was asked twice for an import, the first answer unused).
     */
    default Optional<NewProject> askNewProjectPlace(String title, String name) {
        return askNewProject(title, name);
    }

    List<Path> chooseTranscripts(String title);

    Optional<Path> chooseFileToOpen(String title, FileType type);

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** What to do with unsaved changes before the project is let go of. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the project's changes first (Save, Don't save, Cancel). */
    SaveChoice askSaveChanges(String title, String message);

    /** What to do with the work a crash left in a recovery save. */
    enum RecoverChoice { RECOVER, DISCARD, NOT_NOW }

    /**
     * Asks whether to recover a crash's work (Recover, Throw it away, Not now); closing the dialog or Escape is
     * "not now": only the button that says so throws the work away (QA: Escape threw it away for good).
     */
    RecoverChoice askRecover(String title, String message);

    /** Asks for a line of text (a name, a quotation ID); empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /**
     * As {@link #askText}, for a text of several lines and any length the model takes (a review comment put right):
     * a name's one-line field cut a long comment at a name's length and showed a few words of it (QA).
     */
    default Optional<String> askLongText(String title, String prompt, String initial) {
        return askText(title, prompt, initial);
    }

    /** Asks to choose one of {@code options} (the first chosen at first); the index chosen, empty when cancelled. */
    Optional<Integer> chooseOne(String title, String message, List<String> options);

    /** Opens a file Veldwerk wrote in the application the system uses for it (a report in Word, say). */
    void openInOtherApplication(Path file);
}
