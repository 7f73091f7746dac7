package nl.veldwerk.ui.diagrams;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.Styles;

/**
 * A diagram in its own window: the drawing, a bar with the weighting, layout, hidden codes and exports,
 * the legend below, and beside it the evidence of the arrow last clicked (its supporting quotations
 * open in the main window's transcript; with weighting by hand, its weight and reason can be set there).
 * Every change is a command on the project's one undo stack; Ctrl+Z works here as in the main window.
 */
public final class DiagramWindow {
    private static final Map<String, Stage> OPEN = new HashMap<>();

    private final DiagramViewModel model;
    private final MainViewModel main;
    private final Stage stage = new Stage();
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final ChoiceBox<Weighting> weighting = new ChoiceBox<>();
    private final Button showHidden = new Button();
    private final VBox legend = new VBox(2);
    private final Label evidence = new Label(I18n.text("diagram.pickArrow"));
    private final ListView<Quotation> supporting = new ListView<>();
    private final TextField manualWeight = new TextField();
    private final TextField manualReason = new TextField();
    private final VBox manual;
    private DrawnDiagram.Arrow picked;
    private final ChoiceBox<Double> zoom;
    /** The first drawing picks a zoom at which the whole diagram fits the window's height, when it can. */
    private boolean zoomChosen;
    private boolean drawing;

