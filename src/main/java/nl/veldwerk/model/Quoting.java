package nl.veldwerk.model;

/** A name or title between quotation marks, as reports and messages write it. */
public final class Quoting {
    private Quoting() {
    }

    /**
     * "‘Halal en identiteit’"; a title that holds single quotation marks itself between double ones ("“Memo over
     * ‘HYPERLINK’”"), as typography sets a quotation within a quotation (QA: "‘Memo over ‘HYPERLINK’’").
     */
    public static String quoted(String title) {
        // An opening mark only: "’" alone is an apostrophe ("Foto’s van de wijk"), no quotation (review).
        return title.indexOf('‘') >= 0 ? "“" + title + "”" : "‘" + title + "’";
    }
}
