package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CodingRowsTest {
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void givesBackEachCodingAsItWasAddedWhateverTheFormOfItsId() {
        String uuid = UUID.randomUUID().toString();
        List<Coding> codings = List.of(new Coding(uuid, "q1", "c1", "me", T),
                new Coding(uuid.toUpperCase(Locale.ROOT), "q1", "c2", null, null),
                new Coding("ATLAS-17", "q2", "c1", "me", T),
                new Coding(uuid.substring(0, 35) + "g", "q2", "c3", null, T));
        CodingRows rows = new CodingRows();
        codings.forEach(rows::add);
        UUID numbers = UUID.randomUUID();
        rows.add(numbers.getMostSignificantBits(), numbers.getLeastSignificantBits(), "q3", "c1", "me", T);

        assertEquals(5, rows.size());
        assertEquals(codings, rows.subList(0, 4));
        assertEquals(new Coding(numbers.toString(), "q3", "c1", "me", T), rows.get(4));
        assertNull(rows.otherId(0), "a UUID in the application's form is kept as its numbers");
        assertNotNull(rows.otherId(1), "an upper-case one is kept as it was written");
        assertFalse(rows.contains(null));
        assertTrue(rows.contains(codings.get(2)));
    }

    @Test
    void refusesWhatACodingRefuses() {
        CodingRows rows = new CodingRows();
        assertThrows(ModelException.class, () -> rows.add(1, 2, " ", "c1", null, null));
        assertThrows(ModelException.class, () -> rows.add(1, 2, "q1", null, null, null));
        assertEquals(0, rows.size());
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(0));
    }

    @Test
    void readsAUuidOnlyInTheFormUuidWritesIt() {
        long[] numbers = new long[2];
        UUID uuid = UUID.randomUUID();
        assertTrue(UuidText.read(("x" + uuid + "y").toCharArray(), 1, 36, numbers));
        assertEquals(uuid, new UUID(numbers[0], numbers[1]));
        for (String not : List.of(uuid.toString().toUpperCase(Locale.ROOT), uuid.toString().replace('-', '_'),
                uuid.toString().substring(1), uuid + "0", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1\u00e9")) {
            assertFalse(UuidText.read(not, numbers), not);
            assertFalse(UuidText.read(not.toCharArray(), 0, not.length(), numbers), not);
        }
    }
}
