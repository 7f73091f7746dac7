package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.common.NewProject;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File → New project asks a name and a place, and never writes into a folder that holds files. */
class NewProjectTest extends WorkbenchTest {
    @Test
    void aNewProjectIsNamedAndARefusedFolderIsLeftAsItWas(FxRobot robot) throws Exception {
        Path parent = Files.createDirectories(tmp.resolve("studies-" + System.nanoTime()));
        Path busy = Files.createDirectories(parent.resolve("Eigen map"));
        Files.writeString(busy.resolve("thesis.docx"), "niet aankomen");
        dialogs.newProject = NewProject.in(parent, "Eigen map");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertNull(vm.storeProperty().get(), "nothing opened");
        assertTrue(dialogs.errors.getLast().contains("not empty"), dialogs.errors.toString());
        try (var files = Files.list(busy)) {
            assertEquals(List.of(busy.resolve("thesis.docx")), files.toList(), "and nothing written there");
        }

        dialogs.newProject = NewProject.in(parent, "Wijk Y: pilot");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertEquals("Wijk Y: pilot", vm.session().project().info().name());
        assertEquals(parent.resolve("Wijk Y - pilot"), vm.storeProperty().get().directory());
    }

    /**
     * Help → Open the sample project makes the sample that ships inside the program into a new project where the
     * user wants it and opens it (an installed copy had no sample to open), its transcripts beside it to try the
     * import on.
     */
    @Test
    void theSampleProjectIsMadeWhereTheUserWantsItAndOpened(FxRobot robot) throws Exception {
        Path parent = Files.createDirectories(tmp.resolve("proberen-" + System.nanoTime()));
        dialogs.newProject = NewProject.in(parent, "Wijk Y (sample)");
        javafx.scene.control.MenuItem item = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Open the sample project…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        assertEquals("Wijk Y (sample)", dialogs.newProjectNameGiven, "the name filled in");
        assertEquals(parent.resolve("Wijk Y (sample)"), vm.storeProperty().get().directory());
        assertEquals("Wijk Y (sample)", vm.session().project().info().name());
        assertEquals(11, vm.session().project().documents().size());
        assertEquals(97, vm.session().project().codings().size(), "coded, as the sample is");
        try (var transcripts = Files.list(parent.resolve("Wijk Y (sample)").resolve("transcripts"))) {
            assertEquals(11, transcripts.filter(f -> f.toString().endsWith(".docx")).count());
        }
    }
}