    private DiagramWindow(Window owner, MainViewModel main, String diagramId) {
        this.main = main;
        this.model = new DiagramViewModel(main, diagramId);
        stage.initOwner(owner);
        canvas.setArrowText(model::arrowLabel, model::evidenceText);
        canvas.setOnMoved((codeId, at) -> model.move(codeId, at[0], at[1]));
        canvas.setOnHide(model::hide);
        canvas.setOnArrowClicked(this::pick);

        weighting.getItems().setAll(Weighting.values());
        weighting.setConverter(Labels.shown((Weighting w) -> w == null ? "" : I18n.text("weighting." + w.name())));
        weighting.setId("diagram-weighting");
        weighting.valueProperty().addListener((o, was, now) -> {
            if (!drawing && now != null) {
                model.weigh(now);
            }
        });
        Button addCode = new Button(I18n.text("diagram.addCode"));
        addCode.setId("diagram-add-code");
        addCode.setOnAction(e -> nl.veldwerk.ui.common.CodeChooser.choose(stage, I18n.text("diagram.addCode"),
                I18n.text("diagram.addCodeHeader"), main.session().project(), c -> !model.shows(c.id()), (String) null)
                .filter(choice -> choice.code() != null).ifPresent(choice -> model.addCode(choice.code().id())));
        Button layOut = new Button(I18n.text("diagram.layout"));
        layOut.setOnAction(e -> model.layOut());
        showHidden.setOnAction(e -> model.showHidden());
        Button png = new Button(I18n.text("diagram.exportPng"));
        png.setId("diagram-export-png");
        png.setOnAction(e -> main.dialogs().ownedBy(stage).chooseFileToSave(I18n.text("diagram.exportPng"),
                model.fileName() + ".png", FileType.PNG).ifPresent(model::exportPng));
        Button svg = new Button(I18n.text("diagram.exportSvg"));
        svg.setId("diagram-export-svg");
        svg.setOnAction(e -> main.dialogs().ownedBy(stage).chooseFileToSave(I18n.text("diagram.exportSvg"),
                model.fileName() + ".svg", FileType.SVG).ifPresent(model::exportSvg));
        Button copy = new Button(I18n.text("diagram.copy"));
        copy.setOnAction(e -> copyToClipboard());
        ChoiceBox<Double> zoom = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(0.5, 0.75, 1.0,
                1.25));
        zoom.setConverter(Labels.shown((Double z) -> z == null ? "" : Math.round(z * 100) + "%"));
        zoom.setValue(1.0);
        zoom.valueProperty().addListener((o, was, now) -> canvas.zoom(now));
        this.zoom = zoom;
        // A row that wraps, not one that shrinks: in a window narrower than its buttons they read "Pijlen w…",
        // "Code toevoeg…" (Dutch words are long).
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new Label(I18n.text("diagram.weighting")),
                weighting, addCode, layOut, showHidden, png, svg, copy, new Label(I18n.text("diagram.zoom")), zoom);
        bar.setPadding(new Insets(8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        supporting.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Quotation q, boolean empty) {
                super.updateItem(q, empty);
                // Those overlapping a quotation of the arrow's target are the co-occurrence count: marked so.
                boolean overlaps = !empty && q != null && picked != null
                        && picked.evidence().overlapping().contains(q.id());
                // One that carries the target's code itself is "also coded" so: "overlaps" read as another quotation (QA).
                String target = picked == null ? null : picked.targetCodeId();
                boolean itself = overlaps && model.project().codingsOf(q.id()).stream().anyMatch(c -> c.codeId()
                        .equals(target) || model.project().isBelow(c.codeId(), target));
                setText(empty || q == null ? null : overlaps ? I18n.text(itself ? "diagram.alsoCoded"
                        : "diagram.overlapping", model.describe(q), model.name(target)) : model.describe(q));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        supporting.setId("diagram-supporting");
        supporting.setOnMouseClicked(e -> {
            Quotation q = supporting.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && q != null) {
                model.reveal(q);
            }
        });
        Button setWeight = new Button(I18n.text("diagram.saveWeight"));
        setWeight.setOnAction(e -> saveManualWeight());
        manualWeight.setPromptText(I18n.text("diagram.manualWeight"));
        manualReason.setPromptText(I18n.text("diagram.manualReason"));
        manual = new VBox(4, new Label(I18n.text("diagram.manualWeight")), manualWeight, manualReason, setWeight);
        evidence.setWrapText(true);
        evidence.setId("diagram-evidence");
        Label supportingTitle = new Label(I18n.text("diagram.supporting"));
        supportingTitle.setWrapText(true); // on two lines in a narrow panel, not cut (QA)
        VBox side = new VBox(6, evidence, manual, supportingTitle, supporting);
        side.setPadding(new Insets(8));
        VBox.setVgrow(supporting, Priority.ALWAYS);

        // The canvas sits in a group so the scroll pane scrolls over its zoomed size.
        ScrollPane scroll = new ScrollPane(new javafx.scene.Group(canvas));
        scroll.setId("diagram-scroll");
        legend.setPadding(new Insets(6, 8, 8, 8));
        legend.getStyleClass().add("hint");
        BorderPane drawingArea = new BorderPane(scroll, null, null, legend, null);
        SplitPane split = new SplitPane(drawingArea, side);
        split.setDividerPositions(0.75);
        BorderPane root = new BorderPane(split, bar, null, null, null);
        Scene scene = new Scene(root, 1200, 780);
        scene.getStylesheets().add(Styles.SHEET);
        nl.veldwerk.ui.app.UndoKeys.installInToolWindow(scene, main);
        stage.setScene(scene);
        // On a small screen (1366 × 768) the window is taller than the screen: placed over its owner and within
        // the screen, its title bar was sometimes above the top, not to be moved (QA).
        nl.veldwerk.ui.common.DialogFit.keepOnScreen(stage);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);

        ChangeListener<Object> redraw = (o, was, now) -> redraw();
        main.changesProperty().addListener(redraw);
        main.storeProperty().addListener(redraw);
        stage.setOnHidden(e -> {
            main.changesProperty().removeListener(redraw);
            main.storeProperty().removeListener(redraw);
            OPEN.remove(diagramId);
        });
        redraw();
    }

    /** Shows the diagram's window, opening it when it is not open yet. */
    public static Stage open(Window owner, MainViewModel main, String diagramId) {
        Stage stage = OPEN.get(diagramId);
        if (stage == null) {
            DiagramWindow window = new DiagramWindow(owner, main, diagramId);
            stage = window.stage;
            OPEN.put(diagramId, stage);
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    /** Draws the diagram anew after any change; closes when the diagram or its project is gone. */
    private void redraw() {
        if (model.diagram().isEmpty()) {
            stage.close();
            return;
        }
        drawing = true;
        try {
            var change = main.lastChange();
            boolean diagramOnly = change != null && change.only(nl.veldwerk.model.EntityKind.DIAGRAM);
            DrawnDiagram d = model.drawn(!diagramOnly);
            stage.setTitle(I18n.text("diagram.title", model.diagram().orElseThrow().name()));
            weighting.setValue(d.weighting());
            // Another weighting gives every arrow another width and weight: drawn anew, not only moved (the
            // arrows kept their old widths, and a click on one told its old weight).
            boolean reweighed = d.weighting() != drawnWeighting;
            drawnWeighting = d.weighting();
            if (!diagramOnly || reweighed || !canvas.reposition(d)) {
                canvas.draw(d, I18n.text("diagram.hide"));
            }
            if (!zoomChosen) {
                zoomChosen = true;
                double fits = 680 / Math.max(d.height(), 1);
                zoom.setValue(fits >= 1 ? 1.0 : fits >= 0.75 ? 0.75 : 0.5);
            }
            legend.getChildren().setAll(model.legend(d).stream().map(Label::new).toList());
            long hidden = model.hiddenCount();
            showHidden.setText(I18n.text("diagram.showHidden", hidden));
            showHidden.setDisable(hidden == 0);
            manual.setVisible(d.weighting() == Weighting.MANUAL);
            manual.setManaged(d.weighting() == Weighting.MANUAL);
            if (picked != null) {
                d.arrows().stream().filter(a -> a.relationId().equals(picked.relationId())).findFirst()
                        .ifPresentOrElse(this::pick, () -> pick(null));
            }
        } finally {
            drawing = false;
        }
    }

    /** The weighting the arrows on the canvas were drawn with. */
    private Weighting drawnWeighting;

    private void pick(DrawnDiagram.Arrow arrow) {
        picked = arrow;
        if (arrow == null) {
            evidence.setText(I18n.text("diagram.pickArrow"));
            supporting.getItems().clear();
            return;
        }
        evidence.setText(model.evidenceText(arrow));
        supporting.getItems().setAll(arrow.evidence().supporting(model.weighting()));
        supporting.refresh(); // the same quotations' marks may differ now (coded since): a cell of an equal one is kept
        model.project().relation(arrow.relationId()).ifPresent(r -> {
            manualWeight.setText(nl.veldwerk.report.DiagramShapes.number(r.weight()));
            manualReason.setText(r.comment());
        });
    }

    private void saveManualWeight() {
        if (picked == null) {
            return;
        }
        try {
            double weight = Double.parseDouble(manualWeight.getText().trim().replace(',', '.'));
            model.weighByHand(picked.relationId(), weight, manualReason.getText());
        } catch (NumberFormatException e) {
            main.dialogs().ownedBy(stage).showError(I18n.text("diagram.manualWeight"), I18n.text("diagram.badWeight",
                    manualWeight.getText()));
        }
    }

    private void copyToClipboard() {
        WritableImage image = canvas.snapshot(null, null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        main.showStatus(I18n.text("diagram.copied"));
    }
}
