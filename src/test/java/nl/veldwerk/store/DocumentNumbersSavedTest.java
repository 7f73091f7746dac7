package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.DocumentCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document number once given is not given again after the project is closed and opened: the highest number
 * deleted was remembered in the session only, so the "3" of "3:12" cited in a thesis named another transcript
 * once one was imported the next day.
 */
class DocumentNumbersSavedTest {
    @TempDir
    Path tmp;

    private static Document highest(Project project) {
        return project.documents().stream().max(Comparator.comparingInt(Document::number)).orElseThrow();
    }

    private static String manifest(Path dir) throws java.io.IOException {
        return Files.readString(dir.resolve(StoreFormat.MANIFEST));
    }

    @Test
    void theHighestDocumentNumberDeletedStaysTakenAcrossSaveAndOpen() throws Exception {
        Path dir = tmp.resolve("nummers");
        createFixtureProject(dir).close();
        int deleted;
        try (ProjectStore store = ProjectStore.open(dir)) {
            Document last = highest(store.session().project());
            deleted = last.number();
            store.session().execute(DocumentCommands.delete(last.id()));
            store.save();
        }
        assertTrue(manifest(dir).contains("\"documentNumbersGiven\" : " + deleted),
                "saved in the manifest");
        try (ProjectStore store = ProjectStore.open(dir)) {
            Project project = store.session().project();
            assertEquals(deleted, project.documentNumberTakenOut());
            assertEquals(deleted + 1, project.nextDocumentNumber(), "not " + deleted + " again");
            Document first = project.documents().iterator().next();
            store.session().execute(DocumentCommands.rename(first.id(), first.name() + " (2)"));
            store.save();
        }
        assertTrue(manifest(dir).contains("\"documentNumbersGiven\""),
                "kept by every later save");
    }

    @Test
    void aDeletionUndoneLeavesNothingToRemember() throws Exception {
        Path dir = tmp.resolve("terug");
        createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(DocumentCommands.delete(highest(store.session().project()).id()));
            store.session().undo();
            store.save();
        }
        assertFalse(manifest(dir).contains("\"documentNumbersGiven\""),
                "the number is its document's again");
    }

    /** A bundle that remembers a document number is stamped with the version that says so (an older one drops it). */
    @Test
    void aBundleCarriesTheNumber() throws Exception {
        Path dir = tmp.resolve("bundel");
        createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            Project project = store.session().project();
            store.session().execute(DocumentCommands.delete(highest(project).id()));
            Path bundle = tmp.resolve("b.vwz");
            Bundles.export(project, bundle);
            Path back = tmp.resolve("uitgepakt");
            Bundles.extract(bundle, back);
            try (ProjectStore opened = ProjectStore.open(back)) {
                assertEquals(project.documentNumberTakenOut(), opened.session().project().documentNumberTakenOut());
                assertEquals(StoreFormat.NUMBERS_VERSION, ProjectReader.readManifest(
                        back.resolve(StoreFormat.MANIFEST), back).schemaVersion());
            }
        }
    }
}
