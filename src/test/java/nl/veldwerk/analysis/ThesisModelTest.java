package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.ProjectReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Draw the model" on the sample project, against the thesis's Figure 11: one box per factor with its
 * mechanisms inside, the demand side, the social team and the supply side in that order, arrows into the
 * core category that cross no box and end at distinct points, labels that overlap nothing, "is associated
 * with" unless the researcher said otherwise, weighed by co-occurrence with the core category.
 */
class ThesisModelTest {
    private static Project project;
    private static Diagram model;
    private static DrawnDiagram drawn;

    @BeforeAll
    static void draw() throws Exception {
        ProjectSession session = new ProjectSession(ProjectReader.read(Path.of("sample-projects/wijk-y")));
        session.execute(ModelDiagram.draw(session.project(), "Model"));
        project = session.project();
        model = project.diagrams().stream().filter(d -> d.name().equals("Model")).findFirst().orElseThrow();
        drawn = DrawnDiagram.of(project, model, new DiagramEvidence(project));
    }

    private static DrawnDiagram.Box box(String codeId) {
        return drawn.boxes().stream().filter(b -> b.codeId().equals(codeId)).findFirst().orElseThrow();
    }

    @Test
    void oneBoxPerFactorWithItsMechanismsInsideAndTheCoreBesideThem() {
        List<String> factors = List.of("fc-sociaal-netwerk", "fc-psychische-kenmerken", "fc-culturele-kenmerken",
                "fc-betaalbaarheid", "fc-rol-wijkcoach", "fc-bekendheid");
        assertEquals(factors, drawn.boxes().stream().filter(b -> !b.codeId().equals("fc-individueel-gebruik"))
                .sorted(Comparator.comparingDouble(DrawnDiagram.Box::y)).map(DrawnDiagram.Box::codeId).toList(),
                "the demand side in the codebook's order, the social team, then the supply side");
        assertTrue(drawn.boxes().stream().noneMatch(DrawnDiagram.Box::frame), "categories, not frames of mechanisms");
        assertEquals(List.of("Strong ties", "Weak ties", "Kennisoverdracht", "Informele hulp",
                "Netwerk met eigen problemen"), box("fc-sociaal-netwerk").lines());
        DrawnDiagram.Box core = box("fc-individueel-gebruik");
        for (String f : factors) {
            DrawnDiagram.Box b = box(f);
            assertTrue(b.x() + b.w() < core.x(), f + " left of the core category");
            assertTrue(b.y() + b.h() <= box(factors.get(Math.min(factors.indexOf(f) + 1, 5))).y()
                    || f.equals(factors.getLast()), f + " does not overlap the next box");
        }
        double top = box(factors.getFirst()).y();
        double bottom = box(factors.getLast()).y() + box(factors.getLast()).h();
        assertTrue(core.centerY() > top && core.centerY() < bottom, "the core level with the column's middle");
    }

    @Test
    void arrowsCrossNoBoxEndAtDistinctPointsAndTheirLabelsOverlapNothing() {
        assertEquals(8, drawn.arrows().size(), "six factors into the core, and the social team's two links");
        assertEquals(List.of(), DiagramGeometry.crossings(drawn));
        assertEquals(List.of(), DiagramGeometry.sharedEnds(drawn));
        assertTrue(nl.veldwerk.report.DiagramText.oneKind(drawn, java.util.Locale.of("nl")),
                "all arrows say 'hangt samen met': the legend says it once, the arrows go unlabelled");
        DrawnDiagram.Box core = box("fc-individueel-gebruik");
        List<Double> ends = drawn.arrows().stream().filter(a -> a.targetCodeId().equals(core.codeId()))
                .map(DrawnDiagram.Arrow::y2).toList();
        assertEquals(ends.stream().sorted().toList(), drawn.arrows().stream().filter(a -> a.targetCodeId()
                .equals(core.codeId())).sorted(Comparator.comparingDouble(DrawnDiagram.Arrow::y1))
                .map(DrawnDiagram.Arrow::y2).toList(), "ends on the core in the order of their sources: no crossing there");
        for (DrawnDiagram.Arrow a : drawn.arrows()) {
            DrawnDiagram.Box to = box(a.targetCodeId());
            assertTrue(Math.abs(a.x2() - to.x()) < 1e-6 || Math.abs(a.x2() - (to.x() + to.w())) < 1e-6,
                    "an arrow ends on its target's border");
        }
    }

    @Test
    void whenTheRelationsDifferEachArrowIsLabelledWhereItOverlapsNoBoxAndNoLabel() {
        ProjectSession session = new ProjectSession(project.copy());
        Project p = session.project();
        Relation mediator = p.relation("fr-wijkcoach-bekendheid").orElseThrow();
        p.put(new Relation(mediator.id(), mediator.sourceCodeId(), mediator.targetCodeId(), RelationType.USER_DEFINED,
                "maakt zichtbaar", 0, ""));
        Relation schaamte = p.relation("fr-psychische-kenmerken").orElseThrow();
        p.put(new Relation(schaamte.id(), schaamte.sourceCodeId(), schaamte.targetCodeId(), RelationType.CAUSES, "", 0,
                ""));
        session.execute(ModelDiagram.draw(p, "Gelabeld"));
        Diagram labelled = p.diagrams().stream().filter(d -> d.name().equals("Gelabeld")).findFirst().orElseThrow();
        DrawnDiagram d = DrawnDiagram.of(p, labelled, new DiagramEvidence(p));
        assertTrue(!nl.veldwerk.report.DiagramText.oneKind(d, java.util.Locale.ENGLISH));
        assertEquals(List.of(), DiagramGeometry.overlappingLabels(d, DiagramGeometry.labelWidths(p, d)));
        assertEquals(List.of(), DiagramGeometry.crossings(d));
        assertEquals(List.of(), DiagramGeometry.sharedEnds(d));
        assertTrue(d.arrows().stream().allMatch(a -> a.labelX() - 60 >= 0), "labels stay on the drawing");
    }

