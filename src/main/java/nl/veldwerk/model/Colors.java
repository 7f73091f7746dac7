package nl.veldwerk.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Colour values as the model keeps them: lower-case "#rrggbb". */
public final class Colors {
    public static final String DEFAULT = "#808080";
    private static final Pattern HEX6 = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HEX3 = Pattern.compile("#[0-9a-fA-F]{3}");

    private Colors() {
    }

    /** Returns the colour as "#rrggbb", expanding "#rgb"; null or blank gives the default grey. */
    public static String normalise(String color) {
        if (color == null || color.isBlank()) {
            return DEFAULT;
        }
        String c = color.strip();
        if (HEX6.matcher(c).matches()) {
            return c.toLowerCase(Locale.ROOT);
        }
        if (HEX3.matcher(c).matches()) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3))
                    .toLowerCase(Locale.ROOT);
        }
        throw new ModelException("'" + color + "' is not a colour; expected #rrggbb");
    }

    public static String fromRgb(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
