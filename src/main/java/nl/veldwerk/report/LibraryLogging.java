package nl.veldwerk.report;

/**
 * Apache POI logs through the Log4j API, and without a Log4j implementation on the class path the API
 * prints "could not find a logging provider" on every start. Its own simple logger (errors only) is
 * enough for a desktop application; the launchers call this before anything loads POI.
 */
public final class LibraryLogging {
    private LibraryLogging() {
    }

    public static void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
