package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;

class DocumentNamesTest {
    private static Document doc(String id, String name) {
        return Document.of(id, name, "tekst\n", SourceFormat.TXT, List.of(), Instant.EPOCH);
    }

    @Test
    void aNameTakenInTheProjectOrTheSameImportGetsANumber() {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(doc("d1", "A01"));
        DocumentNames.Named named = DocumentNames.unique(p, List.of(doc("d2", "a01"), doc("d3", "A01"),
                doc("d4", "A02")));
        assertEquals(List.of("a01 (2)", "A01 (3)", "A02"), named.documents().stream().map(Document::name).toList());
        assertEquals(List.of(new DocumentNames.Renamed("a01", "a01 (2)"), new DocumentNames.Renamed("A01", "A01 (3)")),
                named.renamed());
    }

    /** Renaming keeps names unique as an import does: another document's name is refused, nothing changes. */
    @Test
    void aRenameToAnotherDocumentsNameIsRefusedAndChangesNothing() {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(doc("d1", "A01"));
        p.put(doc("d2", "interview1"));
        ProjectSession session = new ProjectSession(p);
        nl.veldwerk.model.ModelException refused = org.junit.jupiter.api.Assertions.assertThrows(
                nl.veldwerk.model.ModelException.class, () -> session.execute(DocumentCommands.rename("d2", " a01 ")));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("a01"), refused.getMessage());
        assertEquals("interview1", p.document("d2").orElseThrow().name());
        org.junit.jupiter.api.Assertions.assertFalse(session.hasUnsavedChanges(), "nothing was done");

        session.execute(DocumentCommands.rename("d1", "a01")); // its own name in other letters: fine
        assertEquals("a01", p.document("d1").orElseThrow().name());
    }
}
