package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.synthetic.SyntheticProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open project keeps its transcripts in their parts and reads each when it is asked for (issue 24: a
 * project of 10,000 long transcripts must open in 2 GB): what is read is what was saved, from the part's
 * second copy when the part is damaged, and a part is not collected while an open document (or one an undo
 * can bring back) still reads its text from it.
 */
class StoredTextTest {
    @TempDir
    Path tmp;
    private Path dir;
    private Map<String, String> texts;

    @BeforeEach
    void createProject() throws Exception {
        dir = tmp.resolve("p");
        Project project = SyntheticProject.generate(12, 300, 40, 6, 3);
        texts = new HashMap<>();
        project.documents().forEach(d -> texts.put(d.id(), d.text()));
        try (ProjectStore store = ProjectStore.create(dir, project)) {
            store.save();
        }
    }

    @Test
    void anOpenProjectReadsItsTextsFromTheirPartsWhenAskedFor() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            for (Document d : store.session().project().documents()) {
                assertInstanceOf(StoredText.class, d.body(), "not on the heap: " + d.name());
                assertEquals(texts.get(d.id()).length(), d.textLength());
            }
            for (Document d : store.session().project().documents()) {
                assertEquals(texts.get(d.id()), d.text(), d.name());
            }
        }
    }

    /** More documents than the open parses ahead of the one it puts: each comes in whole, in the manifest's order. */
    @Test
    void aProjectOfManyPartsOpensWhole() throws Exception {
        Path many = tmp.resolve("many");
        Project project = SyntheticProject.generate(150, 60, 300, 6, 5);
        List<String> ids = project.documents().stream().map(Document::id).toList();
        Map<String, String> manyTexts = new HashMap<>();
        project.documents().forEach(d -> manyTexts.put(d.id(), d.text()));
        try (ProjectStore store = ProjectStore.create(many, project)) {
            store.save();
        }
        try (ProjectStore store = ProjectStore.open(many)) {
            Project opened = store.session().project();
            assertEquals(ids, opened.documents().stream().map(Document::id).toList());
            assertEquals(project.quotations().size(), opened.quotations().size());
            assertEquals(project.codings().size(), opened.codings().size());
            for (Document d : opened.documents()) {
                assertEquals(manyTexts.get(d.id()).length(), d.textLength(), d.name());
                assertEquals(manyTexts.get(d.id()), d.text(), d.name());
            }
        }
    }

    /** Renaming a speaker changes every document's turns, not its text: no text is read into memory for it. */
    @Test
    void renamingASpeakerLeavesTheTextsInTheirParts() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(nl.veldwerk.project.SpeakerCommands.rename("Interviewer", "Onderzoeker"));
            for (Document d : store.session().project().documents()) {
                assertTrue(d.turns().stream().anyMatch(t -> t.speaker().equals("Onderzoeker")), d.name());
                assertInstanceOf(StoredText.class, d.body(), d.name());
            }
            store.save();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            for (Document d : store.session().project().documents()) {
                assertEquals(texts.get(d.id()), d.text(), d.name());
            }
        }
    }

    @Test
    void aTextWhosePartIsGoneIsAClearErrorAndADamagedPartIsReadFromItsCopy() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            List<Document> documents = List.copyOf(store.session().project().documents());
            Document damaged = documents.get(2);
            Path part = partOf(damaged.id());
            byte[] bytes = Files.readAllBytes(part);
            bytes[bytes.length / 2] ^= 1;
            Files.write(part, bytes);
            assertEquals(texts.get(damaged.id()), damaged.text(), "read from backups/parts");

            Document gone = documents.get(5);
            Path goneFile = partOf(gone.id());
            Files.delete(goneFile);
            Files.delete(dir.resolve(StoreFormat.BACKUPS).resolve(dir.relativize(goneFile).toString()));
            ModelException e = assertThrows(ModelException.class, gone::text);
            assertTrue(e.getMessage().contains(goneFile.getFileName().toString()), e.getMessage());
            assertEquals(texts.get(documents.get(6).id()), documents.get(6).text(), "the others are read as before");

            // A save that must write that document again says which one, and leaves the last save as it was.
            store.session().execute(DocumentCommands.rename(gone.id(), "nieuwe naam"));
            ProjectFileException failed = assertThrows(ProjectFileException.class, store::save);
            assertTrue(failed.getMessage().contains("'nieuwe naam'") && failed.getMessage().contains("cannot be read"),
                    failed.getMessage());
            assertEquals(goneFile, partOf(gone.id()), "the last save names the document's part as before");
        }
    }

    /**
     * A document renamed and saved again and again: its text moves to each new part, and the first one goes
     * once the backups forget it. A document deleted: the part its text is in stays while the undo history
     * holds the document, whatever the backups hold, and the undo brings the text back.
     */
    @Test
    void aPartStaysWhileATextReadsFromItAndGoesAfter() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            List<Document> documents = List.copyOf(store.session().project().documents());
            String renamedId = documents.get(1).id();
            String deletedId = documents.get(3).id();
            Path renamedFirst = partOf(renamedId);
            Path deletedPart = partOf(deletedId);
            documents = null; // only the project and its undo history refer to the documents now
            store.session().execute(DocumentCommands.delete(deletedId));
            // Texts read by an earlier opening that nothing refers to any more let go of their parts when the
            // garbage collector has found them: those parts go at a later save.
            for (int save = 0; save < StoreFormat.BACKUPS_KEPT + 3 || save < 100 && Files.exists(renamedFirst); save++) {
                System.gc();
                Thread.sleep(10);
                store.session().execute(DocumentCommands.rename(renamedId, "naam " + save));
                store.save();
            }
            assertFalse(Files.exists(renamedFirst), "its text moved to the part written with it");
            assertTrue(Files.exists(deletedPart), "the undo history holds the only document that reads it");
            assertFalse(GarbageCollector.filesOf(ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST)))
                    .contains(dir.relativize(deletedPart).toString()), "no manifest names it");

            while (store.session().stack().canUndo()) {
                store.session().undo();
            }
            store.save();
            assertEquals(texts.get(deletedId), store.session().project().document(deletedId).orElseThrow().text());
            assertEquals(texts.get(renamedId), store.session().project().document(renamedId).orElseThrow().text());
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            for (Document d : store.session().project().documents()) {
                assertEquals(texts.get(d.id()), d.text(), d.name());
            }
        }
    }

    private Path partOf(String documentId) throws ProjectFileException {
        String file = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST)).documents().stream()
                .filter(ref -> ref.id().equals(documentId)).findFirst().orElseThrow().file();
        return dir.resolve(file);
    }
}
