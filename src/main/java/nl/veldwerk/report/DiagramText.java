package nl.veldwerk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.model.RelationType;

/**
 * The words a drawn diagram carries, in the reader's language: each arrow's label, and the legend that
 * names what thickness and dashes mean. When every arrow is of one kind the legend names it once and the
 * arrows go unlabelled, as a thesis figure would draw them.
 */
public final class DiagramText {
    private DiagramText() {
    }

    /** The relation's name: its type in the reader's language, or the label a user gave it. */
    public static String relation(DrawnDiagram.Arrow a, Locale l) {
        return relation(a.type(), a.label(), l);
    }

    /** A relation's name from its type and label (see {@link #relation(DrawnDiagram.Arrow, Locale)}). */
    static String relation(RelationType type, String label, Locale l) {
        return type == RelationType.USER_DEFINED ? label : QuotationReport.text(l, "relationType." + type.name());
    }

    /** Whether every arrow has the same relation (then the legend says it and the arrows need no label). */
    public static boolean oneKind(DrawnDiagram d, Locale l) {
        return !d.labelled();
    }

    /** The labels drawn beside the arrows (worked out once for the drawing): none when all share one relation. */
    public static java.util.function.Function<DrawnDiagram.Arrow, String> labels(DrawnDiagram d, Locale l) {
        if (oneKind(d, l)) {
            return a -> "";
        }
        java.util.Map<RelationType, String> names = new java.util.EnumMap<>(RelationType.class);
        return a -> a.type() == RelationType.USER_DEFINED ? a.label()
                : names.computeIfAbsent(a.type(), t -> relation(a, l));
    }

    public static List<String> legend(DrawnDiagram d, Locale l) {
        List<String> lines = new ArrayList<>();
        if (!d.arrows().isEmpty() && oneKind(d, l)) {
            lines.add(QuotationReport.text(l, "diagram.legend.relation", relation(d.arrows().getFirst(), l)));
        }
        lines.add(QuotationReport.text(l, "diagram.legend.weight", QuotationReport.text(l, "legend."
                + d.weighting().name()), DiagramShapes.number(d.heaviest())));
        lines.add(QuotationReport.text(l, "diagram.legend.weak"));
        return lines;
    }
}
