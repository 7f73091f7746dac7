package nl.veldwerk.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * The values documents have for their attributes, as choices to filter by ("rol = wijkcoach", "Leeftijd = 34,5"),
 * as MAXQDA filters by a document variable: in the quotation manager and the report dialog alike.
 */
public final class AttributeValues {
    /** A document attribute's value, as kept ("34.5", "true"), that a document must have. */
    public record Value(String name, String value) {
        public boolean heldBy(Document d) {
            return value.equals(d.attributes().get(name));
        }
    }

    private AttributeValues() {
    }

    /**
     * Every value a document has for an attribute, attribute by attribute, numbers in numeric order, each by its
     * label "Age = 34,5" (as the documents' properties show it, in the window's language).
     */
    public static Map<String, Value> of(Project p) {
        Map<String, Value> byLabel = new LinkedHashMap<>();
        for (AttributeDefinition a : p.attributes()) {
            java.util.Comparator<String> order = a.type() == AttributeType.NUMBER
                    ? AttributeType::compareNumbers : String.CASE_INSENSITIVE_ORDER;
            p.documents().stream().map(d -> d.attributes().get(a.name())).filter(v -> v != null && !v.isEmpty())
                    .distinct().sorted(order).forEach(v -> byLabel.put(a.name() + " = " + a.type().shown(v,
                            I18n.locale()), new Value(a.name(), v)));
        }
        return byLabel;
    }
}
