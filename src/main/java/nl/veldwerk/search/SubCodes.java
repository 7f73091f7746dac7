package nl.veldwerk.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;

/**
 * The codes under each code with sub-codes, by its name as a search's {@code code:} field gives it, so that
 * {@code code:"Rol van de wijkcoach"} finds the quotations of the category's sub-codes too, as the code tree's
 * Σ count counts them (it found only those coded with the category itself: often none, without a word why).
 * Made from the project on the thread that owns it, read on the index's thread.
 */
public final class SubCodes {
    /** No code has sub-codes: {@code code:} finds what is coded with a code of that name only. */
    public static final SubCodes NONE = new SubCodes(Map.of());

    private final Map<String, Set<String>> underName;

    private SubCodes(Map<String, Set<String>> underName) {
        this.underName = underName;
    }

    public static SubCodes of(Project p) {
        Map<String, Set<String>> underName = new HashMap<>();
        for (Code c : p.codes()) {
            Set<String> under = new LinkedHashSet<>();
            collect(p, c.id(), under);
            if (!under.isEmpty()) {
                underName.computeIfAbsent(key(c.name()), k -> new LinkedHashSet<>()).addAll(under);
            }
        }
        return new SubCodes(Map.copyOf(underName));
    }

    /** The code and every code under it, its own id first. */
    static Set<String> selfAndUnder(Project p, String codeId) {
        Set<String> codes = new LinkedHashSet<>(List.of(codeId));
        collect(p, codeId, codes);
        return codes;
    }

    private static void collect(Project p, String codeId, Set<String> into) {
        for (Code child : p.childrenOf(codeId)) {
            if (into.add(child.id())) {
                collect(p, child.id(), into);
            }
        }
    }

    /** The ids of the codes under every code named {@code name} (case, accents and spacing aside); none: empty. */
    Set<String> under(String name) {
        return underName.getOrDefault(key(name), Set.of());
    }

    /** A name as the index's name fields compare it: accents folded, lower case, single spaces. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
