package nl.veldwerk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of what the store reads from outside: a manifest, a document part in a project
 * folder, a bundle. Each ends with a project or a {@link ProjectFileException}.
 */
class StoreFuzzTest {
    private static final String PROJECT_PART = "{\"info\":{\"id\":\"project\",\"name\":\"fuzz\"},"
            + "\"codes\":[{\"id\":\"c\",\"name\":\"Code\"}],\"coders\":[{\"id\":\"me\",\"name\":\"Ik\"}]}";
    private static final Path SCRATCH = nl.veldwerk.testing.Scratch.folder("veldwerk-fuzz-store");

    @FuzzTest(maxDuration = "10m")
    void manifest(byte[] data) {
        try {
            ProjectReader.readManifest(SCRATCH.resolve("veldwerk.json"), data, ProjectReader.listsIn(SCRATCH, null));
        } catch (ProjectFileException refused) {
            // fine
        }
    }

    /** A project folder whose one document part is the input (no checksum: the parser sees everything). */
    @FuzzTest(maxDuration = "10m")
    void documentPart(byte[] data) throws IOException {
        Path dir = SCRATCH.resolve("folder");
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("veldwerk.json"), "{\"format\":\"veldwerk-project\",\"schemaVersion\":4,"
                + "\"sequence\":1,\"savedAt\":\"2026-12-01T10:00:00Z\",\"projectPart\":\"parts/p-1.json\","
                + "\"documents\":[{\"id\":\"d\",\"file\":\"parts/d-1-0.json\"}]}");
        Files.writeString(dir.resolve("parts/p-1.json"), PROJECT_PART, StandardCharsets.UTF_8);
        Files.write(dir.resolve("parts/d-1-0.json"), data);
        try {
            ProjectReader.read(dir);
        } catch (ProjectFileException refused) {
            // fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void bundle(byte[] data) throws IOException {
        Path bundle = Files.write(SCRATCH.resolve("fuzz.vwz"), data);
        Path target = SCRATCH.resolve("unpacked");
        try {
            Bundles.extract(bundle, target);
        } catch (ProjectFileException refused) {
            // fine
        } finally {
            if (Files.exists(target)) {
                try (Stream<Path> files = Files.walk(target)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }
}
