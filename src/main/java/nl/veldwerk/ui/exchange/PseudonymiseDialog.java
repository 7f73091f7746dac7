package nl.veldwerk.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import nl.veldwerk.project.Pseudonymisation;
import nl.veldwerk.ui.common.Buttons;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;

/**
 * Edit → Pseudonymise: a key list of names and their pseudonyms (typed, or loaded from a CSV kept outside
 * the project), a preview of every occurrence with its context, and whether to remove the older versions
 * on disk afterwards.
 */
public final class PseudonymiseDialog extends VBox {
    /** One line of the key list: two text fields and a button that removes the line. */
    private final class Row extends HBox {
        final TextField name = new TextField();
        final TextField pseudonym = new TextField();

        Row(String name, String pseudonym) {
            super(6);
            this.name.setText(name);
            this.name.setPromptText(I18n.text("pseudonymise.name"));
            this.name.getStyleClass().add("pseudonym-name");
            this.pseudonym.setText(pseudonym);
            this.pseudonym.setPromptText(I18n.text("pseudonymise.pseudonym"));
            this.pseudonym.getStyleClass().add("pseudonym-replacement");
            HBox.setHgrow(this.name, javafx.scene.layout.Priority.ALWAYS);
            HBox.setHgrow(this.pseudonym, javafx.scene.layout.Priority.ALWAYS);
            // Enter goes on through the list, as in a table: to the pseudonym, then to the next line (a new one
            // after the last). It pressed Replace, which replaced everything unseen and removed the backups.
            this.name.setOnAction(e -> this.pseudonym.requestFocus());
            this.pseudonym.setOnAction(e -> {
                int at = rows.getChildren().indexOf(this);
                Row next = at + 1 < rows.getChildren().size() ? (Row) rows.getChildren().get(at + 1) : addRow();
                next.name.requestFocus();
            });
            Button remove = new Button("✕");
            remove.setTooltip(new javafx.scene.control.Tooltip(I18n.text("pseudonymise.remove")));
            remove.setOnAction(e -> rows.getChildren().remove(this));
            getChildren().addAll(this.name, this.pseudonym, remove);
        }
    }

    private final PseudonymiseActions actions;
    private final VBox rows = new VBox(4);
    private final CheckBox matchCase = new CheckBox(I18n.text("pseudonymise.matchCase"));
    private final CheckBox forgetHistory = new CheckBox(I18n.text("pseudonymise.forgetHistory"));
    private final ListView<String> preview = new ListView<>();
    private final Label summary = new Label();

