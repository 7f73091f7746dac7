package nl.veldwerk.analysis;

import java.time.Instant;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;

/**
 * A project whose diagram evidence is known by hand: factor Sociaal netwerk (axial) with mechanisms weak
 * ties (4 quotations in 2 documents, 2 overlapping a core quotation) and strong ties (1 quotation, no
 * overlap); factor Bekendheid (axial, no mechanisms, 2 quotations in 1 document); factor Betaalbaarheid
 * (axial, no quotations); core category Individueel gebruik (selective).
 */
public final class DiagramTestProject {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String TEXT = "0123456789".repeat(10);

    private DiagramTestProject() {
    }

    public static Project project() {
        Project p = new Project(ProjectInfo.named("Model", T));
        p.put(Document.of("d1", "A01", TEXT, SourceFormat.TXT, List.of(), T));
        p.put(Document.of("d2", "W01", TEXT, SourceFormat.TXT, List.of(), T));
        p.put(code("core", "Individueel gebruik", null, Phase.SELECTIVE));
        p.put(code("netwerk", "Sociaal netwerk", null, Phase.AXIAL));
        p.put(code("weak", "Weak ties", "netwerk", Phase.OPEN));
        p.put(code("strong", "Strong ties", "netwerk", Phase.OPEN));
        p.put(code("bekendheid", "Bekendheid", null, Phase.AXIAL));
        p.put(code("geld", "Betaalbaarheid", null, Phase.AXIAL));
        quote(p, "w1", "d1", 0, 10, "weak");
        quote(p, "w2", "d1", 20, 30, "weak");
        quote(p, "w3", "d1", 40, 50, "weak");
        quote(p, "w4", "d2", 0, 10, "weak");
        quote(p, "s1", "d2", 60, 70, "strong");
        quote(p, "b1", "d1", 80, 90, "bekendheid");
        quote(p, "b2", "d1", 90, 95, "bekendheid");
        quote(p, "c1", "d1", 5, 25, "core"); // overlaps w1 and w2
        quote(p, "c2", "d2", 70, 80, "core"); // touches s1 at 70 but shares no character
        return p;
    }

    private static Code code(String id, String name, String parent, Phase phase) {
        return Code.of(id, name, null, parent).withPhase(phase);
    }

    private static void quote(Project p, String id, String doc, int start, int end, String code) {
        p.put(new Quotation(id, doc, start, end, "", null, T));
        p.put(new Coding(id + "-" + code, id, code, null, T));
    }
}
