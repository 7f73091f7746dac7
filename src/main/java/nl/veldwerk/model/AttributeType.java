package nl.veldwerk.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The type of a document attribute; values are kept as text and checked against the type. */
public enum AttributeType {
    TEXT, NUMBER, DATE, BOOLEAN;

    /** Whether {@code value} is a valid value of this type (an empty value always is: "not known"). */
    public boolean accepts(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return switch (this) {
            case TEXT -> true;
            case NUMBER -> isNumber(value);
            case DATE -> isDate(value);
            case BOOLEAN -> value.equals("true") || value.equals("false");
        };
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
