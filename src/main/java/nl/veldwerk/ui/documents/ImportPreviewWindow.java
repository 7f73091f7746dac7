package nl.veldwerk.ui.documents;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.ui.app.ImportPlan;
import nl.veldwerk.ui.common.I18n;

/**
 * The import preview: per file, the layout found, the speakers with their turns, the time marks, or why a
 * text has no turns; a tick per file to import it with or without its turns. Nothing comes in until Import.
 */
public final class ImportPreviewWindow {
    private ImportPreviewWindow() {
    }

    /** One file's row: its plan and whether its turns come along. */
    private record Row(ImportPlan plan, BooleanProperty turns) {
        ImportPlan chosen() {
            return plan.withTurns(turns.get());
        }
    }

    /** Shows the files found and waits; what to import, or empty when the user cancels. */
    public static Optional<List<ImportPlan>> show(Window owner, List<ImportPlan> found) {
        List<Row> rows = found.stream().map(p -> new Row(p, new SimpleBooleanProperty(p.withTurns()))).toList();
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("import-preview-table");
        table.setEditable(true);
        table.getColumns().add(column(I18n.text("importPreview.file"), 150, r -> r.plan().file().getFileName()
                .toString()));
        table.getColumns().add(column(I18n.text("importPreview.layout"), 200, r -> layout(r.plan().analysis())));
        table.getColumns().add(column(I18n.text("importPreview.speakers"), 330, r -> speakers(r.plan().analysis())));
        table.getColumns().add(column(I18n.text("importPreview.marks"), 90, r -> String.valueOf(r.plan().analysis()
                .timeMarks().size())));
        TableColumn<Row, Boolean> turns = new TableColumn<>(I18n.text("importPreview.turns"));
        turns.setCellValueFactory(c -> c.getValue().turns());
        turns.setCellFactory(CheckBoxTableCell.forTableColumn(turns));
        turns.setEditable(true);
        turns.setPrefWidth(110);
        table.getColumns().add(turns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label details = new Label();
        details.setId("import-preview-details");
        details.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> details.setText(
                now == null ? "" : details(now.plan().analysis())));
        table.getSelectionModel().selectFirst();

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.text("importPreview.title"));
        boolean[] accepted = {false};
        Button importButton = new Button(I18n.text("importPreview.import"));
        importButton.setId("import-preview-import");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> {
            accepted[0] = true;
            stage.close();
        });
        Button cancel = new Button(I18n.text("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(importButton, cancel);
        Label hint = new Label(I18n.text("importPreview.hint"));
        hint.setWrapText(true);
        BorderPane root = new BorderPane(table, hint, null, new VBox(8, details, buttons), null);
        BorderPane.setMargin(hint, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 960, 480));
        stage.showAndWait();
        return accepted[0] ? Optional.of(rows.stream().map(Row::chosen).toList()) : Optional.empty();
    }

    private static TableColumn<Row, String> column(String title, double width,
                                                   java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    static String layout(TranscriptAnalysis a) {
        return I18n.text("importPreview.layout." + a.layout().name());
    }

    /** "Interviewer 5 · A01 5", or why the text has no turns. */
    static String speakers(TranscriptAnalysis a) {
        if (a.turns().isEmpty()) {
            return I18n.text("importPreview.why." + a.verdict().name());
        }
        return a.speakers().stream().map(s -> s.name() + " " + s.turns()).collect(Collectors.joining(" · "))
                + (a.wrapsJoined() ? " " + I18n.text("importPreview.joined") : "");
    }

    private static String details(TranscriptAnalysis a) {
        if (a.turns().isEmpty()) {
            return I18n.text("importPreview.why." + a.verdict().name());
        }
        return a.speakers().stream().map(s -> I18n.text("importPreview.speaker", s.name(), s.turns(), s.firstWords()))
                .collect(Collectors.joining("\n"));
    }
}
