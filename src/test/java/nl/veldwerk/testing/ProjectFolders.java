package nl.veldwerk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Project folders as a test makes them elsewhere: a second computer's copy, what a crash would leave. */
public final class ProjectFolders {
    private ProjectFolders() {
    }

    /** The project part's file as the project's manifest names it ("parts/p-1.json"), read from the file itself. */
    public static String projectPartOf(Path project) throws IOException {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\"projectPart\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(project.resolve("veldwerk.json")));
        if (!named.find()) {
            throw new IOException("no project part named in " + project);
        }
        return named.group(1);
    }

    /** Copies the folder {@code from} to {@code to}, all but its lock (a copy is not open anywhere); returns {@code to}. */
    public static Path copyWithoutLock(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(".lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
