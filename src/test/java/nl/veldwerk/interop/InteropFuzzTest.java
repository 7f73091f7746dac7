package nl.veldwerk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.veldwerk.model.ProjectInfo;

/**
 * Coverage-guided fuzzing of the exchange readers: REFI-QDA project XML, .qdpx archives, .qdc codebooks,
 * codebooks as JSON and CSV, key lists. Each ends with a result or an {@link InteropException}.
 */
class InteropFuzzTest {
    private static final ProjectInfo BASE = ProjectInfo.named("fuzz", Instant.EPOCH);
    private static final Path SCRATCH = nl.veldwerk.testing.Scratch.folder("veldwerk-fuzz-interop");

    private static Path file(String name, byte[] data) {
        try {
            return Files.write(SCRATCH.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void qde(byte[] data) {
        try {
            RefiImport.convert(SCRATCH.resolve("fuzz.qdpx"), data, "project.qde", Map.of(), BASE);
        } catch (InteropException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void qdpx(byte[] data) {
        try {
            RefiImport.readProject(file("fuzz.qdpx", data), BASE);
        } catch (InteropException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void qdc(byte[] data) {
        try {
            RefiImport.readCodebook(file("fuzz.qdc", data));
        } catch (InteropException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void codebookJson(byte[] data) {
        try {
            CodebookFiles.readJson(file("fuzz.json", data));
        } catch (InteropException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void codebookCsv(byte[] data) {
        try {
            CodebookFiles.readCsv(file("fuzz.csv", data));
        } catch (InteropException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void keyList(byte[] data) {
        try {
            PseudonymKeys.read(file("fuzz-key.csv", data));
        } catch (InteropException refused) {
            // fine
        }
    }
}
