package nl.veldwerk.ui.shell;

import javafx.application.Application;

/**
 * The launch class. On the classpath, a main class that extends Application fails with "JavaFX runtime
 * components are missing", so the real application class is started from here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Java2D draws the word clouds off screen; headless AWT never starts a second GUI toolkit beside JavaFX.
        System.setProperty("java.awt.headless", "true");
        nl.veldwerk.report.LibraryLogging.quiet();
        Application.launch(VeldwerkApp.class, args);
    }
}
