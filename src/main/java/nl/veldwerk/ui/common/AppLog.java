package nl.veldwerk.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log file, in the user's application-data folder, where {@code System.Logger} writes (its
 * default backend is java.util.logging): warnings and errors with their stack traces, so a problem a
 * researcher reports can be looked into. Help → About shows where it is.
 */
public final class AppLog {
    private static Path file;

    private AppLog() {
    }

    /** Starts writing to the log file (three files of 2 MB in turn); the console keeps only errors. */
    public static synchronized void start() {
        if (file != null) {
            return;
        }
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("veldwerk-%g.log").toString(), 2_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = LogManager.getLogManager().getLogger("");
            root.addHandler(handler);
            for (var h : root.getHandlers()) {
                if (h instanceof java.util.logging.ConsoleHandler console) {
                    console.setLevel(Level.SEVERE);
                }
            }
            file = folder.resolve("veldwerk-0.log");
        } catch (IOException | SecurityException e) {
            System.getLogger(AppLog.class.getName()).log(System.Logger.Level.WARNING,
                    "No log file in " + folder + "; logging to the console only", e);
        }
    }

    /** The log file being written, or the folder it would be in when it could not be made. */
    public static Path file() {
        return file != null ? file : folder().resolve("veldwerk-0.log");
    }

    /** Where the operating system keeps an application's own files for this user. */
    static Path folder() {
        String given = System.getProperty("veldwerk.logFolder"); // tests keep their logs in target/
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Veldwerk", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Veldwerk");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank() ? Path.of(state) : Path.of(home, ".local", "state"))
                .resolve("veldwerk").resolve("logs");
    }
}
