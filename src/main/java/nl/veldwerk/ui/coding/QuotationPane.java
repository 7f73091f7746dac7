package nl.veldwerk.ui.coding;

import java.time.format.DateTimeFormatter;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.veldwerk.ui.common.I18n;

/** The quotations of the document (or of a code), filterable and sortable; selecting one shows it. */
public final class QuotationPane extends BorderPane {
    private static final DateTimeFormatter DATE = nl.veldwerk.ui.common.Dates.MINUTES;

    private final CodingViewModel coding;

    private final nl.veldwerk.ui.common.ColumnLayout columns;

    public QuotationPane(CodingViewModel coding) {
        this.coding = coding;
        TextField filter = new TextField();
        filter.setPromptText(I18n.text("quotations.filter"));
        filter.setId("quotation-filter");
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(filter);
        filter.textProperty().bindBidirectional(coding.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ToggleGroup group = new ToggleGroup();
        ToggleButton ofDocument = new ToggleButton(I18n.text("quotations.ofDocument"));
        ToggleButton ofCode = new ToggleButton(I18n.text("quotations.ofCode"));
        ofDocument.setToggleGroup(group);
        ofCode.setToggleGroup(group);
        ofDocument.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the filter shrinks, not these
        ofCode.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ofDocument.setSelected(true);
        // One of the two is always pressed, the list's scope: a click on the pressed one left neither pressed.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                group.selectToggle(was);
            }
        });
        ofCode.disableProperty().bind(coding.listedCodeProperty().isNull());
        coding.scopeProperty().addListener((o, was, now) -> (now == CodingViewModel.Scope.CODE ? ofCode : ofDocument)
                .setSelected(true));
        ofDocument.setOnAction(e -> coding.scopeProperty().set(CodingViewModel.Scope.DOCUMENT));
        ofCode.setOnAction(e -> coding.scopeProperty().set(CodingViewModel.Scope.CODE));
        Label title = new Label();
        title.getStyleClass().add("pane-heading");
        javafx.scene.control.Tooltip wholeTitle = new javafx.scene.control.Tooltip();
        wholeTitle.textProperty().bind(title.textProperty());
        title.setTooltip(wholeTitle); // "Quotations of ‘Sociaal netwerk’ and its su…" whole
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                coding.scopeProperty().get() == CodingViewModel.Scope.CODE && coding.listedCodeProperty().get() != null
                        ? I18n.text(coding.project().childrenOf(coding.listedCodeProperty().get().id()).isEmpty()
                        ? "quotations.headingCode" : "quotations.headingCategory", coding.listedCodeProperty().get().name())
                        : I18n.text("quotations.heading"), coding.scopeProperty(), coding.listedCodeProperty()));
        Button previous = new Button("▲");
        previous.setTooltip(new javafx.scene.control.Tooltip(I18n.text("quotations.previous")));
        previous.setOnAction(e -> coding.step(-1).ifPresent(coding.selectedQuotationProperty()::set));
        Button next = new Button("▼");
        next.setTooltip(new javafx.scene.control.Tooltip(I18n.text("quotations.next")));
        next.setOnAction(e -> coding.step(1).ifPresent(coding.selectedQuotationProperty()::set));
        HBox bar = new HBox(6, ofDocument, ofCode, filter, previous, next);
        bar.setPadding(new Insets(4, 6, 4, 6));

        TableView<QuotationRow> table = new TableView<>();
        table.setId("quotation-list");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(coding.rowsReadingProperty())
                .then(I18n.text("quotations.reading")).otherwise(I18n.text("quotations.empty")));
        table.setPlaceholder(placeholder);
        // Rows read again after a change stay on screen until the new ones come, but are not to be chosen.
        table.disableProperty().bind(coding.rowsReadingProperty());
        TableColumn<QuotationRow, String> id = column(I18n.text("quotations.id"), 44, QuotationRow::id);
        id.setId("quotation-id");
        // "12:104" whole, and "9999:100" in a study of thousands of interviews: the table's constrained policy
        // squeezed it to "1…" beside the time, and a large project's IDs to "99…".
        id.setMinWidth(Math.max(44, nl.veldwerk.ui.common.Labels.widthOf("9999:100") + 16));
        id.setComparator(QuotationIds.ORDER);
        table.getColumns().add(id);
        TableColumn<QuotationRow, String> document = column(I18n.text("quotations.document"), 70, r -> r.document());
        document.setId("quotation-document");
        // The document's name only when the list spans documents (a code's quotations): the ID names it too.
        document.visibleProperty().bind(coding.scopeProperty().isEqualTo(CodingViewModel.Scope.CODE));
        table.getColumns().add(document);
        TableColumn<QuotationRow, String> paragraphs = column("¶", 40,
                r -> nl.veldwerk.model.Paragraphs.label(r.firstParagraph(), r.lastParagraph()));
        paragraphs.setId("quotation-paragraphs");
        // As wide as the longest label shown needs ("10412–10415" in a long transcript), at least as before.
        LongestParagraphLabel longest = new LongestParagraphLabel(coding.rows());
        paragraphs.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(40,
                nl.veldwerk.ui.common.Labels.widthOf("9".repeat(longest.longestProperty().get())) + 16),
                longest.longestProperty()));
        // In reading order, not as text ("9" before "10").
        paragraphs.setComparator(java.util.Comparator.comparingInt((String label) -> Integer.parseInt(
                label.split("–")[0])));
        table.getColumns().add(paragraphs);
        TableColumn<QuotationRow, String> time = column(I18n.text("quotations.time"), 76, QuotationRow::time);
        time.setId("quotation-time");
        // "00:00:15.1" whole, tenths and all, in the font shown (QA: "00:00:1…" at 76 px).
        time.setMinWidth(Math.max(76, nl.veldwerk.ui.common.Labels.widthOf("00:00:00.0") + 20));
        time.setPrefWidth(time.getMinWidth());
        // Shown for transcripts with time marks only: elsewhere it would be an empty column taking room.
        TimedRows timed = new TimedRows(coding.rows());
        // Set when that changes only (not bound): the table's column menu may still hide or show it.
        timed.anyProperty().addListener((o, was, now) -> time.setVisible(now));
        time.setVisible(timed.anyProperty().get());
        table.getColumns().add(time);
        // Who says it, as the quotation manager shows it; for who wants it (the table's menu button), as the coder.
        TableColumn<QuotationRow, String> speaker = column(I18n.text("quotations.speaker"), 80, QuotationRow::speaker);
        speaker.setId("quotation-speaker");
        speaker.setVisible(false);
        table.getColumns().add(speaker);
        TableColumn<QuotationRow, String> text = column(I18n.text("quotations.text"), 200, r -> r.text());
        text.setId("quotation-text");
        table.getColumns().add(text);
        TableColumn<QuotationRow, String> codes = column(I18n.text("quotations.codes"), 120, r -> r.codes());
        codes.setId("quotation-codes");
        table.getColumns().add(codes);
        // Coder and date are there for who wants them (the table's menu button), not taking the text's room.
        TableColumn<QuotationRow, String> coder = column(I18n.text("quotations.coder"), 80, r -> r.coder());
        TableColumn<QuotationRow, String> created = column(I18n.text("quotations.created"), 110,
                r -> r.created() == null ? "" : DATE.format(r.created()));
        coder.setId("quotation-coder");
        created.setId("quotation-created");
        coder.setVisible(false);
        created.setVisible(false);
        table.getColumns().add(coder);
        table.getColumns().add(created);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The widths dragged and the columns shown with the menu button come back at the next start.
        columns = nl.veldwerk.ui.common.ColumnLayout.follow("quotations", table, java.util.List.of(speaker, coder,
                created));
        SortedList<QuotationRow> sorted = new SortedList<>(coding.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !coding.rowsUpdatingProperty().get()
                    && !now.quotation().equals(coding.selectedQuotationProperty().get())) {
                coding.selectedQuotationProperty().set(now.quotation());
            }
        });
        coding.selectedQuotationProperty().addListener((o, was, now) -> selectRowOf(table, sorted, now, true));
        // Delete, and a context menu, as in ATLAS.ti's quotation manager: the inspector's button was the only way.
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)
                    && table.getSelectionModel().getSelectedItem() != null && !coding.main().readOnlyProperty().get()) {
                e.consume();
                coding.deleteSelectedQuotation();
            }
        });
        javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(I18n.text("inspector.delete"));
        deleteItem.setId("quotation-list-delete");
        deleteItem.setOnAction(e -> coding.deleteSelectedQuotation());
        // Play, as the inspector's button does, where the document has a recording (QA: only in the inspector).
        javafx.scene.control.MenuItem playItem = new javafx.scene.control.MenuItem();
        playItem.setId("quotation-list-play");
        playItem.setOnAction(e -> {
            QuotationRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                coding.playQuotation(row.quotation());
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(playItem, deleteItem);
        menu.setOnShowing(e -> {
            QuotationRow row = table.getSelectionModel().getSelectedItem();
            deleteItem.setDisable(row == null || coding.main().readOnlyProperty().get());
            nl.veldwerk.model.Document of = row == null ? null
                    : coding.main().session().project().document(row.quotation().documentId()).orElse(null);
            boolean playable = of != null && of.recording() != null;
            playItem.setVisible(playable);
            if (playable) {
                long[] stretch = CodingViewModel.recordingOf(of, row.quotation());
                playItem.setText(stretch[0] <= 0 ? I18n.text("inspector.playFromStart")
                        : I18n.text("inspector.play", nl.veldwerk.model.TimeMarks.clockExact(stretch[0])));
            }
        });
        table.setContextMenu(menu);
        // Rows replaced (a resize, a comment, a code): the table may have moved its selection; put it back.
        coding.rowsUpdatingProperty().addListener((o, was, now) -> {
            if (!now) {
                selectRowOf(table, sorted, coding.selectedQuotationProperty().get(), false);
            }
        });
        setTop(new javafx.scene.layout.VBox(title, bar));
        setCenter(table);
    }

    private void selectRowOf(TableView<QuotationRow> table, SortedList<QuotationRow> sorted,
                             nl.veldwerk.model.Quotation q, boolean scroll) {
        int index = q == null ? -1 : indexOf(sorted, q.id());
        if (index < 0) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().clearAndSelect(index);
            if (scroll) {
                nl.veldwerk.ui.common.Scrolling.intoView(table, index);
            }
        }
    }

    /**
     * By index, not by row: selecting a row object makes the table compare it with every row. Found where the
     * list keeps it (a binary search) and shown where the table's sort puts it; a quotation the list does not
     * have (one just undone, still selected while its row goes) is not looked for row by row.
     */
    private int indexOf(SortedList<QuotationRow> rows, String quotationId) {
        int listed = coding.rowIndexOf(quotationId);
        if (listed < 0) {
            return -1;
        }
        if (listed < rows.getSource().size()) {
            int shown = rows.getViewIndex(listed);
            if (shown >= 0 && shown < rows.size() && rows.get(shown).quotation().id().equals(quotationId)) {
                return shown;
            }
        }
        // Not where the list says: look everywhere rather than select the wrong row.
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quotation().id().equals(quotationId)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the list's column widths and shown columns for the next start, as the window closes. */
    public void keepColumns() {
        columns.keep();
    }

    private static TableColumn<QuotationRow, String> column(String title, double width,
                                                            java.util.function.Function<QuotationRow, String> value) {
        TableColumn<QuotationRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
