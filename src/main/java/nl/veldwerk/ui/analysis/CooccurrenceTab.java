package nl.veldwerk.ui.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import nl.veldwerk.analysis.CooccurrenceTable.Relation;
import nl.veldwerk.analysis.CooccurrenceTable;
import nl.veldwerk.analysis.Grid;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;

/** Code co-occurrence counts or c-coefficients; a cell lists the co-occurring pairs. */
final class CooccurrenceTab extends GridTab {
    private final CheckBox encloses = new CheckBox(I18n.text("relation.encloses"));
    private final CheckBox overlaps = new CheckBox(I18n.text("relation.overlaps"));
    private final CheckBox adjacent = new CheckBox(I18n.text("relation.adjacent"));
    private final ToggleButton coefficients = new ToggleButton(I18n.text("cooccurrence.coefficient"));
    /** Off by default: the counts of the codes themselves, as ATLAS.ti gives them. */
    private final CheckBox withSubcodes = new CheckBox(I18n.text("analysis.withSubcodes"));
    /** In which documents: all, a group's, those with an attribute's value. */
    private final javafx.scene.control.ChoiceBox<AnalysisViewModel.WordScope> documents =
            new javafx.scene.control.ChoiceBox<>();
    private CooccurrenceTable computed;
    /** The documents {@link #computed} was counted in, said in the corner (and so in exports); null for all. */
    private String computedIn;

    CooccurrenceTab(AnalysisViewModel vm, Dialogs dialogs, AnalysisWindow.QuotationJump jump) {
        super("cooccurrence", vm, dialogs, jump);
        for (CheckBox box : List.of(encloses, overlaps, adjacent)) {
            box.setSelected(true);
            box.setOnAction(e -> recompute());
        }
        coefficients.setOnAction(e -> redrawSameCells());
        withSubcodes.setId("cooccurrence-with-subcodes");
        withSubcodes.setOnAction(e -> recompute());
        documents.setId("cooccurrence-documents");
        documents.getItems().setAll(vm.documentScopes());
        documents.getSelectionModel().selectFirst();
        documents.setOnAction(e -> recompute());
        settings(new javafx.scene.control.Label(I18n.text("cooccurrence.in")), documents, encloses, overlaps, adjacent,
                withSubcodes, coefficients);
        // What a cell counts, beside the diagram's arrows, which count quotations (QA: two figures, one word).
        note(I18n.text("cooccurrence.explain"));
        recompute();
    }

    private void recompute() {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (encloses.isSelected()) {
            relations.add(Relation.ENCLOSES);
        }
        if (overlaps.isSelected()) {
            relations.add(Relation.OVERLAPS);
        }
        if (adjacent.isSelected()) {
            relations.add(Relation.ADJACENT);
        }
        AnalysisViewModel.WordScope in = documents.getValue();
        String inLabel = in == null || in.documentIds() == null ? null : in.label();
        vm.cooccurrence(relations, withSubcodes.isSelected(), in == null ? null : in.documentIds(), result -> {
            computed = result;
            computedIn = inLabel;
            redraw();
        }, e -> dialogs.showError(I18n.text("error.analysis"), I18n.message(e)));
    }

    @Override
    protected Grid grid() {
        return computed == null ? null : computed.toGrid(I18n.text("analysis.cooccurrence"),
                corner(coefficients.isSelected()), coefficients.isSelected());
    }

    @Override
    protected nl.veldwerk.ui.common.TaskRunner.Job<List<DetailList.Item>> itemsOf(int row, int column) {
        CooccurrenceTable table = computed; // the one shown now, whatever is computed meanwhile
        return () -> table.pairs(row, column).stream().map(pair -> {
            int start = Math.min(pair.first().start(), pair.second().start());
            int end = Math.max(pair.first().end(), pair.second().end());
            String relation = "cooccurrence.pair." + pair.relation().name().toLowerCase(java.util.Locale.ROOT);
            boolean same = pair.first().id().equals(pair.second().id());
            // The text worked out when the line is shown, on the FX thread (as the code-document list does). Both
            // quotations by their IDs: a quotation inside another, both with both codes, gave lines alike.
            return new DetailList.Item(() -> (same ? I18n.text("cooccurrence.same", vm.quotationId(pair.first()))
                    : I18n.text(relation, vm.quotationId(pair.first()), vm.quotationId(pair.second()))) + " · "
                    + vm.describe(pair.first().documentId(), start, end), pair.first().documentId(), start, end);
        }).toList();
    }

    /** Both the counts and the coefficients, a sheet each. */
    @Override
    protected List<Grid> sheets() {
        return List.of(computed.toGrid(I18n.text("cooccurrence.counts"), corner(false), false),
                computed.toGrid(I18n.text("cooccurrence.coefficient"), corner(true), true));
    }

    /**
     * "Code (c-coefficient)": what the figures are, in the file as in the window (a CSV said only "Code"); and in
     * which documents, when not all.
     */
    private String corner(boolean coefficients) {
        String corner = I18n.text("analysis.corner", I18n.text("analysis.code"), I18n.text(coefficients
                ? "cooccurrence.coefficient" : "cooccurrence.counts").toLowerCase(I18n.locale()));
        return computedIn == null ? corner : I18n.text("cooccurrence.cornerIn", corner, computedIn);
    }
}
