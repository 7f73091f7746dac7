package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening appends codings without looking their ids up (see {@code Project.startAppendingCodings}): files where a
 * coding id comes twice (written by hand, or damaged) must still open as putting each coding in turn makes them,
 * the later coding in place of the earlier one.
 */
class RepeatedCodingIdTest {
    @TempDir
    Path tmp;

    @Test
    void aCodingIdInTwoPartsOpensAsTheLaterOneReplacingTheEarlier() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) { // a01 coded
            store.session().execute(QuotationCommands.codeRange("w01", 0, 4, "weak", "me", Fixtures.T));
            store.save();
        }
        Project saved = ProjectReader.read(dir);
        String first = codingOf(saved, "a01").id();
        Coding second = codingOf(saved, "w01");
        assertNotEquals(first, second.id());
        Path w01 = partOf(dir, "w01");
        String json = Files.readString(w01, StandardCharsets.UTF_8);
        assertTrue(json.contains(second.id()));
        rewrite(dir, w01, json.replace(second.id(), first).getBytes(StandardCharsets.UTF_8));

        for (Project read : List.of(ProjectReader.read(dir), ProjectReader.readLeavingTexts(dir))) {
            assertEquals(1, read.codings().size(), "one coding under the id that came twice");
            Coding kept = read.coding(first).orElseThrow();
            assertEquals(second.quotationId(), kept.quotationId(), "the later part's coding");
            assertEquals("weak", kept.codeId());
            assertEquals(List.of(), read.codingsOf(codingOf(saved, "a01").quotationId()));
            assertEquals(List.of(kept), read.codingsWithCode("weak"));
            assertEquals(List.of(), read.codingsWithCode("schaamte"));
        }
    }

    /**
     * A coding id in two parts, the later part then coding the first quotation again as the earlier coding did: put in
     * turn, the second put of the id took the coding off that quotation, so the last coding is no duplicate. Appending
     * keeps the earlier row until the end and refuses it; the project must be read again and open as before.
     */
    @Test
    void aPartRefusedOnlyBecauseCodingsWereAppendedIsReadAgainAndOpens() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) { // a01 coded with schaamte by me
            store.session().execute(QuotationCommands.codeRange("w01", 0, 4, "weak", "me", Fixtures.T));
            store.save();
        }
        Project saved = ProjectReader.read(dir);
        Coding first = codingOf(saved, "a01");
        Coding second = codingOf(saved, "w01");
        Path w01 = partOf(dir, "w01");
        var part = (tools.jackson.databind.node.ObjectNode) StoreFormat.MAPPER.readTree(Files.readAllBytes(w01));
        var codings = (tools.jackson.databind.node.ArrayNode) part.get("codings");
        ((tools.jackson.databind.node.ObjectNode) codings.get(0)).put("id", first.id());
        var again = (tools.jackson.databind.node.ObjectNode) codings.get(0).deepCopy();
        again.put("id", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        again.put("quotationId", first.quotationId());
        again.put("codeId", first.codeId());
        codings.add(again);
        rewrite(dir, w01, StoreFormat.MAPPER.writeValueAsBytes(part));

        Project read = ProjectReader.read(dir);
        assertEquals(second.quotationId(), read.coding(first.id()).orElseThrow().quotationId());
        assertEquals(List.of("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
                read.codingsOf(first.quotationId()).stream().map(Coding::id).toList());
        assertEquals(2, read.codings().size());
    }

    private static Coding codingOf(Project p, String documentId) {
        return p.quotationsOf(documentId).stream().flatMap(q -> p.codingsOf(q.id()).stream()).findFirst()
                .orElseThrow();
    }

    private static Path partOf(Path dir, String documentId) throws Exception {
        var manifest = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST));
        return dir.resolve(manifest.documents().stream().filter(r -> r.id().equals(documentId)).findFirst()
                .orElseThrow().file());
    }

    /** Writes the file anew and every checksum of it up to the manifest (list parts name their parts' checksums). */
    private static void rewrite(Path dir, Path file, byte[] bytes) throws Exception {
        String before = Checksums.of(Files.readAllBytes(file));
        Files.write(file, bytes);
        String after = Checksums.of(bytes);
        List<Path> files;
        try (Stream<Path> all = Stream.concat(Stream.of(dir.resolve(StoreFormat.MANIFEST)),
                Files.list(dir.resolve(StoreFormat.PARTS)))) {
            files = all.filter(f -> !f.equals(file)).toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.contains('"' + before + '"')) {
                rewrite(dir, f, text.replace('"' + before + '"', '"' + after + '"').getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
