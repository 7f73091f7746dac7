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

    private Path sampleCopy() throws Exception {
        Path project = tmp.resolve("wijk-y");
        Files.createDirectories(project.resolve("parts"));
        Files.copy(SAMPLE.resolve("veldwerk.json"), project.resolve("veldwerk.json"));
        try (var parts = Files.list(SAMPLE.resolve("parts"))) {
            for (Path part : parts.toList()) {
                Files.copy(part, project.resolve("parts").resolve(part.getFileName()));
            }
        }
        return project;
    }

    /**
     * A document whose quotations were saved without numbers (files from before numbers) has them numbered in
     * text order when opened, and only that document's (the others keep theirs); the next save writes them.
     */
    @Test
    void quotationsSavedWithoutNumbersAreNumberedInTextOrderWhenOpened() throws Exception {
        Path project = sampleCopy();
        var mapper = tools.jackson.databind.json.JsonMapper.shared();
        var manifest = (tools.jackson.databind.node.ObjectNode) mapper.readTree(project.resolve("veldwerk.json")
                .toFile());
        var entry = (tools.jackson.databind.node.ObjectNode) manifest.get("documents").get(1);
        Path part = project.resolve(entry.get("file").asString());
        var json = (tools.jackson.databind.node.ObjectNode) mapper.readTree(part.toFile());
        assertTrue(json.get("quotations").size() > 2, "a document with quotations to number");
        var quotations = (tools.jackson.databind.node.ArrayNode) json.get("quotations");
        List<tools.jackson.databind.JsonNode> reversed = new java.util.ArrayList<>();
        quotations.forEach(q -> reversed.addFirst(((tools.jackson.databind.node.ObjectNode) q).without("number")));
        quotations.removeAll().addAll(reversed); // saved out of text order: numbers follow the text, not the file
        Map<String, Integer> othersBefore = new TreeMap<>();
        String documentId = entry.get("id").asString();
        ProjectReader.read(project).quotations().stream().filter(q -> !q.documentId().equals(documentId))
                .forEach(q -> othersBefore.put(q.id(), q.number()));
        mapper.writeValue(part.toFile(), json);
        entry.remove("checksum"); // as files from before checksums; the part was changed on purpose
        mapper.writeValue(project.resolve("veldwerk.json").toFile(), manifest);

        try (ProjectStore store = ProjectStore.open(project)) {
            var p = store.session().project();
            List<Integer> inTextOrder = p.quotationsOf(documentId).stream()
                    .sorted(java.util.Comparator.comparingInt(nl.veldwerk.model.Quotation::start))
                    .map(nl.veldwerk.model.Quotation::number).toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, inTextOrder.size()).boxed().toList(), inTextOrder);
            Map<String, Integer> others = new TreeMap<>();
            p.quotations().stream().filter(q -> !q.documentId().equals(documentId))
                    .forEach(q -> others.put(q.id(), q.number()));
            assertEquals(othersBefore, others);
            assertTrue(store.hasUnpersistedChanges(), "the numbers given are to be written");
        }
    }

    @Test
    void numbersStayAfterASaveThatWroteOnlySomeDocuments() throws Exception {
        Path project = sampleCopy();
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
