package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static nl.veldwerk.store.StoreTestSupport.fingerprint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets a message naming the file and the problem, and nothing on disk changes. */
class DamagedFilesTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() throws Exception {
        dir = tmp.resolve("p");
        createFixtureProject(dir).close();
    }

    private ProjectFileException openFails() throws Exception {
        Map<String, String> before = fingerprint(dir);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertEquals(before, fingerprint(dir), "opening a damaged project must not change anything on disk");
        return e;
    }

    private Path firstDocumentPart() throws Exception {
        return dir.resolve(ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST)).documents().getFirst().file());
    }

    @Test
    void truncatedDocumentPart() throws Exception {
        Path part = firstDocumentPart();
        byte[] bytes = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ProjectFileException e = openFails();
        assertEquals(part.toAbsolutePath(), e.file().toAbsolutePath());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    /** A document part left empty (a crash, a full disk) is said to be empty (QA: in the parser's words). */
    @Test
    void emptyDocumentPart() throws Exception {
        Path part = firstDocumentPart();
        Files.write(part, new byte[0]);
        ProjectFileException e = openFails();
        assertEquals(part.toAbsolutePath(), e.file().toAbsolutePath());
        assertTrue(e.getMessage().contains("is empty") && !e.getMessage().contains("No content"), e.getMessage());
    }

    @Test
    void garbageManifest() throws Exception {
        Files.writeString(dir.resolve(StoreFormat.MANIFEST), "\u0000\u0001PK garbage");
        ProjectFileException e = openFails();
        assertTrue(e.getMessage().contains(StoreFormat.MANIFEST) && e.getMessage().contains("damaged"),
                e.getMessage());
    }

    @Test
    void emptyManifest() throws Exception {
        Files.write(dir.resolve(StoreFormat.MANIFEST), new byte[0]);
        assertTrue(openFails().getMessage().contains("is empty"));
    }

    @Test
    void newerFormatVersion() throws Exception {
        Path manifest = dir.resolve(StoreFormat.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"schemaVersion\" : \\d+",
                "\"schemaVersion\" : 99"));
        ProjectFileException e = openFails();
        assertTrue(e.getMessage().contains("newer version of Veldwerk (format 99)"), e.getMessage());
    }

    @Test
    void missingPart() throws Exception {
        Path part = firstDocumentPart();
        Files.delete(part);
        ProjectFileException e = openFails();
        assertTrue(e.getMessage().endsWith("is missing"), e.getMessage());
    }

    @Test
    void inconsistentData() throws Exception {
        Path part = firstDocumentPart();
        String json = Files.readString(part, StandardCharsets.UTF_8);
        Files.writeString(part, json.replace("\"codeId\":\"schaamte\"", "\"codeId\":\"ghost\""));
        ProjectFileException e = openFails();
        assertTrue(e.getMessage().contains("inconsistent") && e.getMessage().contains("ghost"), e.getMessage());
    }

    @Test
    void notAProjectFolder() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(empty));
        assertTrue(e.getMessage().contains("not a Veldwerk project folder"), e.getMessage());
        assertEquals(0, Files.list(empty).count());
    }

    /** The project's veldwerk.json given for its folder: said so (it was called missing, though it is there). */
    @Test
    void theManifestGivenForItsFolder() throws Exception {
        Path manifest = Files.writeString(Files.createDirectories(tmp.resolve("p")).resolve(StoreFormat.MANIFEST), "{}");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.read(manifest));
        assertTrue(e.getMessage().contains("is a file: give the project's folder, the one that holds veldwerk.json"),
                e.getMessage());
        ProjectFileException missing = assertThrows(ProjectFileException.class, () -> ProjectReader.read(
                tmp.resolve("nothing")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
