package nl.veldwerk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
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
        return n < 20 || n > 30 ? null : parseUtc(s.toCharArray(), 0, n);
    }

    /**
     * As {@link #parseUtc(String)}, from the characters {@code [offset, offset + n)} of {@code chars}: a JSON parser's
     * buffer, read without making a string of each of a million times first.
     */
    public static Instant parseUtc(char[] chars, int offset, int n) {
        if (n < 20 || n > 30 || chars[offset + 4] != '-' || chars[offset + 7] != '-' || chars[offset + 10] != 'T'
                || chars[offset + 13] != ':' || chars[offset + 16] != ':' || chars[offset + n - 1] != 'Z') {
            return null;
        }
        int year = digits(chars, offset, 0, 4);
        int month = digits(chars, offset, 5, 7);
        int day = digits(chars, offset, 8, 10);
        int hour = digits(chars, offset, 11, 13);
        int minute = digits(chars, offset, 14, 16);
        int second = digits(chars, offset, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (chars[offset + 19] != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            int fraction = digits(chars, offset, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * POWERS[9 - (n - 21)];
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second,
                nanos);
    }

    /**
     * Days since 1970-01-01 of a valid date in the years 0-9999, as {@link LocalDate#toEpochDay()} counts them without
     * making the date (a million quotations' times are read at open): years counted from March, so that February's
     * leap day comes last.
     */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400); // January of the year 0 counts in the year -1, of the era before
        int yearOfEra = y - era * 400;
        int monthFromMarch = month > 2 ? month - 3 : month + 9;
        int dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    private static int digits(char[] chars, int offset, int from, int to) {
        int value = 0;
        for (int i = offset + from; i < offset + to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
