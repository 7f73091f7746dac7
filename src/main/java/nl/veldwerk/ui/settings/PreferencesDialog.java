package nl.veldwerk.ui.settings;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.veldwerk.ui.common.Buttons;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;

/** The current coder's name, the interface language and the transcript's font size. */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    public static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("preferences.title"));
        TextField coder = new TextField(Preferences.coderName());
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().addAll("English", "Nederlands");
        language.setValue(Preferences.language().getLanguage().equals("nl") ? "Nederlands" : "English");
        Spinner<Integer> fontSize = new Spinner<>(9, 32, Preferences.fontSize());
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(I18n.text("preferences.coder")), coder);
        grid.addRow(1, new Label(I18n.text("preferences.language")), language);
        grid.addRow(2, new Label(I18n.text("preferences.fontSize")), fontSize);
        grid.add(new Label(I18n.text("preferences.restart")), 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        dialog.showAndWait().filter(b -> b == ok).ifPresent(b -> {
            if (!coder.getText().isBlank()) {
                Preferences.setCoderName(coder.getText());
            }
            Preferences.setLanguage(language.getValue().equals("Nederlands") ? Locale.of("nl") : Locale.ENGLISH);
            Preferences.setFontSize(fontSize.getValue()); // the transcript follows at once
        });
    }
}
