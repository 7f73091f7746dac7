package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few small document parts are parsed on the opening thread (starting parsing threads took longer than parsing
 * them); many, or large ones, on a thread per core. Either way a project opens the same, and a damaged part is
 * named the same.
 */
class ParsingThreadsTest {
    @TempDir
    Path tmp;

    @Test
    void fewSmallPartsAreParsedOnTheOpeningThreadManyOrLargeOnesOnEveryCore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores > 1, "one core: every project is parsed on one thread");
        List<Path> small = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            small.add(Files.writeString(tmp.resolve("s" + i + ".json"), "{}"));
        }
        assertEquals(1, ProjectReader.parsingThreads(small));
        Path large = Files.write(tmp.resolve("large.json"), new byte[(int) ProjectReader.ONE_THREAD_BELOW_BYTES]);
        assertEquals(cores, ProjectReader.parsingThreads(List.of(small.getFirst(), large)));
        List<Path> many = new ArrayList<>();
        for (int i = 0; i < 129; i++) {
            many.add(small.get(i % small.size()));
        }
        assertEquals(cores, ProjectReader.parsingThreads(many));
        assertEquals(cores, ProjectReader.parsingThreads(List.of(tmp.resolve("missing.json"))),
                "what is wrong with a part is said when it is read");
    }

    @Test
    void aProjectOpensTheSameAndADamagedPartIsNamedTheSameOnEitherWay() throws Exception {
        for (int documents : new int[] {3, 130}) {
            Path dir = tmp.resolve("p" + documents);
            try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("P", Fixtures.T))) {
                for (int i = 0; i < documents; i++) {
                    store.session().execute(DocumentCommands.add(Document.of("d" + i, "D" + i, "Tekst " + i + ".",
                            SourceFormat.TXT, List.of(), Fixtures.T)));
                }
                store.save();
            }
            var manifest = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST));
            List<Path> parts = manifest.documents().stream().map(r -> dir.resolve(r.file())).toList();
            assertEquals(documents == 3 ? 1 : Runtime.getRuntime().availableProcessors(),
                    ProjectReader.parsingThreads(parts));
            try (ProjectStore store = ProjectStore.open(dir)) {
                assertEquals(documents, store.session().project().documents().size());
                assertEquals("Tekst 2.", store.session().project().document("d2").orElseThrow().text());
            }
            Path damaged = dir.resolve(manifest.documents().stream().filter(r -> r.id().equals("d1")).findFirst()
                    .orElseThrow().file());
            Files.writeString(damaged, Files.readString(damaged).replace("Tekst 1.", "Tekst 7."));
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
            assertTrue(e.getMessage().contains("does not match the checksum"), e.getMessage());
            try (ProjectStore store = ProjectStore.openSalvaging(dir)) {
                assertEquals(List.of("d1"), store.damaged().stream().map(ProjectReader.Damage::documentId).toList());
                assertEquals(documents - 1, store.session().project().documents().size(), documents + " documents");
            }
        }
    }
}
