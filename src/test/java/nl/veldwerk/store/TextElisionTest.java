package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nl.veldwerk.store.StoreFormat.PartRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part whose text the parser is not given reads as the whole part does: the same document, quotations and
 * codings, the same refusal with the same message, and the bytes left as they were read.
 */
class TextElisionTest {
    private static final String TEXT = "Interviewer: Hoe vaak komt u in het buurthuis?\\nR1: Elke week, \\\"zeker\\\" "
            + "op dinsdag. Caf\u00e9 \ud83d\ude00 en \\u00e9\\\\ ook.";
    private static final String REST = ",\"sourceFormat\":\"TXT\",\"turns\":[{\"speaker\":\"Interviewer\",\"start\":0,"
            + "\"end\":46}],\"groupIds\":[],\"attributes\":{\"rol\":\"bewoner\"},\"imported\":\"2026-01-01T00:00:00Z\","
            + "\"number\":1},\"quotations\":[{\"id\":\"q1\",\"documentId\":\"d1\",\"start\":0,\"end\":10,\"comment\":\"\","
            + "\"created\":\"2026-01-01T09:30:00Z\",\"number\":1}],\"codings\":[]}";

    @TempDir
    Path folder;

    private static String part(String id, String name, String description, String text, String rest) {
        return "{\"document\":{\"id\":" + id + ",\"name\":" + name + ",\"description\":" + description + ",\"text\":\""
                + text + "\"" + rest;
    }

    private static String usual(String description) {
        return part("\"d1\"", "\"Interview 1\"", description, TEXT, REST);
    }

    @Test
    void thePartsTheStoreWritesAreElidedAndTheirBytesPutBack() {
        byte[] bytes = usual("\"over de buurt\"").getBytes(StandardCharsets.UTF_8);
        byte[] read = bytes.clone();
        TextElision elision = TextElision.of(bytes, bytes.length);
        assertNotNull(elision);
        String seen = new String(bytes, elision.start(), bytes.length - elision.start(), StandardCharsets.UTF_8);
        assertEquals(usual("\"over de buurt\"").replace("\"text\":\"" + TEXT + "\"", "\"text\":\"\""), seen,
                "the parser reads the part with an empty text");
        assertEquals('"', seen.charAt(elision.quote()));
        assertEquals(decodedLength(TEXT), elision.units());
        elision.undo(bytes);
        assertArrayEquals(read, bytes);
    }

