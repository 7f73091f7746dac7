package nl.veldwerk.ui;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;

/** Asks what a quotation report holds: which codes, which documents or groups, how grouped and laid out. */
final class ReportDialog {
    private ReportDialog() {
    }

    static Optional<ReportActions.Request> ask(Window owner, Project p) {
        TextField title = new TextField(p.info().name());
        ListView<CheckBox> codes = new ListView<>();
        addCodes(p, codes, null, 0);
        codes.setPrefHeight(220);
        CheckBox subCodes = new CheckBox(I18n.text("report.withSubCodes"));
        subCodes.setSelected(true);
        ListView<CheckBox> documents = new ListView<>();
        p.groups().stream().sorted(Comparator.comparing(DocumentGroup::name)).forEach(g -> documents.getItems().add(
                box(I18n.text("report.group", g.name()), "g:" + g.id())));
        p.documents().stream().sorted(Comparator.comparing(Document::name)).forEach(d -> documents.getItems().add(
                box(d.name(), "d:" + d.id())));
        documents.setPrefHeight(160);
        ChoiceBox<QuotationSelection.Grouping> grouping = new ChoiceBox<>(FXCollections.observableArrayList(
                QuotationSelection.Grouping.values()));
        grouping.setConverter(Labels.converter("report.grouping."));
        grouping.setValue(QuotationSelection.Grouping.BY_CODE);
        CheckBox table = new CheckBox(I18n.text("report.table"));
        CheckBox definitions = new CheckBox(I18n.text("report.definitions"));
        CheckBox memos = new CheckBox(I18n.text("report.memos"));
        ChoiceBox<Diagram> diagram = new ChoiceBox<>();
        diagram.getItems().add(null);
        diagram.getItems().addAll(p.diagrams());
        diagram.setConverter(Labels.shown((Diagram d) -> d == null ? I18n.text("report.noDiagram") : d.name()));
        diagram.setValue(null);
        ChoiceBox<String> savedQuery = new ChoiceBox<>();
        savedQuery.getItems().add(null);
        p.info().savedQueries().forEach(q -> savedQuery.getItems().add(q.name()));
        savedQuery.setConverter(Labels.shown((String name) -> name == null ? I18n.text("report.noQuery") : name));
        savedQuery.setValue(null);
        GridPane options = new GridPane(8, 6);
        options.addRow(0, new Label(I18n.text("report.groupBy")), grouping);
        options.addRow(1, new Label(I18n.text("report.diagram")), diagram);
        options.addRow(2, new Label(I18n.text("report.savedQuery")), savedQuery);
        VBox content = new VBox(6, new Label(I18n.text("report.title")), title, new Label(I18n.text("report.codes")),
                codes, subCodes, new Label(I18n.text("report.documents")), documents, options, table, definitions, memos);
        content.setPadding(new Insets(8));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.text("menu.quotationReport"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        Set<String> codeIds = checked(codes.getItems(), "");
        Set<String> documentIds = checked(documents.getItems(), "d:");
        Set<String> groupIds = checked(documents.getItems(), "g:");
        return Optional.of(new ReportActions.Request(title.getText().isBlank() ? p.info().name() : title.getText(),
                codeIds, subCodes.isSelected(), documentIds, groupIds, grouping.getValue(), table.isSelected(),
                definitions.isSelected(), memos.isSelected(), diagram.getValue() == null ? null : diagram.getValue().id(),
                savedQuery.getValue()));
    }

    private static void addCodes(Project p, ListView<CheckBox> list, String parentId, int depth) {
        List<Code> level = p.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId))
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (Code c : level) {
            CheckBox box = box("    ".repeat(depth) + c.name(), c.id());
            list.getItems().add(box);
            addCodes(p, list, c.id(), depth + 1);
        }
    }

    private static CheckBox box(String text, String id) {
        CheckBox box = new CheckBox(text);
        box.setUserData(id);
        return box;
    }

    private static Set<String> checked(List<CheckBox> boxes, String prefix) {
        Set<String> ids = new HashSet<>();
        for (CheckBox b : boxes) {
            String id = (String) b.getUserData();
            if (b.isSelected() && id.startsWith(prefix) && (!prefix.isEmpty() || !id.startsWith("d:") && !id.startsWith("g:"))) {
                ids.add(id.substring(prefix.length()));
            }
        }
        return ids;
    }
}
