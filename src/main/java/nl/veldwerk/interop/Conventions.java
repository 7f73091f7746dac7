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

    static String describeCode(String definition, List<String> indicators) {
        if (indicators.isEmpty()) {
            return definition;
        }
        StringBuilder text = new StringBuilder(definition).append(INDICATORS);
        indicators.forEach(i -> text.append("- ").append(i).append('\n'));
        text.setLength(text.length() - 1);
        return text.toString();
    }

    /** Splits a code description into {definition, indicators...}. */
    static List<String> splitDescription(String description) {
        List<String> parts = new ArrayList<>();
        int at = description.lastIndexOf(INDICATORS);
        if (at < 0) {
            parts.add(description);
            return parts;
        }
        parts.add(description.substring(0, at));
        for (String line : description.substring(at + INDICATORS.length()).split("\n")) {
            if (line.startsWith("- ")) {
                parts.add(line.substring(2));
            }
        }
        return parts;
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
