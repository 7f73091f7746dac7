package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

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

    /** A document's fields as the writer writes them (raw JSON values), in its order. */
    private static java.util.LinkedHashMap<String, String> documentFields() {
        java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("id", "\"d1\"");
        fields.put("name", "\"Doc\"");
        fields.put("description", "\"over de buurt\"");
        fields.put("text", "\"Interviewer: hallo daar\\nR1: ja\"");
        fields.put("sourceFormat", "\"TXT\"");
        fields.put("turns", "[" + TURNS + "]");
        fields.put("groupIds", "[\"g2\",\"g1\"]");
        fields.put("attributes", "{\"rol\":\"bewoner\",\"leeftijd\":\"71\"}");
        fields.put("imported", "\"2026-01-01T00:00:00Z\"");
        fields.put("number", "1");
        fields.put("recording", "{\"path\":\"media/A01.mp3\"}");
        return fields;
    }

    private static String partWith(java.util.Map<String, String> document) {
        StringBuilder json = new StringBuilder("{\"document\":{");
        document.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append('"').append(name).append("\":").append(value));
        return json.append("},\"quotations\":[],\"codings\":[]}").toString();
    }

    @Test
    void readsDocumentsAsTheGeneralBindingDoes() {
        java.util.Map<String, List<String>> odd = new java.util.LinkedHashMap<>();
        odd.put("id", List.of("null", "\"\"", "7", "{}"));
        odd.put("name", List.of("null", "\" \"", "true", "[\"a\"]"));
        odd.put("description", List.of("null", "12", "{}"));
        odd.put("text", List.of("null", "\"\"", "17", "[]", "{\"a\":1}"));
        odd.put("sourceFormat", List.of("null", "\"txt\"", "\"XYZ\"", "\"\"", "3", "{}", "\"REFI_QDA\""));
        odd.put("turns", List.of("null", "[]", "\"x\"", "{}", "[null]", "[1]",
                "[{\"speaker\":\"A\",\"start\":0,\"end\":99}]"));
        odd.put("groupIds", List.of("null", "[]", "[\"a\",null]", "[\"a\",1]", "\"a\"", "{}", "[[]]",
                "[\"a\",\"a\"]"));
        odd.put("attributes", List.of("null", "{}", "{\"x\":1}", "{\"x\":null}", "{\"x\":{}}", "[]", "\"s\"",
                "{\"x\":\"1\",\"x\":\"2\"}", "{\"x\":true}"));
        odd.put("imported", List.of("null", "\"2026-01-01T00:00:00.5Z\"", "\"x\"", "0", "{}",
                "\"2026-01-01T01:00:00+01:00\""));
        odd.put("number", List.of("null", "\"2\"", "2.5", "true", "-1", "99999999999", "{}"));
        odd.put("recording", List.of("null", "{}", "{\"path\":\"\"}", "{\"path\":null}", "\"media/a.mp3\"",
                "{\"path\":\"a.wav\",\"x\":1}"));
        List<String> inputs = new java.util.ArrayList<>();
        inputs.add(partWith(documentFields()));
        for (String field : documentFields().keySet()) {
            java.util.LinkedHashMap<String, String> without = documentFields();
            without.remove(field);
            inputs.add(partWith(without));
            for (String value : odd.get(field)) {
                java.util.LinkedHashMap<String, String> changed = documentFields();
                changed.put(field, value);
                inputs.add(partWith(changed));
            }
        }
        java.util.LinkedHashMap<String, String> reversed = new java.util.LinkedHashMap<>();
        documentFields().sequencedEntrySet().reversed().forEach(e -> reversed.put(e.getKey(), e.getValue()));
        inputs.add(partWith(reversed));
        for (String extra : List.of("kind", "body", "textLength", "Name")) {
            java.util.LinkedHashMap<String, String> more = documentFields();
            more.put(extra, "\"x\"");
            inputs.add(partWith(more));
        }
        inputs.add(partWith(documentFields()).replace("\"name\":\"Doc\",", "\"name\":\"Eerst\",\"name\":\"Doc\","));
        inputs.add(partWith(documentFields()).replace("\"number\":1,", "\"number\":1,\"id\":\"d2\","));
        inputs.add(partWith(documentFields()).replace("}},\"quotations\"", "},\"number\":4},\"quotations\""));
        inputs.add("{\"document\":[],\"quotations\":[]}");
        inputs.add("{\"document\":\"d1\"}");
        DocumentPart plain = assertInstanceOf(DocumentPart.class, read(StoreFormat.MAPPER, inputs.getFirst()));
        assertEquals(new nl.veldwerk.model.Recording("media/A01.mp3"), plain.document().recording());
        assertEquals(java.util.Map.of("rol", "bewoner", "leeftijd", "71"), plain.document().attributes());
        int accepted = 0;
        for (String input : inputs) {
            Object general = read(GENERAL, input);
            Object ours = read(StoreFormat.MAPPER, input);
            if (general instanceof JacksonException) {
                assertInstanceOf(JacksonException.class, ours, input + " is refused as before: " + general);
            } else {
                assertEquals(general, ours, input);
                accepted++;
            }
        }
        assertEquals(true, accepted > 30, "most odd documents are still documents: " + accepted);
    }

    private static Object read(JsonMapper mapper, String json) {
        try {
            return mapper.readValue(json, DocumentPart.class);
        } catch (JacksonException e) {
            return e;
        }
    }
}
