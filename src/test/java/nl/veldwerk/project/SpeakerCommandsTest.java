package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veldwerk.analysis.Speakers;
import nl.veldwerk.importer.SpeakerTurnDetector;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;

/** Speakers after import: rename, merge and role, each one undoable step, kept on disk. */
class SpeakerCommandsTest {
    private static final String A = "I: Hoe gaat het met u vandaag?\nR: Goed, dank u wel voor de vraag.\n"
            + "I: Komt u vaak in het buurthuis?\nR: Elke week, op dinsdag voor de koffie.\n";
    private static final String B = "Interviewer: Wat doet u in de wijk?\nR: Ik help in het buurthuis, al jaren.\n"
            + "Interviewer: Waarom doet u dat?\nR: Omdat ik de mensen ken en graag help.\n";

    @TempDir
    Path tmp;

    private static Document doc(String id, String name, String text) {
        return Document.of(id, name, text, SourceFormat.TXT, SpeakerTurnDetector.automatic().analyse(text).turns(),
                Instant.EPOCH);
    }

    private static ProjectSession session() {
        Project p = new Project(ProjectInfo.named("Sprekers", Instant.EPOCH));
        p.put(doc("a", "A", A));
        p.put(doc("b", "B", B));
        return new ProjectSession(p);
    }

    private static List<String> speakers(Project p, String doc) {
        return p.document(doc).orElseThrow().turns().stream().map(SpeakerTurn::speaker).toList();
    }

    @Test
    void renamingIntoATakenNameMergesAndUndoRestores() {
        ProjectSession s = session();
        s.execute(SpeakerCommands.setRole("Interviewer", SpeakerRole.INTERVIEWER));
        s.execute(SpeakerCommands.rename("I", "Interviewer"));
        Project p = s.project();
        assertEquals(List.of("Interviewer", "R", "Interviewer", "R"), speakers(p, "a"));
        assertEquals(List.of(new Speakers.Row("Interviewer", SpeakerRole.INTERVIEWER, 4, 2),
                new Speakers.Row("R", SpeakerRole.RESPONDENT, 4, 2)), Speakers.of(p));
        assertEquals(A, p.document("a").orElseThrow().text(), "the labels in the text stay as typed");
        SpeakerTurn first = p.document("a").orElseThrow().turns().getFirst();
        int[] label = first.label(A);
        assertEquals("I:", A.substring(label[0], label[1]), "the typed label is still set off as the label");
        SpeakerTurn timed = new SpeakerTurn("Someone", 0, 30, null);
        String line = "[00:01:23] Marco: ja, dat klopt\n";
        int[] after = timed.label(line);
        assertEquals("Marco:", line.substring(after[0], after[1]), "after a time mark, up to the colon");
        s.undo();
        assertEquals(List.of("I", "R", "I", "R"), speakers(s.project(), "a"));
        assertEquals(3, Speakers.of(s.project()).size());
    }

    @Test
    void aRenamedSpeakerTakesItsRoleAlong() {
        ProjectSession s = session();
        s.execute(SpeakerCommands.setRole("I", SpeakerRole.INTERVIEWER));
        s.execute(SpeakerCommands.rename("I", "Onderzoeker"));
        assertEquals(SpeakerRole.INTERVIEWER, s.project().info().roleOf("Onderzoeker"));
        assertEquals(SpeakerRole.RESPONDENT, s.project().info().roleOf("I"));
        assertEquals(java.util.Set.of("Onderzoeker"), Speakers.interviewers(s.project()));
        assertThrows(ModelException.class, () -> s.execute(SpeakerCommands.rename("Niemand", "X")));
        assertThrows(ModelException.class, () -> s.execute(SpeakerCommands.setRole("Niemand",
                SpeakerRole.INTERVIEWER)));
    }

    @Test
    void rolesAndRenamesAreKeptOnDisk() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Sprekers", Instant.EPOCH))) {
            store.session().execute(DocumentCommands.addAll(List.of(doc("a", "A", A), doc("b", "B", B))));
            store.session().execute(SpeakerCommands.rename("I", "Interviewer"));
            store.session().execute(SpeakerCommands.setRole("Interviewer", SpeakerRole.INTERVIEWER));
            store.save();
        }
        Project read = ProjectReader.read(dir);
        assertEquals(SpeakerRole.INTERVIEWER, read.info().roleOf("Interviewer"));
        assertEquals(List.of("Interviewer", "R", "Interviewer", "R"), speakers(read, "a"));
    }
}
