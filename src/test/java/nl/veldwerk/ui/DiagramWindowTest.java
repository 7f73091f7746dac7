package nl.veldwerk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram pane headless: draw the model from the explorer, drag a code, undo, export PNG and SVG. */
@ExtendWith(ApplicationExtension.class)
class DiagramWindowTest {
    @TempDir
    static Path tmp;

    private final SavingDialogs dialogs = new SavingDialogs();
    private MainViewModel vm;

    /** Recording dialogs that also answer "save as" with a file the test chose. */
    static final class SavingDialogs implements Dialogs {
        final MainWindowTest.RecordingDialogs recorded = new MainWindowTest.RecordingDialogs();
        Path saveAs;

        @Override
        public void openInOtherApplication(Path file) {
            recorded.openInOtherApplication(file);
        }

        @Override
        public Optional<Path> chooseProjectFolder(String title) {
            return Optional.empty();
        }

        @Override
        public java.util.List<Path> chooseTranscripts(String title) {
            return java.util.List.of();
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileType type) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.ofNullable(saveAs);
        }

        @Override
        public void showError(String title, String message) {
            recorded.showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            recorded.showInfo(title, message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        vm = new MainViewModel(dialogs);
        stage.setScene(new Scene(new MainView(vm), 1300, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                    && s.getTitle() != null && s.getTitle().contains("diagram")).forEach(Window::hide);
            vm.shutdown();
        }).get(5, TimeUnit.SECONDS);
    }


    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    @Test
    void drawTheModelDragACodeUndoAndExport(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("model");
        ProjectStore.create(dir, nl.veldwerk.analysis.DiagramTestProject.project()).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(3));
        robot.clickOn("#draw-model");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().diagrams().size());
        Diagram drawn = project().diagrams().iterator().next();
        assertEquals(4, drawn.relationIds().size());

        // The window shows every code and arrow; drag "Bekendheid" 120 px down.
        StackPane bekendheid = robot.lookup("#diagram-code-bekendheid").query();
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

        // Weigh by documents instead: a command too.
        javafx.scene.control.ChoiceBox<Weighting> weighting = robot.lookup("#diagram-weighting").query();
        robot.interact(() -> weighting.setValue(Weighting.DOCUMENTS));
        assertEquals(Weighting.DOCUMENTS, project().diagrams().iterator().next().weighting());

        dialogs.saveAs = tmp.resolve("model.png");
        robot.clickOn("#diagram-export-png");
        WindowTestSupport.idle(vm);
        byte[] png = Files.readAllBytes(dialogs.saveAs);
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        dialogs.saveAs = tmp.resolve("model.svg");
        robot.clickOn("#diagram-export-svg");
        WindowTestSupport.idle(vm);
        String svg = Files.readString(dialogs.saveAs);
        assertTrue(svg.startsWith("<svg") && svg.contains(">Weak ties<") && svg.contains("the number of documents"),
                svg);
        assertEquals(java.util.List.of(), dialogs.recorded.errors);
    }
}
