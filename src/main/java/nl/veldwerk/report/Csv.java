package nl.veldwerk.report;

/** One CSV field, quoted when it holds the separator, a quote or a line break (RFC 4180). */
final class Csv {
    private Csv() {
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
