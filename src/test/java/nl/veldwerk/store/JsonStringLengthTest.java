package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text's length counted in its part's bytes is the length the parser's decoded string has, at the offset the
 * parser gives for the string token, and the counting declines (so the parser decides) for anything odd.
 */
class JsonStringLengthTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void countsWhatTheParserDecodes() {
        List<String> texts = List.of("", "a", "Ik woon hier al twintig jaar.", "café, één, naïef", "tab\there\nnewline",
                "quote \" and backslash \\ and slash /", "emoji 😀 and 𝄞 beyond the BMP", "中文 日本語 한국어",
                "\u0001 control \u001f escaped", "\u2028 line separator", "\"starts with a quote",
                "ends with a backslash \\", "€ ₿ \uFEFF");
        for (String text : texts) {
            assertEquals(text.length(), countedInDocument(JSON.writeValueAsString(java.util.Map.of("text", text))), text);
        }
    }

    @Test
    void countsEightBytesAtATimeWhereverTheSpecialCharacterFalls() {
        for (String special : List.of("\"", "\\", "\n", "é", "\u0001", "😀", "\u007f", " ", "~")) {
            for (int before = 0; before <= 17; before++) {
                String text = "a".repeat(before) + special + "b".repeat(17 - before);
                assertEquals(text.length(), countedInDocument(JSON.writeValueAsString(java.util.Map.of("text", text))), text);
            }
        }
    }

    @Test
    void countsEscapesAsTheCharactersTheyStandFor() {
        assertEquals(3, countedInDocument("{\"text\":\"\\u00e9\\ud83d\\ude00\"}")); // é and a surrogate pair
        assertEquals(2, countedInDocument("{\"text\" : \"\\/\\b\"}"));
    }

    @Test
    void countsRandomTextLikeTheParser() {
        Random random = new Random(24);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                int kind = random.nextInt(5);
                text.appendCodePoint(switch (kind) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xD000);
                    case 3 -> 0x10000 + random.nextInt(0x100000);
                    default -> "\"\\\n\t ".charAt(random.nextInt(5));
                });
            }
            String json = JSON.writeValueAsString(java.util.Map.of("text", text.toString()));
            assertEquals(text.length(), countedInDocument(json), json);
        }
    }

    @Test
    void declinesWhatItDoesNotKnowSoTheParserDecides() {
        assertEquals(JsonStringLength.NOT_COUNTED, of("\"raw\ncontrol\""));
        assertEquals(JsonStringLength.NOT_COUNTED, of("\"unknown \\x escape\""));
        assertEquals(JsonStringLength.NOT_COUNTED, of("\"short \\u12\""));
        assertEquals(JsonStringLength.NOT_COUNTED, of("\"no end"));
        assertEquals(JsonStringLength.NOT_COUNTED, of(new byte[] {'"', 'a', (byte) 0xC3, 'b', '"'}, 0));
        assertEquals(JsonStringLength.NOT_COUNTED, of(new byte[] {'"', (byte) 0x80, '"'}, 0));
        assertEquals(JsonStringLength.NOT_COUNTED, of(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'}, 0));
        assertEquals(JsonStringLength.NOT_COUNTED, of(new byte[] {'"', (byte) 0xF8, '"'}, 0));
        byte[][] illFormed = {{(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] sequence : illFormed) { // overlong, a surrogate, beyond U+10FFFF
            byte[] json = new byte[sequence.length + 2];
            json[0] = '"';
            System.arraycopy(sequence, 0, json, 1, sequence.length);
            json[json.length - 1] = '"';
            assertEquals(JsonStringLength.NOT_COUNTED, of(json, 0));
        }
        assertEquals(JsonStringLength.NOT_COUNTED, of("x\"not at a quote\""));
        assertEquals(JsonStringLength.NOT_COUNTED, of(new byte[] {'"'}, 5));
    }

    private static int of(byte[] bytes, int quote) {
        return JsonStringLength.of(bytes, bytes.length, quote);
    }

    @Test
    void readsNoFurtherThanTheDocumentsEnd() {
        byte[] bytes = "\"cut off\" stale".getBytes(StandardCharsets.UTF_8);
        assertEquals(JsonStringLength.NOT_COUNTED, JsonStringLength.of(bytes, 5, 0));
        assertEquals(7, JsonStringLength.of(bytes, 9, 0));
    }

    private static int of(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonStringLength.of(bytes, bytes.length, 0);
    }

    /** Counted at the offset the parser reports for the string token of the field "text". */
    private static int countedInDocument(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = JSON.createParser(bytes)) {
            while (p.nextToken() != JsonToken.VALUE_STRING) {
                // to the value
            }
            int counted = JsonStringLength.of(bytes, bytes.length, p.currentTokenLocation().getByteOffset());
            assertEquals(p.getString().length(), counted, json);
            return counted;
        }
    }
}
