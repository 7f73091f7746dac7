package nl.veldwerk.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import nl.veldwerk.analysis.IntercoderAgreement.UnitKind;
import nl.veldwerk.analysis.IntercoderAgreement;
import nl.veldwerk.model.Coder;
import nl.veldwerk.report.AgreementExport;
import nl.veldwerk.report.GridExport;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/** Inter-coder agreement for the chosen coders, and the places where they disagree, with the text. */
final class AgreementTab extends BorderPane {
    private final AnalysisViewModel vm;
    private final Dialogs dialogs;
    private final List<CheckBox> coders = new ArrayList<>();
    private final ChoiceBox<UnitKind> unit = new ChoiceBox<>(FXCollections.observableArrayList(UnitKind.values()));
    private final GridTable table = new GridTable((r, c) -> { });
    private final DetailList disagreements;
    private final Label explanation = new Label();
    private IntercoderAgreement.Result result;
    /** Whether there is a result to export (the buttons looked ready and did nothing before one). */
    private final javafx.beans.property.BooleanProperty computed = new javafx.beans.property.SimpleBooleanProperty();

    AgreementTab(AnalysisViewModel vm, Dialogs dialogs, AnalysisWindow.QuotationJump jump) {
        this.vm = vm;
        this.dialogs = dialogs;
        // Where the coders differ, once computed (it said "select a cell", as under the other tables).
        this.disagreements = new DetailList(jump, I18n.text("agreement.disagreementsHere"));
        table.setId("agreement-table");
        Label placeholder = new Label(I18n.text(vm.project().coders().size() < 2 ? "agreement.needCoders"
                : "agreement.howTo"));
        placeholder.setWrapText(true); // a long hint on lines of its own, not cut off at the table's edge
        placeholder.setMaxWidth(560);
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        disagreements.setId("disagreements");
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new Label(I18n.text(
                "agreement.coders")));
        // Ticked to begin with: the two coders who did the most. Agreement is mostly between two coders, and a
        // third ticked (a supervisor who coded once) narrowed the comparison to the documents all three coded.
        java.util.Set<String> busiest = vm.project().coders().stream().filter(c -> vm.project().usesOf(c.id()) > 0)
                .sorted(java.util.Comparator.comparingInt((Coder c) -> vm.project().usesOf(c.id())).reversed())
                .limit(2).map(Coder::id).collect(java.util.stream.Collectors.toSet());
        for (Coder c : vm.project().coders()) {
            CheckBox box = new CheckBox(c.name());
            box.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            box.setUserData(c.id());
            box.setSelected(busiest.size() < 2 || busiest.contains(c.id()));
            coders.add(box);
            bar.getChildren().add(box);
        }
        unit.setValue(UnitKind.CHARACTER);
        unit.setConverter(Labels.converter("unit."));
        Button compute = new Button(I18n.text("agreement.compute"));
        compute.setId("compute-agreement");
        compute.setOnAction(e -> compute());
        Button csv = new Button(I18n.text("agreement.exportDisagreements"));
        csv.setOnAction(e -> exportDisagreements());
        Button xlsx = new Button(I18n.text("export.xlsx"));
        xlsx.setOnAction(e -> exportSummary());
        xlsx.disableProperty().bind(computed.not());
        csv.disableProperty().bind(computed.not());
        bar.getChildren().addAll(new Label(I18n.text("agreement.unit")), unit, compute, xlsx, csv);
        bar.setPadding(new Insets(8));
        explanation.setId("agreement-explanation");
        explanation.setWrapText(true);
        explanation.setPadding(new Insets(0, 8, 8, 8));
        setTop(new javafx.scene.layout.VBox(bar, explanation));
        SplitPane split = new SplitPane(table, disagreements);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    /** The documents named in the explanation, at most: the rest are counted (thousands would fill the window). */
    private static final int NAMED = 30;

    private void compute() {
        List<String> chosen = coders.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList();
        if (chosen.size() < 2) {
            dialogs.showInfo(I18n.text("agreement.title"), I18n.text("agreement.twoCoders"));
            return;
        }
        vm.agreement(chosen, unit.getValue(), r -> {
            result = r;
            computed.set(true);
            table.show(AgreementExport.summary(r, I18n.locale()), 1, 0); // its last row: all codes together
            // Which documents the figures cover, and which were left out (QA: a document one coder coded alone was
            // passed over without a word).
            explanation.setText(I18n.text("unit.explain." + r.unit().name().toLowerCase(java.util.Locale.ROOT))
                    + "\n" + I18n.text("agreement.documentsCompared", AgreementExport.documentNames(vm.project(),
                    r.documentIds(), NAMED), r.leftOutIds().isEmpty() ? I18n.text("agreement.noneLeftOut")
                    : AgreementExport.documentNames(vm.project(), r.leftOutIds(), NAMED)));
            // Each line's text worked out when it is shown (thousands of disagreements, each citing its text).
            disagreements.getItems().setAll(r.disagreements().stream().map(d -> new DetailList.Item(() -> d.code()
                    .name() + " · " + I18n.text("agreement.onlyBy", String.join(", ", d.with().stream()
                    .map(this::coderName).toList())) + " · " + vm.describe(d.documentId(), d.start(), d.end()),
                    d.documentId(), d.start(), d.end())).toList());
        }, e -> dialogs.showError(I18n.text("agreement.title"), I18n.message(e)));
    }

    private String coderName(String id) {
        return vm.project().coder(id).map(Coder::name).orElse(id);
    }

    private void exportSummary() {
        if (result != null) {
            dialogs.chooseFileToSave(I18n.text("export.title"), I18n.text("file.agreement"), FileType.XLSX)
                    .ifPresent(file -> vm.export(dialogs, file, () -> AgreementExport.toXlsx(vm.project(), result, file,
                            I18n.locale())));
        }
    }

    private void exportDisagreements() {
        if (result != null) {
            dialogs.chooseFileToSave(I18n.text("export.title"), I18n.text("file.disagreements"), FileType.CSV)
                    .ifPresent(file -> vm.export(dialogs, file, () -> AgreementExport.disagreementsToCsv(vm.project(), result,
                            file, I18n.locale())));
        }
    }
}
