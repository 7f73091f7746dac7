package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.store.StoreFormat.DocumentPart;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's own reading of quotations, codings and speaker turns accepts and refuses exactly what
 * Jackson's general record binding does (which it replaced for speed): the same value, or a Jackson error
 * for the same inputs.
 */
class PartDeserializersTest {
    /** The store's mapper as it was before the part deserializers. */
    private static final JsonMapper GENERAL = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .addModule(InstantCodec.module())
            .addModule(TextCodec.module())
            .build();

    private static final String DOCUMENT = "{\"id\":\"d1\",\"name\":\"Doc\",\"description\":\"\",\"text\":\"Interviewer: "
            + "hallo daar\\nR1: ja\",\"sourceFormat\":\"TXT\",\"turns\":[%s],\"groupIds\":[],\"attributes\":{},"
            + "\"imported\":\"2026-01-01T00:00:00Z\",\"number\":1}";
    private static final String TURNS = "{\"speaker\":\"Interviewer\",\"start\":0,\"end\":23},"
            + "{\"speaker\":\"R1\",\"start\":24,\"end\":29,\"timestampMillis\":1200}";
    private static final String QUOTATION = "{\"id\":\"q1\",\"documentId\":\"d1\",\"start\":%s,\"end\":10,"
            + "\"comment\":%s,\"creatorId\":\"c1\",\"created\":\"2026-01-01T09:30:00.123Z\",\"number\":3%s}";
    private static final String CODING = "{\"id\":\"k1\",\"quotationId\":\"q1\",\"codeId\":\"code\",\"coderId\":%s,"
            + "\"created\":\"2026-01-01T09:30:00.123Z\"%s}";

    private static String part(String turns, String start, String comment, String quotationExtra, String coder,
                               String codingExtra) {
        return "{\"document\":" + DOCUMENT.formatted(turns) + ",\"quotations\":["
                + QUOTATION.formatted(start, comment, quotationExtra) + "],\"codings\":["
                + CODING.formatted(coder, codingExtra) + "]}";
    }

    @Test
    void readsWhatTheGeneralBindingReadsAndRefusesWhatItRefuses() {
        List<String> inputs = List.of(
                part(TURNS, "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2", "null", "", "null", ""),
                part("", "\"2\"", "\"een opmerking\"", "", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", ",\"unknown\":{\"a\":[1,2]}", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", ",\"extra\":true"),
                part(TURNS, "null", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "-1", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2.5", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "99999999999", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2", "17", "", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", "", "[]", ""),
                part("{\"speaker\":\"\",\"start\":0,\"end\":3}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"timestampMillis\":\"x\"}", "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace(",\"number\":3", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"start\":2,", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace(",\"end\":10", ""),
                part("{\"speaker\":\"A\",\"end\":3}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0}", "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"created\":\"2026-01-01T09:30:00.123Z\",\"number\"",
                        "\"created\":null,\"number\""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"id\":\"q1\",", ""),
                part(TURNS + "," + TURNS + "," + TURNS, "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS + ",null", "2", "\"\"", "", "\"c1\"", ""),
                part("null," + TURNS, "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS + ",\"R1\"", "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS + ",[]", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"timestampMillis\":null}", "2", "\"\"", "", "\"c1\"",
                        ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"timestampMillis\":\"77\"}", "2", "\"\"", "",
                        "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"timestampMillis\":123456789012345678901234}", "2",
                        "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"timestampMillis\":1.5}", "2", "\"\"", "",
                        "\"c1\"", ""),
                part("{\"speaker\":17,\"start\":0,\"end\":3}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":null,\"start\":0,\"end\":3}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":3,\"mood\":\"blij\"}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":5,\"end\":3}", "2", "\"\"", "", "\"c1\"", ""),
                part("{\"speaker\":\"A\",\"start\":0,\"end\":300}", "2", "\"\"", "", "\"c1\"", ""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"turns\":[" + TURNS + "]", "\"turns\":null"),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"turns\":[" + TURNS + "]",
                        "\"turns\":{\"speaker\":\"A\",\"start\":0,\"end\":3}"),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"turns\":[" + TURNS + "]", "\"turns\":\"A\""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", "").replace("\"turns\":[", "\"turns\":[],\"turns\":["),
                part(TURNS, "2", "\"\"", "", "\"c1\"", ",\"id\":\"4f0c1a2e-7d1b-4c5e-9a8f-0123456789ab\""),
                part(TURNS, "2", "\"\"", "", "\"c1\"", ",\"id\":\"k2\"")
                        .replace("\"id\":\"k1\"", "\"id\":\"4f0c1a2e-7d1b-4c5e-9a8f-0123456789ab\""),
                "{\"document\":null,\"quotations\":null,\"codings\":[null]}",
                "{\"quotations\":{}}",
                "[]");
        for (String input : inputs) {
            Object general = read(GENERAL, input);
            Object ours = read(StoreFormat.MAPPER, input);
            if (general instanceof JacksonException) {
                assertInstanceOf(JacksonException.class, ours, input + " is refused as before: " + general);
            } else {
                assertEquals(general, ours, input);
            }
        }
    }

