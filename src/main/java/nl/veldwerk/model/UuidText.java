package nl.veldwerk.model;

/**
 * Reads a UUID written exactly as {@link java.util.UUID#toString} writes one (lower case, so the text made back from
 * its numbers is the same) into its two numbers, in one pass with a table: the ids of codings are kept as numbers
 * ({@link CodingTable}), and two million of them are read when a large project opens.
 */
public final class UuidText {
    /** Lower-case hex digits' values, -1 for every other character below 128. */
    private static final byte[] HEX = new byte[128];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            HEX[c] = (byte) (c - '0');
        }
        for (char c = 'a'; c <= 'f'; c++) {
            HEX[c] = (byte) (c - 'a' + 10);
        }
    }

    private UuidText() {
    }

    /**
     * Whether {@code chars[from, from + length)} is a UUID in that form; if so its high and low numbers are put in
     * {@code into[0]} and {@code into[1]}. On the parser's characters: no string made first.
     */
    public static boolean read(char[] chars, int from, int length, long[] into) {
        if (length != 36 || chars[from + 8] != '-' || chars[from + 13] != '-' || chars[from + 18] != '-'
                || chars[from + 23] != '-') {
            return false;
        }
        long high = 0;
        long low = 0;
        int bad = 0;
        for (int i = 0; i < 18; i++) {
            if (i != 8 && i != 13) {
                int digit = hex(chars[from + i]);
                bad |= digit;
                high = high << 4 | (digit & 15);
            }
        }
        for (int i = 19; i < 36; i++) {
            if (i != 23) {
                int digit = hex(chars[from + i]);
                bad |= digit;
                low = low << 4 | (digit & 15);
            }
        }
        if (bad < 0) {
            return false;
        }
        into[0] = high;
        into[1] = low;
        return true;
    }

    /** As {@link #read(char[], int, int, long[])}, for a whole string. */
    public static boolean read(String text, long[] into) {
        return text.length() == 36 && read(text.toCharArray(), 0, 36, into);
    }

    private static int hex(char c) {
        return c < HEX.length ? HEX[c] : -1;
    }
}
