package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Project;
import nl.veldwerk.store.ProjectReader;

/** The sample's diagrams go out as REFI-QDA graphs; what the format cannot carry is counted, not dropped unsaid. */
class RefiGraphsTest {
    @TempDir
    Path tmp;

    @Test
    void diagramsBecomeGraphsThatValidateAndTheLossesAreCounted() throws Exception {
        Project sample = ProjectReader.read(Path.of("sample-projects/wijk-y"));
        Diagram model = sample.diagrams().iterator().next();
        Path qdpx = tmp.resolve("wijk-y.qdpx");
        RefiExport.exportProject(sample, qdpx, "Veldwerk test");
        byte[] qde = RefiRoundTripTest.unzip(qdpx).get("project.qde");
        RefiRoundTripTest.validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertEquals(sample.diagrams().size(), count(xml, "<Graph "));
        long shownCodes = model.nodes().stream().filter(n -> !n.hidden()).count();
        Matcher graph = Pattern.compile("<Graph [^>]*name=\"" + Pattern.quote(model.name()) + "\"[^>]*>(.*?)</Graph>",
                Pattern.DOTALL).matcher(xml);
        assertTrue(graph.find(), "the model diagram is a graph");
        assertEquals(shownCodes, count(graph.group(1), "<Vertex "), "a vertex per code shown");
        assertTrue(count(graph.group(1), "<Edge ") > 0, "its relations are edges");

        RefiExport.Losses losses = RefiExport.losses(sample);
        assertEquals(sample.diagrams().size(), losses.weightedDiagrams());
        assertEquals(sample.documents().stream().filter(d -> !d.turns().isEmpty()).count(),
                losses.documentsWithTurns());
        assertTrue(losses.lines().getFirst().startsWith("speaker turns ("), losses.lines().toString());
        // The model lists each factor's mechanisms inside its box: a graph cannot say so, and the export does.
        assertTrue(model.subCodesInside());
        assertEquals(sample.diagrams().stream().filter(Diagram::subCodesInside).count(),
                losses.diagramsWithSubCodesInside());
        assertTrue(losses.lines().stream().anyMatch(l -> l.startsWith("the sub-codes listed inside the boxes of ")),
                losses.lines().toString());
        // What goes out in a form other tools show as something else is said too (QA: phases came out as sets,
        // weights as notes, rules under English headings in a Dutch description, none of it said).
        assertEquals(sample.codes().stream().filter(c -> c.phase() != nl.veldwerk.model.Phase.OPEN).count(),
                losses.phasedCodes());
        assertTrue(losses.phasedCodes() > 0 && losses.relationNotes() > 0 && losses.codesWithRules() > 0,
                "the sample has each: " + losses);
        assertEquals(count(xml, "name=\"Relation weight and comment\""), losses.relationNotes(),
                "a note per relation said to have one");
        assertTrue(losses.lines().stream().anyMatch(l -> l.contains("code sets named \"Veldwerk phase: ...\"")),
                losses.lines().toString());

        // And back in: each graph is a diagram again, its codes where they were, its relations drawn.
        RefiImport.ProjectResult back = RefiImport.readProject(qdpx, nl.veldwerk.model.ProjectInfo.named("Terug",
                java.time.Instant.EPOCH));
        Diagram again = back.project().diagrams().stream().filter(d -> d.name().equals(model.name())).findFirst()
                .orElseThrow(() -> new AssertionError("the diagram comes back: " + back.summary().skipped()));
        Project b = back.project();
        // Ids that are no GUIDs go out as GUIDs made from them: compared by the codes' names.
        assertEquals(model.nodes().stream().filter(n -> !n.hidden()).map(n -> sample.code(n.codeId()).orElseThrow()
                .name() + "@" + Math.round(n.x()) + "," + Math.round(n.y())).sorted().toList(), again.nodes().stream()
                .map(n -> b.code(n.codeId()).orElseThrow().name() + "@" + Math.round(n.x()) + "," + Math.round(n.y()))
                .sorted().toList());
        assertEquals(model.relationIds().stream().map(id -> arrow(sample, id)).sorted().toList(),
                again.relationIds().stream().map(id -> arrow(b, id)).sorted().toList());
        assertTrue(back.summary().skipped().stream().noneMatch(s -> s.toString().contains("graph")),
                back.summary().skipped().toString());
    }

    private static String arrow(Project p, String relationId) {
        var r = p.relation(relationId).orElseThrow();
        return p.code(r.sourceCodeId()).orElseThrow().name() + " -> " + p.code(r.targetCodeId()).orElseThrow().name();
    }

    @Test
    void anUnnamedSourceTakesItsFilesName() {
        assertEquals("Interview 3", RefiConverter.nameOfFile("internal://Interview 3.txt", 1));
        assertEquals("B04", RefiConverter.nameOfFile("relative:///sources/B04.docx", 2));
        assertEquals("Source 3", RefiConverter.nameOfFile(null, 3));
        assertEquals("Source 4", RefiConverter.nameOfFile("internal://.txt", 4));
        assertEquals("Source 5", RefiConverter.nameOfFile("internal://aaaaaaaa-2222-3333-4444-555555555555.TXT", 5),
                "a GUID says nothing to a reader");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
