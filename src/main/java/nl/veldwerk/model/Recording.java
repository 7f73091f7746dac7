package nl.veldwerk.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The recording a transcript was made from: where the audio or video file is. Inside the project folder
 * the path is kept relative to it ({@code media/A01.mp3}, always with forward slashes), so the project can
 * be moved or bundled with its media; elsewhere it is kept absolute. The file may be missing: a recording
 * is a pointer, never a reason not to open a project.
 */
public record Recording(String path) {
    /** The folder inside a project where recordings copied into it go. */
    public static final String FOLDER = "media";
    /** What JavaFX's media module plays on every platform with its own decoders. */
    private static final Set<String> OWN_DECODERS = Set.of("wav", "aif", "aiff");
    /** Audio it plays: its own, and what it plays where the system's codecs allow (FFmpeg on Linux). */
    private static final Set<String> AUDIO = Set.of("wav", "mp3", "aif", "aiff", "m4a", "aac");
    private static final Set<String> VIDEO = Set.of("mp4", "m4v", "flv", "fxm");

    public Recording {
        if (path == null || path.isBlank()) {
            throw new ModelException("recording.noPath");
        }
        Limits.note(path, EntityKind.DOCUMENT, "recording");
    }

    /**
     * The recording of {@code file} as a project in {@code projectFolder} keeps it: relative when the file is
     * inside the folder, absolute otherwise.
     */
    public static Recording of(Path file, Path projectFolder) {
        Path absolute = file.toAbsolutePath().normalize();
        if (projectFolder != null) {
            Path folder = projectFolder.toAbsolutePath().normalize();
            if (absolute.startsWith(folder) && !absolute.equals(folder)) {
                return new Recording(folder.relativize(absolute).toString().replace('\\', '/'));
            }
        }
        return new Recording(absolute.toString());
    }

    /** Whether the path is relative to the project folder. */
    public boolean relative() {
        return !(path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*"));
    }

    /** The file itself, for a project in {@code projectFolder}. */
    public Path resolve(Path projectFolder) {
        return relative() && projectFolder != null ? projectFolder.resolve(path).normalize() : Path.of(path);
    }

    /** The file's name without its folders. */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** Whether the file holds video (by its ending); audio otherwise. */
    public boolean video() {
        return VIDEO.contains(extension(path));
    }

    /** Whether a file with this name is a recording Veldwerk can link (by its ending). */
    public static boolean isMediaFile(String name) {
        String extension = extension(name);
        return AUDIO.contains(extension) || VIDEO.contains(extension);
    }

    /** Whether a recording with this name is decoded by the system's codecs rather than JavaFX's own. */
    public static boolean needsSystemCodecs(String name) {
        return isMediaFile(name) && !OWN_DECODERS.contains(extension(name));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
