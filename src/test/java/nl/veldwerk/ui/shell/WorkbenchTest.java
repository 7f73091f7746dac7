package nl.veldwerk.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests start from: the main window on a fresh view model, in English, with dialogs
 * that record instead of asking; after each test the other windows it opened are closed and the project
 * shut down (its search index with it).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkbenchTest {
    @TempDir
    protected static Path tmp;

    protected final RecordingDialogs dialogs = new RecordingDialogs();
    protected Workbench workbench;
    protected MainViewModel vm;
    private Stage main;

    /** (TestFX calls only a test class's own @Start methods, so the window is set up here.) */
    @BeforeEach
    void showMainWindow() throws Exception {
        main = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            I18n.setLocale(java.util.Locale.ENGLISH);
            workbench = new Workbench(dialogs);
            vm = workbench.main();
            stage.setScene(new Scene(new MainView(workbench), 1300, windowHeight()));
            stage.show();
        });
    }

    /** Opens a copy of the sample project in folder {@code folder} and waits until the window is idle. */
    protected Path openCopyOfSample(org.testfx.api.FxRobot robot, String folder) throws Exception {
        Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve(folder));
        robot.interact(() -> vm.open(copy));
        nl.veldwerk.testing.WindowTestSupport.idle(vm);
        return copy;
    }

    /** Tall enough for what the test looks at below the fold. */
    protected int windowHeight() {
        return 800;
    }

    /** Closes what the test opened besides the main window (diagram windows, dialogs), then the project. */
    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != main)
                    .forEach(javafx.stage.Window::hide);
            workbench.shutdown();
        }).get(5, TimeUnit.SECONDS);
    }
}
