package nl.veldwerk.ui.codebook;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.report.DiagramShapes;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/**
 * The typed relations from the selected code to others (axial and selective coding: "schaamte causes
 * individueel gebruik"), each with its weight; add one by type and target (a user-defined type takes a
 * label), or remove one. Weights are set in the diagram, with their reason.
 */
final class RelationsEditor extends VBox {
    private final CodebookViewModel vm;
    private final Supplier<Optional<Code>> code;
    private final VBox list = new VBox(2);
    private final ChoiceBox<RelationType> type = new ChoiceBox<>(FXCollections.observableArrayList(
            RelationType.values()));
    private final TextField label = new TextField();

    RelationsEditor(CodebookViewModel vm, Supplier<Optional<Code>> code) {
        super(4);
        this.vm = vm;
        this.code = code;
        setId("code-relations");
        type.setConverter(Labels.shown((RelationType t) -> t == null ? "" : I18n.text("relationType." + t.name())));
        type.setValue(RelationType.IS_ASSOCIATED_WITH);
        label.setPromptText(I18n.text("relations.label"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, label);
        label.visibleProperty().bind(type.valueProperty().isEqualTo(RelationType.USER_DEFINED));
        label.managedProperty().bind(label.visibleProperty());
        // The target is chosen as every code is: typed into the searchable chooser.
        Button add = new Button(I18n.text("relations.add"));
        add.setId("relation-add");
        add.setOnAction(e -> add());
        getChildren().addAll(new Label(I18n.text("relations.heading")), list, new HBox(4, type, add), label);
    }

    void refresh() {
        list.getChildren().clear();
        Optional<Code> shown = code.get();
        if (shown.isEmpty() || vm.project().isEmpty()) {
            return;
        }
        Project p = vm.project().get();
        p.relations().stream().filter(r -> r.sourceCodeId().equals(shown.get().id())).forEach(r -> {
            String to = p.code(r.targetCodeId()).map(Code::name).orElse("?");
            String kind = r.type() == RelationType.USER_DEFINED ? r.label() : I18n.text("relationType." + r.type().name());
            Label line = new Label(I18n.text("relations.line", kind, to, DiagramShapes.number(r.weight())));
            line.setWrapText(true);
            HBox.setHgrow(line, Priority.ALWAYS);
            line.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("×");
            remove.setOnAction(e -> vm.deleteRelation(r.id()));
            list.getChildren().add(new HBox(4, line, remove));
        });
    }

    private void add() {
        Optional<Code> source = code.get();
        if (source.isEmpty() || vm.project().isEmpty()) {
            return;
        }
        nl.veldwerk.ui.common.CodeChooser.choose(getScene().getWindow(), I18n.text("relations.add"),
                I18n.text("relations.chooseTarget", source.get().name()), vm.project().get(),
                c -> !c.id().equals(source.get().id()), false).ifPresent(to -> {
                    vm.addRelation(source.get().id(), to.code().id(), type.getValue(), label.getText());
                    label.clear();
                });
    }
}
