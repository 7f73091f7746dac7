package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.veldwerk.importer.TranscriptLayoutsTest;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview in the window: what was found per file, turns on or off per file, cancel, same names. */
class ImportPreviewTest extends WorkbenchTest {
    private Document document(String name) {
        return vm.session().project().documents().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void showsWhatEachFileHoldsAndImportsWhatIsChosen(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("preview");
        ProjectStore.create(dir, ProjectInfo.named("Preview", Fixtures.T)).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        Path teams = TranscriptLayoutsTest.fixture("teams.txt");
        Path book = TranscriptLayoutsTest.fixture("book.txt");
        Path f4 = TranscriptLayoutsTest.fixture("f4.txt");

        // Cancel: nothing comes in.
        robot.interact(() -> vm.files().importTranscripts(List.of(teams)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        robot.targetWindow(importButton.getScene().getWindow());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WindowTestSupport.idle(vm);
        assertEquals(0, vm.session().project().documents().size());
        assertEquals("Import cancelled; nothing was added.", vm.statusProperty().get());

        robot.interact(() -> vm.files().importTranscripts(List.of(teams, book, f4)));
        importButton = WindowTestSupport.importPreviewButton();
        robot.targetWindow(importButton.getScene().getWindow());
        TableView<?> table = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-table")
                .queryTableView();
        assertEquals(3, table.getItems().size());
        assertEquals("Label and time on a line", cell(table, 0, 1));
        assertEquals("Jordan Lee 5 · Sam de Vries 5", cell(table, 0, 2));
        assertEquals("10", cell(table, 0, 3));
        assertEquals("No speaker turns", cell(table, 1, 1));
        assertEquals("The labels are rare in the text: headers, not a conversation", cell(table, 1, 2));
        assertEquals("Label and colon", cell(table, 2, 1));
        Label details = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-details").query();
        assertTrue(details.getText().startsWith("Jordan Lee: 5 turns, begins \"Hoe lang woont u al in de wijk?\""),
                details.getText());

        // Teams without its turns: untick its box.
        CheckBox teamsTurns = robot.from(table).lookup(".check-box").queryAll().stream()
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast).filter(CheckBox::isSelected)
                .findFirst().orElseThrow();
        robot.clickOn(teamsTurns);
        WaitForAsyncUtils.asyncFx(importButton::fire);
        WindowTestSupport.idle(vm);
        assertEquals(3, vm.session().project().documents().size());
        assertEquals(0, document("teams").turns().size(), "imported without its turns, as chosen");
        assertEquals(0, document("book").turns().size());
        assertEquals(10, document("f4").turns().size());
        assertEquals(11_600L, document("f4").turns().get(1).timestampMillis());
        assertEquals("Undo Import 3 documents", vm.undoLabelProperty().get(), "one undoable step");

        // The same file again: a number and a message.
        WindowTestSupport.importFiles(robot, vm, List.of(f4));
        assertEquals(10, document("f4 (2)").turns().size());
        assertTrue(vm.statusProperty().get().contains("f4 → f4 (2)"), vm.statusProperty().get());
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
