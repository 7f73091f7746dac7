package nl.veldwerk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parsing of ISO-8601 timestamps, fast for the shape {@link Instant#toString()} writes: project files and
 * REFI-QDA exports hold hundreds of thousands, and the general parser was the largest single cost.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** Parses "2026-01-01T09:30:00Z", with a fraction, an offset or none (taken as UTC); null if not a time. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = parseUtc(text.strip());
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** "yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z" or null when the text has another shape. */
    public static Instant parseUtc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * POWERS[9 - (n - 21)];
        } else if (n != 20) {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
