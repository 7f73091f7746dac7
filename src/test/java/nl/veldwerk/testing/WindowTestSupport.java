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
