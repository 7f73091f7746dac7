package nl.veldwerk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;

/**
 * Dialogs for tests: errors, messages, questions and opened files are recorded; "save as" answers with
 * {@link #saveAs} (none unless a test sets it), yes/no questions with {@link #answer}.
 */
public final class RecordingDialogs implements Dialogs {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();
    /** The file every "save as" chooses, or null for a cancelled dialog. */
    public Path saveAs;
    /** The answer to every yes/no question. */
    public boolean answer;
    /** The answer to "Save changes?" (Save, Don't save, Cancel). */
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    /** What every request for a line of text answers, or null for a cancelled dialog. */
    public String text;

    @Override
    public Optional<Path> chooseProjectFolder(String title) {
        return Optional.ofNullable(projectFolder);
    }

    /** What "open project" answers, or null for a cancelled dialog. */
    public Path projectFolder;

    /** What "new project" answers, or null for a cancelled dialog. */
    public nl.veldwerk.ui.common.NewProject newProject;

    @Override
    public Optional<nl.veldwerk.ui.common.NewProject> askNewProject(String title) {
        questions.add(title);
        return Optional.ofNullable(newProject);
    }

    /** The name the last "new project" question was filled in with. */
    public String newProjectNameGiven;
    /** The answers {@link #askText} started at, in order. */
    public final List<String> textsOffered = new java.util.ArrayList<>();

    @Override
    public Optional<nl.veldwerk.ui.common.NewProject> askNewProject(String title, String name) {
        newProjectNameGiven = name;
        return askNewProject(title);
    }

    @Override
    public List<Path> chooseTranscripts(String title) {
        return List.of();
    }

    /** The file every "open" chooses, or null for a cancelled dialog. */
    public Path toOpen;

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        return Optional.ofNullable(saveAs);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return answer;
    }

    /** What a recovery question answers; null: {@link #answer}'s recover or throw away. */
    public RecoverChoice recoverChoice;

    /** Runs once while the next recovery question is open (another window at work meanwhile), then is cleared. */
    public Runnable whileRecoveryAsked;

    @Override
    public RecoverChoice askRecover(String title, String message) {
        questions.add(title + ": " + message);
        if (whileRecoveryAsked != null) {
            Runnable meanwhile = whileRecoveryAsked;
            whileRecoveryAsked = null;
            meanwhile.run();
        }
        return recoverChoice != null ? recoverChoice : answer ? RecoverChoice.RECOVER : RecoverChoice.DISCARD;
    }

    @Override
    public SaveChoice askSaveChanges(String title, String message) {
        questions.add(title + ": " + message);
        return saveChoice;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        questions.add(title + ": " + prompt);
        textsOffered.add(initial);
        return Optional.ofNullable(text);
    }

    /** The answer to the next choice among options: its index, or null to cancel. */
    public Integer choice;
    /** The options of each choice asked, in turn. */
    public final List<List<String>> choicesOffered = new java.util.ArrayList<>();

    @Override
    public Optional<Integer> chooseOne(String title, String message, List<String> options) {
        questions.add(title + ": " + message);
        choicesOffered.add(List.copyOf(options));
        return Optional.ofNullable(choice);
    }

    @Override
    public void openInOtherApplication(Path file) {
        opened.add(file);
    }
}
