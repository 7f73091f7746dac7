package nl.veldwerk.model;

import java.util.Collection;

/**
 * How large the things a project holds may be. The model refuses anything larger when it is made, so an
 * import or an edit that would exceed a limit is refused before anything is written; the store's reader
 * is configured from the same numbers, so nothing Veldwerk writes is ever refused when it is read back.
 * The limits are far above what any interview study needs (a transcript of 20 million characters is
 * about 3 million words) and far below what would exhaust memory. docs/decisions/0011 lists them.
 */
public final class Limits {
    /** Characters in one document's text. */
    public static final int TEXT = 20_000_000;
    /** Characters in a memo, a code's definition or memo, a comment, a description or an attribute value. */
    public static final int NOTE = 1_000_000;
    /** Characters in a name, a label, a speaker, a query or an id. */
    public static final int NAME = 1_000;
    /** Levels in the code tree (a code, its parent, its parent's parent...). */
    public static final int CODE_DEPTH = 100;
    /** Documents in one project. */
    public static final int DOCUMENTS = 100_000;
    /** Entries in a list inside one entity (indicators, diagram nodes, a document's turns). */
    public static final int LIST = 1_000_000;

    private Limits() {
    }

    /**
     * Refuses a name (or label, id, speaker, query) longer than {@link #NAME}; null passes (the caller
     * decides about null). {@code field} names the field in the message ("field.name" in the bundle).
     */
    public static String name(String value, Enum<?> kind, String field) {
        return check(value, NAME, kind, field);
    }

    /** Refuses a note (memo, definition, comment, description, attribute value) longer than {@link #NOTE}. */
    public static String note(String value, Enum<?> kind, String field) {
        return check(value, NOTE, kind, field);
    }

    /** Refuses a document text longer than {@link #TEXT}, given its length. */
    public static void textLength(int length, Enum<?> kind, String field) {
        if (length > TEXT) {
            throw new ModelException("limit.length", Project.label(kind), field(field), length, TEXT);
        }
    }

    public static <T extends Collection<?>> T list(T values, Enum<?> kind, String field) {
        if (values != null && values.size() > LIST) {
            throw new ModelException("limit.list", Project.label(kind), field(field), values.size(), LIST);
        }
        return values;
    }

    private static String check(String value, int max, Enum<?> kind, String field) {
        if (value != null && value.length() > max) {
            throw new ModelException("limit.length", Project.label(kind), field(field), value.length(), max);
        }
        return value;
    }

    private static UserText field(String field) {
        return UserText.of(Limits.class, "field." + field);
    }
}
