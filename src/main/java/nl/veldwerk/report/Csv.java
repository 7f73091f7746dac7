package nl.veldwerk.report;

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
final class Csv {
    private Csv() {
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
