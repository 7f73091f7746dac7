package nl.veldwerk.ui.analysis;

import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import nl.veldwerk.analysis.CodeDocumentTable.Columns;
import nl.veldwerk.analysis.CodeDocumentTable.Measure;
import nl.veldwerk.analysis.CodeDocumentTable.Normalisation;
import nl.veldwerk.analysis.CodeDocumentTable;
import nl.veldwerk.analysis.Grid;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/** Codes against documents, groups or attribute values; a cell lists its quotations. */
final class CodeDocumentTab extends GridTab {
    private final ChoiceBox<String> columns = new ChoiceBox<>();
    private final ChoiceBox<Measure> measure = new ChoiceBox<>(FXCollections.observableArrayList(Measure.values()));
    private final ChoiceBox<Normalisation> normalisation = new ChoiceBox<>(
            FXCollections.observableArrayList(Normalisation.values()));
    private final javafx.scene.control.CheckBox withSubcodes = new javafx.scene.control.CheckBox(
            I18n.text("analysis.withSubcodes"));
    private CodeDocumentTable computed;
    /** The type of the attribute whose values are the columns, or null. */
    private nl.veldwerk.model.AttributeType valueType;
    /** Whether they are an attribute's values (the last for documents without one). */
    private boolean valueColumns;
    /** The table whose words are being counted, if any: counted once, however often the measure is switched. */
    private CodeDocumentTable countingFor;

    /** How the table is asked for: kept when the window takes a new copy of the project (Refresh). */
    record Settings(String columns, Measure measure, Normalisation normalisation, boolean withSubcodes) {
    }

    CodeDocumentTab(AnalysisViewModel vm, Dialogs dialogs, AnalysisWindow.QuotationJump jump) {
        this(vm, dialogs, jump, null);
    }

    /** With the settings of the table before (null: as a new window has them). */
    CodeDocumentTab(AnalysisViewModel vm, Dialogs dialogs, AnalysisWindow.QuotationJump jump, Settings before) {
        super("code-document", vm, dialogs, jump);
        columns.getItems().addAll(I18n.text("columns.documents"), I18n.text("columns.groups"),
                I18n.text("columns.speakers"));
        vm.attributeNames().forEach(a -> columns.getItems().add(I18n.text("columns.attribute", a)));
        columns.getSelectionModel().selectFirst();
        measure.setValue(Measure.QUOTATIONS);
        normalisation.setValue(Normalisation.RAW);
        if (before != null) {
            if (columns.getItems().contains(before.columns())) { // an attribute may have gone meanwhile
                columns.setValue(before.columns());
            }
            measure.setValue(before.measure());
            normalisation.setValue(before.normalisation());
        }
        normalisation.setId("normalisation");
        measure.setId("measure");
        measure.setConverter(Labels.converter("measure."));
        normalisation.setConverter(Labels.converter("normalisation."));
        columns.setOnAction(e -> recompute());
        withSubcodes.setSelected(before == null || before.withSubcodes());
        withSubcodes.setId("with-subcodes");
        withSubcodes.setOnAction(e -> recompute());
        measure.setOnAction(e -> show(true));
        normalisation.setOnAction(e -> show(true));
        settings(new Label(I18n.text("analysis.columns")), columns, new Label(I18n.text("analysis.measure")),
                measure, normalisation, withSubcodes);
        recompute();
    }

    Settings settings() {
        return new Settings(columns.getValue(), measure.getValue(), normalisation.getValue(), withSubcodes.isSelected());
    }

    private void recompute() {
        int choice = columns.getSelectionModel().getSelectedIndex();
        Columns kind = choice == 0 ? Columns.DOCUMENTS : choice == 1 ? Columns.GROUPS : choice == 2 ? Columns.SPEAKERS
                : Columns.ATTRIBUTE;
        String attribute = choice >= 3 ? vm.attributeNames().get(choice - 3) : null;
        nl.veldwerk.model.AttributeType type = attribute == null ? null : vm.attributeType(attribute);
        boolean byValue = attribute != null;
        vm.codeDocument(kind, attribute, withSubcodes.isSelected(), result -> {
            computed = result;
            valueType = type;
            valueColumns = byValue;
            redraw();
        }, e -> dialogs.showError(I18n.text("error.analysis"), I18n.message(e)));
    }

