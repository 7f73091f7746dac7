package nl.veldwerk.model;

/** How the system says a file cannot be written where it is, whatever writes it (a project, a report, an export). */
public final class WriteRefusals {
    private WriteRefusals() {
    }

    /**
     * The folder or a file in it cannot be written: read-only, locked by the system or another program, or no
     * permission. Java gives some of these as a plain FileSystemException with the system's words.
     */
    public static boolean notWritable(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.ReadOnlyFileSystemException) {
            return true;
        }
        String said = e.getMessage() == null ? "" : e.getMessage();
        return e instanceof java.nio.file.FileSystemException && (said.endsWith("Operation not permitted")
                || said.endsWith("Read-only file system") || said.endsWith("Permission denied"));
    }
}
