package nl.veldwerk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * "New project": the study's name and where to put it. The folder it will get is shown as it is typed, and
 * a folder that holds files already is refused on the spot, with the reason, before anything is written.
 */
final class NewProjectDialog {
    private NewProjectDialog() {
    }

    static Optional<NewProject> ask(Window owner, String title, Path startIn, String initialName) {
        return ask(owner, title, startIn, initialName, true);
    }

    /** {@code askLanguage}: false where what comes in says it (a bundle, the sample): a choice would do nothing. */
    static Optional<NewProject> ask(Window owner, String title, Path startIn, String initialName, boolean askLanguage) {
        TextField name = new TextField(initialName == null ? "" : initialName);
        name.setId("new-project-name");
        name.setPrefColumnCount(28);
        ObjectProperty<Path> parent = new SimpleObjectProperty<>(startIn);
        Label where = new Label();
        where.textProperty().bind(Bindings.createStringBinding(() -> parent.get() == null ? "" : parent.get().toString(),
                parent));
        Button choose = new Button(I18n.text("newProject.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (parent.get() != null && parent.get().toFile().isDirectory()) {
                chooser.setInitialDirectory(parent.get().toFile());
            }
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                parent.set(chosen.toPath());
            }
            // Back to the name: Enter then presses OK, not this button again (it opened the chooser once more).
            name.requestFocus();
        });
        Label verdict = new Label();
        verdict.setWrapText(true);
        verdict.setMaxWidth(520);
        javafx.scene.control.ChoiceBox<String> language = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(NewProject.LANGUAGES));
        language.setId("new-project-language");
        language.setConverter(Labels.shown((String code) -> code == null ? "" : I18n.text("language." + code)));
        language.setValue(NewProject.windowLanguage());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label(I18n.text("newProject.name")), name);
        grid.addRow(1, new Label(I18n.text("newProject.parent")), where, choose);
        if (askLanguage) {
            grid.addRow(2, new Label(I18n.text("newProject.language")), language);
        }
        grid.add(verdict, 0, 3, 3, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        DialogFit.fit(dialog, title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(grid);
        // A verdict or folder that takes a second line once shown: the window grows with it (QA: its buttons were
        // cut off below the window's edge).
        javafx.beans.InvalidationListener regrow = o -> javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.getWindow().sizeToScene();
            }
        });
        verdict.textProperty().addListener(regrow);
        where.textProperty().addListener(regrow);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel());
        javafx.scene.Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            String typed = name.getText().strip();
            if (typed.isEmpty() || parent.get() == null) {
                verdict.setText("");
                okButton.setDisable(true);
                return;
            }
            NewProject p = NewProject.in(parent.get(), typed);
            String problem = p.problem();
            verdict.setText(problem != null ? problem : I18n.text("newProject.willBe", p.folder()));
            verdict.getStyleClass().setAll("label", problem != null ? "error-text" : "hint");
            okButton.setDisable(problem != null);
        };
        name.textProperty().addListener((o, was, now) -> check.run());
        parent.addListener((o, was, now) -> check.run());
        check.run();
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait().filter(b -> b == ok).map(b -> NewProject.in(parent.get(), name.getText(),
                language.getValue()));
    }
}
