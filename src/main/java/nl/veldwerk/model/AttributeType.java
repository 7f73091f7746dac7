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

    /**
     * A value as typed, in the form this type keeps: yes and no in English or Dutch (ja, nee, waar, onwaar) as
     * true and false, a decimal comma as a point ("1,5"); anything else as it was (and then checked). Where
     * {@code language} writes a decimal comma (Dutch), every comma between digits is one ("1,125" is 1.125, as
     * a Dutch reader reads it) and "2.500" may be thousands, left to be refused; elsewhere "1,500" may be
     * thousands and is left to be refused, not guessed.
     */
    public String normalized(String typed, java.util.Locale language) {
        String value = typed == null ? "" : typed.strip();
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case BOOLEAN -> java.util.List.of("yes", "y", "ja", "j", "waar", "true", "1").contains(lower) ? "true"
                    : java.util.List.of("no", "n", "nee", "onwaar", "false", "0").contains(lower) ? "false" : value;
            case NUMBER -> value.matches(writesDecimalComma(language) ? "-?\\d+,\\d+" : "-?\\d+,(\\d{1,2}|\\d{4,})")
                    ? value.replace(',', '.')
                    // "2.500" in Dutch is two thousand five hundred, not 2.5: left to be refused, not guessed.
                    : writesDecimalComma(language) && value.matches("-?\\d{1,3}(\\.\\d{3})+") ? value + " ?" : value;
            default -> value;
        };
    }

    /**
     * A kept value as shown in {@code language}: a number with a decimal comma where the language writes one
     * ("34,5" in Dutch, kept as "34.5"), which {@link #normalized} in that language reads back to the same
     * value; yes and no as the language says them; anything else as kept.
     */
    public String shown(String kept, java.util.Locale language) {
        if (this == BOOLEAN && ("true".equals(kept) || "false".equals(kept))) {
            // Yes or no in the reader's words ("true" in a Dutch window), which normalized reads back the same.
            boolean dutch = language.getLanguage().equals("nl");
            return kept.equals("true") ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no");
        }
        if (this != NUMBER || kept == null || !kept.matches("-?\\d+\\.\\d+") || !writesDecimalComma(language)) {
            return kept;
        }
        return kept.replace('.', ',');
    }

    private static boolean writesDecimalComma(java.util.Locale language) {
        return java.text.DecimalFormatSymbols.getInstance(language).getDecimalSeparator() == ',';
    }

    /** Kept numbers in numeric order (2 before 10), any other value after them as text. */
    public static int compareNumbers(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int byValue = Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
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
