package nl.veldwerk.ui.diagrams;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/** The project's diagrams in the explorer: draw the model, open, rename and delete them. */
public final class DiagramsPane extends VBox {
    private final MainViewModel vm;
    private final DiagramEdits edits;
    private final ListView<Diagram> list = new ListView<>();
    private final TextField name = new TextField();

    public DiagramsPane(MainViewModel vm) {
        super(6);
        this.edits = new DiagramEdits(vm);
        this.vm = vm;
        setPadding(new Insets(6));
        setId("diagrams");
        Label empty = new Label(I18n.text("diagrams.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setId("diagram-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Diagram d, boolean isEmpty) {
                super.updateItem(d, isEmpty);
                Project p = isEmpty || d == null || vm.storeProperty().get() == null ? null : vm.session().project();
                // As drawn: a hidden code's box and arrows are not counted (the list said 8 arrows of 7 drawn).
                setText(p == null ? null : d.name() + "\n" + I18n.text("diagrams.summary",
                        d.nodes().stream().filter(n -> !n.hidden() && p.code(n.codeId()).isPresent()).count(),
                        nl.veldwerk.analysis.DrawnDiagram.arrows(p, d).size()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            name.setText(now == null ? "" : now.name());
            name.setDisable(now == null);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button draw = new Button(I18n.text("diagrams.drawModel"));
        draw.setId("draw-model");
        draw.setOnAction(e -> drawModel(nl.veldwerk.analysis.ModelDiagram.Level.CATEGORIES));
        draw.setTooltip(new javafx.scene.control.Tooltip(I18n.text("diagrams.drawModel.tip")));
        Button drawMechanisms = new Button(I18n.text("diagrams.drawMechanisms"));
        drawMechanisms.setId("draw-model-mechanisms");
        drawMechanisms.setOnAction(e -> drawModel(nl.veldwerk.analysis.ModelDiagram.Level.MECHANISMS));
        drawMechanisms.setTooltip(new javafx.scene.control.Tooltip(I18n.text("diagrams.drawMechanisms.tip")));
        // An empty diagram to put codes on (Add code…) and so draw any part of the codebook, not only the model.
        Button newDiagram = new Button(I18n.text("diagrams.new"));
        newDiagram.setId("diagram-new");
        newDiagram.setOnAction(e -> newDiagram());
        Button open = new Button(I18n.text("diagrams.open"));
        open.setOnAction(e -> openSelected());
        Button delete = new Button(I18n.text("diagrams.delete"));
        delete.setOnAction(e -> {
            Diagram d = list.getSelectionModel().getSelectedItem();
            if (d != null) {
                edits.deleteDiagram(d.id());
            }
        });
        name.setPromptText(I18n.text("diagrams.name"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, name);
        name.setDisable(true);
        vm.addPendingEdit(() -> {
            if (name.isFocused()) {
                rename();
            }
        });
        name.setOnAction(e -> rename());
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                rename();
            }
        });
        // Open and Delete act on the diagram chosen in the list: off until one is (Open did nothing, unsaid).
        open.setId("diagram-open");
        delete.setId("diagram-delete");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Rows that wrap rather than cut a label short (the Dutch ones are long, the pane is narrow).
        for (Button b : List.of(newDiagram, draw, drawMechanisms, open, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(new javafx.scene.layout.FlowPane(6, 6, draw, drawMechanisms),
                new javafx.scene.layout.FlowPane(6, 6, newDiagram, open, delete), list, name);
        vm.changesProperty().addListener((o, was, now) -> {
            var change = vm.lastChange();
            if (change == null || !change.onlyQuotationsAndCodings()) {
                refresh();
            }
        });
        vm.storeProperty().addListener((o, was, now) -> refresh());
    }

    private void drawModel(nl.veldwerk.analysis.ModelDiagram.Level level) {
        String modelName = I18n.text("diagrams.defaultName", vm.session().project().diagrams().size() + 1);
        String id = edits.drawModel(modelName, level);
        if (id != null) {
            DiagramWindow.open(getScene().getWindow(), vm, id);
        }
    }

    private void newDiagram() {
        String diagramName = I18n.text("diagrams.newName", vm.session().project().diagrams().size() + 1);
        Diagram d = new Diagram(nl.veldwerk.model.Ids.newId(), diagramName, List.of(), List.of());
        edits.putDiagram(d, "diagram.new", diagramName);
        if (vm.session().project().diagram(d.id()).isPresent()) {
            DiagramWindow.open(getScene().getWindow(), vm, d.id());
        }
    }

    private void openSelected() {
        Diagram d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            DiagramWindow.open(getScene().getWindow(), vm, d.id());
        }
    }

    private void rename() {
        Diagram d = list.getSelectionModel().getSelectedItem();
        String newName = name.getText().trim();
        if (d != null && !newName.isEmpty() && !newName.equals(d.name())) {
            edits.putDiagram(d.withName(newName), "diagram.rename", newName);
        }
    }

    private void refresh() {
        Project p = vm.storeProperty().get() == null ? null : vm.session().project();
        String keep = list.getSelectionModel().getSelectedItem() == null ? null
                : list.getSelectionModel().getSelectedItem().id();
        List<Diagram> diagrams = p == null ? List.of() : p.diagrams().stream()
                .sorted(Comparator.comparing(Diagram::name, String.CASE_INSENSITIVE_ORDER)).toList();
        list.getItems().setAll(diagrams);
        diagrams.stream().filter(d -> d.id().equals(keep)).findFirst().ifPresent(d -> list.getSelectionModel().select(d));
    }
}
