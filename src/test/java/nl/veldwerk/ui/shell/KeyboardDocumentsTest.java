package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.app.DocumentItem;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Another document without the mouse (QA: no key led to the document list): Ctrl+D gives the list the keyboard,
 * on the Documents tab, its arrows open the next document, and Ctrl+T goes back to its text.
 */
class KeyboardDocumentsTest extends WorkbenchTest {
    @Test
    void ctrlDGoesToTheDocumentListWhoseArrowsOpenDocuments(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "wijk-y-keyboard-documents");
        ListView<DocumentItem> list = robot.lookup("#documents").queryListView();
        TabPane explorer = robot.lookup("#explorer").query();
        InlineCssTextArea text = robot.lookup("#transcript").query();
        robot.interact(() -> explorer.getSelectionModel().select(1)); // the Codes tab in front
        robot.interact(text::requestFocus);
        String first = vm.selectedProperty().get().document().name();

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertEquals(0, explorer.getSelectionModel().getSelectedIndex(), "the Documents tab shown");
        assertTrue(list.isFocused(), "the list has the keyboard");
        robot.type(KeyCode.DOWN);
        WindowTestSupport.idle(vm);
        int at = list.getItems().indexOf(list.getItems().stream()
                .filter(i -> i.document().name().equals(first)).findFirst().orElseThrow());
        assertEquals(list.getItems().get(at + 1).document().name(), vm.selectedProperty().get().document().name(),
                "Down opened the next document");

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertTrue(text.isFocused(), "Ctrl+T: back to its text");
        assertFalse(list.isFocused());
    }
}
