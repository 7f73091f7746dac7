package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Closing the project, or opening another, with changes not saved asks Save / Don't save / Cancel and does
 * what the answer says: "Save" used to close without saving, and opening another project let the changes go
 * without a word.
 */
class LettingGoTest extends WorkbenchTest {
    private Path project(String name) throws Exception {
        Path dir = tmp.resolve(name + "-" + System.nanoTime());
        Project p = new Project(ProjectInfo.named(name, Fixtures.T));
        p.put(Document.of("d", "A01", "A01: Ja.\n", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        ProjectStore.create(dir, p).close();
        return dir;
    }

    private void open(FxRobot robot, Path dir) throws Exception {
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
    }

    private void rename(FxRobot robot, String name) {
        robot.interact(() -> vm.session().execute(DocumentCommands.rename("d", name)));
    }

    private void fire(FxRobot robot, String key) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> I18n.text(key).equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
    }

    private static String nameOnDisk(Path dir) throws Exception {
        return ProjectReader.read(dir).document("d").orElseThrow().name();
    }

    @Test
    void saveSavesDontSaveDiscardsCancelKeepsTheProjectOpen(FxRobot robot) throws Exception {
        Path a = project("a");
        open(robot, a);
        rename(robot, "Eerste");

        dialogs.saveChoice = Dialogs.SaveChoice.CANCEL;
        fire(robot, "menu.close");
        assertTrue(dialogs.questions.getLast().startsWith("Save changes?"), dialogs.questions.toString());
        assertNotNull(vm.storeProperty().get(), "Cancel: still open");
        assertTrue(vm.hasUnsavedChanges());

        dialogs.saveChoice = Dialogs.SaveChoice.SAVE;
        fire(robot, "menu.close");
        WindowTestSupport.idle(vm);
        assertNull(vm.storeProperty().get(), "closed once saved");
        assertEquals("Eerste", nameOnDisk(a), "Save: the change is on disk");

        open(robot, a);
        rename(robot, "Tweede");
        dialogs.saveChoice = Dialogs.SaveChoice.DISCARD;
        fire(robot, "menu.close");
        assertNull(vm.storeProperty().get());
        assertEquals("Eerste", nameOnDisk(a), "Don't save: the change is let go");
    }

    @Test
    void openingAnotherProjectAsksFirst(FxRobot robot) throws Exception {
        Path a = project("a");
        Path b = project("b");
        open(robot, a);
        rename(robot, "Bewaard");
        dialogs.projectFolder = b;
        dialogs.saveChoice = Dialogs.SaveChoice.SAVE;
        fire(robot, "menu.open");
        WindowTestSupport.idle(vm);
        assertEquals(b, vm.storeProperty().get().directory());
        assertEquals("Bewaard", nameOnDisk(a), "the project left was saved first");

        rename(robot, "Niet bewaard");
        dialogs.projectFolder = a;
        dialogs.saveChoice = Dialogs.SaveChoice.CANCEL;
        fire(robot, "menu.open");
        assertEquals(b, vm.storeProperty().get().directory(), "Cancel: nothing else opens");
        assertTrue(vm.hasUnsavedChanges());
    }

    @Test
    void openingTheProjectOpenAlreadySaysSoAndKeepsItsChanges(FxRobot robot) throws Exception {
        Path a = project("a");
        open(robot, a);
        rename(robot, "Nog niet bewaard");
        int asked = dialogs.questions.size();
        robot.interact(() -> vm.open(a));
        WindowTestSupport.idle(vm);
        assertEquals(List.of(), dialogs.errors, "not 'in use by another window'");
        assertEquals(asked, dialogs.questions.size(), "nothing to let go of: nothing asked");
        assertEquals("a is the project open in this window.", vm.statusProperty().get().replaceFirst("^a-\\d+", "a"));
        assertTrue(vm.hasUnsavedChanges(), "its changes are still there");
    }
}
