package nl.veldwerk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;

class ProjectMergeTest {
    /** Coder Carla's project: the same A01 text under another id, one new document, one new code. */
    private static Project carlasProject() {
        Project b = new Project(ProjectInfo.named("Carla", AnalysisFixture.T));
        b.put(new Coder("carla", "Carla"));
        b.put(new Coder("bob", "Bob"));
        b.put(Document.of("b-a01", "A01 (Carla)", AnalysisFixture.A01, SourceFormat.TXT, List.of(), AnalysisFixture.T));
        b.put(Document.of("b-w02", "W02", "W02: Wantrouwen tegen instanties.\n", SourceFormat.TXT, List.of(),
                AnalysisFixture.T));
        b.put(Code.of("b-schaamte", "schaamte", "#ff0000", null));
        b.put(Code.of("b-wantrouwen", "Wantrouwen", "#00ff00", null));
        b.put(Document.of("a02", "A02", "Another text entirely.\n", SourceFormat.TXT, List.of(), AnalysisFixture.T));
        // The same quotation and coding as Bob's in the other project: nothing new.
        b.put(new Quotation("b-q1", "b-a01", 30, 46, "", "bob", AnalysisFixture.T));
        b.put(new Coding("b-k1", "b-q1", "b-schaamte", "bob", AnalysisFixture.T));
        // Carla codes the same quotation too, and her own in the new document.
        b.put(new Coding("b-k2", "b-q1", "b-schaamte", "carla", AnalysisFixture.T));
        b.put(new Quotation("b-q2", "b-w02", 5, 15, "", "carla", AnalysisFixture.T));
        b.put(new Coding("b-k3", "b-q2", "b-wantrouwen", "carla", AnalysisFixture.T));
        b.put(new Quotation("b-q3", "a02", 0, 7, "", "carla", AnalysisFixture.T));
        b.put(new Coding("b-k4", "b-q3", "b-wantrouwen", "carla", AnalysisFixture.T));
        return b;
    }

    @Test
    void mergeMatchesByContentAndNameKeepsEveryCodingAndUndoesInOneStep() {
        Project a = AnalysisFixture.project();
        Project before = a.copy();
        ProjectSession session = new ProjectSession(a);
        ProjectMerge merge = ProjectMerge.of(carlasProject());
        session.execute(merge.command());
        ProjectMerge.Report report = merge.report();

        assertEquals(1, report.matched("documents"), "A01 by its text");
        assertEquals(2, report.added("documents"), "W02, and B's different 'A02'");
        assertTrue(a.documents().stream().anyMatch(d -> d.name().equals("A02 (Carla)")));
        assertEquals(1, report.matched("codes"), "schaamte by name");
        assertEquals(1, report.added("codes"));
        assertEquals(1, report.matched("coders"));
        assertEquals(1, report.added("coders"));
        assertEquals(1, report.matched("codings"));
        assertEquals(3, report.added("codings"));
        assertEquals(before.codings().size() + 3, a.codings().size());
        assertTrue(a.codingsOf("a01q2").stream().anyMatch(c -> "carla".equals(c.coderId())
                && c.codeId().equals("schaamte")), "Carla's coding lands on the matching quotation");
        assertEquals(Set.of("Carla", "Ann", "Bob"), Set.copyOf(a.coders().stream().map(Coder::name).toList()));
        assertTrue(report.conflicts().stream().anyMatch(c -> c.toString().contains("'A02' has another text")), report.conflicts()
                .toString());

        session.undo();
        assertEquals(before, a);
    }
}