    @Test
    void arrowsSayIsAssociatedWithAndWeighCooccurrenceWithTheCore() {
        assertEquals(Weighting.COOCCURRENCE, model.weighting());
        for (String id : model.relationIds()) {
            assertEquals(RelationType.IS_ASSOCIATED_WITH, project.relation(id).orElseThrow().type());
        }
        Map<String, Double> weight = new java.util.HashMap<>();
        drawn.arrows().stream().filter(a -> a.targetCodeId().equals("fc-individueel-gebruik"))
                .forEach(a -> weight.put(a.sourceCodeId(), a.weight()));
        DiagramEvidence evidence = new DiagramEvidence(project);
        for (var e : weight.entrySet()) {
            Relation r = project.relations().stream().filter(x -> x.sourceCodeId().equals(e.getKey())
                    && x.targetCodeId().equals("fc-individueel-gebruik")).findFirst().orElseThrow();
            assertEquals(evidence.of(r).cooccurring(), e.getValue(), 1e-9, e.getKey());
        }
        assertEquals(0, weight.get("fc-betaalbaarheid"), "betaalbaarheid drops out: no co-occurrence");
        assertTrue(weight.get("fc-bekendheid") > 0 && weight.get("fc-sociaal-netwerk") > 0);
    }

    @Test
    void laidOutAgainItIsTheSameModel() {
        Diagram again = ModelDiagram.relayout(project, model);
        assertEquals(model.nodes(), again.nodes(), "relayout of a model keeps the model's layout");
    }
    /**
     * The coded codes a model leaves out are named (QA: an axial code not related to the core, and a category made of
     * two mechanisms, vanished from the drawing without a word), and what is named is exactly what the drawing
     * leaves out.
     */
    @Test
    void theCodedCodesAModelLeavesOutAreNamedAndAreExactlyThoseNotDrawn() throws Exception {
        ProjectSession session = new ProjectSession(ProjectReader.read(Path.of("sample-projects/wijk-y")));
        Project p = session.project();
        for (ModelDiagram.Level level : ModelDiagram.Level.values()) {
            assertEquals(List.of(), ModelDiagram.notDrawn(p, level).codes(), "the thesis's model shows every coded code");
        }
        nl.veldwerk.model.Code angst = p.codes().stream().filter(c -> c.name().equals("Angst")).findFirst().orElseThrow();
        session.execute(nl.veldwerk.project.CodeCommands.update(angst.withPhase(nl.veldwerk.model.Phase.AXIAL)));
        nl.veldwerk.model.Code strong = p.codes().stream().filter(c -> c.name().equals("Strong ties")).findFirst()
                .orElseThrow();
        session.execute(nl.veldwerk.project.CodeCommands.move(strong.id(), null));
        assertEquals(List.of("Angst", "Strong ties"), ModelDiagram.notDrawn(p, ModelDiagram.Level.MECHANISMS).codes(),
                "an axial code under a factor is no mechanism; a code moved out of the factors is in none");
        assertEquals(List.of("Strong ties"), ModelDiagram.notDrawn(p, ModelDiagram.Level.CATEGORIES).codes(),
                "Angst is listed in its factor's box");
        // A factor under a factor: the outer box then lists none of its sub-codes (review), and says so.
        nl.veldwerk.model.Code wantrouwen = p.codes().stream().filter(c -> c.name().equals("Wantrouwen")).findFirst()
                .orElseThrow();
        String coreId = p.codes().stream().filter(c -> c.phase() == nl.veldwerk.model.Phase.SELECTIVE).findFirst()
                .orElseThrow().id();
        session.execute(nl.veldwerk.project.CodeCommands.update(wantrouwen.withPhase(nl.veldwerk.model.Phase.AXIAL)));
        session.execute(nl.veldwerk.project.CodeCommands.addRelation(new nl.veldwerk.model.Relation("w-core",
                wantrouwen.id(), coreId, nl.veldwerk.model.RelationType.CAUSES, "", 0, "")));
        assertTrue(ModelDiagram.notDrawn(p, ModelDiagram.Level.CATEGORIES).codes().contains("Schaamte"),
                ModelDiagram.notDrawn(p, ModelDiagram.Level.CATEGORIES).toString());
        for (ModelDiagram.Level level : ModelDiagram.Level.values()) {
            session.execute(ModelDiagram.draw(p, "Model " + level, level));
            Diagram d = p.diagrams().stream().filter(x -> x.name().equals("Model " + level)).findFirst().orElseThrow();
            java.util.Set<String> nodes = new java.util.HashSet<>(d.nodes().stream().map(n -> n.codeId()).toList());
            List<String> named = ModelDiagram.notDrawn(p, level).codes();
            String core = p.codes().stream().filter(c -> c.phase() == nl.veldwerk.model.Phase.SELECTIVE).findFirst()
                    .orElseThrow().id();
            for (nl.veldwerk.model.Code c : p.codes()) {
                if (p.codingsWithCode(c.id()).isEmpty() || c.id().equals(core) || p.isBelow(c.id(), core)) {
                    continue;
                }
                boolean drawnHere = nodes.contains(c.id()) || level == ModelDiagram.Level.CATEGORIES
                        && c.parentId() != null && nodes.contains(c.parentId())
                        && p.childrenOf(c.parentId()).stream().noneMatch(x -> nodes.contains(x.id()));
                assertEquals(!drawnHere, named.contains(c.name()), level + ": " + c.name());
            }
        }
    }
}
