package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation number once given is not given again after the project is closed and opened: the highest
 * number deleted was remembered in the session only, and "3:12" cited in a comment named a new quotation
 * the next day.
 */
class QuotationNumbersSavedTest {
    @TempDir
    Path tmp;

    private static Quotation highest(ProjectStore store, String documentId) {
        return store.session().project().quotationsOf(documentId).stream().max(Comparator.comparingInt(
                Quotation::number)).orElseThrow();
    }

    @Test
    void theHighestNumberDeletedStaysTakenAcrossSaveAndOpen() throws Exception {
        Path dir = tmp.resolve("nummers");
        createFixtureProject(dir).close();
        int deleted;
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(QuotationCommands.codeRange("w01", 10, 14, "weak", "me", Fixtures.T));
            Quotation last = highest(store, "w01");
            deleted = last.number();
            store.session().execute(QuotationCommands.delete(last.id()));
            store.save();
        }
        String parts = String.join("\n", listParts(dir));
        assertTrue(parts.contains("\"quotationNumbersGiven\":" + deleted), "saved with the document");
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(deleted, store.session().project().quotationNumberTakenOut("w01"));
            store.session().execute(QuotationCommands.codeRange("w01", 20, 24, "weak", "me", Fixtures.T));
            assertEquals(deleted + 1, highest(store, "w01").number(), "not " + deleted + " again");
            store.save();
        }
        assertFalse(String.join("\n", listParts(dir)).contains("\"quotationNumbersGiven\""),
                "once a higher number is there, nothing more to remember");
    }

    /** The document parts the current manifest names, as text. */
    private static java.util.List<String> listParts(Path dir) throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        StoreFormat.Manifest m = ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST), dir);
        for (StoreFormat.PartRef ref : m.documents()) {
            texts.add(Files.readString(ProjectReader.partFile(dir, ref.file())));
        }
        return texts;
    }
}
