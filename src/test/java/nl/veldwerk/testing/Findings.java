package nl.veldwerk.testing;

/**
 * What a fuzz target lets pass: an input refused with one of the reader's own exceptions, or by a library
 * that cannot parse it. A failure that starts in our code (a NullPointerException, an index out of range)
 * is a finding; so is every Error (stack overflow, out of memory), which Jazzer reports as it is.
 */
public final class Findings {
    private Findings() {
    }

    /** Rethrows {@code e} unless it was thrown by a library (not by nl.veldwerk code) while reading input. */
    public static void unlessFromALibrary(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0 && trace[0].getClassName().startsWith("nl.veldwerk.")) {
            throw e;
        }
    }
}
