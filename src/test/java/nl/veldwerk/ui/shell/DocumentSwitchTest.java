package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ManifestFiles;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Going from one document to another: a name typed in the properties is the document's it was typed for,
 * whenever it is committed; and a document whose text can no longer be read (its part damaged on disk while
 * the project is open) is not shown half: the user is told, and the document shown stays; the arrow keys step
 * over it (said in the status bar) instead of stopping at it with a dialog.
 */
class DocumentSwitchTest extends WorkbenchTest {
    @Test
    void aNameTypedIsTheDocumentsItWasTypedFor(FxRobot robot) throws Exception {
        Path dir = twoDocuments(robot, "names");
        robot.clickOn("A01");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#document-name").query();
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("A01 nieuw");
        robot.clickOn("W01"); // the name field loses the focus after the list has selected W01
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01"), names());
        assertEquals("W01", name.getText(), "the properties are W01's now");

        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("W01 nieuw").push(KeyCode.ENTER);
        robot.clickOn("A01 nieuw");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01 nieuw"), names());
        assertEquals("Undo Rename document to 'W01 nieuw'", vm.undoLabelProperty().get(), "renamed once");

        // The focus still in the name field, which has nothing of its own to undo: the keys undo and redo the rename.
        robot.clickOn(name);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01"), names(), "Ctrl+Z in the field undid the rename");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01 nieuw"), names(), "Ctrl+Y redid it");
        robot.write("!");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01 nieuw"), names(), "typing of the field's own is undone in the field");

        // Another document's name is refused, said once; the field shows the name the document kept.
        int errorsBefore = dialogs.errors.size();
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("w01 NIEUW").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A01 nieuw", "W01 nieuw"), names());
        assertEquals("A01 nieuw", name.getText(), "A01's properties show its name again");
        robot.clickOn("W01 nieuw"); // leaving the field asks nothing again
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(errorsBefore + 1, dialogs.errors.size(), String.valueOf(dialogs.errors));
        assertTrue(dialogs.errors.getLast().contains("w01 NIEUW"), dialogs.errors.getLast());
        String refusal = vm.statusProperty().get();

        // The refusal does not stand in the status line once something else is done.
        assertTrue(refusal.startsWith("That change is not possible"), refusal);
        robot.interact(() -> workbench.documents().renameDocument(vm.selectedProperty().get().document().id(), "W01 b"));
        assertEquals("", vm.statusProperty().get(), "was: " + refusal);
        robot.interact(vm::close);
        assertTrue(Files.exists(dir));
    }

    @Test
    void aDocumentWhoseTextCannotBeReadIsNotShown(FxRobot robot) throws Exception {
        Path dir = twoDocuments(robot, "damaged");
        savedAndOpenedAgain(robot, dir);
        robot.clickOn("A01");
        WaitForAsyncUtils.waitForFxEvents();
        damage(dir, 1);

        robot.clickOn("W01");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.getFirst().contains("W01") && dialogs.errors.getFirst().contains("damaged"),
                dialogs.errors.getFirst());
        assertEquals("A01", vm.selectedProperty().get().document().name(), "the document shown stays");
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals(Fixtures.A01_TEXT, area.getText());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<nl.veldwerk.ui.app.DocumentItem> list = robot.lookup("#documents").queryListView();
        assertEquals("A01", list.getSelectionModel().getSelectedItem().document().name(), "and stays selected");
        robot.interact(vm::close);
    }

    @Test
    void theArrowKeysStepOverADocumentWhoseTextCannotBeRead(FxRobot robot) throws Exception {
        Path dir = twoDocuments(robot, "step", "X01");
        savedAndOpenedAgain(robot, dir);
        damage(dir, 1); // W01, between A01 and X01
        javafx.scene.control.ListView<nl.veldwerk.ui.app.DocumentItem> list = robot.lookup("#documents").queryListView();
        robot.clickOn("A01");
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("X01", vm.selectedProperty().get().document().name(), "down goes past W01 to X01");
        assertEquals("X01", list.getSelectionModel().getSelectedItem().document().name());
        assertEquals(List.of(), dialogs.errors, "stepping over it asks nothing");
        assertTrue(vm.statusProperty().get().contains("W01"), vm.statusProperty().get());
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertTrue(area.getText().startsWith("Interviewer: Wie bent u?"), area.getText());

        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A01", vm.selectedProperty().get().document().name(), "up goes past it back to A01");
        assertEquals("A01", list.getSelectionModel().getSelectedItem().document().name());

        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("X01", vm.selectedProperty().get().document().name(), "a readable document reached by a key");
        assertEquals(List.of(), dialogs.errors);

        robot.clickOn("W01");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size(), "chosen with the mouse, the user is told why it is not shown");
        assertEquals("X01", vm.selectedProperty().get().document().name());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("X01", list.getSelectionModel().getSelectedItem().document().name());
        robot.interact(vm::close);
    }

    @Test
    void aDocumentThatCannotBeReadAtTheEndLeavesTheShownOneSelected(FxRobot robot) throws Exception {
        Path dir = twoDocuments(robot, "last");
        savedAndOpenedAgain(robot, dir);
        damage(dir, 1);
        robot.clickOn("A01");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<nl.veldwerk.ui.app.DocumentItem> list = robot.lookup("#documents").queryListView();
        assertEquals("A01", vm.selectedProperty().get().document().name());
        assertEquals("A01", list.getSelectionModel().getSelectedItem().document().name(), "nothing readable past it");
        assertEquals(List.of(), dialogs.errors);
        assertTrue(vm.statusProperty().get().contains("W01"), vm.statusProperty().get());
        robot.interact(vm::close);
    }

    @Test
    void homeOntoAFirstDocumentThatCannotBeReadGoesToTheFirstThatCan(FxRobot robot) throws Exception {
        Path dir = twoDocuments(robot, "home", "X01");
        savedAndOpenedAgain(robot, dir);
        damage(dir, 0); // A01, the first
        robot.clickOn("X01");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("W01", vm.selectedProperty().get().document().name(), "the first readable document");
        assertEquals(List.of(), dialogs.errors);
        assertTrue(vm.statusProperty().get().contains("A01"), vm.statusProperty().get());
        robot.interact(vm::close);
    }

    /** Saves, closes and opens the project again, and waits for the texts it reads ahead after opening. */
    private void savedAndOpenedAgain(FxRobot robot, Path dir) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WindowTestSupport.idle(vm);
        robot.interact(vm::close);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("veldwerk-texts")) {
                t.join(10_000);
            }
        }
    }

    /** Flips a byte of the n-th document's part, with no backup to read it from, and drops the texts read. */
    private static void damage(Path dir, int n) throws Exception {
        String partName = ManifestFiles.documentParts(dir).get(n);
        Path part = dir.resolve(partName);
        byte[] bytes = Files.readAllBytes(part);
        bytes[bytes.length / 3] ^= 1;
        Files.write(part, bytes);
        Files.delete(dir.resolve("backups").resolve(partName));
        ManifestFiles.forgetTexts(dir);
    }

    private Path twoDocuments(FxRobot robot, String name, String... more) throws Exception {
        Path dir = tmp.resolve(name);
        ProjectStore.create(dir, ProjectInfo.named("Wissel", Fixtures.T)).close();
        Path files = Files.createDirectories(tmp.resolve(name + "-files"));
        Path a01 = files.resolve("A01.txt");
        Files.writeString(a01, Fixtures.A01_TEXT, StandardCharsets.UTF_8);
        Path w01 = files.resolve("W01.txt");
        Files.writeString(w01, "Interviewer: Kent u het aanbod?\nW01: Nee.\nInterviewer: Waarom niet?\nW01: Niemand zegt het.\n",
                StandardCharsets.UTF_8);
        List<Path> all = new java.util.ArrayList<>(List.of(a01, w01));
        for (String other : more) {
            Path file = files.resolve(other + ".txt");
            Files.writeString(file, "Interviewer: Wie bent u?\n" + other + ": De buurvrouw.\n", StandardCharsets.UTF_8);
            all.add(file);
        }
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.importFiles(robot, vm, all);
        return dir;
    }

    private List<String> names() {
        return vm.storeProperty().get().session().project().documents().stream().map(Document::name).toList();
    }
}