    public PseudonymiseDialog(PseudonymiseActions actions, Dialogs dialogs) {
        super(6);
        this.actions = actions;
        setPadding(new Insets(8));
        rows.setId("pseudonym-key");
        javafx.scene.control.ScrollPane keyPane = new javafx.scene.control.ScrollPane(rows);
        keyPane.setFitToWidth(true);
        keyPane.setPrefHeight(170);
        Button add = new Button(I18n.text("pseudonymise.add"));
        add.setId("pseudonym-add");
        add.setOnAction(e -> addRow().name.requestFocus());
        rows.getChildren().add(new Row("", ""));
        Button load = new Button(I18n.text("pseudonymise.load"));
        load.setOnAction(e -> dialogs.chooseFileToOpen(I18n.text("pseudonymise.load"), FileType.CSV).ifPresent(f ->
                actions.readKey(f, list -> {
                    setKey(list);
                    showPreview();
                })));
        Button save = new Button(I18n.text("pseudonymise.save"));
        save.setOnAction(e -> {
            List<Replacement> list = replacementsOrSay();
            if (list != null) {
                dialogs.chooseFileToSave(I18n.text("pseudonymise.save"), I18n.text("file.pseudonyms"), FileType.CSV)
                        .ifPresent(f -> actions.writeKey(list, f));
            }
        });
        Button show = new Button(I18n.text("pseudonymise.preview"));
        show.setId("pseudonym-preview");
        show.setOnAction(e -> showPreview());
        preview.setId("pseudonym-occurrences");
        preview.setPrefHeight(200);
        summary.setId("pseudonym-summary");
        summary.setWrapText(true);
        forgetHistory.setSelected(true);
        forgetHistory.setWrapText(true);
        Label intro = new Label(I18n.text("pseudonymise.intro"));
        intro.setWrapText(true);
        Label warning = new Label(I18n.text("pseudonymise.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("hint");
        getChildren().addAll(intro, keyPane, new HBox(6, add, load, save),
                matchCase, new HBox(6, show, summary), preview, forgetHistory, warning);
        setPrefWidth(640);
    }

    private void focusFirstName() {
        if (!rows.getChildren().isEmpty()) {
            ((Row) rows.getChildren().getFirst()).name.requestFocus();
        }
    }

    private Row addRow() {
        Row row = new Row("", "");
        rows.getChildren().add(row);
        return row;
    }

    /** The key list and case choice the preview shows, or null: Replace needs the list as previewed. */
    private List<Object> previewed;

    private List<Object> key() {
        return List.of(replacements(), matchCase.isSelected());
    }

    /** Whether the preview shows what Replace would do now (the list not changed since). */
    public boolean previewedAsIs() {
        try {
            return key().equals(previewed);
        } catch (ModelException incomplete) {
            return false; // a line without its pseudonym: Replace shows why
        }
    }

    /** Sets the key list (from a loaded file, or a test). */
    public void setKey(List<Replacement> list) {
        rows.getChildren().setAll(list.stream().map(r -> new Row(r.name(), r.pseudonym())).toList());
    }

    /** Lists every occurrence the key list would replace, or says what is wrong with the list. */
    public void showPreview() {
        preview.getItems().clear();
        Pseudonymisation names = namesOrSay();
        if (names == null) {
            return;
        }
        summary.setText(I18n.text("pseudonymise.working"));
        previewed = null;
        List<Object> asked = key();
        actions.preview(names, found -> {
            // Shown, so Replace may go ahead: only now, and only for the list as it was asked for (a second
            // click while the preview was worked out replaced what nobody had seen).
            previewed = asked;
            long inside = found.stream().filter(o -> !o.replaced()).count();
            summary.setText(I18n.text("pseudonymise.found", found.size() - inside) + (inside == 0 ? ""
                    : " · " + I18n.text("pseudonymise.insideWords", inside)));
            // The first thousand are enough to check the list; the count says how many there are. What is replaced
            // first, then the longer words listed to check (a common word's many must not push the others out).
            preview.getItems().setAll(Pseudonymisation.replacedFirst(found).stream().limit(1000).map(o -> o.replaced()
                    ? I18n.text("pseudonymise.occurrence", o.ownerName(), I18n.text("pseudonymise.place."
                    + o.place().name()), o.found(), o.replacement(), o.context())
                    : I18n.text("pseudonymise.occurrenceKept", o.ownerName(), o.found(), o.context())).toList());
        });
    }

    /** What to do, or empty (with the reason shown) when the key list cannot be used. */
    public Optional<PseudonymiseActions.Request> request() {
        return Optional.ofNullable(namesOrSay()).map(names -> new PseudonymiseActions.Request(names,
                forgetHistory.isSelected()));
    }

    /** The key list checked (empty lines, a name twice, a name as pseudonym), or null with the reason shown. */
    private Pseudonymisation namesOrSay() {
        try {
            return new Pseudonymisation(replacements(), matchCase.isSelected());
        } catch (ModelException e) {
            summary.setText(I18n.message(e));
            return null;
        }
    }

    private List<Replacement> replacementsOrSay() {
        try {
            return replacements();
        } catch (ModelException e) {
            summary.setText(I18n.message(e));
            return null;
        }
    }

    private List<Replacement> replacements() {
        List<Replacement> list = new ArrayList<>();
        for (javafx.scene.Node n : rows.getChildren()) {
            Row r = (Row) n;
            if (!r.name.getText().isBlank() || !r.pseudonym.getText().isBlank()) {
                list.add(new Replacement(r.name.getText(), r.pseudonym.getText()));
            }
        }
        return list;
    }

    /** Shows the dialog; OK stays open while the key list has a problem (the reason is shown above the preview). */
    public static Optional<PseudonymiseActions.Request> ask(Window owner, PseudonymiseActions actions, Dialogs dialogs) {
        PseudonymiseDialog content = new PseudonymiseDialog(actions, dialogs);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        nl.veldwerk.ui.common.DialogFit.fit(dialog, I18n.text("menu.pseudonymise"));
        dialog.getDialogPane().setContent(content);
        ButtonType replace = new ButtonType(I18n.text("pseudonymise.apply"), javafx.scene.control.ButtonBar.ButtonData
                .OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(replace, Buttons.cancel());
        java.util.concurrent.atomic.AtomicReference<Optional<PseudonymiseActions.Request>> result =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        // Not the default button, and first a preview: replacing is undoable, but removing the older versions
        // (the default) is not, and Enter in the list replaced everything unseen.
        ((Button) dialog.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        dialog.getDialogPane().lookupButton(replace).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!content.previewedAsIs()) {
                content.showPreview();
                e.consume();
                return;
            }
            result.set(content.request());
            if (result.get().isEmpty()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> javafx.application.Platform.runLater(content::focusFirstName));
        return dialog.showAndWait().orElse(null) == replace ? result.get() : Optional.empty();
    }
}
