package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.project.Pseudonymisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pseudonymised, saved, the history forgotten; then undone (a recovery save holds the names again), redone and
 * closed: no file of the project holds the names (QA: the recovery save's parts stayed, referenced by nothing, until
 * the project was opened or saved again; a folder zipped meanwhile held the names).
 */
class NamesLeftBehindTest {
    @TempDir
    Path tmp;

    @Test
    void closingLeavesNoPartOfAStateTheSessionLeft() throws Exception {
        Path dir = tmp.resolve("p");
        String name;
        String pseudonymised;
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            String text = store.session().project().documents().iterator().next().text();
            name = text.substring(0, text.indexOf(' ')).replaceAll("[^\\p{L}]", "");
            var names = new Pseudonymisation(List.of(new Pseudonymisation.Replacement(name, "R1")), true);
            store.session().execute(names.command(store.session().project()));
            store.save();
            store.forgetHistory();
            assertEquals(List.of(), holding(dir, name), "after the pseudonymisation");
            store.session().undo();
            store.write(store.capture(), ProjectStore.Target.RECOVERY); // the autosave while undone
            store.session().redo();
            store.save();
            pseudonymised = store.session().project().documents().iterator().next().text();
        }
        assertEquals(List.of(), holding(dir, name), "closed: the undone state's parts gone");
        try (ProjectStore reopened = ProjectStore.open(dir)) {
            assertEquals(pseudonymised, reopened.session().project().documents().iterator().next().text(),
                    "and the save whole");
        }
    }

    /** Work not saved stays for recovery: a recovery save's parts are kept at closing. */
    @Test
    void closingKeepsARecoverySave() throws Exception {
        Path dir = tmp.resolve("r");
        try (ProjectStore store = StoreTestSupport.createFixtureProject(dir)) {
            store.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("n", "Nieuw", null,
                    null)));
            store.write(store.capture(), ProjectStore.Target.RECOVERY);
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertEquals(true, recovered.session().project().code("n").isPresent());
        }
    }

    private static List<String> holding(Path dir, String name) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("index"))
                    .filter(f -> {
                        try {
                            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(name);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(f -> dir.relativize(f).toString()).toList();
        }
    }
}
