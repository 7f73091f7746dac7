package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One element per GUID in a .qdpx: a file imported may give a code and a source (or a user and a selection) the same
 * GUID, which was written back so (QA), and another tool takes one for the other. The second gets a GUID of its
 * own, its references follow, and the export says so.
 */
class RefiGuidsTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final String SHARED = "0C7A1E4F-2B7D-4E10-9F1A-3C5D7E9F1A2B";
    private static final String ALSO_SHARED = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
    private static final String TEXT = "Respondent: Elke week ga ik naar het buurthuis.\n";
    private static final Pattern GUID = Pattern.compile("\\bguid=\"([^\"]+)\"");

    @TempDir
    Path tmp;

    @Test
    void eachGuidNamesOneElementAndReferencesFollow() throws Exception {
        Project p = new Project(ProjectInfo.named("Gedeeld", T));
        p.put(new Coder(ALSO_SHARED, "Anna"));
        p.put(Document.of(SHARED.toLowerCase(Locale.ROOT), "A01", TEXT, SourceFormat.TXT, List.of(), T));
        p.put(Code.of(SHARED, "Frequentie", "#336699", null));
        int start = TEXT.indexOf("Elke week");
        p.put(new Quotation(ALSO_SHARED, SHARED.toLowerCase(Locale.ROOT), start, start + "Elke week".length(), "",
                null, T, 1));
        p.put(new Coding("k1", ALSO_SHARED, SHARED, ALSO_SHARED, T));
        Path qdpx = tmp.resolve("gedeeld.qdpx");
        RefiExport.Losses losses = RefiExport.exportProject(p, qdpx, "test");

        byte[] qde = RefiRoundTripTest.unzip(qdpx).get("project.qde");
        RefiRoundTripTest.validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        List<String> guids = new ArrayList<>();
        for (Matcher m = GUID.matcher(xml); m.find(); ) {
            guids.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        Set<String> distinct = new HashSet<>(guids);
        assertEquals(guids.size(), distinct.size(), "every GUID once: " + guids);
        assertEquals(2, losses.guidsGivenAnew(), "the code and the selection: " + losses.lines());
        assertTrue(losses.lines().stream().anyMatch(l -> l.startsWith("the GUID of 2 elements")), losses.lines()
                .toString());

        // Read back: the coding is still the code's, on the selection's text, by the user.
        Project back = RefiImport.readProject(qdpx, ProjectInfo.named("Terug", T)).project();
        Coding coding = back.codings().iterator().next();
        assertEquals("Frequentie", back.code(coding.codeId()).orElseThrow().name());
        Quotation q = back.quotation(coding.quotationId()).orElseThrow();
        assertEquals("Elke week", back.document(q.documentId()).orElseThrow().text().substring(q.start(), q.end()));
        assertEquals("Anna", back.coders().stream().filter(c -> c.id().equals(coding.coderId())).findFirst()
                .orElseThrow().name());
    }

    @Test
    void aProjectWithoutSharedGuidsKeepsThemAll() {
        Project p = new Project(ProjectInfo.named("Eigen", T));
        p.put(Document.of(SHARED, "A01", TEXT, SourceFormat.TXT, List.of(), T));
        p.put(Code.of(ALSO_SHARED, "Frequentie", "#336699", null));
        RefiIds.ForFile ids = new RefiIds.ForFile(p);
        assertEquals(SHARED, ids.of(nl.veldwerk.model.EntityKind.DOCUMENT, SHARED));
        assertEquals(ALSO_SHARED, ids.of(nl.veldwerk.model.EntityKind.CODE, ALSO_SHARED), "a round trip keeps them");
        assertEquals(0, ids.givenAnew());
    }
}
