package nl.veldwerk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.veldwerk.ui.app.MainViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: waiting for the background work to finish, and a scratch copy of the sample. */
public final class WindowTestSupport {
    private static final Path SAMPLE = Path.of("sample-projects/wijk-y");

    private WindowTestSupport() {
    }

    /** Waits until the FX thread is idle and no background job runs. */
    public static void idle(MainViewModel vm) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Imports through the window's import preview, taking what it found (turns where it found them). */
    public static void importFiles(org.testfx.api.FxRobot robot, MainViewModel vm, java.util.List<Path> files)
            throws Exception {
        robot.interact(() -> vm.files().importTranscripts(files));
        WaitForAsyncUtils.asyncFx(importPreviewButton()::fire);
        idle(vm);
    }

    /** The Import button of the import preview, once it is showing. */
    public static javafx.scene.control.Button importPreviewButton() throws Exception {
        javafx.scene.control.Button[] found = new javafx.scene.control.Button[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            found[0] = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null)
                    .map(w -> w.getScene().lookup("#import-preview-import"))
                    .filter(javafx.scene.control.Button.class::isInstance).map(javafx.scene.control.Button.class::cast)
                    .findFirst().orElse(null)).get();
            return found[0] != null;
        });
        return found[0];
    }

    /** The sample project copied to {@code target} (without its .docx transcripts or a search index), to change freely. */
    public static Path copySample(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path f : files.filter(f -> !f.toString().contains("transcripts") && !f.toString().contains("index"))
                    .toList()) {
                Path to = target.resolve(SAMPLE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
