package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;

/** REFI-QDA cases (NVivo's participants, sites): kept as document groups with their values, the rest said. */
class RefiCasesTest {
    private static final String S1 = "AAAAAAAA-0000-0000-0000-000000000001";
    private static final String S2 = "AAAAAAAA-0000-0000-0000-000000000002";
    private static final String AGE = "BBBBBBBB-0000-0000-0000-000000000001";

    private static String value(String number) {
        return "<VariableValue><VariableRef targetGUID=\"" + AGE + "\"/><IntegerValue>" + number
                + "</IntegerValue></VariableValue>";
    }

    private static String qde(String cases) {
        return qde(cases, "");
    }

    /** With {@code ownValues} the first source's own variable values. */
    private static String qde(String cases, String ownValues) {
        return "<Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"c\">"
                + "<Variables><Variable guid=\"" + AGE + "\" name=\"Leeftijd\" typeOfVariable=\"Integer\"/></Variables>"
                + "<Cases>" + cases + "</Cases><Sources>"
                + "<TextSource guid=\"" + S1 + "\" name=\"Interview 1\"><PlainTextContent>Een.</PlainTextContent>"
                + ownValues + "</TextSource>"
                + "<TextSource guid=\"" + S2 + "\" name=\"Interview 2\"><PlainTextContent>Twee.</PlainTextContent></TextSource>"
                + "</Sources></Project>";
    }

    private static RefiImport.ProjectResult read(String cases) throws Exception {
        return read(cases, "");
    }

    private static RefiImport.ProjectResult read(String cases, String ownValues) throws Exception {
        byte[] bytes = qde(cases, ownValues).getBytes(StandardCharsets.UTF_8);
        return RefiImport.convert(null, bytes, "project.qde", Map.of(), ProjectInfo.named("x", Instant.EPOCH));
    }

    private static Document document(Project p, String name) {
        return p.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> groupNames(Project p, Document d) {
        return p.groups().stream().filter(g -> d.groupIds().contains(g.id())).map(DocumentGroup::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aCaseBecomesADocumentGroupWithItsDescriptionAndGivesItsValuesToItsSources() throws Exception {
        RefiImport.ProjectResult result = read("<Case guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Bewoner A\">"
                + "<Description>Woont sinds 1990 in de wijk</Description>" + value("67")
                + "<SourceRef targetGUID=\"" + S1 + "\"/><SourceRef targetGUID=\"" + S2 + "\"/></Case>");
        Project p = result.project();
        DocumentGroup group = p.groups().stream().filter(g -> g.name().equals("Bewoner A")).findFirst().orElseThrow();
        assertEquals("Woont sinds 1990 in de wijk", group.description());
        assertEquals(Set.of("Bewoner A"), groupNames(p, document(p, "Interview 1")));
        assertEquals(Set.of("Bewoner A"), groupNames(p, document(p, "Interview 2")));
        assertEquals("67", document(p, "Interview 2").attributes().get("Leeftijd"));
        String said = result.summary().describe(Locale.ENGLISH);
        assertTrue(said.contains("a case: imported as a document group of the same name, its values given to its "
                + "documents"), said);
        assertEquals(1, result.summary().count("groups"));
    }

    @Test
    void aSourceInTwoCasesKeepsTheFirstValueAndTheOtherIsSaid() throws Exception {
        RefiImport.ProjectResult result = read(
                "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"A\">" + value("67")
                + "<SourceRef targetGUID=\"" + S1 + "\"/></Case>"
                + "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000002\" name=\"B\">" + value("41")
                + "<SourceRef targetGUID=\"" + S1 + "\"/><SourceRef targetGUID=\"" + S2 + "\"/></Case>"
                + "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000003\" name=\"C\">" + value("41")
                + "<SourceRef targetGUID=\"" + S2 + "\"/></Case>");
        Project p = result.project();
        assertEquals(Set.of("A", "B"), groupNames(p, document(p, "Interview 1")));
        assertEquals(Set.of("B", "C"), groupNames(p, document(p, "Interview 2")));
        assertEquals("67", document(p, "Interview 1").attributes().get("Leeftijd"));
        assertEquals("41", document(p, "Interview 2").attributes().get("Leeftijd"));
        String said = result.summary().describe(Locale.ENGLISH);
        assertTrue(said.contains("source 'Interview 1' is in two cases with a different 'Leeftijd': '67' (case 'A') "
                + "is kept, '41' (case 'B') is not"), said);
        assertFalse(said.contains("'Interview 2' is in two cases"), "the same value twice is no conflict: " + said);
    }

    @Test
    void aSourcesOwnValueIsKeptOverItsCasesAndTheCasesIsSaid() throws Exception {
        String bewonerA = "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Bewoner A\">" + value("67")
                + "<SourceRef targetGUID=\"" + S1 + "\"/><SourceRef targetGUID=\"" + S2 + "\"/></Case>";
        RefiImport.ProjectResult result = read(bewonerA, value("68"));
        Project p = result.project();
        assertEquals("68", document(p, "Interview 1").attributes().get("Leeftijd"));
        assertEquals("67", document(p, "Interview 2").attributes().get("Leeftijd"));
        String said = result.summary().describe(Locale.ENGLISH);
        assertTrue(said.contains("source 'Interview 1' has its own 'Leeftijd': '68' is kept, '67' of case 'Bewoner A' "
                + "is not"), said);
        assertFalse(said.contains("'Interview 2' has its own"), said);

        String same = read(bewonerA, value("67")).summary().describe(Locale.ENGLISH);
        assertFalse(same.contains("has its own"), "the same value twice is no conflict: " + same);
    }

    @Test
    void whatAGroupCannotHoldIsSaid() throws Exception {
        RefiImport.ProjectResult result = read(
                "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Deel\">" + value("30")
                + "<SelectionRef targetGUID=\"DDDDDDDD-0000-0000-0000-000000000001\"/></Case>"
                + "<Case guid=\"CCCCCCCC-0000-0000-0000-000000000002\" name=\"Gemengd\">"
                + "<CodeRef targetGUID=\"EEEEEEEE-0000-0000-0000-000000000001\"/>"
                + "<SourceRef targetGUID=\"" + S1 + "\"/>"
                + "<SelectionRef targetGUID=\"DDDDDDDD-0000-0000-0000-000000000001\"/>"
                + "<SelectionRef targetGUID=\"DDDDDDDD-0000-0000-0000-000000000002\"/></Case>");
        Project p = result.project();
        assertEquals(Set.of("Gemengd"), p.groups().stream().map(DocumentGroup::name).collect(Collectors.toSet()),
                "a case of selections only holds no document");
        assertEquals(null, document(p, "Interview 1").attributes().get("Leeftijd"));
        String said = result.summary().describe(Locale.ENGLISH);
        assertTrue(said.contains("case 'Deel' is made of a selection of sources, not whole sources: a document group "
                + "holds whole documents, so it is left out with its value"), said);
        assertTrue(said.contains("case 'Gemengd' also holds 2 selections of sources"), said);
        assertTrue(said.contains("case 'Gemengd' is coded with a code: Veldwerk codes quotations, not cases; left out"),
                said);
    }
}
