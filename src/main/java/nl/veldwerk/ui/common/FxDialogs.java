package nl.veldwerk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final javafx.application.HostServices hosts;

    /** The open project's folder, where exports start (none while no project is open). */
    private java.util.function.Supplier<Optional<Path>> projectFolder = Optional::empty;

    public FxDialogs(Window owner, javafx.application.HostServices hosts) {
        this.owner = owner;
        this.hosts = hosts;
    }

    @Override
    public Dialogs ownedBy(Window window) {
        FxDialogs over = new FxDialogs(window, hosts);
        over.projectFolder = () -> projectFolder.get();
        return over;
    }

    public void setProjectFolder(java.util.function.Supplier<Optional<Path>> folder) {
        this.projectFolder = folder;
    }

    private File start(StartFolders.Kind kind) {
        return StartFolders.start(kind, projectFolder.get()).toFile();
    }

    public Window owner() {
        return owner;
    }

    @Override
    public Optional<Path> chooseProjectFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(titled(title));
        chooser.setInitialDirectory(start(StartFolders.Kind.PROJECT));
        Optional<Path> chosen = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        chosen.ifPresent(p -> StartFolders.remember(StartFolders.Kind.PROJECT, p));
        return chosen;
    }

    @Override
    public Optional<NewProject> askNewProject(String title) {
        return askNewProject(title, "");
    }

    @Override
    public Optional<NewProject> askNewProject(String title, String name) {
        return askNewProject(title, name, true);
    }

    @Override
    public Optional<NewProject> askNewProjectPlace(String title, String name) {
        return askNewProject(title, name, false);
    }

    private Optional<NewProject> askNewProject(String title, String name, boolean askLanguage) {
        return NewProjectDialog.ask(owner, title, start(StartFolders.Kind.PROJECT).toPath(), name, askLanguage)
                .map(p -> {
                    StartFolders.remember(StartFolders.Kind.PROJECT, p.folder());
                    return p;
                });
    }

    @Override
    public List<Path> chooseTranscripts(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(titled(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("filter.transcripts"),
                "*.txt", "*.docx", "*.rtf", "*.odt", "*.srt", "*.vtt", "*.sbv"));
        chooser.setInitialDirectory(start(StartFolders.Kind.IMPORT));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            StartFolders.remember(StartFolders.Kind.IMPORT, files.getFirst().toPath());
        }
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        FileChooser chooser = chooser(title, type);
        StartFolders.Kind kind = type == FileType.RECORDING ? StartFolders.Kind.RECORDING : StartFolders.Kind.OPEN;
        chooser.setInitialDirectory(start(kind));
        Optional<Path> chosen = Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        chosen.ifPresent(p -> StartFolders.remember(kind, p));
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(FileNames.from(suggestedName)); // names come from projects, diagrams, codes
        chooser.setInitialDirectory(start(StartFolders.Kind.SAVE));
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.ifPresent(p -> StartFolders.remember(StartFolders.Kind.SAVE, p));
        return chosen;
    }

    private static FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(titled(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text(type.labelKey), type.patterns));
        return chooser;
    }

    /** Lines a message shows as it is; a longer one scrolls. */
    private static final int LONGEST_MESSAGE_LINES = 18;

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, Buttons.ok());
        alert.initOwner(owner);
        sized(alert, title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, Buttons.ok());
        alert.initOwner(owner);
        sized(alert, title);
        alert.showAndWait();
    }

    /**
     * A message as wide as a paragraph and as tall as its text, resizable: the first message of a session was
     * measured before its style and showed one line of a list ("…the file leaves out:…") with no way to see more.
     */
    private static void sized(Alert alert, String title) {
        DialogFit.fit(alert, title);
        alert.setHeaderText(titled(title));
        alert.getDialogPane().setPrefWidth(560);
        String message = alert.getContentText();
        if (message != null && (message.lines().count() > LONGEST_MESSAGE_LINES || message.length() > 2_000)) {
            // A long list (a comparison's 60 differences) in a box that scrolls: the dialog grew past the
            // screen with its buttons out of reach. Selectable, so it can be copied.
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(LONGEST_MESSAGE_LINES);
            text.setId("dialog-long-message");
            alert.getDialogPane().setContent(text);
        }
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = textDialog(title, prompt, initial);
        dialog.initOwner(owner);
        // A name: what the model takes, no more (QA: 5,000 pasted characters were refused after OK, and lost).
        LengthLimit.install(nl.veldwerk.model.Limits.NAME, dialog.getEditor());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askLongText(String title, String prompt, String initial) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(initial);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setPrefColumnCount(56);
        area.setId("long-text");
        LengthLimit.install(nl.veldwerk.model.Limits.NOTE, area);
        javafx.scene.control.Label question = new javafx.scene.control.Label(prompt);
        question.setWrapText(true);
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel()); // JavaFX's are English only
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> area.getText().isBlank(), area.textProperty()));
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, question, area));
        DialogFit.fit(dialog, title);
        // The typing goes into the text (QA: the focus was on OK, and a space pressed it), after the fit's own
        // handling (replacing it left the dialog where it opened).
        javafx.event.EventHandler<javafx.scene.control.DialogEvent> fitted = dialog.getOnShown();
        dialog.setOnShown(e -> {
            fitted.handle(e);
            javafx.application.Platform.runLater(() -> {
                area.requestFocus();
                area.end();
            });
        });
        return dialog.showAndWait().filter(b -> b == ok).map(b -> area.getText().strip()).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<Integer> chooseOne(String title, String message, List<String> options) {
        // Not JavaFX's ChoiceDialog: its header does not wrap, and a long question made it wider than the
        // screen, its buttons out of reach.
        javafx.scene.control.Label question = new javafx.scene.control.Label(message);
        question.setWrapText(true);
        question.setMaxWidth(560);
        javafx.scene.control.ChoiceBox<String> choice = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(options));
        choice.getSelectionModel().selectFirst();
        choice.setId("choose-one");
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel()); // JavaFX's are English only
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(12, question, choice));
        DialogFit.fit(dialog, title);
        return dialog.showAndWait().filter(b -> b == ok).map(b -> choice.getSelectionModel().getSelectedIndex())
                .filter(i -> i >= 0);
    }

    /**
     * A dialog asking for a text, its OK button disabled while the text is blank: OK on an emptied name did
     * nothing, without a word (a rename with F2), as an empty answer is no answer.
     */
    static javafx.scene.control.TextInputDialog textDialog(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel()); // JavaFX's are English only
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> dialog.getEditor().getText().isBlank(), dialog.getEditor().textProperty()));
        dialog.setTitle(titled(title));
        dialog.setHeaderText(titled(title));
        dialog.setContentText(prompt);
        // Over its owner: the search pane's "Save…" opened in the screen's corner, its title bar above the top.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> DialogFit.overOwner(
                dialog.getDialogPane().getScene().getWindow(), dialog.getOwner())));
        return dialog;
    }

    @Override
    public void openInOtherApplication(Path file) {
        OtherApplications.ofThisSystem().open(file, hosts, () -> javafx.application.Platform.runLater(() -> showInfo(
                I18n.text("open.noProgramTitle"), I18n.text("open.noProgram", file.getFileName(), file))));
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirm(title, message, false);
    }

    /** Yes or No; with {@code noByDefault}, Enter does not do what cannot be undone (review). */
    private boolean confirm(String title, String message, boolean noByDefault) {
        ButtonType yes = Buttons.yes();
        ButtonType no = Buttons.no();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        sized(alert, title);
        if (noByDefault) {
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * A menu item's text as a dialog's title: without the "…" that says, in the menu, that a dialog follows
     * ("Rename…" opens "Rename").
     */
    public static String titled(String title) {
        return title.endsWith("…") ? title.substring(0, title.length() - 1).stripTrailing() : title;
    }

    @Override
    public RecoverChoice askRecover(String title, String message) {
        ButtonType recover = new ButtonType(I18n.text("recover.recover"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.text("recover.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(I18n.text("recover.notNow"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE); // Escape and the window's close
        while (true) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, recover, discard, later);
            alert.initOwner(owner);
            alert.setTitle(titled(title));
            alert.setHeaderText(titled(title));
            DialogFit.fit(alert, title);
            ButtonType answer = alert.showAndWait().orElse(later);
            // Throwing the work away is for good: asked once more, and No asks the question again (QA: one click,
            // beside the default button, and the work was gone).
            if (answer != discard || confirm(titled(title), I18n.text("recover.discardSure"), true)) {
                return answer == recover ? RecoverChoice.RECOVER : answer == discard ? RecoverChoice.DISCARD
                        : RecoverChoice.NOT_NOW;
            }
        }
    }

    @Override
    public SaveChoice askSaveChanges(String title, String message) {
        ButtonType save = new ButtonType(I18n.text("close.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.text("close.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, save, discard, Buttons.cancel());
        alert.initOwner(owner);
        alert.setTitle(titled(title));
        alert.setHeaderText(titled(title));
        ButtonType answer = alert.showAndWait().orElse(null);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }
}
