package nl.veldwerk.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file in the program the system has for it (a report in Word or LibreOffice), and says when none took it.
 * On Linux and other free desktops through {@code xdg-open}, whose answer is heard: JavaFX's own way tried a few
 * browsers and said nothing when none could show a .docx, so "open when written" did nothing without a word.
 * Elsewhere through JavaFX, which asks the system.
 */
final class OtherApplications {
    /** How long the opener may take to hand the file over before it is taken to have done so. */
    private static final long HAND_OVER_SECONDS = 20;

    private final List<String> opener;

    /** {@code opener}: the command, the file's path added; null to ask JavaFX. */
    OtherApplications(List<String> opener) {
        this.opener = opener;
    }

    /** The way of this system: {@code xdg-open} on Linux and the BSDs, JavaFX's elsewhere. */
    static OtherApplications ofThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return new OtherApplications(os.contains("linux") || os.contains("bsd") ? List.of("xdg-open") : null);
    }

    /**
     * Opens {@code file}; {@code noProgram} is run (on another thread) when no program took it. {@code hosts} opens
     * it where there is no opener command.
     */
    void open(Path file, javafx.application.HostServices hosts, Runnable noProgram) {
        if (opener == null) {
            hosts.showDocument(file.toUri().toString());
            return;
        }
        Thread.ofVirtual().name("open-in-other-application").start(() -> {
            if (!handedOver(file)) {
                noProgram.run();
            }
        });
    }

    /** Whether the opener took the file: it ran and did not say it failed (still running is taken as taken). */
    boolean handedOver(Path file) {
        List<String> command = new ArrayList<>(opener);
        command.add(file.toAbsolutePath().toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return !process.waitFor(HAND_OVER_SECONDS, TimeUnit.SECONDS) || process.exitValue() == 0;
        } catch (IOException notThere) {
            return false; // no xdg-open: a system without a desktop's file associations
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
