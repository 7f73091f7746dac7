package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import org.junit.jupiter.api.Test;

/** The arrows a diagram draws, as its list counts them: a hidden code's arrows are not drawn, nor counted. */
class DiagramArrowsTest {
    @Test
    void aHiddenCodesArrowsAreNotDrawn() {
        Project p = new Project(ProjectInfo.named("Pijlen", Instant.EPOCH));
        p.put(Code.of("kern", "Individueel gebruik", null, null));
        p.put(Code.of("geld", "Betaalbaarheid", null, null));
        p.put(Code.of("taal", "Taal", null, null));
        p.put(new Relation("r1", "geld", "kern", RelationType.CAUSES, "", 0, ""));
        p.put(new Relation("r2", "taal", "kern", RelationType.CAUSES, "", 0, ""));
        Diagram shown = new Diagram("d", "Model", List.of(new DiagramNode("kern", 0, 0, false),
                new DiagramNode("geld", 100, 0, false), new DiagramNode("taal", 200, 0, false)), List.of("r1", "r2"));
        assertEquals(List.of("r1", "r2"), DrawnDiagram.arrows(p, shown).stream().map(Relation::id).toList());
        Diagram oneHidden = new Diagram("d", "Model", List.of(new DiagramNode("kern", 0, 0, false),
                new DiagramNode("geld", 100, 0, false), new DiagramNode("taal", 200, 0, true)), List.of("r1", "r2"));
        assertEquals(List.of("r1"), DrawnDiagram.arrows(p, oneHidden).stream().map(Relation::id).toList());
        assertEquals(DrawnDiagram.arrows(p, oneHidden).size(), DrawnDiagram.of(p, oneHidden,
                new DiagramEvidence(p)).arrows().size(), "as many as are drawn");
    }
}
