package nl.veldwerk.report;

/** One CSV field, quoted when it holds the separator, a quote or a line break (RFC 4180). */
final class Csv {
    private Csv() {
    }

    /** "10:4", a quotation's ID, which Excel would read as a time of day. */
    private static final java.util.regex.Pattern CLOCK_LIKE = java.util.regex.Pattern.compile("\\d+:\\d+");

    /**
     * A text cell for Excel: an ID such as "10:4" as the formula ="10:4" (Excel read it as a time), a text that
     * starts with =, +, -, @, a tab or a carriage return (a transcript's "- ja, klopt") after a space (Excel took it
     * for a formula).
     */
    static String forExcel(String value, char separator) {
        if (CLOCK_LIKE.matcher(value).matches()) {
            return "=\"" + value + "\"";
        }
        // A tab or carriage return first is a formula's way in too (OWASP's list), though our texts rarely start so.
        return field(!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? " " + value : value, separator);
    }

    static String field(String value) {
        return field(value, ',');
    }

    static String field(String value, char separator) {
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
