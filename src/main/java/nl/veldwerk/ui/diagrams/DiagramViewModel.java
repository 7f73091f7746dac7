package nl.veldwerk.ui.diagrams;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.veldwerk.analysis.DiagramEvidence;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.analysis.ModelDiagram;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.report.DiagramShapes;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Texts;

/** One diagram of the open project: what to draw, and every edit to it as an undoable command. */
final class DiagramViewModel {
    private final MainViewModel main;
    private final DiagramEdits edits;
    private final String diagramId;
    private DiagramEvidence evidence;
    private Project evidenceOf;

    DiagramViewModel(MainViewModel main, String diagramId) {
        this.main = main;
        this.edits = new DiagramEdits(main);
        this.diagramId = diagramId;
    }

    /** The diagram as it is now; empty once it was deleted or the project closed. */
    Optional<Diagram> diagram() {
        return main.storeProperty().get() == null ? Optional.empty() : project().diagram(diagramId);
    }

    /** The labels of the arrows as last drawn (none when the legend names their one relation). */
    private java.util.function.Function<DrawnDiagram.Arrow, String> labels;

    Project project() {
        return main.session().project();
    }

    /**
     * The diagram ready to draw. The evidence is counted again only when {@code codingsMayHaveChanged}:
     * moving, hiding or reweighing changes no count, and recounting 2,000 arrows takes a tenth of a second.
     */
    DrawnDiagram drawn(boolean codingsMayHaveChanged) {
        Project p = project();
        if (codingsMayHaveChanged || evidence == null || evidenceOf != p) {
            evidence = new DiagramEvidence(p);
            evidenceOf = p;
        }
        DrawnDiagram drawn = DrawnDiagram.of(p, diagram().orElseThrow(), evidence);
        labels = nl.veldwerk.report.DiagramText.labels(drawn, I18n.locale());
        return drawn;
    }

    void move(String codeId, double x, double y) {
        diagram().ifPresent(d -> edits.putDiagram(d.withNodes(d.nodes().stream().map(n ->
                n.codeId().equals(codeId) ? n.movedTo(Math.max(0, x), Math.max(0, y)) : n).toList()),
                "diagram.move", name(codeId)));
    }

    void hide(String codeId) {
        diagram().ifPresent(d -> edits.putDiagram(d.withNodes(d.nodes().stream().map(n ->
                n.codeId().equals(codeId) ? n.withHidden(true) : n).toList()), "diagram.hide", name(codeId)));
    }

    /**
     * Adds a code to the diagram, below what it shows (a hidden one shown again where it was), with the codebook's
     * relations between it and the codes on the diagram as arrows: a code could only be drawn by drawing the whole
     * model again.
     */
    void addCode(String codeId) {
        diagram().ifPresent(d -> {
            double x = d.nodes().stream().mapToDouble(DiagramNode::x).min().orElse(40);
            double y = d.nodes().stream().filter(n -> !n.hidden()).mapToDouble(DiagramNode::y).max().orElse(-80) + 120;
            java.util.Set<String> shown = new java.util.HashSet<>(d.nodes().stream().map(DiagramNode::codeId).toList());
            List<String> relations = project().relations().stream().filter(r -> r.sourceCodeId().equals(codeId)
                    && shown.contains(r.targetCodeId()) || r.targetCodeId().equals(codeId)
                    && shown.contains(r.sourceCodeId())).map(nl.veldwerk.model.Relation::id).toList();
            edits.putDiagram(d.withCode(new DiagramNode(codeId, Math.max(0, x), Math.max(0, y), false), relations),
                    "diagram.addCode", name(codeId));
        });
    }

    /** Whether the diagram shows the code now (a hidden one is not shown). */
    boolean shows(String codeId) {
        return diagram().flatMap(d -> d.node(codeId)).map(n -> !n.hidden()).orElse(false);
    }

    long hiddenCount() {
        return diagram().map(d -> d.nodes().stream().filter(DiagramNode::hidden).count()).orElse(0L);
    }

    void showHidden() {
        diagram().filter(d -> d.nodes().stream().anyMatch(DiagramNode::hidden)).ifPresent(d -> edits
                .putDiagram(d.withNodes(d.nodes().stream().map(n -> n.withHidden(false)).toList()), "diagram.showAll"));
    }

