package nl.veldwerk.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.veldwerk.model.Phase;
import nl.veldwerk.model.RelationType;

/**
 * How Veldwerk keeps in REFI-QDA what the standard has no place for, in forms other tools still show
 * sensibly: a code's indicators at the end of its description, its phase as a code set, a code's own
 * memo as a note named "Code memo", a relation's weight and comment in a note on the link.
 */
final class Conventions {
    static final String INDICATORS = "\n\nIndicators:\n";
    static final String PHASE_SET_PREFIX = "Veldwerk phase: ";
    static final String CODE_MEMO = "Code memo";
    static final String RELATION_NOTE = "Relation weight and comment";
    static final String WEIGHT = "Weight: ";

    private Conventions() {
    }

    static final String INCLUSION = "\n\nInclusion:\n";
    static final String EXCLUSION = "\n\nExclusion:\n";
    static final String ANCHOR = "\n\nAnchor example:\n";

    /** What a code's description carries: its definition, rules, anchor example and indicators. */
    record CodeText(String definition, String inclusion, String exclusion, String anchor, List<String> indicators) {
    }

    /** The definition, then each rule that is set under its heading, then the indicators as a list. */
    static String describeCode(CodeText code) {
        StringBuilder text = new StringBuilder(code.definition());
        section(text, INCLUSION, code.inclusion());
        section(text, EXCLUSION, code.exclusion());
        section(text, ANCHOR, code.anchor());
        if (!code.indicators().isEmpty()) {
            text.append(INDICATORS);
            code.indicators().forEach(i -> text.append("- ").append(i).append('\n'));
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, String value) {
        if (!value.isBlank()) {
            text.append(heading).append(value);
        }
    }

    /** Reads a description back into its parts; text from other tools is all definition. */
    static CodeText splitDescription(String description) {
        List<String> indicators = new ArrayList<>();
        String rest = description;
        int at = rest.lastIndexOf(INDICATORS);
        if (at >= 0) {
            for (String line : rest.substring(at + INDICATORS.length()).split("\n")) {
                if (line.startsWith("- ")) {
                    indicators.add(line.substring(2));
                }
            }
            rest = rest.substring(0, at);
        }
        String[] anchor = cut(rest, ANCHOR);
        String[] exclusion = cut(anchor[0], EXCLUSION);
        String[] inclusion = cut(exclusion[0], INCLUSION);
        return new CodeText(inclusion[0], inclusion[1], exclusion[1], anchor[1], indicators);
    }

    /** {before, after} the last {@code heading}, or {text, ""} without one. */
    private static String[] cut(String text, String heading) {
        int at = text.lastIndexOf(heading);
        return at < 0 ? new String[] {text, ""} : new String[] {text.substring(0, at), text.substring(at + heading.length())};
    }

    static String phaseSetName(Phase phase) {
        return PHASE_SET_PREFIX + phase.name().toLowerCase(Locale.ROOT);
    }

    static Phase phaseOfSet(String name) {
        if (!name.startsWith(PHASE_SET_PREFIX)) {
            return null;
        }
        try {
            return Phase.valueOf(name.substring(PHASE_SET_PREFIX.length()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String linkName(RelationType type, String label) {
        return type == RelationType.USER_DEFINED ? label : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static RelationType relationType(String linkName) {
        String name = linkName.strip().toLowerCase(Locale.ROOT);
        for (RelationType type : RelationType.values()) {
            if (type != RelationType.USER_DEFINED && name.equals(type.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return type;
            }
        }
        return name.isEmpty() ? RelationType.IS_ASSOCIATED_WITH : RelationType.USER_DEFINED;
    }

    static String relationNote(double weight, String comment) {
        return WEIGHT + formatWeight(weight) + (comment.isEmpty() ? "" : "\n\n" + comment);
    }

    static String formatWeight(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }

    /** {weight, comment} from a relation note, or null when the note is not one. */
    static Object[] parseRelationNote(String text) {
        if (text == null || !text.startsWith(WEIGHT)) {
            return null;
        }
        int lineEnd = text.indexOf('\n');
        String number = (lineEnd < 0 ? text.substring(WEIGHT.length()) : text.substring(WEIGHT.length(), lineEnd)).strip();
        try {
            double weight = Double.parseDouble(number);
            String comment = lineEnd < 0 ? "" : text.substring(lineEnd).replaceFirst("^\n\n?", "");
            return new Object[] {weight, comment};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
