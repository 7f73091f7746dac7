package nl.veldwerk.ui.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.layout.StackPane;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram pane headless: draw the model from the explorer, drag a code, undo, export PNG and SVG. */
class DiagramWindowTest extends WorkbenchTest {


    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    /** Opens a fresh copy of the project whose diagram evidence is known by hand, in a folder of that name. */
    private void openTheTestProject(FxRobot robot, String folder) throws Exception {
        Path dir = tmp.resolve(folder);
        ProjectStore.create(dir, nl.veldwerk.analysis.DiagramTestProject.project()).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
    }

    /** Without a core category, drawing the model says what to do under its own name, not "That change is not possible". */
    @Test
    void withoutACoreCategoryTheModelSaysWhatToDoFirst(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("no-core");
        Project p = new Project(nl.veldwerk.model.ProjectInfo.named("Geen kern", nl.veldwerk.project.Fixtures.T));
        p.put(nl.veldwerk.model.Code.of("werk", "Werkdruk", null, null));
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(3));
        robot.clickOn("#draw-model");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, project().diagrams().size());
        assertTrue(dialogs.errors.getLast().startsWith("Draw the model: "), dialogs.errors.toString());
    }

    @Test
    void drawTheModelDragACodeUndoAndExport(FxRobot robot) throws Exception {
        openTheTestProject(robot, "model");
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(3));
        assertTrue(robot.lookup("#diagram-open").queryButton().isDisabled()
                && robot.lookup("#diagram-delete").queryButton().isDisabled(), "nothing chosen: nothing to open");
        robot.clickOn("#draw-model");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().diagrams().size());
        Diagram drawn = project().diagrams().iterator().next();
        assertEquals(3, drawn.relationIds().size(), "a factor each: the model is drawn at the level of categories");
        assertTrue(drawn.subCodesInside(), "a factor lists its mechanisms inside");

        // Narrower than its bar, the window wraps the bar's buttons, not cut their words ("Code toevoeg…").
        StackPane bekendheid = robot.lookup("#diagram-code-bekendheid").query();
        javafx.stage.Window diagramWindow = bekendheid.getScene().getWindow();
        double wide = diagramWindow.getWidth();
        robot.interact(() -> diagramWindow.setWidth(520));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent bar = (javafx.scene.Parent) ((javafx.scene.layout.BorderPane) diagramWindow.getScene()
                .getRoot()).getTop();
        int buttons = 0;
        for (javafx.scene.Node n : bar.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.Button b && b.isVisible() && !b.getText().isEmpty()) {
                buttons++;
                assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, "whole: " + b.getText() + " " + b.getWidth());
            }
        }
        assertTrue(buttons >= 4, "the bar's buttons: " + buttons);
        robot.interact(() -> diagramWindow.setWidth(wide));
        WaitForAsyncUtils.waitForFxEvents();

        // The window shows every code and arrow; drag "Bekendheid" 120 px down.
        DiagramNode before = drawn.node("bekendheid").orElseThrow();
        robot.drag(bekendheid).moveBy(0, 120).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramNode after = project().diagrams().iterator().next().node("bekendheid").orElseThrow();
        assertEquals(before.y() + 120, after.y(), 2, "the code moved and the move is saved");
        assertEquals(before.x(), after.x(), 2);
        assertEquals("Undo Move Bekendheid on the diagram", vm.undoLabelProperty().get());
        robot.interact(vm::undo);
        assertEquals(before, project().diagrams().iterator().next().node("bekendheid").orElseThrow(),
                "undo puts it back");
        StackPane redrawn = robot.lookup("#diagram-code-bekendheid").query();
        assertEquals(before.y(), redrawn.getLayoutY(), 0.5, "and the window shows it back in place");
        // The keys in the diagram's own window: Ctrl+Y redoes (as in the main window), Ctrl+Z undoes again.
        robot.targetWindow(redrawn.getScene().getWindow());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y);
        assertEquals(after, project().diagrams().iterator().next().node("bekendheid").orElseThrow(), "Ctrl+Y redid it");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        assertEquals(before, project().diagrams().iterator().next().node("bekendheid").orElseThrow(), "Ctrl+Z undid it");

        // Weigh by documents instead: a command too.
        javafx.scene.control.ChoiceBox<Weighting> weighting = robot.lookup("#diagram-weighting").query();
        robot.interact(() -> weighting.setValue(Weighting.DOCUMENTS));
        assertEquals(Weighting.DOCUMENTS, project().diagrams().iterator().next().weighting());

        // An arrow's supporting quotations: those overlapping the core are marked; weighed by co-occurrence, only they.
        robot.interact(() -> weighting.setValue(Weighting.QUOTATIONS));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> netwerkArrow(robot).getOnMouseClicked().handle(null));
        javafx.scene.control.ListView<nl.veldwerk.model.Quotation> supporting = robot.lookup("#diagram-supporting")
                .query();
        javafx.scene.control.Label evidence = robot.lookup("#diagram-evidence").query();
        assertEquals(5, supporting.getItems().size(), "weighed by quotations: every quotation of the factor");
        assertTrue(evidence.getText().endsWith("Weight: 5"), evidence.getText());
        robot.interact(() -> weighting.setValue(Weighting.COOCCURRENCE));
        WaitForAsyncUtils.waitForFxEvents();
        // Clicked again after the weighting changed: the arrow drawn anew carries its new weight (it kept the old).
        robot.interact(() -> netwerkArrow(robot).getOnMouseClicked().handle(null));
        assertTrue(evidence.getText().endsWith("Weight: 2"), evidence.getText());
        assertEquals(java.util.List.of("w1", "w2"), supporting.getItems().stream().map(nl.veldwerk.model.Quotation::id)
                .toList(), "weighed by co-occurrence: the two overlapping the core");
        javafx.scene.control.ListCell<?> first = (javafx.scene.control.ListCell<?>) robot.lookup("#diagram-supporting"
                + " .list-cell").queryAll().iterator().next();
        assertTrue(first.getText().startsWith("↔ ") && first.getText().endsWith("(overlaps Individueel gebruik)"),
                first.getText());
        // One that carries the core's code itself is said to be also coded so, not to overlap it (QA).
        robot.interact(() -> vm.run(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.applyCode("w1",
                "core", null, nl.veldwerk.project.Fixtures.T))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().codingsOf("w1").stream().anyMatch(c -> c.codeId().equals("core")),
                dialogs.errors + " " + project().codingsOf("w1"));
        robot.interact(() -> netwerkArrow(robot).getOnMouseClicked().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> alsoCoded = robot.lookup("#diagram-supporting .list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> !c.isEmpty() && c.getItem()
                        instanceof nl.veldwerk.model.Quotation q && q.id().equals("w1")).findFirst().orElseThrow();
        assertTrue(alsoCoded.getText().endsWith("(also coded Individueel gebruik)"), alsoCoded.getText());
        robot.interact(vm::undo);
        robot.interact(() -> weighting.setValue(Weighting.DOCUMENTS));

        dialogs.saveAs = tmp.resolve("model.png");
        robot.clickOn("#diagram-export-png");
        WindowTestSupport.idle(vm);
        byte[] png = Files.readAllBytes(dialogs.saveAs);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        dialogs.saveAs = tmp.resolve("model.svg");
        robot.clickOn("#diagram-export-svg");
        WindowTestSupport.idle(vm);
        String svg = Files.readString(dialogs.saveAs);
        // In the project's language (Dutch), as its reports are, from an English window (QA).
        assertTrue(svg.startsWith("<svg") && svg.contains(">Weak ties<") && svg.contains("het aantal documenten"),
                svg);
        assertTrue(svg.matches("(?s)<svg[^>]* width=\"[\\d.]+mm\".*") && svg.contains(">Figuur 1: "),
                "sized for an A4 page, with its caption");
        assertEquals(java.util.List.of(), dialogs.errors);

        // The model with mechanisms: a second button, a second undoable diagram, an arrow per mechanism.
        robot.interact(() -> robot.lookup("#draw-model-mechanisms").queryButton().getScene().getWindow()
                .requestFocus());
        robot.interact(() -> robot.lookup("#draw-model-mechanisms").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, project().diagrams().size());
        Diagram mechanisms = project().diagrams().stream().filter(x -> !x.id().equals(drawn.id())).findFirst()
                .orElseThrow();
        assertTrue(mechanisms.relationIds().size() > drawn.relationIds().size() && !mechanisms.subCodesInside(),
                "mechanisms have arrows of their own; their factor frames them");
        int own = nl.veldwerk.project.NoteCommands.ownRelations(project(), mechanisms).size();
        assertTrue(own > 0 && vm.statusProperty().get().contains(own + " new relations 'is associated with' in the "
                + "codebook"), "the relations the drawing adds to the codebook are said: " + vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals(1, project().diagrams().size(), "one undo takes the model back");

        // Deleting the diagram asks whether the relations only it draws go too (they stayed in the codebook).
        robot.interact(vm::redo);
        int relations = project().relations().size();
        dialogs.answer = false;
        robot.interact(() -> new DiagramEdits(vm).deleteDiagram(mechanisms.id()));
        assertTrue(dialogs.questions.getLast().contains(own + " of its arrows are relations in the codebook that no "
                + "other diagram draws"), dialogs.questions.getLast());
        assertEquals(1, project().diagrams().size());
        assertEquals(relations, project().relations().size(), "no: the relations stay");
        robot.interact(vm::undo);
        dialogs.answer = true;
        robot.interact(() -> new DiagramEdits(vm).deleteDiagram(mechanisms.id()));
        assertEquals(relations - own, project().relations().size(), "yes: they go with it");
        assertTrue(project().relations().containsAll(drawn.relationIds().stream().map(id -> project().relation(id)
                .orElseThrow()).toList()), "the other diagram's arrows stay");
        assertTrue(vm.statusProperty().get().contains("deleted with its " + own + " relations")
                && vm.statusProperty().get().contains("Undo"), vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals(relations, project().relations().size(), "one undo brings the diagram and its relations back");
        assertEquals(2, project().diagrams().size());
    }

    /**
     * A code added to a drawn diagram: below the others, with the codebook's relations to codes on it as arrows,
     * one undoable step; a hidden code comes back where it was (a code could only be drawn by drawing anew).
     */
    @Test
    void aCodeIsAddedToADrawnDiagramWithItsRelations(FxRobot robot) throws Exception {
        openTheTestProject(robot, "add");
        robot.interact(() -> vm.session().execute(nl.veldwerk.analysis.ModelDiagram.draw(project(), "M")));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.addRelation(
                new nl.veldwerk.model.Relation("r-weak", "weak", "bekendheid",
                        nl.veldwerk.model.RelationType.IS_ASSOCIATED_WITH, "", 0, ""))));
        Diagram drawn = project().diagrams().iterator().next();
        assertFalse(drawn.showsCode("weak"));
        DiagramViewModel model = new DiagramViewModel(vm, drawn.id());
        robot.interact(() -> model.addCode("weak"));
        Diagram added = project().diagrams().iterator().next();
        DiagramNode weak = added.node("weak").orElseThrow();
        assertTrue(!weak.hidden() && weak.y() > drawn.nodes().stream().mapToDouble(DiagramNode::y).max().orElseThrow(),
                "shown, below the others");
        assertTrue(added.relationIds().contains("r-weak"), "its relation to a code on the diagram is an arrow");
        assertTrue(model.shows("weak"));
        robot.interact(vm::undo);
        assertEquals(drawn, project().diagrams().iterator().next(), "one undo takes it off");
        // A hidden code comes back where it was.
        DiagramNode bekendheid = drawn.node("bekendheid").orElseThrow();
        robot.interact(() -> model.hide("bekendheid"));
        assertFalse(model.shows("bekendheid"));
        robot.interact(() -> model.addCode("bekendheid"));
        DiagramNode back = project().diagrams().iterator().next().node("bekendheid").orElseThrow();
        assertEquals(bekendheid, back);
    }

    /**
     * A new, empty diagram (there was only drawing the model, which needs a core category): it opens in its window,
     * and codes are put on it with Add code…, their relations to each other as arrows; one undo takes it away.
     */
    @Test
    void aNewDiagramIsEmptyAndCodesArePutOnIt(FxRobot robot) throws Exception {
        openTheTestProject(robot, "new");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.addRelation(
                new nl.veldwerk.model.Relation("r-net", "netwerk", "core",
                        nl.veldwerk.model.RelationType.IS_ASSOCIATED_WITH, "", 0, ""))));
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(3));
        robot.clickOn("#diagram-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().diagrams().size());
        Diagram made = project().diagrams().iterator().next();
        assertEquals("Diagram 1", made.name());
        assertTrue(made.nodes().isEmpty() && made.relationIds().isEmpty());
        assertTrue(robot.listWindows().stream().anyMatch(w -> w.isShowing() && w instanceof javafx.stage.Stage st
                && st.getTitle() != null && st.getTitle().contains("Diagram 1")), "its window opens");
        DiagramViewModel model = new DiagramViewModel(vm, made.id());
        robot.interact(() -> model.addCode("netwerk"));
        robot.interact(() -> model.addCode("core"));
        Diagram two = project().diagram(made.id()).orElseThrow();
        assertEquals(2, two.nodes().size());
        assertEquals(java.util.List.of("r-net"), two.relationIds(), "their relation in the codebook an arrow");
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        assertTrue(project().diagrams().isEmpty(), "undone step by step, the diagram too");
    }

    /** The arrow from the factor "netwerk" as drawn now. */
    private javafx.scene.Node netwerkArrow(FxRobot robot) {
        return robot.lookup(".diagram-arrow").queryAll().stream().filter(n -> project().relation((String) n
                .getUserData()).map(r -> r.sourceCodeId().equals("netwerk")).orElse(false)).findFirst().orElseThrow();
    }
}
