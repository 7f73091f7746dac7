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

    /** How many of the palette's first colours a new code's colour is chosen from. */
    private static final int CHOICES = 64;

    /**
     * The colour for a new code beside codes of the colours {@code inUse}: see {@link NewColours}.
     */
    public static String unused(java.util.Collection<String> inUse) {
        return new NewColours(inUse).next();
    }

    /**
     * Colours for new codes, one after another, beside codes of the colours in use: of the palette's first colours,
     * the one farthest from every colour in use (the n-th colour for the n-th code repeated a colour once a code was
     * merged or deleted, and far-apart places in the palette can be near-alike greens: QA). When every one of those
     * is in use, the first of the palette that is not. Each colour given counts as in use for the next.
     */
    public static final class NewColours {
        private final java.util.Set<Integer> used = new java.util.HashSet<>();
        private final int[] choices = new int[CHOICES];
        /** Each choice's distance (squared) to the nearest colour in use. */
        private final double[] nearest = new double[CHOICES];

        public NewColours(java.util.Collection<String> inUse) {
            for (int i = 0; i < CHOICES; i++) {
                choices[i] = rgbOf(palette(i));
            }
            java.util.Arrays.fill(nearest, Double.MAX_VALUE);
            inUse.forEach(this::alsoInUse);
        }

        /** The next colour, counted as in use from now on. */
        public String next() {
            int best = -1;
            for (int i = 0; i < CHOICES; i++) {
                // The first of equals: the palette's order while nothing is in use.
                if (!used.contains(choices[i]) && (best < 0 || nearest[i] > nearest[best])) {
                    best = i;
                }
            }
            int rgb = best >= 0 ? choices[best] : firstUnusedBeyondChoices();
            take(rgb);
            return fromRgb(rgb);
        }

        /**
         * The first colour of the palette beyond the choices that is not in use, the search going on where the last
         * ended (what it passed was in use, and stays so). The palette makes some 6,900 colours, then repeats them:
         * once a search finds none free among {@link #BEYOND_TRIED}, colours are given again in the palette's order
         * (QA: the search never ended, and a codebook of 7,000 codes never came in).
         */
        private int firstUnusedBeyondChoices() {
            if (!allBeyondInUse) {
                for (int tried = 0; tried < BEYOND_TRIED; tried++) {
                    int rgb = rgbOf(palette(beyond++));
                    if (!used.contains(rgb)) {
                        return rgb;
                    }
                }
                allBeyondInUse = true;
            }
            return rgbOf(palette(beyond++));
        }

        /** How far past the choices a colour not in use is looked for: beyond all the palette makes. */
        static final int BEYOND_TRIED = 20_000;
        /** Where the search beyond the choices goes on. */
        private int beyond = CHOICES;
        /** Whether every colour the palette makes is in use: given again from now on. */
        private boolean allBeyondInUse;

        /** Counts {@code colour} as in use (a code given it otherwise) for the colours after. */
        public void alsoInUse(String colour) {
            int rgb = hex6(colour); // as the model keeps them, without a pattern's matching for each of 2,000 codes
            if (rgb >= 0) {
                take(rgb);
                return;
            }
            try {
                take(rgbOf(normalise(colour)));
            } catch (ModelException notAColour) {
                // no obstacle to any
            }
        }

        /** The colour of "#rrggbb", or -1 for anything else. */
        private static int hex6(String colour) {
            if (colour == null || colour.length() != 7 || colour.charAt(0) != '#') {
                return -1;
            }
            int rgb = 0;
            for (int i = 1; i < 7; i++) {
                int digit = Character.digit(colour.charAt(i), 16);
                if (digit < 0) {
                    return -1;
                }
                rgb = rgb << 4 | digit;
            }
            return rgb;
        }

        private void take(int rgb) {
            if (used.add(rgb)) {
                for (int i = 0; i < CHOICES; i++) {
                    nearest[i] = Math.min(nearest[i], distanceSquared(choices[i], rgb)); // no root: same order
                }
            }
        }

        private static int rgbOf(String hex) {
            return Integer.parseInt(hex.substring(1), 16);
        }
    }

    /** How unlike two colours look: RGB distance weighted by the mean red ("redmean"), close enough to the eye's. */
    static double distance(int a, int b) {
        return Math.sqrt(distanceSquared(a, b));
    }

    private static double distanceSquared(int a, int b) {
        int r1 = a >> 16 & 0xff;
        int r2 = b >> 16 & 0xff;
        double meanRed = (r1 + r2) / 2.0;
        int dr = r1 - r2;
        int dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return (2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db;
    }

    /** The colour for a new code in {@code project}: see {@link #unused}. */
    public static String forNewCode(Project project) {
        return unused(project.codes().stream().map(Code::color).toList());
    }

    public static String fromRgb(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
