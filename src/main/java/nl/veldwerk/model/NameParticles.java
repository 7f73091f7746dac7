package nl.veldwerk.model;

import java.util.Set;

/**
 * The particles of surnames, written in lower case inside a name ("Mevrouw van der Berg") and, in Dutch, at its start
 * when no first name goes before ("van Dijk", "de Wit", "ter Horst"): a speaker's label may open with them.
 */
public final class NameParticles {
    /** The particles, in lower case. */
    public static final Set<String> WORDS = Set.of("van", "de", "der", "den", "von", "da", "del", "la", "le", "ten",
            "ter", "te", "du", "di", "bin", "al", "'t", "y");
    /** Of those, the ones that may open a name: letters only, and not "y", which stands between names. */
    private static final Set<String> OPENING_WORDS = WORDS.stream().filter(w -> !w.equals("y") && w.chars()
            .allMatch(c -> c >= 'a' && c <= 'z')).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Up to three particles that may open a name, each followed by spaces, as a pattern's part: a name's start
     * ("de Wit, Els", "van der Berg") where a capital is otherwise asked. The same particles as {@link #openName}.
     */
    public static final String OPENING = "(?:(?:" + String.join("|", OPENING_WORDS.stream().sorted().toList())
            + ") +){0,3}";

    private NameParticles() {
    }

    /**
     * Whether {@code [p, lineEnd)} of a text opens with one to three particles, each followed by spaces, and then a
     * capital: a surname written as Dutch writes it without a first name ("van Dijk: ...", QA: no turns at all).
     */
    public static boolean openName(String text, int p, int lineEnd) {
        int i = p;
        for (int n = 0; n < 3; n++) {
            int end = i;
            while (end < lineEnd && end - i < 4 && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
                end++;
            }
            if (end == i || end + 1 >= lineEnd || text.charAt(end) != ' '
                    || !OPENING_WORDS.contains(text.substring(i, end))) {
                return false;
            }
            i = end;
            while (i < lineEnd && text.charAt(i) == ' ') {
                i++;
            }
            if (i < lineEnd && Character.isUpperCase(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
