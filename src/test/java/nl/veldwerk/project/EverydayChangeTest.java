package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Which changes the views may take as the everyday coding change (updating only the rows and counts it
 * touched): codings and quotations, and a coder added by their first coding or removed by its undo; not a
 * coder renamed, nor a code.
 */
class EverydayChangeTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aNewCodersFirstCodingAndItsUndoAreEveryday() {
        Project p = new Project(ProjectInfo.named("Alledaags", T));
        p.put(Document.of("d", "A01", "Ik ga naar het buurthuis.", SourceFormat.TXT, List.of(), T));
        p.put(Code.of("c", "Bereik", null, null));
        ProjectSession session = new ProjectSession(p);
        List<ProjectChange> changes = new ArrayList<>();
        session.addListener(changes::add);

        session.execute(new CompositeCommand(Message.of("coding.add", "Bereik"), List.of(
                NoteCommands.addCoder(new Coder("k1", "Nieuw")), QuotationCommands.codeRange("d", 0, 10, "c", "k1", T))));
        assertTrue(changes.getLast().onlyQuotationsAndCodings(), "a first coding, the coder added with it");
        session.undo();
        assertTrue(changes.getLast().onlyQuotationsAndCodings(), "its undo, the coder removed with it");
        session.redo();
        assertTrue(changes.getLast().onlyQuotationsAndCodings());

        session.execute(NoteCommands.addCoder(new Coder("k1", "Hernoemd")));
        assertFalse(changes.getLast().onlyQuotationsAndCodings(), "a coder put in place of another: a rename");
        session.execute(CodeCommands.rename("c", "Gebruik"));
        assertFalse(changes.getLast().onlyQuotationsAndCodings());
    }
}
