package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.veldwerk.model.Document;
import nl.veldwerk.project.DocumentCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document numbers (the first half of every quotation ID, "3:12") never move: a project whose files hold no
 * numbers (the sample, files from before numbers) keeps the numbers it opened with after a save that wrote
 * only some documents, and that save writes every number down.
 */
class DocumentNumbersTest {
    private static final Path SAMPLE = Path.of("sample-projects/wijk-y");

    @TempDir
    Path tmp;

    private static Map<String, Integer> numbers(ProjectStore store) {
        Map<String, Integer> numbers = new TreeMap<>();
        for (Document d : store.session().project().documents()) {
            numbers.put(d.name(), d.number());
        }
        return numbers;
    }

    @Test
    void numbersStayAfterASaveThatWroteOnlySomeDocuments() throws Exception {
        Path project = tmp.resolve("wijk-y");
        Files.createDirectories(project.resolve("parts"));
        Files.copy(SAMPLE.resolve("veldwerk.json"), project.resolve("veldwerk.json"));
        try (var parts = Files.list(SAMPLE.resolve("parts"))) {
            for (Path part : parts.toList()) {
                Files.copy(part, project.resolve("parts").resolve(part.getFileName()));
            }
        }
        Map<String, Integer> opened;
        try (ProjectStore store = ProjectStore.open(project)) {
            opened = numbers(store);
            Document last = store.session().project().documents().stream()
                    .max(java.util.Comparator.comparingInt(Document::number)).orElseThrow();
            store.session().execute(DocumentCommands.rename(last.id(), last.name() + " (herzien)"));
            opened.put(last.name() + " (herzien)", opened.remove(last.name()));
            store.save();
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(opened, numbers(store), "every document has the number it opened with");
            assertFalse(store.hasUnpersistedChanges(), "and the numbers are written down");
        }
        List<String> named = ManifestFiles.documentParts(project);
        assertFalse(named.isEmpty());
        for (String name : named) {
            String json = Files.readString(project.resolve(name));
            int quotations = json.indexOf("\"quotations\"");
            String document = quotations < 0 ? json : json.substring(0, quotations);
            assertTrue(document.contains("\"number\":") && !document.contains("\"number\":0"),
                    name + " has its document's number");
        }
    }
}
