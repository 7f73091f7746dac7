package nl.veldwerk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veldwerk.analysis.DiagramEvidence;
import nl.veldwerk.analysis.DrawnDiagram;
import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.store.ProjectReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample project "wijk-y": it opens, it is what the README says, it quotes the thesis faithfully, it shows Figure 11. */
class SampleProjectTest {
    private static final Path SAMPLE = Path.of("sample-projects/wijk-y");
    private static final Path THESIS = Path.of("../shared/seed/thesis-voorliggende-voorzieningen.txt");
    private static Project project;

    @BeforeAll
    static void open() throws Exception {
        project = ProjectReader.read(SAMPLE);
    }

    /**
     * Each shipped project opens as saved: one in an older format is migrated when opened, so a user who only
     * looked was asked to save changes they never made (QA: "• Empty project", "Unsaved changes"). A format
     * change must re-save them.
     */
    @Test
    void theShippedProjectsOpenWithNothingToSave(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        for (String name : List.of("wijk-y", "empty-project")) {
            Path copy = tmp.resolve(name);
            try (var files = Files.walk(Path.of("sample-projects", name))) {
                for (Path from : files.filter(f -> !f.getFileName().toString().equals(".lock")).toList()) {
                    Path to = copy.resolve(Path.of("sample-projects", name).relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            try (nl.veldwerk.store.ProjectStore store = nl.veldwerk.store.ProjectStore.open(copy)) {
                assertTrue(!store.hasUnpersistedChanges(), name + " needs saving once opened: re-save it");
            }
        }
    }

    @Test
    void theCountsAreTheReadmes() throws Exception {
        String counts = String.format("%d documents, %d quotations, %d codes, %d codings", project.documents().size(),
                project.quotations().size(), project.codes().size(), project.codings().size());
        assertTrue(Files.readString(Path.of("README.md")).contains(counts), "README should say: " + counts);
        assertEquals(11, project.documents().size());
        assertEquals(Set.of("Aanbieders", "Wijkcoaches"), Set.copyOf(project.groups().stream().map(g -> g.name())
                .toList()));
        for (Document d : project.documents()) {
            String group = d.name().startsWith("A") ? "g-aanbieders" : "g-wijkcoaches";
            assertEquals(Set.of(group), d.groupIds(), d.name());
            assertEquals(d.name().startsWith("A") ? "aanbieder" : "wijkcoach", d.attributes().get("rol"));
            assertEquals(Set.of("A01", "A02", "A06").contains(d.name()) ? "R" : null, d.attributes().get("organisatie"));
            assertTrue(d.description().contains("Reconstructie"), "each document says it is a reconstruction");
        }
        // The interview guide's questions are the interviewer's: left out of search, KWIC and word counts.
        assertEquals(Set.of("Interviewer"), nl.veldwerk.analysis.Speakers.interviewers(project));
    }

    @Test
    void everyQuotationIsTheThesissWordsFromTheRightRespondent() throws Exception {
        assumeTrue(Files.exists(THESIS), "the thesis is in ../shared/seed (not in a clone without ../shared)");
        String thesis = Files.readString(THESIS).replaceAll("\\s+", " ");
        for (Quotation q : project.quotations()) {
            Document d = project.document(q.documentId()).orElseThrow();
            String text = d.text().substring(q.start(), q.end());
            assertTrue(d.text().lastIndexOf('\n', q.start()) + 1 + d.name().length() + 2 <= q.start()
                    && d.text().startsWith(d.name() + ": ", d.text().lastIndexOf('\n', q.start()) + 1),
                    "a quotation lies in an answer of " + d.name() + ": " + text);
            int at = thesis.indexOf(text);
            assertTrue(at >= 0, "not the thesis's words: " + text);
            boolean attributed = false;
            for (int from = at; from >= 0 && !attributed; from = thesis.indexOf(text, from + 1)) {
                String around = thesis.substring(Math.max(0, from - 120), Math.min(thesis.length(), from + text.length() + 12));
                attributed = around.contains(d.name());
            }
            assertTrue(attributed, d.name() + " is not named beside: " + text);
        }
    }

    @Test
    void theModelAtTheLevelOfMechanismsShowsTheFindingsOfFigures7To10() {
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(project.copy());
        session.execute(nl.veldwerk.analysis.ModelDiagram.draw(session.project(), "Mechanismen",
                nl.veldwerk.analysis.ModelDiagram.Level.MECHANISMS));
        Project p = session.project();
        Diagram d = p.diagrams().stream().filter(x -> x.name().equals("Mechanismen")).findFirst().orElseThrow();
        DrawnDiagram drawn = DrawnDiagram.of(p, d, new DiagramEvidence(p));
        Map<String, Double> weight = new HashMap<>();
        drawn.arrows().forEach(a -> weight.put(a.sourceCodeId(), a.weight()));
        assertTrue(weight.get("fc-weak-ties") > weight.get("fc-strong-ties"), "weak ties heavier than strong ties");
        assertTrue(weight.get("fc-schaamte") > weight.get("fc-wantrouwen"), "schaamte heavier than wantrouwen");
        List<Double> cultural = List.of("fc-taalbarriere", "fc-aansluiting-cultuur", "fc-spanningen-culturen",
                "fc-cultuurspecifiek-aanbod").stream().map(weight::get).toList();
        assertEquals(1, cultural.stream().distinct().count(), "the cultural mechanisms weigh the same: " + cultural);
        assertTrue(cultural.getFirst() > 0);
        for (String money : List.of("fc-financiele-bijdrage", "fc-indirecte-kosten", "fc-korte-termijndenken")) {
            assertEquals(0, weight.get(money), "betaalbaarheid has no arrow: " + money);
        }
        assertTrue(weight.get("fc-onbekend-inwoners") > 0, "bekendheid is in the model");
        double demand = meanY(d, "fc-theorie");
        double team = meanY(d, "fc-swt");
        double supply = meanY(d, "fc-onbekend");
        assertTrue(demand < team && team < supply, "the Sociaal Wijkteam between demand and supply");
        assertEquals(List.of(), nl.veldwerk.analysis.DiagramGeometry.crossings(drawn),
                "each arrow runs level out of its frame, then to the core category");
        assertEquals(List.of(), nl.veldwerk.analysis.DiagramGeometry.sharedEnds(drawn), "no two arrows end in one point");
    }

    @Test
    void importingTheDocxTranscriptsGivesTheSamplesTexts() throws Exception {
        DocumentImporter importer = new DocumentImporter();
        for (Document d : project.documents()) {
            Document imported = importer.importFile(SAMPLE.resolve("transcripts").resolve(d.name() + ".docx"),
                    Instant.EPOCH);
            assertEquals(d.text(), imported.text(), d.name());
            assertEquals(d.turns(), imported.turns(), d.name() + ": the same speaker turns");
        }
    }

    /** Where a band of the codebook (a top-level category) sits on the diagram, on average. */
    private static double meanY(Diagram d, String band) {
        DoubleSummaryStatistics ys = d.nodes().stream().filter(n -> band(n.codeId()).equals(band))
                .mapToDouble(DiagramNode::y).summaryStatistics();
        assertTrue(ys.getCount() > 0, band + " is on the diagram");
        return ys.getAverage();
    }

    private static String band(String codeId) {
        Code c = project.code(codeId).orElseThrow();
        return c.parentId() == null ? c.id() : band(c.parentId());
    }
}
