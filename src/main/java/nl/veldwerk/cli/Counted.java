package nl.veldwerk.cli;

/** "1 quotation", "2 quotations", "0 quotations": a count with its noun in the right number (English). */
final class Counted {
    private Counted() {
    }

    static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    static String of(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