    /** A table computed anew: nothing in it is selected. */
    @Override
    protected void redraw() {
        show(false);
    }

    /**
     * Shows the table in the measure and share chosen; {@code sameCells} when only those changed, so the cell
     * selected stays. Words are counted once per table, off the FX thread (every text is read): the table of
     * quotations stays meanwhile, with nothing to export (the file would count on the FX thread), and the
     * measure can be switched back (it was disabled, which sent the focus to the next control).
     */
    private void show(boolean sameCells) {
        CodeDocumentTable table = computed;
        if (table != null && measure.getValue() == Measure.WORDS && !table.hasWords()) {
            note(I18n.text("analysis.countingWords"));
            exportable(false);
            if (countingFor != table) {
                countingFor = table;
                vm.inBackground(() -> {
                    table.countWords();
                    return table;
                }, counted -> {
                    if (countingFor == counted) {
                        countingFor = null;
                    }
                    if (counted == computed) {
                        show(sameCells);
                    }
                }, e -> {
                    countingFor = null;
                    dialogs.showError(I18n.text("error.analysis"), I18n.message(e));
                });
            }
            return;
        }
        if (sameCells) {
            redrawSameCells();
        } else {
            super.redraw();
        }
        boolean more = computed != null && computed.sharesAddUpToMore(measure.getValue(), normalisation.getValue());
        note(!more ? "" : I18n.text(switch (normalisation.getValue()) {
            case PERCENT_OF_COLUMN -> "analysis.columnOver100";
            case PERCENT_OF_ROW -> "analysis.rowOver100";
            case RAW -> "analysis.rowOverTotal";
        }));
    }

    @Override
    protected int totalRows() {
        return 1;
    }

    @Override
    protected int totalColumns() {
        return 1;
    }

    @Override
    protected Grid grid() {
        // The corner says what the figures are ("Code (quotations, % of column)"): a file of shares read as counts.
        String what = measure.getConverter().toString(measure.getValue()) + ", "
                + normalisation.getConverter().toString(normalisation.getValue());
        return computed == null ? null : computed.toGrid(I18n.text("analysis.codeDocument"), I18n.text("analysis.corner",
                I18n.text("analysis.code"), what.toLowerCase(I18n.locale())),
                I18n.text("analysis.total"), measure.getValue(), normalisation.getValue(), this::columnLabel);
    }

    /** A column's label in the user's language: "(geen waarde)", a number with its decimal comma, "ja". */
    private String columnLabel(CodeDocumentTable.Column column) {
        if (column.speaker() != null && column.speaker().isEmpty()) {
            return I18n.text("analysis.noSpeaker");
        }
        if (valueColumns && CodeDocumentTable.NO_VALUE.equals(column.label())
                && column == computed.columns().getLast()) {
            return I18n.text("analysis.noValue");
        }
        return valueType != null ? valueType.shown(column.label(), I18n.locale()) : column.label();
    }

    @Override
    protected nl.veldwerk.ui.common.TaskRunner.Job<java.util.List<DetailList.Item>> itemsOf(int row, int column) {
        CodeDocumentTable table = computed; // the one shown now, whatever is computed meanwhile
        // A total lists the quotations it counts (each once), as a cell does.
        boolean total = row >= table.codes().size() || column >= table.columns().size();
        return () -> (total ? table.quotationsOfTotal(row, column) : table.quotations(row, column)).stream()
                .map(q -> new DetailList.Item(() -> vm.describe(q), q.documentId(), q.start(), q.end())).toList();
    }
}
