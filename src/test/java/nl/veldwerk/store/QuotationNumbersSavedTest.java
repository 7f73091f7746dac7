package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.bundleVersion;
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

    /**
     * A bundle is stamped version 5 so that an older Veldwerk opens it; not when a part remembers a number given,
     * which an older one would drop without a word (and give again): then the version that says so.
     */
    @Test
    void aBundleThatRemembersANumberIsNotOneAnOlderVeldwerkOpens() throws Exception {
        Path dir = tmp.resolve("bundel");
        createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            Path plain = tmp.resolve("plain.vwz");
            Bundles.export(store.session().project(), plain);
            assertEquals(StoreFormat.INLINE_LIST_VERSION, bundleVersion(plain));
            store.session().execute(QuotationCommands.codeRange("w01", 10, 14, "weak", "me", Fixtures.T));
            store.session().execute(QuotationCommands.delete(highest(store, "w01").id()));
            Path remembering = tmp.resolve("remembering.vwz");
            Bundles.export(store.session().project(), remembering);
            assertEquals(StoreFormat.NUMBERS_VERSION, bundleVersion(remembering), "not 8: a version 7 Veldwerk opens it");
            Path back = tmp.resolve("terug");
            Bundles.extract(remembering, back);
            try (ProjectStore opened = ProjectStore.open(back)) {
                assertEquals(store.session().project().quotationNumberTakenOut("w01"),
                        opened.session().project().quotationNumberTakenOut("w01"), "and it comes back");
            }
        }
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
