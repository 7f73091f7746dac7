package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantCodecTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:00:00Z", "2026-11-28T23:59:59.5Z", "2026-11-28T23:59:59.123Z",
        "1999-12-31T12:30:45.123456Z", "2024-02-29T01:02:03.123456789Z", "1970-01-01T00:00:00Z"})
    void theFastPathAgreesWithTheJdk(String text) {
        assertEquals(Instant.parse(text), nl.veldwerk.model.Timestamps.parseUtc(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:00:00+01:00", "2026-13-01T00:00:00Z", "2026-01-01 00:00:00Z",
        "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z", "2026-02-30T00:00:00Z", "x"})
    void otherShapesAreLeftToTheGeneralParser(String text) {
        assertNull(nl.veldwerk.model.Timestamps.parseUtc(text));
    }

    @Test
    void everyDayOfFourCenturiesAndEveryYearsEdgesAgreeWithTheJdkAlsoReadFromAParsersBuffer() {
        for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
            agree(day.toString() + "T23:59:58.25Z");
        }
        for (int year = 0; year <= 9999; year++) {
            for (String monthDay : List.of("-01-01", "-02-28", "-03-01", "-12-31")) {
                agree("%04d%sT00:00:00Z".formatted(year, monthDay));
            }
            String leapDay = "%04d-02-29T12:00:00Z".formatted(year);
            if (java.time.Year.isLeap(year)) {
                agree(leapDay);
            } else {
                assertNull(nl.veldwerk.model.Timestamps.parseUtc(leapDay), leapDay);
            }
        }
        for (String wrong : List.of("2026-04-31T00:00:00Z", "2026-06-31T00:00:00Z", "2026-00-10T00:00:00Z")) {
            assertNull(nl.veldwerk.model.Timestamps.parseUtc(wrong), wrong);
        }
    }

    /** The fast parse of {@code text} is the JDK's, from a string and from the middle of a longer buffer. */
    private static void agree(String text) {
        Instant expected = Instant.parse(text);
        assertEquals(expected, nl.veldwerk.model.Timestamps.parseUtc(text), text);
        char[] buffer = ("\"created\":\"" + text + "\",").toCharArray();
        assertEquals(expected, nl.veldwerk.model.Timestamps.parseUtc(buffer, 11, text.length()), text);
    }

    @Test
    void instantsRoundTripThroughTheStoreMapper() {
        Instant now = Instant.now();
        String json = StoreFormat.MAPPER.writeValueAsString(now);
        assertEquals(now, StoreFormat.MAPPER.readValue(json, Instant.class));
        assertEquals(Instant.parse("2026-01-01T01:00:00Z"),
                StoreFormat.MAPPER.readValue("\"2026-01-01T02:00:00+01:00\"", Instant.class));
    }
}