    void layOut() {
        diagram().ifPresent(d -> edits.putDiagram(ModelDiagram.relayout(project(), d), "diagram.layout"));
    }

    void weigh(Weighting weighting) {
        diagram().filter(d -> d.weighting() != weighting).ifPresent(d -> edits.putDiagram(
                d.withWeighting(weighting), "diagram.weighting"));
    }

    void weighByHand(String relationId, double weight, String reason) {
        edits.weighRelation(relationId, weight, reason);
    }

    /** Shows a supporting quotation in the main window's transcript. */
    void reveal(Quotation q) {
        main.reveal(q.documentId(), q.start(), q.end());
    }

    String describe(Quotation q) {
        return project().document(q.documentId()).map(d -> q.idIn(d) + " · " + d.name() + " · "
                + Texts.oneLine(d.text(), q.start(), Math.min(q.end(), q.start() + 160))).orElse("?");
    }

    /** An arrow's label in the window: none when every arrow has the same relation (the legend names it). */
    String arrowLabel(DrawnDiagram.Arrow a) {
        return labels == null ? nl.veldwerk.report.DiagramText.relation(a, I18n.locale()) : labels.apply(a);
    }

    String evidenceText(DrawnDiagram.Arrow a) {
        return I18n.text("diagram.evidence", name(a.sourceCodeId()), name(a.targetCodeId()), a.evidence().quotations(),
                a.evidence().documents(), a.evidence().cooccurring(), DiagramShapes.number(a.weight()));
    }

    List<String> legend(DrawnDiagram d) {
        return nl.veldwerk.report.DiagramText.legend(d, I18n.locale());
    }

    void exportPng(Path file) {
        export(file, true);
    }

    void exportSvg(Path file) {
        export(file, false);
    }

    /** Draws from a snapshot in the background and writes the file whole or not at all. */
    private void export(Path file, boolean png) {
        Diagram d = diagram().orElse(null);
        if (d == null) {
            return;
        }
        double[] smallest = {Double.MAX_VALUE};
        main.files().exportCopy(file, copy -> {
            // For a page: A4 at the size it prints, with its caption and legend (PNG at 300 dpi), in the language the
            // project's reports are written in, as the report's own figure and `export-diagram` are: a Dutch thesis
            // got "Figure 1" from an English window (QA).
            nl.veldwerk.report.DiagramFigure figure = nl.veldwerk.report.DiagramFigure.of(DrawnDiagram.of(copy, d,
                    new DiagramEvidence(copy)), d.name(), nl.veldwerk.ui.common.ReportLanguage.of(copy));
            if (png) {
                figure.writePng(file, 1);
            } else {
                figure.writeSvg(file, 1);
            }
            smallest[0] = figure.pageSmallestFontPt();
        }, written -> {
            String said = written(written, smallest[0]);
            if (smallest[0] < nl.veldwerk.report.DiagramFigure.SMALLEST_READABLE_PT) {
                // In a message too: on the status line it was cut off at 1,366 px, what to do unread (QA).
                main.dialogs().showInfo(I18n.text("diagram.smallTitle"), said);
            }
            return said;
        });
    }

    /**
     * What the status line says of a diagram written: also, as the command line says, when its smallest text
     * prints under 8 pt on the page (it said only "Wrote diagram.png").
     */
    static String written(Path file, double smallestPt) {
        return smallestPt < nl.veldwerk.report.DiagramFigure.SMALLEST_READABLE_PT
                ? I18n.text("diagram.writtenSmall", file.getFileName(), String.format(I18n.locale(), "%.1f",
                smallestPt))
                : I18n.text("status.bundled", file.getFileName());
    }

    /** The name to suggest for an export; the save dialog makes it a valid file name. */
    String fileName() {
        return diagram().map(Diagram::name).orElse("diagram");
    }

    /** How the diagram shown weighs its arrows. */
    Weighting weighting() {
        return diagram().map(Diagram::weighting).orElse(Weighting.QUOTATIONS);
    }

    String name(String codeId) {
        return project().code(codeId).map(Code::name).orElse("?");
    }
}