    @Test
    void onlyThePartsInTheWritersShapeAreElided() {
        List<String> notElided = List.of(
                usual("\"over de buurt\"").replace("{\"document\":{", "{ \"document\":{"),
                StoreFormat.PRETTY.writeValueAsString(StoreFormat.MAPPER.readTree(usual("\"\""))),
                "{\"document\":{\"id\":\"d1\",\"description\":\"\",\"name\":\"N\",\"text\":\"" + TEXT + "\"" + REST,
                "{\"quotations\":[],\"document\":{\"id\":\"d1\",\"name\":\"N\",\"description\":\"\",\"text\":\"" + TEXT
                        + "\"" + REST,
                part("\"d1\"", "\"een hele lange naam van het interview, langer dan de tekst\"", "\"\"", "kort", REST),
                part("\"d1\"", "\"N\"", "\"\"", TEXT + "\u0001", REST), // a raw control character: the parser says
                part("\"d1\"", "\"N\"", "\"\"", TEXT + "\\x", REST), // an unknown escape
                part("\"d1\"", "\"N\"", "\"\"", TEXT, "").replaceAll("\"$", ""), // no closing quote
                part("7", "\"N\"", "\"\"", TEXT, REST),
                part("\"d1\"", "\"N\"", "null", TEXT, REST));
        for (String json : notElided) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertNull(TextElision.of(bytes, bytes.length), json);
            assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), bytes, "left as it was: " + json);
        }
        byte[] cut = usual("\"\"").getBytes(StandardCharsets.UTF_8);
        assertNull(TextElision.of(cut, usual("\"\"").indexOf(TEXT) + 5), "only the bytes given are looked at");
    }

    @Test
    void readsWhatTheWholePartReadsAndRefusesWithTheSameMessage() throws Exception {
        List<String> parts = new ArrayList<>(List.of(
                usual("\"\""),
                usual("\"een \\\"citaat\\\", \\\"text\\\":\\\"nee\\\"\""),
                usual("\"eindigt op een backslash \\\\\""),
                usual("\"\\u0022,\\\"text\\\":\\u0022\""),
                part("\"d1\"", "\"\\\"text\\\":\\\"\"", "\"\"", TEXT, REST),
                usual("\"\"").replace("\"number\":1}", "\"number\":\"x\"}"),
                usual("\"\"").replace("\"rol\":\"bewoner\"", "\"rol\":"),
                usual("\"\"").replace("\"end\":10", "\"end\":100000"),
                usual("\"\"").replace("\"documentId\":\"d1\"", "\"documentId\":\"d9\""),
                usual("\"\"").replace("\"codings\":[]}", "\"codings\":[]} extra"),
                usual("\"\"").replace(",\"imported\"", ",\"text\":\"twee keer\",\"imported\""),
                usual("\"\"").replace("\"end\":46", "\"end\":4600")));
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            parts.add(part("\"d1\"", randomString(random), randomString(random), randomText(random), REST));
        }
        for (String json : parts) {
            Path file = folder.resolve("part.json");
            Files.writeString(file, json);
            byte[] written = Files.readAllBytes(file);
            PartBuffer buffer = new PartBuffer();
            Object whole = read(file, false, new PartBuffer());
            Object elided = read(file, true, buffer);
            if (whole instanceof ProjectFileException refused) {
                ProjectFileException also = assertInstanceOf(ProjectFileException.class, elided, json);
                assertEquals(refused.getMessage(), also.getMessage(), json);
            } else {
                assertEquals(whole, elided, json);
                ProjectReader.ReadPart read = (ProjectReader.ReadPart) elided;
                assertEquals(((ProjectReader.ReadPart) whole).part().document().text(), read.part().document().text());
            }
            assertArrayEquals(written, Arrays.copyOf(buffer.bytes(), buffer.length()), "the bytes are put back");
        }
    }

    private static Object read(Path file, boolean textOnDemand, PartBuffer buffer) {
        try {
            return ProjectReader.readDocumentPart(file, new PartRef("d1", "part.json", 1, 0, null),
                    StoreFormat.SCHEMA_VERSION, SharedStrings.NONE, textOnDemand, buffer);
        } catch (ProjectFileException e) {
            return e;
        }
    }

    /** A JSON string of quotes, backslashes, escapes and the words around them. */
    private static String randomString(Random random) {
        String[] pieces = {"a", "\\\"", "\\\\", "\\u0022", "\\n", ",", ":", "text", "\\\"text\\\":\\\"", "\u00e9", "{"};
        StringBuilder s = new StringBuilder("\"");
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.append('"').toString();
    }

    /** A text long enough to be elided now and then, sometimes with what is not counted. */
    private static String randomText(Random random) {
        String[] pieces = {"Interviewer: ", "ja ", "\\n", "\\\"", "\\\\", "caf\u00e9 ", "\ud83d\ude00", "\\u00e9",
            "\\ud83d\\ude00", "\u0001", "\\q"};
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(80); i > 0; i--) {
            String piece = pieces[random.nextInt(pieces.length)];
            s.append(piece.equals("\u0001") || piece.equals("\\q") ? random.nextInt(20) == 0 ? piece : "" : piece);
        }
        return s.toString();
    }

    private static int decodedLength(String jsonContent) {
        return StoreFormat.MAPPER.readValue("\"" + jsonContent + "\"", String.class).length();
    }
}
