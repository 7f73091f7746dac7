package nl.veldwerk.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Whether a command that writes a file may replace one that is there: only when asked. A report or export made
 * before (perhaps edited since, or the only copy of an earlier state) is otherwise not lost without a word.
 */
final class Overwrite {
    @Option(names = "--overwrite", description = "replace the file to write when it exists (without it, an existing "
            + "file is left as it is and nothing is written)")
    boolean allowed;

    /** Refuses, before any work, to write over an existing file unless {@code --overwrite} was given. */
    void check(Path file) throws CliFailure {
        if (!allowed && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw CliFailure.of("output.exists", file.toAbsolutePath());
        }
    }
}
