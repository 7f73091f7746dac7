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
        throw new ModelException("colour.invalid", color);
    }

    /**
     * The colour for the n-th code: hues a golden angle apart, so neighbours differ most, with three
     * lightness and saturation steps, so colours stay distinguishable well past a hundred codes.
     */
    public static String palette(int index) {
        double hue = (index * 137.508) % 360;
        double saturation = new double[] {0.62, 0.45, 0.75}[(index / 7) % 3];
        double value = new double[] {0.85, 0.68, 0.95}[(index / 21) % 3];
        double c = value * saturation;
        double h = hue / 60.0;
        double x = c * (1 - Math.abs(h % 2 - 1));
        double m = value - c;
        double[] rgb = switch ((int) h) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        int r = (int) Math.round((rgb[0] + m) * 255);
        int g = (int) Math.round((rgb[1] + m) * 255);
        int b = (int) Math.round((rgb[2] + m) * 255);
        return fromRgb((r << 16) | (g << 8) | b);
    }

    public static String fromRgb(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
