package nl.veldwerk.store;

import static nl.veldwerk.store.StoreTestSupport.bundleVersion;
import static nl.veldwerk.store.StoreTestSupport.createFixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who resolved a review comment is kept with the project (schema version 8): a supervisor sees in the thread who
 * settled a comment, after the project is closed and opened and after a bundle went back and forth. A project
 * saved before it was kept opens with its resolved comments resolved, by whom not known.
 */
class CommentResolverSavedTest {
    @TempDir
    Path tmp;

    private static Memo comment(ProjectStore store, String id) {
        return (Memo) store.session().project().find(EntityKind.MEMO, id).orElseThrow();
    }

    /** A fixture project in {@code dir} with comment "k1" resolved by {@code resolver} (null: not known), saved. */
    private static void savedWithAResolvedComment(Path dir, String resolver) throws Exception {
        createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(CodebookCommands.comment(Memo.reviewComment("k1",
                    new MemoTarget(EntityKind.CODE, "weak"), "Definitie aanscherpen?", "me", Fixtures.T)));
            store.session().execute(CodebookCommands.resolve("k1", true, resolver, Fixtures.T.plusSeconds(60)));
            store.save();
        }
    }

    @Test
    void whoResolvedACommentIsSavedAndOpenedAgain() throws Exception {
        Path dir = tmp.resolve("opgelost");
        savedWithAResolvedComment(dir, "me");
        String manifest = Files.readString(dir.resolve(StoreFormat.MANIFEST));
        assertTrue(manifest.contains("\"schemaVersion\" : 8"), manifest);
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals("me", comment(store, "k1").resolvedBy());
            assertTrue(comment(store, "k1").resolved());
        }
    }

    @Test
    void aProjectFromBeforeTheResolverWasKeptOpensWithItsCommentsResolved() throws Exception {
        Path dir = tmp.resolve("ouder");
        savedWithAResolvedComment(dir, null);
        // As version 7 wrote it: the same parts without "resolvedBy", stamped 7.
        Path manifest = dir.resolve(StoreFormat.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"schemaVersion\" : 8",
                "\"schemaVersion\" : 7"));
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertTrue(comment(store, "k1").resolved());
            assertNull(comment(store, "k1").resolvedBy(), "not known");
        }
    }

    @Test
    void aBundleNamingWhoResolvedIsNotOneAnOlderVeldwerkOpensAndComesBackWhole() throws Exception {
        Path dir = tmp.resolve("bundel");
        createFixtureProject(dir).close();
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.session().execute(CodebookCommands.comment(Memo.reviewComment("k1",
                    new MemoTarget(EntityKind.CODE, "weak"), "Zie memo.", "me", Fixtures.T)));
            Path open = tmp.resolve("open.vwz");
            Bundles.export(store.session().project(), open);
            assertEquals(StoreFormat.INLINE_LIST_VERSION, bundleVersion(open), "an open comment names no resolver");
            store.session().execute(CodebookCommands.resolve("k1", true, "me", Fixtures.T.plusSeconds(60)));
            Path resolved = tmp.resolve("resolved.vwz");
            Bundles.export(store.session().project(), resolved);
            assertEquals(StoreFormat.SCHEMA_VERSION, bundleVersion(resolved));
            Path back = tmp.resolve("terug");
            Bundles.extract(resolved, back);
            try (ProjectStore opened = ProjectStore.open(back)) {
                assertEquals("me", comment(opened, "k1").resolvedBy());
            }
        }
    }
}