    /**
     * The parsing threads keep per-thread tables (turn rows, recent speakers, ids and times): parts read on several
     * threads at once, refused ones among them, some with more turns than a thread keeps room for, are read as the
     * general binding reads each alone.
     */
    @Test
    void partsReadOnSeveralThreadsAtOnceAreReadAsEachAlone() throws Exception {
        List<String> parts = new java.util.ArrayList<>();
        for (int n = 0; n < 240; n++) {
            int turns = n % 40 == 0 ? 5_000 : n % 7;
            StringBuilder list = new StringBuilder();
            for (int t = 0; t < turns; t++) {
                list.append(t == 0 ? "" : ",").append("{\"speaker\":\"S").append(n).append('-').append(t % 3)
                        .append("\",\"start\":").append(t * 10).append(",\"end\":").append(t * 10 + 9)
                        .append(t % 4 == 0 ? "" : ",\"timestampMillis\":" + (n * 1_000L + t)).append('}');
            }
            if (n % 9 == 0 && turns > 0) {
                list.append(",{\"speaker\":\"\",\"start\":0,\"end\":1}"); // refused
            }
            String text = "x".repeat(Math.max(1, turns * 10));
            parts.add("{\"document\":{\"id\":\"d" + n + "\",\"name\":\"Doc\",\"text\":\"" + text
                    + "\",\"turns\":[" + list + "],\"imported\":\"2026-01-0" + (1 + n % 9) + "T00:00:00Z\"},"
                    + "\"quotations\":[{\"id\":\"q" + n + "\",\"documentId\":\"d" + n + "\",\"start\":0,\"end\":1,"
                    + "\"created\":\"2026-02-0" + (1 + n % 9) + "T10:00:0" + n % 10 + "Z\"}],\"codings\":[]}");
        }
        List<Object> expected = parts.stream().map(json -> read(GENERAL, json)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Object>> read = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String json : parts) {
                    read.add(pool.submit(() -> read(StoreFormat.MAPPER, json)));
                }
            }
            for (int i = 0; i < read.size(); i++) {
                Object general = expected.get(i % parts.size());
                Object ours = read.get(i).get();
                if (general instanceof JacksonException) {
                    assertInstanceOf(JacksonException.class, ours, "part " + i % parts.size() + " refused as alone");
                } else {
                    assertEquals(general, ours, "part " + i % parts.size());
                }
            }
            assertEquals(true, expected.stream().filter(JacksonException.class::isInstance).count() > 10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRepeatedSpeakerIsOneInstanceAndTheTurnsKeepTheirTimes() {
        String json = part(TURNS + "," + TURNS, "2", "\"\"", "", "\"c1\"", "");
        List<SpeakerTurn> turns = ((DocumentPart) read(StoreFormat.MAPPER, json)).document().turns();
        assertEquals(List.of(new SpeakerTurn("Interviewer", 0, 23, null), new SpeakerTurn("R1", 24, 29, 1200L),
                new SpeakerTurn("Interviewer", 0, 23, null), new SpeakerTurn("R1", 24, 29, 1200L)), turns);
        assertSame(turns.get(0).speaker(), turns.get(2).speaker());
        assertSame(turns.get(1).speaker(), turns.get(3).speaker());
    }

    @Test
    void aRefusedTurnIsNamedByItsPlaceInTheList() {
        String json = part(TURNS + ",{\"speaker\":\"\",\"start\":0,\"end\":1}", "2", "\"\"", "", "\"c1\"", "");
        JacksonException general = assertInstanceOf(JacksonException.class, read(GENERAL, json));
        JacksonException ours = assertInstanceOf(JacksonException.class, read(StoreFormat.MAPPER, json));
        assertEquals(general.getPath().getLast().getIndex(), ours.getPath().getLast().getIndex());
        assertEquals(2, ours.getPath().getLast().getIndex(), ours.getPathReference());
    }

    private static Object read(JsonMapper mapper, String json) {
        try {
            return mapper.readValue(json, DocumentPart.class);
        } catch (JacksonException e) {
            return e;
        }
    }
}
