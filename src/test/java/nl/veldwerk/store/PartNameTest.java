package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A manifest may name only parts the writer could have named: the same names as the expression it replaced. */
class PartNameTest {
    private static final Pattern WRITERS_NAMES = Pattern.compile("parts/[A-Za-z0-9_.-]{1,200}\\.json");

    @Test
    void acceptsTheWritersNamesOnly() {
        assertTrue(ProjectReader.isPartName("parts/d-3f2a.json"));
        assertTrue(ProjectReader.isPartName("parts/a.json.json"));
        assertTrue(ProjectReader.isPartName("parts/" + "x".repeat(200) + ".json"));
        assertFalse(ProjectReader.isPartName("parts/" + "x".repeat(201) + ".json"));
        assertFalse(ProjectReader.isPartName("parts/.json"));
        assertFalse(ProjectReader.isPartName("parts/../veldwerk.json"));
        assertFalse(ProjectReader.isPartName("parts/a/b.json"));
        assertFalse(ProjectReader.isPartName("/etc/parts/a.json"));
        assertFalse(ProjectReader.isPartName("parts/a.jso"));
        assertFalse(ProjectReader.isPartName("parts/é.json"));
        assertFalse(ProjectReader.isPartName(""));
    }

    @Test
    void agreesWithTheExpressionOnRandomNames() {
        Random random = new Random(38);
        String alphabet = "parts/.json-_aZ09/\\é:\u0000 ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder(random.nextBoolean() ? "parts/" : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                name.append(".json");
            }
            String s = name.toString();
            assertEquals(WRITERS_NAMES.matcher(s).matches(), ProjectReader.isPartName(s), s);
        }
    }
}
