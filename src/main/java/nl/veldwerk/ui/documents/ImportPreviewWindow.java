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
import nl.veldwerk.importer.SavedLayouts;
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


    /**
     * One file's row: its plan, whether its turns come along, the names its speakers get in the project and
     * which found speakers are interviewers.
     */
    record Row(ImportPlan plan, BooleanProperty turns, java.util.Map<String, String> names,
                       java.util.Set<String> interviewers, BooleanProperty recording,
                       java.util.Map<String, String> suggested,
                       java.util.Map<String, String> keptByLayout) {
        /**
         * A file's row as first shown: labels that name an interviewer ticked, and named as the project's
         * interviewer when it has one ("I" comes in as the project's "Interviewer", one speaker, not two).
         */
        Row(ImportPlan plan, java.util.Set<String> projectInterviewers) {
            this(plan, projectInterviewers, firstNames(plan.analysis(), projectInterviewers));
        }

        /** The names first given are also what the preview suggested (found once). */
        private Row(ImportPlan plan, java.util.Set<String> projectInterviewers, java.util.Map<String, String> first) {
            this(plan, new SimpleBooleanProperty(plan.withTurns()), new java.util.HashMap<>(first),
                    tickedAsInterviewers(plan.analysis(), projectInterviewers),
                    new SimpleBooleanProperty(plan.recording() != null), java.util.Map.copyOf(first),
                    new java.util.HashMap<>());
        }

        /**
         * The names found speakers first get: a label naming an interviewer ("I") the project's interviewer's;
         * one of the project's interviewers in person ("Jan de Vries") keeps their own (review: Jan's turns came
         * in as "Interviewer's").
         */
        static java.util.Map<String, String> firstNames(TranscriptAnalysis analysis,
                                                        java.util.Set<String> projectInterviewers) {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            String theirs = nl.veldwerk.importer.TurnsOfImportedTexts.theInterviewer(projectInterviewers);
            if (theirs != null) {
                boolean labelTaken = analysis.speakers().stream().anyMatch(s -> s.name().equals(theirs));
                for (String label : tickedAsInterviewers(analysis, projectInterviewers)) {
                    if (!labelTaken && !label.equals(theirs) && !projectInterviewers.contains(label)) {
                        names.put(label, theirs);
                    }
                }
            }
            return names;
        }

        /** This file's choices, under a name when they are saved as a layout (a name left empty is none). */
        SavedLayouts.SavedLayout choices(String layoutName) {
            java.util.Map<String, String> renamed = new java.util.HashMap<>();
            java.util.Set<String> kept = new java.util.HashSet<>();
            names.forEach((found, to) -> {
                if (!to.isBlank() && !to.equals(found)) {
                    renamed.put(found, to);
                    // The preview's suggestion (or a saved layout's), not a name the user gave.
                    if (to.equals(suggested.get(found)) || to.equals(keptByLayout.get(found))) {
                        kept.add(found);
                    }
                }
            });
            return new SavedLayouts.SavedLayout(layoutName, renamed, interviewers, turns.get(), kept);
        }

        ImportPlan chosen() {
            return plan.withChoices(choices("")).withRecording(recording.get() ? plan.recording() : null);
        }
    }

    /**
     * The found speakers first ticked as interviewers: labels that say so ("I", "Interviewer"), and speakers the
     * project has as interviewers (their role stays whatever the box says: it showed them unticked, QA).
     */
    static java.util.Set<String> tickedAsInterviewers(TranscriptAnalysis analysis,
                                                      java.util.Set<String> projectInterviewers) {
        return new java.util.HashSet<>(analysis.speakers().stream().map(TranscriptAnalysis.Speaker::name)
                .filter(name -> nl.veldwerk.importer.TurnsOfImportedTexts.namesAnInterviewer(name)
                        || projectInterviewers.contains(name)).toList());
    }

    /** A cell whose whole text shows on hover, where a narrow column cuts it (QA: "Already speaks in … the sam…"). */
    private static <S> javafx.scene.control.TableCell<S, String> wholeOnHover() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
            }
        };
    }

    /** The recording found beside a file, linked when ticked ("—" when none was found). */
    private static TableColumn<Row, Row> recordingColumn() {
        TableColumn<Row, Row> column = new TableColumn<>(I18n.text("importPreview.recording"));
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final nl.veldwerk.ui.common.BoundCheckBox box = new nl.veldwerk.ui.common.BoundCheckBox();

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                box.release();
                if (empty || row == null || row.plan().recording() == null) {
                    setGraphic(null);
                    setText(empty || row == null ? null : "—");
                    return;
                }
                setText(null);
                setGraphic(box.showing(row.plan().recording().getFileName().toString(), row.recording()));
            }
        });
        column.setPrefWidth(160);
        return column;
    }

    /** A found speaker of the selected file, as the speaker table edits it. */
    private record SpeakerRow(Row file, TranscriptAnalysis.Speaker found) {
    }

    /** Shows the files found and waits; what to import, or empty when the user cancels. */
    public static Optional<List<ImportPlan>> show(Window owner, List<ImportPlan> found) {
        return show(owner, found, List.of(), java.util.Set.of(), java.util.Map.of());
    }

    /**
     * As {@link #show(Window, List)}, beside documents named {@code taken}: a file whose name is taken shows the
     * name it will come in under ("A01 (2)"), before it comes in; the project's speakers marked as interviewers
     * are {@code projectInterviewers}: a label naming an interviewer comes in as theirs, and a speaker named as
     * one of them is ticked as interviewer; {@code documentsOfSpeakers} are the project's speakers with the number
     * of documents they speak in: a speaker named as one of them is said to be that one.
     */
    public static Optional<List<ImportPlan>> show(Window owner, List<ImportPlan> found,
                                                  java.util.Collection<String> taken,
                                                  java.util.Set<String> projectInterviewers,
                                                  java.util.Map<String, Integer> documentsOfSpeakers) {
        javafx.collections.ObservableList<Row> rows = FXCollections.observableArrayList(found.stream()
                .map(f -> new Row(f, projectInterviewers)).toList());
        List<String> wanted = found.stream().map(f -> nl.veldwerk.importer.DocumentImporter.nameOf(f.file())).toList();
        List<String> names = nl.veldwerk.project.DocumentNames.names(taken, wanted);
        java.util.Map<Row, String> comesInAs = new java.util.IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String as = names.get(i).equals(wanted.get(i)) ? names.get(i)
                    : I18n.text("importPreview.renamed", names.get(i), wanted.get(i));
            String same = rows.get(i).plan().sameTextAs();
            comesInAs.put(rows.get(i), same == null ? as : I18n.text("importPreview.sameText", as, same));
        }
        TableView<Row> table = new TableView<>(rows);
        table.setId("import-preview-table");
        table.setEditable(true);
        table.getColumns().add(column(I18n.text("importPreview.file"), 150, r -> r.plan().file().getFileName()
                .toString()));
        table.getColumns().add(column(I18n.text("importPreview.document"), 170, comesInAs::get));
        table.getColumns().add(column(I18n.text("importPreview.layout"), 200, r -> layoutColumn(r.plan().analysis())));
        table.getColumns().add(column(I18n.text("importPreview.speakers"), 300, r -> speakers(r.plan().analysis(),
                r.names())));
        table.getColumns().add(column(I18n.text("importPreview.marks"), 130, r -> String.valueOf(r.plan().analysis()
                .timeMarks().size())));
        TableColumn<Row, Boolean> turns = new TableColumn<>(I18n.text("importPreview.turns"));
        turns.setCellValueFactory(c -> c.getValue().turns());
        turns.setCellFactory(CheckBoxTableCell.forTableColumn(turns));
        turns.setEditable(true);
        turns.setPrefWidth(140);
        turns.setMinWidth(140);
        table.getColumns().add(turns);
        table.getColumns().add(recordingColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label details = new Label();
        details.setId("import-preview-details");
        details.setWrapText(true);
        TableView<SpeakerRow> speakers = speakerTable(projectInterviewers, documentsOfSpeakers, table::refresh);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            details.setText(now == null ? "" : details(now.plan().analysis()));
            speakers.setItems(FXCollections.observableArrayList(now == null ? List.of() : now.plan().analysis()
                    .speakers().stream().map(s -> new SpeakerRow(now, s)).toList()));
        });
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
        javafx.scene.layout.HBox layouts = layoutBar(table, speakers, rows);
        nl.veldwerk.ui.common.Background reading = new nl.veldwerk.ui.common.Background();
        javafx.scene.layout.HBox labels = labelsBar(table, rows, comesInAs, projectInterviewers, reading);
        Label hint = new Label(I18n.text("importPreview.hint"));
        hint.setWrapText(true);
        Label sameTexts = sameTextsNote(found);
        BorderPane root = new BorderPane(table, hint, null, new VBox(8, sameTexts, details, speakers, labels, layouts,
                buttons), null);
        BorderPane.setMargin(hint, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 960, 660);
        // Enter imports wherever the focus is, as a dialog's default button does: on an interviewer's or a
        // recording's box (in a table, which takes Enter) it untoggled the box instead. Space ticks a box.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()
                    && scene.getFocusOwner() instanceof javafx.scene.control.CheckBox) {
                e.consume();
                importButton.fire();
            }
        });
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage); // as Cancel, also with a table in hand
        // Over the window it was asked from and on the screen: a second preview opened partly below the screen.
        nl.veldwerk.ui.common.DialogFit.keepOnScreen(stage);
        stage.showAndWait();
        reading.shutdown();
        return accepted[0] ? Optional.of(rows.stream().map(Row::chosen).toList()) : Optional.empty();
    }

    /**
     * The selected file read anew with speaker labels the user names ("Pieter Jansen, marieke"): labels the
     * automatic reading does not take for names (lower case, a phone number, a colon in them) open turns too. The
     * file is read off the FX thread ({@code reading}); its row is replaced when it is.
     */
    private static javafx.scene.layout.HBox labelsBar(TableView<Row> table, javafx.collections.ObservableList<Row> rows,
                                                      java.util.Map<Row, String> comesInAs,
                                                      java.util.Set<String> projectInterviewers,
                                                      nl.veldwerk.ui.common.Background reading) {
        javafx.scene.control.TextField labels = field("import-preview-labels", "importPreview.labelsPrompt", 30);
        Button find = buttonFor("import-preview-find-turns", "importPreview.findTurns", labels, table);
        Label said = new Label();
        said.setId("import-preview-labels-said");
        said.setWrapText(true);
        // Each file its own labels: the box showed the labels typed for another file.
        java.util.Map<Row, String> typed = new java.util.IdentityHashMap<>();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                typed.put(was, labels.getText());
            }
            labels.setText(now == null ? "" : typed.getOrDefault(now, ""));
            said.setText("");
        });
        Runnable read = () -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            List<String> named = java.util.Arrays.stream(labels.getText().split(",")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            if (selected == null || named.isEmpty() || labels.isDisabled()) {
                return;
            }
            labels.setDisable(true);
            said.setText("");
            reading.run(() -> new nl.veldwerk.importer.DocumentImporter(nl.veldwerk.importer.SpeakerTurnDetector
                    .withLabels(named)).analyse(selected.plan().file()), again -> {
                        labels.setDisable(false);
                        int at = rows.indexOf(selected);
                        if (at < 0) {
                            return;
                        }
                        Row fresh = new Row(selected.plan().withAnalysis(again), projectInterviewers);
                        comesInAs.put(fresh, comesInAs.get(selected));
                        typed.put(fresh, String.join(", ", named));
                        rows.set(at, fresh);
                        table.getSelectionModel().select(fresh);
                        said.setText(again.turns().isEmpty() ? I18n.text("importPreview.labelsNone") : "");
                    }, e -> {
                        labels.setDisable(false);
                        said.setText(I18n.message(e));
                    });
        };
        find.setOnAction(e -> read.run());
        labels.setOnAction(e -> read.run());
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, new Label(I18n.text("importPreview.labels")),
                labels, find, said);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Saved layouts: choosing one applies its names, interviewers and turns to every file; the selected file's
     * choices can be saved under a name for the next import (the command line's --layout reads them too).
     */
    private static javafx.scene.layout.HBox layoutBar(TableView<Row> table, TableView<SpeakerRow> speakers,
                                                      List<Row> rows) {
        SavedLayouts saved = SavedLayouts.user();
        javafx.scene.control.ComboBox<SavedLayouts.SavedLayout> choice = new javafx.scene.control.ComboBox<>(
                FXCollections.observableArrayList(saved.all()));
        choice.setId("import-preview-layouts");
        choice.setPromptText(I18n.text("importPreview.applyLayout"));
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SavedLayouts.SavedLayout layout) {
                return layout == null ? "" : layout.name();
            }

            @Override
            public SavedLayouts.SavedLayout fromString(String name) {
                return saved.named(name).orElse(null);
            }
        });
        choice.setOnAction(e -> {
            SavedLayouts.SavedLayout layout = choice.getValue();
            if (layout == null) {
                return;
            }
            for (Row row : rows) {
                row.turns().set(layout.withTurns() && !row.plan().analysis().turns().isEmpty());
                row.names().clear();
                row.interviewers().clear();
                row.keptByLayout().clear();
                for (TranscriptAnalysis.Speaker s : row.plan().analysis().speakers()) {
                    if (layout.keepsLabel(s.name())) {
                        row.keptByLayout().put(s.name(), layout.nameOf(s.name()));
                    }
                    if (!layout.nameOf(s.name()).equals(s.name())) {
                        row.names().put(s.name(), layout.nameOf(s.name()));
                    }
                    if (layout.interviewer(s.name())) {
                        row.interviewers().add(s.name());
                    }
                }
            }
            table.refresh();
            Row selected = table.getSelectionModel().getSelectedItem();
            speakers.setItems(FXCollections.observableArrayList(selected == null ? List.of() : selected.plan()
                    .analysis().speakers().stream().map(s -> new SpeakerRow(selected, s)).toList()));
        });
        javafx.scene.control.TextField name = field("import-preview-layout-name", "importPreview.layoutName", 22);
        Button save = buttonFor("import-preview-save-layout", "importPreview.saveLayout", name, table);
        Label said = new Label();
        said.setId("import-preview-layout-saved");
        save.setOnAction(e -> {
            SavedLayouts.SavedLayout layout = table.getSelectionModel().getSelectedItem().choices(name.getText()
                    .strip());
            try {
                saved.save(layout);
                choice.getItems().setAll(saved.all());
                said.setText(I18n.text("importPreview.layoutSaved", layout.name()));
            } catch (java.util.prefs.BackingStoreException ex) {
                said.setText(I18n.text("importPreview.layoutNotSaved", I18n.message(ex)));
            }
        });
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, new Label(I18n.text("importPreview.layouts")),
                choice, name, save, said);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private static javafx.scene.control.TextField field(String id, String promptKey, int columns) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId(id);
        field.setPromptText(I18n.text(promptKey));
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A button for what is typed in {@code field} about the selected file: off while either is missing. */
    private static Button buttonFor(String id, String textKey, javafx.scene.control.TextField field,
                                    TableView<Row> table) {
        Button button = new Button(I18n.text(textKey));
        button.setId(id);
        button.disableProperty().bind(field.textProperty().isEmpty()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        return button;
    }

    /** The selected file's speakers: the name each gets in the project (the same name merges two) and its role. */
    private static TableView<SpeakerRow> speakerTable(java.util.Set<String> projectInterviewers,
                                                      java.util.Map<String, Integer> documentsOfSpeakers,
                                                      Runnable renamed) {
        TableView<SpeakerRow> speakers = new TableView<>();
        speakers.setId("import-preview-speakers");
        speakers.setEditable(true);
        speakers.setPrefHeight(150);
        TableColumn<SpeakerRow, String> found = new TableColumn<>(I18n.text("importPreview.found"));
        found.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().found().name()));
        found.setEditable(false);
        TableColumn<SpeakerRow, String> name = new TableColumn<>(I18n.text("importPreview.nameInProject"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().names().getOrDefault(
                c.getValue().found().name(), c.getValue().found().name())));
        name.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> {
            String to = e.getNewValue().strip();
            e.getRowValue().file().names().put(e.getRowValue().found().name(), to);
            renamed.run(); // the file's row lists its speakers by these names
            e.getTableView().refresh(); // and whether the project has a speaker of that name
            // Named as the project's interviewer (or as an interviewer is named): an interviewer here too.
            if (projectInterviewers.stream().anyMatch(to::equalsIgnoreCase) || nl.veldwerk.importer.TurnsOfImportedTexts.namesAnInterviewer(to)) {
                e.getRowValue().file().interviewers().add(e.getRowValue().found().name());
                e.getTableView().refresh();
            }
        });
        name.setEditable(true);
        TableColumn<SpeakerRow, Boolean> interviewer = new TableColumn<>(I18n.text("importPreview.interviewer"));
        interviewer.setCellValueFactory(c -> {
            SpeakerRow row = c.getValue();
            BooleanProperty ticked = new SimpleBooleanProperty(row.file().interviewers().contains(row.found().name()));
            ticked.addListener((o, was, now) -> {
                if (now) {
                    row.file().interviewers().add(row.found().name());
                } else {
                    row.file().interviewers().remove(row.found().name());
                }
            });
            return ticked;
        });
        interviewer.setCellFactory(CheckBoxTableCell.forTableColumn(interviewer));
        interviewer.setEditable(true);
        // A speaker's name is one person across the project: "R" of three interviews became one speaker of 10 turns
        // in 3 documents, without a word before it came in (QA). Said here, where it can still be renamed.
        TableColumn<SpeakerRow, String> known = new TableColumn<>(I18n.text("importPreview.inProject"));
        known.setCellValueFactory(c -> new ReadOnlyStringWrapper(alreadyIn(documentsOfSpeakers,
                c.getValue().file().names().getOrDefault(c.getValue().found().name(), c.getValue().found().name()))));
        known.setEditable(false);
        known.setCellFactory(c -> wholeOnHover());
        TableColumn<SpeakerRow, String> turns = new TableColumn<>(I18n.text("importPreview.turnCount"));
        turns.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().found().turns())));
        turns.setEditable(false);
        TableColumn<SpeakerRow, String> begins = new TableColumn<>(I18n.text("importPreview.begins"));
        begins.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().found().firstWords()));
        begins.setEditable(false);
        begins.setCellFactory(c -> wholeOnHover());
        found.setPrefWidth(140);
        name.setPrefWidth(180);
        interviewer.setPrefWidth(100);
        turns.setPrefWidth(110);
        known.setPrefWidth(300); // "Already speaks in 11 documents: the same speaker" whole (it was cut: QA)
        speakers.getColumns().addAll(List.of(found, name, interviewer, known, turns, begins));
        speakers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        speakers.setPlaceholder(new Label(""));
        return speakers;
    }

    /** "Already in 3 documents: the same speaker", for a name the project's speakers have, else "". */
    static String alreadyIn(java.util.Map<String, Integer> documentsOfSpeakers, String name) {
        Integer documents = documentsOfSpeakers.get(name.strip());
        return documents == null || documents == 0 ? "" : I18n.text("importPreview.alreadyIn", documents);
    }

    /**
     * Which files hold a text the project has already (imported before), said below the table, where it is not cut
     * off as in the Document column (QA: the same file came in again with only "(2)" seen). Hidden when none does.
     */
    private static Label sameTextsNote(List<ImportPlan> found) {
        List<String> same = found.stream().filter(f -> f.sameTextAs() != null).map(f -> I18n.text(
                "importPreview.sameTextFile", f.file().getFileName(), f.sameTextAs())).toList();
        Label note = new Label(same.isEmpty() ? "" : I18n.text("importPreview.sameTexts", String.join("; ", same)));
        note.setId("import-preview-same-texts");
        note.setWrapText(true);
        note.setStyle("-fx-font-weight: bold");
        note.setVisible(!same.isEmpty());
        note.setManaged(!same.isEmpty());
        return note;
    }

    private static TableColumn<Row, String> column(String title, double width,
                                                   java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // Each cell's whole text on hover: a long one is cut off in its column (QA: a document's "the same text as"
        // and a layout's name were not seen).
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        // Its heading whole, in Dutch too ("Tijdmarkeringen" was cut to "Tijdmark…" when the table was squeezed).
        column.setMinWidth(Math.min(width, nl.veldwerk.ui.common.Labels.widthOf(title) + 24));
        column.setEditable(false);
        return column;
    }

    static String layout(TranscriptAnalysis a) {
        return I18n.text("importPreview.layout." + a.layout().name());
    }

    /** The layout, and whether hard-wrapped lines were joined (a thing of the layout, not of the speakers). */
    static String layoutColumn(TranscriptAnalysis a) {
        return layout(a) + (a.wrapsJoined() && !a.turns().isEmpty() ? " " + I18n.text("importPreview.joined") : "");
    }

    /** "Interviewer 5 · A01 5", or why the text has no turns. */
    static String speakers(TranscriptAnalysis a) {
        return speakers(a, java.util.Map.of());
    }

    /**
     * The file's speakers with their turns, by the names they get ({@code names}: found → name in the project):
     * two given one name are one, their turns added ("Interviewer 3 · Anna 3", not "INT 2 · Anna 3 · Interviewer 1").
     */
    static String speakers(TranscriptAnalysis a, java.util.Map<String, String> names) {
        if (a.turns().isEmpty()) {
            return I18n.text("importPreview.why." + a.verdict().name());
        }
        java.util.Map<String, Integer> turns = new java.util.LinkedHashMap<>();
        for (TranscriptAnalysis.Speaker s : a.speakers()) {
            String name = names.getOrDefault(s.name(), s.name());
            turns.merge(name.isBlank() ? s.name() : name, s.turns(), Integer::sum);
        }
        // "Respondent 3 (3)": a number in a name ("Respondent 3") is not read as its count of turns.
        return turns.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(" · "));
    }

    /**
     * What the file's own panel says of it: the notes, a line each, then the file's turns (ending in the colon that opens the list of speakers) or why it
     * has none (QA: the notes ran together inside the sentence's parentheses).
     */
    static String details(TranscriptAnalysis a) {
        String notes = nl.veldwerk.ui.app.ImportNotes.of(a).stream().map(note -> "• " + note + "\n").collect(java.util.stream.Collectors.joining());
        if (a.turns().isEmpty()) {
            // The way out when the reading missed labels written otherwise ("marieke", "+31 6 1234 5678").
            return notes + I18n.text("importPreview.why." + a.verdict().name())
                    + (a.verdict() == TranscriptAnalysis.Verdict.TURNS_OFF ? ""
                    : ". " + I18n.text("importPreview.nameLabels"));
        }
        return notes + I18n.text("importPreview.found.turns", a.turns().size(), a.speakers().size(), layout(a),
                a.wrapsJoined() ? " " + I18n.text("importPreview.joined") : "");
    }
}
