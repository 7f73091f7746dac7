package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new project (an import) appears whole or not at all: nothing at the chosen place while it is being written,
 * nothing left there or beside it when writing fails, the chosen empty folder taken, a folder with files refused.
 */
class WholeProjectFolderTest {
    @TempDir
    Path tmp;

    private static Project sample() {
        return Fixtures.session().project();
    }

    @Test
    void theProjectAndWhatComesWithItAppearTogetherAndNotBefore() throws Exception {
        Path place = tmp.resolve("Wijk Y");
        List<Boolean> placeSeenWhileFilling = new java.util.ArrayList<>();
        String filled = WholeProjectFolder.create(place, sample(), folder -> {
            placeSeenWhileFilling.add(Files.exists(place));
            assertTrue(ProjectStore.holdsProject(folder), "the project is written before the filling");
            Files.createDirectories(folder.resolve("media"));
            Files.writeString(folder.resolve("media/a01.wav"), "audio");
            return "done";
        });
        assertEquals("done", filled);
        assertEquals(List.of(false), placeSeenWhileFilling, "nothing at the chosen place until the whole is there");
        assertEquals("audio", Files.readString(place.resolve("media/a01.wav")));
        try (ProjectStore store = ProjectStore.open(place)) {
            assertEquals(2, store.session().project().documents().size());
        }
        assertEquals(List.of(place), inside(tmp), "no hidden folder left beside it");
    }

    @Test
    void aFillingThatFailsLeavesNothingAtThePlaceNorBesideIt() {
        Path place = tmp.resolve("Wijk Y");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(place,
                sample(), folder -> {
                    Files.writeString(folder.resolve("half.wav"), "half");
                    throw new IOException("No space left on device");
                }));
        assertEquals(place, e.file(), "the message names the place the user chose, not the hidden folder");
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertFalse(Files.exists(place));
        assertEquals(List.of(), inside(tmp));
        // and a second try finds the place free
        assertDoesNotThrow(() -> WholeProjectFolder.create(place, sample()));
        assertTrue(ProjectStore.holdsProject(place));
    }

    @Test
    void anEmptyFolderChosenIsTakenAndOneWithFilesIsLeftAsItWas() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("leeg"));
        WholeProjectFolder.create(empty, sample());
        assertTrue(ProjectStore.holdsProject(empty));

        Path full = Files.createDirectories(tmp.resolve("vol"));
        Files.writeString(full.resolve("aantekeningen.txt"), "mijn eigen");
        assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(full, sample()));
        assertEquals(List.of(full.resolve("aantekeningen.txt")), inside(full));
        assertThrows(ProjectFileException.class, () -> WholeProjectFolder.create(empty, sample()),
                "a project is not written over");
        assertEquals(List.of(empty, full), inside(tmp));
    }

    private static List<Path> inside(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
