package nl.veldwerk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own with a small heap, for tests that a writer streams: what it must not
 * hold in memory is made larger than that heap. The test classpath is passed on.
 */
public final class SmallHeap {
    /** How the run ended: its exit status and everything it printed. */
    public record Run(int status, String output) {
    }

    private SmallHeap() {
    }

    public static Run run(String heap, Class<?> main, Path logFolder, String... args) throws IOException,
            InterruptedException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, heap, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Path log = logFolder.resolve(main.getSimpleName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(main.getName() + " did not finish in 180 s:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
