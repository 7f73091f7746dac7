package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.veldwerk.model.Document;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save asks the part tracker, file by file, whether the next save may still refer to a part
 * ({@link PartTracker#isLive}); the answer must be what the whole set ({@link PartTracker#liveFiles}) says, as
 * documents change, go and come back, or a part the collector deletes could be one the next save names.
 */
class PartTrackerLiveFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsLiveExactlyWhenTheSetOfLiveFilesHoldsIt() throws Exception {
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir.resolve("p"))) {
            Path folder = dir.resolve("p");
            agree(store, folder);
            Document first = store.session().project().documents().iterator().next();

            store.session().execute(QuotationCommands.codeRange(first.id(), 30, 40, "schaamte", "me", Fixtures.T));
            store.save(); // the document's part written anew: its old part is no longer live
            agree(store, folder);

            Document second = store.session().project().documents().stream().skip(1).findFirst().orElseThrow();
            Set<String> whileThere = store.tracker().liveFiles();
            store.session().execute(DocumentCommands.delete(second.id()));
            store.save();
            agree(store, folder);
            Set<String> gone = new TreeSet<>(whileThere);
            gone.removeAll(store.tracker().liveFiles());
            assertFalse(gone.isEmpty(), "the deleted document's part is live no more");
            gone.forEach(f -> assertFalse(store.tracker().isLive(f), f));

            store.session().undo(); // the document comes back
            store.save();
            agree(store, folder);
            assertTrue(store.session().project().document(second.id()).isPresent());

            store.session().redo();
            store.save();
            agree(store, folder);
        }
    }

    /** For every part on disk and every live file (and a name never used): isLive agrees with the set. */
    private static void agree(ProjectStore store, Path folder) throws IOException {
        Set<String> live = store.tracker().liveFiles();
        Set<String> asked = new TreeSet<>(live);
        try (Stream<Path> parts = Files.list(folder.resolve(StoreFormat.PARTS))) {
            parts.forEach(p -> asked.add(StoreFormat.PARTS + "/" + p.getFileName()));
        }
        asked.add(StoreFormat.PARTS + "/never-written.json");
        for (String file : asked) {
            assertEquals(live.contains(file), store.tracker().isLive(file), file);
        }
        assertFalse(live.isEmpty());
    }
}
