package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.report.DiagramSvg;
import org.junit.jupiter.api.Test;

/**
 * Weights, layout and "draw the model" on a project whose counts are known by hand:
 * factor Netwerk (axial) with mechanisms weak ties (4 quotations in 2 documents, 2 of them overlapping a
 * core quotation) and strong ties (1 quotation, no overlap); factor Bekendheid (axial, no mechanisms, 2
 * quotations in 1 document); factor Betaalbaarheid (axial, no quotations); core Individueel gebruik.
 */
class DiagramTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    static Project project() {
        return DiagramTestProject.project();
    }

    @Test
    void evidenceCountsQuotationsDocumentsAndCooccurrenceWithSubCodes() {
        Project p = project();
        DiagramEvidence evidence = new DiagramEvidence(p);
        DiagramEvidence.Evidence weak = evidence.of(relation("weak", "core"));
        assertEquals(List.of(4, 2, 2), List.of(weak.quotations(), weak.documents(), weak.cooccurring()));
        DiagramEvidence.Evidence strong = evidence.of(relation("strong", "core"));
        assertEquals(List.of(1, 1, 0), List.of(strong.quotations(), strong.documents(), strong.cooccurring()));
        DiagramEvidence.Evidence factor = evidence.of(relation("netwerk", "core"));
        assertEquals(List.of(5, 2, 2), List.of(factor.quotations(), factor.documents(), factor.cooccurring()),
                "a factor stands for its mechanisms together");
        assertEquals(List.of("w1", "w2", "w3", "w4"), weak.supporting().stream().map(Quotation::id).toList());
        assertEquals(java.util.Set.of("w1", "w2"), weak.overlapping(), "the two that share text with the core's c1");
        assertEquals(List.of("w1", "w2"), weak.supporting(Weighting.COOCCURRENCE).stream().map(Quotation::id).toList(),
                "an arrow weighed by co-occurrence rests on the overlapping quotations only");
        assertEquals(weak.supporting(), weak.supporting(Weighting.QUOTATIONS));
        Relation manual = new Relation("m", "geld", "core", null, "", 2.5, "the supervisor's view");
        assertEquals(2.5, evidence.of(manual).weight(Weighting.MANUAL, manual));
        assertEquals(0, evidence.of(manual).weight(Weighting.QUOTATIONS, manual));
    }

    @Test
    void drawTheModelMakesOneUndoableDiagramWithArrowsIntoTheCore() {
        ProjectSession session = new ProjectSession(project());
        Project before = session.project().copy();
        session.execute(ModelDiagram.draw(session.project(), "Figuur 11", ModelDiagram.Level.MECHANISMS));
        Project p = session.project();
        Diagram d = p.diagrams().iterator().next();
        // Sociaal netwerk has its mechanisms on the diagram, so it frames them instead of having an arrow.
        assertEquals(List.of("bekendheid", "geld", "strong", "weak"),
                d.relationIds().stream().map(id -> p.relation(id).orElseThrow().sourceCodeId()).sorted().toList());
        assertTrue(d.relationIds().stream().map(id -> p.relation(id).orElseThrow())
                .allMatch(r -> r.targetCodeId().equals("core")));
        assertEquals(6, d.nodes().size());

        assertEquals(Weighting.COOCCURRENCE, d.weighting(), "weighed by co-occurrence with the core by default");
        DrawnDiagram drawn = DrawnDiagram.of(p, d.withWeighting(Weighting.QUOTATIONS), new DiagramEvidence(p));
        Map<String, DrawnDiagram.Arrow> bySource = new java.util.HashMap<>();
        drawn.arrows().forEach(a -> bySource.put(a.sourceCodeId(), a));
        assertTrue(bySource.get("weak").strokeWidth() > bySource.get("bekendheid").strokeWidth());
        assertTrue(bySource.get("bekendheid").strokeWidth() > bySource.get("strong").strokeWidth());
        assertEquals(DrawnDiagram.THICKEST, bySource.get("weak").strokeWidth(), 1e-9, "the heaviest is thickest");
        assertTrue(bySource.get("geld").weak() && bySource.get("geld").weight() == 0, "no evidence: dashed and light");
        assertFalse(bySource.get("weak").weak());
        assertEquals("#000000", bySource.get("weak").stroke());

        DrawnDiagram.Box frame = drawn.boxes().stream().filter(b -> b.codeId().equals("netwerk")).findFirst()
                .orElseThrow();
        assertTrue(frame.frame());
        for (String inside : List.of("weak", "strong")) {
            DrawnDiagram.Box b = drawn.boxes().stream().filter(x -> x.codeId().equals(inside)).findFirst().orElseThrow();
            assertTrue(b.x() > frame.x() && b.y() > frame.y() && b.x() + b.w() < frame.x() + frame.w()
                    && b.y() + b.h() < frame.y() + frame.h(), inside + " lies inside its factor's frame");
        }
        double coreX = d.node("core").orElseThrow().x();
        assertTrue(d.nodes().stream().filter(n -> !n.codeId().equals("core") && !n.codeId().equals("netwerk"))
                .allMatch(n -> n.x() < coreX), "the core category is at the end, arrows run left to right");

        session.undo();
        assertEquals(before, session.project(), "one undo removes the diagram and the relations it added");
    }

    @Test
    void withoutACoreCategoryTheModelIsRefusedWithAReason() {
        Project p = project();
        p.put(p.code("core").orElseThrow().withPhase(Phase.AXIAL));
        ModelException e = assertThrows(ModelException.class, () -> ModelDiagram.draw(p, "Model"));
        assertTrue(e.getMessage().contains("no core category"), e.getMessage());
    }

    /** Two selective codes are refused by name: the first by name became the core, silently (QA). */
    @Test
    void twoCoreCategoriesAreRefusedByName() {
        Project p = project();
        p.put(p.code("bekendheid").orElseThrow().withPhase(Phase.SELECTIVE));
        ModelException e = assertThrows(ModelException.class, () -> ModelDiagram.draw(p, "Model"));
        assertTrue(e.getMessage().startsWith("The model draws to one core category, and 2 codes have the phase "
                + "Selective: ‘Bekendheid’, ‘Individueel gebruik’."), e.getMessage());
    }

    @Test
    void theSvgStrokeWidthsFollowTheWeights() {
        ProjectSession session = new ProjectSession(project());
        session.execute(ModelDiagram.draw(session.project(), "Model", ModelDiagram.Level.MECHANISMS));
        Project p = session.project();
        Diagram d = p.diagrams().iterator().next();
        String svg = DiagramSvg.render(DrawnDiagram.of(p, d.withWeighting(Weighting.QUOTATIONS), new DiagramEvidence(p)), a -> "causes",
                List.of("legend"));
        Matcher m = Pattern.compile("stroke-width=\"([\\d.]+)\"( stroke-dasharray=\"6 4\")? data-relation=\"[^\"]+\" "
                + "data-weight=\"([\\d.]+)\"").matcher(svg);
        List<double[]> widthAndWeight = new ArrayList<>();
        while (m.find()) {
            widthAndWeight.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(3))});
        }
        assertEquals(4, widthAndWeight.size(), svg);
        widthAndWeight.sort(java.util.Comparator.comparingDouble(x -> x[1]));
        for (int i = 1; i < widthAndWeight.size(); i++) {
            assertTrue(widthAndWeight.get(i)[0] > widthAndWeight.get(i - 1)[0], "heavier arrows are wider");
        }
        assertTrue(svg.contains("stroke-dasharray"), "the unsupported arrow is dashed");
        assertTrue(svg.contains(">Individueel gebruik<") && svg.contains(">legend<"));
    }

    /**
     * A code's name too long for one line is drawn whole on two, in a box as tall as they need, in the window and
     * the exports (a thesis figure cut "Spanningen tussen culturen/inclusiviteit" to "…/incl…": QA).
     */
    @Test
    void aLongNameIsDrawnWholeOnTwoLinesInsideItsBox() {
        ProjectSession session = new ProjectSession(project());
        String name = "Spanningen tussen culturen/inclusiviteit";
        session.project().put(session.project().code("weak").orElseThrow().withName(name));
        session.execute(ModelDiagram.draw(session.project(), "Model", ModelDiagram.Level.MECHANISMS));
        Project p = session.project();
        DrawnDiagram drawn = DrawnDiagram.of(p, p.diagrams().iterator().next(), new DiagramEvidence(p));
        DrawnDiagram.Box box = drawn.boxes().stream().filter(b -> b.codeId().equals("weak")).findFirst().orElseThrow();
        List<String> lines = box.label().lines().toList();
        assertEquals(List.of("Spanningen tussen", "culturen/inclusiviteit"), lines, "broken near the middle, nothing cut");
        assertTrue(box.h() >= DrawnDiagram.BOX_HEIGHT + DrawnDiagram.LINE_HEIGHT, "a line taller: " + box.h());
        assertTrue(box.w() >= 24 + 7.0 * "culturen/inclusiviteit".length(), "as wide as its longer line: " + box.w());
        for (DrawnDiagram.Box other : drawn.boxes()) {
            if (other != box && !other.frame()) {
                assertTrue(other.y() >= box.y() + box.h() || other.y() + other.h() <= box.y()
                        || other.x() >= box.x() + box.w() || other.x() + other.w() <= box.x(),
                        "the taller box overlaps " + other.codeId());
            }
        }
        String svg = DiagramSvg.render(drawn, a -> "causes", List.of());
        for (String line : lines) {
            Matcher m = Pattern.compile("<text x=\"[\\d.]+\" y=\"([\\d.]+)\" text-anchor=\"middle\">"
                    + Pattern.quote(line) + "</text>").matcher(svg);
            assertTrue(m.find(), line + " in " + svg);
            double y = Double.parseDouble(m.group(1));
            assertTrue(y > box.y() && y < box.y() + box.h(), line + " inside the box: " + y);
        }
        assertEquals("Sociaal netwerk met heel veel w…", DrawnDiagram.label("Sociaal netwerk met heel veel woorden erin "
                + "om te lang te zijn", true), "a category's title over its sub-codes stays one line");
    }

    @Test
    void aLargeDiagramIsLaidOutInColumnsWithoutOverlap() {
        Project p = new Project(ProjectInfo.named("Large", T));
        p.put(code("core", "Core", null, Phase.SELECTIVE));
        List<Relation> relations = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of("core"));
        for (int i = 0; i < 20; i++) {
            p.put(code("f" + i, "Factor " + i, null, Phase.AXIAL));
            ids.add("f" + i);
            relations.add(relation("f" + i, "core"));
            for (int j = 0; j < 5; j++) {
                p.put(code("m" + i + "-" + j, "Mechanism " + i + "." + j, null, Phase.OPEN));
                ids.add("m" + i + "-" + j);
                relations.add(relation("m" + i + "-" + j, "f" + i));
            }
        }
        Map<String, double[]> at = DiagramLayout.layered(p, ids, relations);
        assertTrue(at.get("m0-0")[0] < at.get("f0")[0] && at.get("f0")[0] < at.get("core")[0]);
        List<double[]> column = ids.stream().filter(id -> id.startsWith("m")).map(at::get)
                .sorted(java.util.Comparator.comparingDouble(x -> x[1])).toList();
        for (int i = 1; i < column.size(); i++) {
            assertTrue(column.get(i)[1] >= column.get(i - 1)[1] + DrawnDiagram.BOX_HEIGHT, "boxes do not overlap");
        }
    }

    @Test
    void bandsFollowTheCodebookSoTheSocialTeamSitsBetweenDemandAndSupply() {
        Project p = new Project(ProjectInfo.named("Bands", T));
        p.put(code("core", "Individueel gebruik", null, Phase.SELECTIVE));
        p.put(code("vraag", "Vraagkant", null, Phase.AXIAL));
        p.put(code("swt", "Sociaal Wijkteam", null, Phase.AXIAL));
        p.put(code("aanbod", "Aanbodkant", null, Phase.AXIAL));
        p.put(code("netwerk", "Sociaal netwerk", "vraag", Phase.AXIAL));
        p.put(code("schaamte", "Schaamte", "vraag", Phase.AXIAL));
        p.put(code("wijkcoach", "Rol van de wijkcoach", "swt", Phase.AXIAL));
        p.put(code("bekendheid", "Bekendheid", "aanbod", Phase.AXIAL));
        List<String> ids = List.of("core", "netwerk", "schaamte", "wijkcoach", "bekendheid");
        List<Relation> relations = List.of(relation("netwerk", "core"), relation("schaamte", "core"),
                relation("wijkcoach", "core"), relation("bekendheid", "core"));
        Map<String, double[]> at = DiagramLayout.layered(p, ids, relations);
        double supply = at.get("bekendheid")[1];
        double team = at.get("wijkcoach")[1];
        double demand = Math.max(at.get("netwerk")[1], at.get("schaamte")[1]);
        assertTrue(demand < team && team < supply, "the demand side, the social team, the supply side: the codebook's order");
        assertTrue(supply - team >= DiagramLayout.BAND_GAP, "with room between the bands");
    }

    @Test
    void bandsRelatedToEachOtherAreDrawnNextToEachOther() {
        Project p = new Project(ProjectInfo.named("Mediator", T));
        p.put(code("core", "Individueel gebruik", null, Phase.SELECTIVE));
        p.put(code("vraag", "Vraagkant", null, Phase.AXIAL));
        p.put(code("aanbod", "Aanbodkant", null, Phase.AXIAL));
        p.put(code("swt", "Sociaal Wijkteam", null, Phase.AXIAL));
        p.put(code("netwerk", "Sociaal netwerk", "vraag", Phase.AXIAL));
        p.put(code("wijkcoach", "Rol van de wijkcoach", "swt", Phase.AXIAL));
        p.put(code("bekendheid", "Bekendheid", "aanbod", Phase.AXIAL));
        List<Relation> relations = List.of(relation("netwerk", "core"), relation("wijkcoach", "core"),
                relation("bekendheid", "core"), relation("wijkcoach", "netwerk"), relation("wijkcoach", "bekendheid"));
        relations.forEach(p::put);
        Map<String, double[]> at = DiagramLayout.model(p, List.of("netwerk", "wijkcoach", "bekendheid"), "core",
                relations);
        assertTrue(at.get("netwerk")[1] < at.get("wijkcoach")[1] && at.get("wijkcoach")[1] < at.get("bekendheid")[1],
                "the social team, related to both sides, comes between them though the codebook lists it last");
        Map<String, double[]> layered = DiagramLayout.layered(p, List.of("core", "netwerk", "wijkcoach", "bekendheid"),
                List.of(relation("netwerk", "core"), relation("wijkcoach", "core"), relation("bekendheid", "core")));
        assertTrue(layered.get("netwerk")[1] < layered.get("wijkcoach")[1]
                && layered.get("wijkcoach")[1] < layered.get("bekendheid")[1], "the same at the level of mechanisms");
    }

    @Test
    void equalEvidenceDrawsEqualArrows() {
        ProjectSession session = new ProjectSession(project());
        Project p = session.project();
        p.put(code("taal", "Taalbarrière", "netwerk", Phase.OPEN));
        p.put(new Quotation("t1", "d1", 60, 70, "", null, T));
        p.put(new Coding("t1-taal", "t1", "taal", null, T));
        session.execute(ModelDiagram.draw(p, "Model", ModelDiagram.Level.MECHANISMS));
        DrawnDiagram drawn = DrawnDiagram.of(p, p.diagrams().iterator().next(), new DiagramEvidence(p));
        Map<String, Double> width = new java.util.HashMap<>();
        drawn.arrows().forEach(a -> width.put(a.sourceCodeId(), a.strokeWidth()));
        assertEquals(width.get("strong"), width.get("taal"), 1e-9, "one quotation each: the same arrow");
    }

    private static Code code(String id, String name, String parent, Phase phase) {
        return Code.of(id, name, null, parent).withPhase(phase);
    }

    private static Relation relation(String source, String target) {
        return new Relation(source + ">" + target, source, target, null, "", 0, "");
    }

}
