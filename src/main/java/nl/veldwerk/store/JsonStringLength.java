package nl.veldwerk.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The length in UTF-16 units ({@link String#length()}) of a JSON string, counted in the UTF-8 bytes it was
 * written as, without decoding it. Opening a project only needs each text's length (the text stays in its part,
 * {@link StoredText}); decoding every transcript into the parser's buffer to learn it was a fifth of the
 * processor time of an open. Anything out of the ordinary (a raw control character, a byte that does not
 * begin or continue a UTF-8 sequence as it should, an unknown escape, the end of the bytes) is not counted:
 * the caller then lets the parser decode the string, which accepts or refuses it as it always did.
 */
final class JsonStringLength {
    /** Returned when the bytes are not counted here. */
    static final int NOT_COUNTED = -1;

    private JsonStringLength() {
    }

    /**
     * @param bytes  the JSON document, in {@code [0, length)}
     * @param length how many of the bytes are the document's
     * @param quote  the index of the string's opening quote
     * @return the length of the string value, or {@link #NOT_COUNTED}
     */
    static int of(byte[] bytes, int length, long quote) {
        long span = span(bytes, length, quote);
        return span < 0 ? NOT_COUNTED : (int) span;
    }

    /**
     * The string's length and where it ends: {@code (closingQuote << 32) | length}, or a negative number when the
     * bytes are not counted here (as {@link #of}).
     */
    static long span(byte[] bytes, int length, long quote) {
        if (quote < 0 || quote >= length || bytes[(int) quote] != '"') {
            return NOT_COUNTED;
        }
        int units = 0;
        int i = (int) quote + 1;
        while (i < length) {
            if (i + Long.BYTES <= length && plainAscii((long) EIGHT_BYTES.get(bytes, i))) {
                i += Long.BYTES;
                units += Long.BYTES;
                continue;
            }
            int b = bytes[i];
            if (b == '"') {
                return ((long) i << 32) | units;
            }
            if (b == '\\') {
                int escaped = i + 1 < length ? bytes[i + 1] : 0;
                if (escaped == 'u') {
                    if (!hexDigits(bytes, length, i + 2)) {
                        return NOT_COUNTED;
                    }
                    i += 6;
                } else if (isSimpleEscape(escaped)) {
                    i += 2;
                } else {
                    return NOT_COUNTED;
                }
                units++;
            } else if (b >= 0x20) {
                i++;
                units++;
            } else if (b >= 0) {
                return NOT_COUNTED; // a raw control character: the parser says what it thinks of it
            } else {
                int following = continuationBytes(b);
                if (following == 0 || !continued(bytes, length, i + 1, following) || !wellFormed(b, bytes[i + 1])) {
                    return NOT_COUNTED;
                }
                i += 1 + following;
                units += following == 3 ? 2 : 1; // four bytes are a character beyond the BMP: a surrogate pair
            }
        }
        return NOT_COUNTED;
    }

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Whether none of eight bytes ends the string, escapes, is a control character or is part of a multi-byte
     * character: each then is one UTF-16 unit. Most of a Dutch transcript passes eight bytes at a time. (Bit
     * tricks that may flag a byte after a flagged one, never miss one: a false alarm only takes the slow path.)
     */
    private static boolean plainAscii(long word) {
        long belowSpace = (word - ONES * 0x20) & ~word;
        long quote = word ^ (ONES * '"');
        long backslash = word ^ (ONES * '\\');
        long found = (word | belowSpace | ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash)) & HIGH_BITS;
        return found == 0;
    }

    private static boolean isSimpleEscape(int c) {
        return c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't';
    }

    private static boolean hexDigits(byte[] bytes, int length, int from) {
        if (from + 4 > length) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(bytes[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** How many continuation bytes the leading byte {@code b} (negative: 0x80 and above) announces; 0 if none. */
    private static int continuationBytes(int b) {
        int unsigned = b & 0xFF;
        if (unsigned >= 0xC2 && unsigned <= 0xDF) {
            return 1;
        }
        if (unsigned >= 0xE0 && unsigned <= 0xEF) {
            return 2;
        }
        if (unsigned >= 0xF0 && unsigned <= 0xF4) {
            return 3;
        }
        return 0; // a continuation byte out of place, an overlong two-byte lead, or beyond Unicode
    }

    /**
     * The second byte's narrower ranges of well-formed UTF-8 (RFC 3629): no overlong three- or four-byte form, no
     * surrogate, nothing beyond U+10FFFF.
     */
    private static boolean wellFormed(int lead, int second) {
        int s = second & 0xFF;
        return switch (lead & 0xFF) {
            case 0xE0 -> s >= 0xA0;
            case 0xED -> s <= 0x9F;
            case 0xF0 -> s >= 0x90;
            case 0xF4 -> s <= 0x8F;
            default -> true;
        };
    }

    private static boolean continued(byte[] bytes, int length, int from, int count) {
        if (from + count > length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
