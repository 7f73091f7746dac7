package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Project;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.app.DocumentItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A document can be deleted from the window (the list's menu, or the Delete key), after a question that says
 * what goes with it; undo brings it back with its quotations and codings. There was no way to delete one.
 */
class DeleteDocumentTest extends WorkbenchTest {
    @Test
    void deleteAskedUndoneAndRedone(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "wijk-y-delete");
        Project p = vm.session().project();
        String a06 = p.documents().stream().filter(d -> d.name().equals("A06")).findFirst().orElseThrow().id();
        int documents = p.documents().size();
        int quotations = p.quotations().size();
        int codings = p.codings().size();
        int ofA06 = p.quotationsOf(a06).size();
        int codingsOfA06 = p.quotationsOf(a06).stream().mapToInt(q -> p.codingsOf(q.id()).size()).sum();

        ListView<DocumentItem> list = robot.lookup("#documents").queryListView();
        List<String> order = list.getItems().stream().map(i -> i.document().name()).toList();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(i -> i.document().id().equals(a06)).findFirst().orElseThrow()));
        dialogs.answer = false;
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DELETE);
        WindowTestSupport.idle(vm);
        assertEquals("Delete document: Delete A06? Its " + ofA06 + " quotations, with " + codingsOfA06 + " codings, and the "
                + "memos about the document and its quotations go with it. A linked recording's file is not "
                + "touched. Undo (Ctrl+Z) brings everything back.", dialogs.questions.getLast());
        assertEquals(documents, p.documents().size(), "No: nothing deleted");

        dialogs.answer = true;
        robot.interact(() -> list.getContextMenu().getItems().getFirst().fire());
        WindowTestSupport.idle(vm);
        assertTrue(p.document(a06).isEmpty());
        assertEquals(documents - 1, list.getItems().size());
        assertEquals(quotations - ofA06, p.quotations().size());
        assertEquals(codings - codingsOfA06, p.codings().size());

        robot.interact(() -> vm.undo());
        WindowTestSupport.idle(vm);
        assertEquals(documents, list.getItems().size());
        assertEquals(quotations, p.quotations().size(), "undo: its quotations back");
        assertEquals(codings, p.codings().size(), "and their codings");
        assertEquals(order, list.getItems().stream().map(i -> i.document().name()).toList(),
                "back in its place by number, not after the last document");
        robot.interact(() -> vm.redo());
        WindowTestSupport.idle(vm);
        assertTrue(p.document(a06).isEmpty());

        // One without quotations: asked so, and shown again when its deletion is undone.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.add(nl.veldwerk.model.Document
                .of("leeg", "Leeg", "Nog niets.\n", nl.veldwerk.model.SourceFormat.TXT, List.of(),
                        java.time.Instant.now()).withNumber(99))));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(i -> i.document().id().equals("leeg")).findFirst().orElseThrow()));
        robot.interact(() -> list.getContextMenu().getItems().getFirst().fire());
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.getLast().contains("Delete Leeg? It has no quotations; its memos go with it."),
                dialogs.questions.getLast());
        assertTrue(p.document("leeg").isEmpty());
        robot.interact(() -> vm.undo());
        WindowTestSupport.idle(vm);
        assertEquals("leeg", vm.selectedProperty().get().document().id(), "shown again");
    }
}
