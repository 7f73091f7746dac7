package nl.veldwerk.ui.settings;

import nl.veldwerk.ui.common.TranscriptionKey;

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

/**
 * The current coder's name, the interface language, the transcript's font size, and transcription: the keys
 * that work while typing, the rewind on pause and the time marks' format.
 */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    /** The shortcuts of the owner's menus, each with its item's name ("File → Quit"). */
    public static java.util.Map<javafx.scene.input.KeyCombination, String> menuShortcuts(Window owner) {
        java.util.Map<javafx.scene.input.KeyCombination, String> shortcuts = new java.util.LinkedHashMap<>();
        if (owner == null || owner.getScene() == null) {
            return shortcuts;
        }
        for (javafx.scene.Node node : owner.getScene().getRoot().lookupAll(".menu-bar")) {
            for (javafx.scene.control.Menu menu : ((javafx.scene.control.MenuBar) node).getMenus()) {
                addShortcuts(menu, menu.getText(), shortcuts);
            }
        }
        return shortcuts;
    }

    private static void addShortcuts(javafx.scene.control.Menu menu, String path,
                                     java.util.Map<javafx.scene.input.KeyCombination, String> shortcuts) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            String name = path + " → " + (item.getText() == null ? "" : item.getText().replace("…", ""));
            if (item instanceof javafx.scene.control.Menu sub) {
                addShortcuts(sub, name, shortcuts);
            } else if (item.getAccelerator() != null) {
                shortcuts.putIfAbsent(item.getAccelerator(), name);
            }
        }
    }

    public static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        nl.veldwerk.ui.common.DialogFit.fit(dialog, I18n.text("preferences.title"));
        TextField coder = new TextField(Preferences.coderName());
        coder.setId("preferences-coder");
        // As long as the model takes a coder's name (QA: 1,100 characters were saved, and every coding refused).
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, coder);
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().addAll("English", "Nederlands");
        language.setValue(Preferences.language().getLanguage().equals("nl") ? "Nederlands" : "English");
        Spinner<Integer> fontSize = typable(9, 32, Preferences.fontSize());
        fontSize.setId("preferences-font-size");
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(I18n.text("preferences.coder")), coder);
        grid.addRow(1, new Label(I18n.text("preferences.language")), language);
        grid.addRow(2, new Label(I18n.text("preferences.fontSize")), fontSize);
        grid.add(new Label(I18n.text("preferences.restart")), 0, 3, 2, 1);
        javafx.scene.control.CheckBox snap = new javafx.scene.control.CheckBox(I18n.text("preferences.snapToWords"));
        snap.setId("preferences-snap");
        snap.setSelected(Preferences.snapToWords());
        snap.setWrapText(true);
        snap.setMaxWidth(420);
        grid.add(snap, 0, 4, 2, 1);
        Label transcription = new Label(I18n.text("preferences.transcription"));
        transcription.getStyleClass().add("pane-heading");
        grid.add(transcription, 0, 5, 2, 1);
        Spinner<Integer> rewind = typable(0, 10, Preferences.rewindSeconds());
        rewind.setId("preferences-rewind");
        grid.addRow(6, new Label(I18n.text("preferences.rewind")), rewind);
        ChoiceBox<String> marks = new ChoiceBox<>();
        marks.setId("preferences-mark-format");
        marks.getItems().addAll("#00:01:22-6#", "[00:01:22]");
        marks.setValue(Preferences.f4TimeMarks() ? "#00:01:22-6#" : "[00:01:22]");
        grid.addRow(7, new Label(I18n.text("preferences.markFormat")), marks);
        java.util.Map<TranscriptionKey, TextField> keys = new java.util.EnumMap<>(TranscriptionKey.class);
        int row = 8;
        for (TranscriptionKey key : TranscriptionKey.values()) {
            TextField field = new TextField(Preferences.transcriptionKeys(key));
            field.setId("preferences-key-" + key.name().toLowerCase(Locale.ROOT));
            field.setPromptText(key.defaultKeys());
            field.setTooltip(new javafx.scene.control.Tooltip(I18n.text("preferences.keyHint")));
            keys.put(key, field);
            grid.addRow(row++, new Label(key.label()), field);
        }
        Label keysProblem = new Label();
        keysProblem.setId("preferences-keys-problem");
        keysProblem.setWrapText(true);
        // About as wide as the fields above it, on as many lines as it takes: at its own width (one long line) it
        // pushed the dialog's OK and Cancel out of sight; at a width of 1 its height (a letter a line) made the
        // dialog as tall as the screen, the reason far below in a scrolled blank (QA).
        keysProblem.setPrefWidth(360);
        keysProblem.setMaxWidth(Double.MAX_VALUE);
        keysProblem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        keysProblem.setStyle("-fx-text-fill: #b00020;");
        grid.add(keysProblem, 0, row, 2, 1);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        dialog.getDialogPane().setContent(scroll);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        // Keys that name no key, or one key for two actions, keep the dialog open with the reason.
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            java.util.Map<TranscriptionKey, String> typed = new java.util.EnumMap<>(TranscriptionKey.class);
            keys.forEach((key, field) -> typed.put(key, field.getText()));
            String problem = numberProblem(fontSize, I18n.text("preferences.fontSize"));
            problem = problem != null ? problem : numberProblem(rewind, I18n.text("preferences.rewind"));
            problem = problem != null ? problem : TranscriptionKey.problem(typed, menuShortcuts(owner));
            keysProblem.setText(problem == null ? "" : problem);
            if (problem != null) {
                e.consume();
                javafx.application.Platform.runLater(() -> {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    scroll.setVvalue(scroll.getVmax()); // the reason in sight, below the fields
                });
            }
        });
        // The coder's name first, ready to type over: the focus was on OK, and the first space typed closed it.
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> javafx.application.Platform.runLater(
                () -> {
                    coder.requestFocus();
                    coder.selectAll();
                }));
        dialog.showAndWait().filter(b -> b == ok).ifPresent(b -> {
            // A name typed is chosen; OK pressed for another setting leaves the computer's user name unchosen (the
            // window goes on offering to sign with one's own name, review).
            if (!coder.getText().isBlank() && (Preferences.coderNameChosenProperty().get()
                    || !coder.getText().strip().equals(Preferences.coderName()))) {
                Preferences.setCoderName(coder.getText());
            }
            Preferences.setLanguage(language.getValue().equals("Nederlands") ? Locale.of("nl") : Locale.ENGLISH);
            Preferences.setFontSize(fontSize.getValue()); // the transcript follows at once
            Preferences.setSnapToWords(snap.isSelected());
            Preferences.setRewindSeconds(rewind.getValue());
            Preferences.setF4TimeMarks(marks.getValue().startsWith("#"));
            keys.forEach((key, field) -> Preferences.setTranscriptionKeys(key, field.getText()));
        });
    }

    /**
     * A spinner a number can be typed in, not only stepped (typed, it was dropped without a word: QA). What is
     * typed is kept as typed when the box loses the focus (a click on OK): not clamped into the range, nor put back
     * when it is no number, as JavaFX's own spinner does; OK then refuses it with the reason.
     */
    private static Spinner<Integer> typable(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(new Typed(min, max, value));
        spinner.setEditable(true);
        spinner.getEditor().setPrefColumnCount(4);
        return spinner;
    }

    /** Whole numbers stepped within a range, and typed as they are: a text that is no number is none (null). */
    static final class Typed extends javafx.scene.control.SpinnerValueFactory<Integer> {
        final int min;
        final int max;

        Typed(int min, int max, int value) {
            this.min = min;
            this.max = max;
            setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer number) {
                    return number == null ? "" : number.toString();
                }

                @Override
                public Integer fromString(String text) {
                    try {
                        return Integer.valueOf(text.strip());
                    } catch (NumberFormatException notANumber) {
                        return null;
                    }
                }
            });
            setValue(value);
        }

        @Override
        public void decrement(int steps) {
            setValue(getValue() == null ? max : Math.clamp((long) getValue() - steps, min, max));
        }

        @Override
        public void increment(int steps) {
            setValue(getValue() == null ? min : Math.clamp((long) getValue() + steps, min, max));
        }
    }

    /** Takes what is typed in the spinner, or says why not: no whole number, or outside the spinner's range. */
    static String numberProblem(Spinner<Integer> spinner, String what) {
        spinner.commitValue(); // typed and not yet taken (OK pressed with the keyboard)
        Typed range = (Typed) spinner.getValueFactory();
        Integer value = spinner.getValue();
        return value != null && value >= range.min && value <= range.max ? null
                : I18n.text("preferences.numberRange", what, range.min, range.max);
    }
}
