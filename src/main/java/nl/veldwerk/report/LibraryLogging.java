package nl.veldwerk.report;

/**
 * Apache POI logs through the Log4j API, and without a Log4j implementation on the class path the API
 * prints "could not find a logging provider" on every start. Its own simple logger (errors only) is
 * enough for a desktop application; the launchers call this before anything loads POI (or Lucene).
 */
public final class LibraryLogging {
    /**
     * Lucene's notice that the Vector API is not enabled (printed on every search from the command line): the
     * search works without it, and enabling an incubator module makes the JVM print a warning of its own.
     * Held here: java.util.logging keeps its loggers only weakly, and a collected one forgets its level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger(
            "org.apache.lucene.internal.vectorization");

    /**
     * JavaFX's controls log notes at INFO that say nothing to a researcher, into the window's log file: a table
     * whose rows have one height (the coding screen's quotation list) is told "index exceeds maxCellCount. Check
     * size calculations" now and then, by a check that compares a row's index with a length in pixels. Their
     * warnings and errors are still written.
     */
    private static final java.util.logging.Logger JAVAFX_CONTROLS = java.util.logging.Logger.getLogger(
            "javafx.scene.control");

    private LibraryLogging() {
    }

    public static void quiet() {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        JAVAFX_CONTROLS.setLevel(java.util.logging.Level.WARNING);
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // POI's "Unable to close resource" with a stack trace, printed when a damaged .docx is refused (QA): the
        // refusal itself is said to the user; closing what was never opened whole is no error of theirs.
        String closing = "org.apache.logging.log4j.simplelog." + POI_CLOSING + ".level";
        if (System.getProperty(closing) == null) {
            System.setProperty(closing, "OFF");
        }
    }

    /** The logger POI closes a damaged package's resources with. */
    static final String POI_CLOSING = "org.apache.poi.util.IOUtils";
}
