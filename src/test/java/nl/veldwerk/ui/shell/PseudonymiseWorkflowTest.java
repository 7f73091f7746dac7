package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.veldwerk.model.Document;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import nl.veldwerk.search.Search;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.exchange.PseudonymiseActions;
import nl.veldwerk.ui.exchange.PseudonymiseDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit → Pseudonymise on the sample: type a key list, preview every occurrence, replace in one undoable
 * step, and find no older version on disk or in the search index that still holds the name.
 */
class PseudonymiseWorkflowTest extends WorkbenchTest {

    @Test
    void replaceANameEverywhereAndLeaveNoOlderVersion(FxRobot robot) throws Exception {
        Path copy = WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        robot.interact(() -> vm.open(copy));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.search().readyProperty().get());
        robot.interact(() -> vm.save()); // a save before: the backups now hold the names
        WindowTestSupport.idle(vm);
        // The search pane shows the name's hits before (they must not stay, with the name in their snippets).
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(4));
        javafx.scene.control.TextField query = robot.lookup("#search-query").query();
        ListView<Search.Hit> shownHits = robot.lookup("#search-hits").query();
        Label searchStatus = robot.lookup("#search-status").query();
        robot.interact(() -> {
            query.setText("Immerloo");
            query.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownHits.getItems().isEmpty());
        PseudonymiseActions actions = workbench.pseudonyms();
        // The key list is not written into the project's folder: it would travel with every copy and bundle.
        int refused = dialogs.errors.size();
        Path inside = copy.resolve("sleutel.csv");
        robot.interact(() -> actions.writeKey(List.of(new nl.veldwerk.project.Pseudonymisation.Replacement("Immerloo",
                "[wijk]")), inside));
        WindowTestSupport.idle(vm);
        assertEquals(refused + 1, dialogs.errors.size(), "refused with the reason");
        assertTrue(dialogs.errors.getLast().contains("outside the project folder"), dialogs.errors.getLast());
        assertFalse(java.nio.file.Files.exists(inside));
        AtomicReference<PseudonymiseDialog> pane = new AtomicReference<>();
        robot.interact(() -> {
            pane.set(new PseudonymiseDialog(actions, dialogs));
            Stage stage = new Stage();
            stage.setScene(new Scene(pane.get()));
            stage.show();
        });

        // Typed into the key list's first line: a name, Enter, its pseudonym, Enter (a new line, not Replace);
        // then the preview, which Replace needs first.
        robot.clickOn(".pseudonym-name").write("Immerloo").type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(robot.lookup(".pseudonym-replacement").queryAs(javafx.scene.control.TextField.class).isFocused());
        robot.write("[wijk]").type(javafx.scene.input.KeyCode.ENTER);
        List<javafx.scene.control.TextField> names = robot.lookup(".pseudonym-name").queryAllAs(
                javafx.scene.control.TextField.class).stream().toList();
        assertEquals(2, names.size(), "Enter after a pseudonym starts a new line");
        assertTrue(names.stream().anyMatch(f -> f.isFocused() && f.getText().isEmpty()));
        assertFalse(pane.get().previewedAsIs(), "not previewed yet");
        robot.clickOn("#pseudonym-preview");
        Label summary = robot.lookup("#pseudonym-summary").query();
        ListView<String> occurrences = robot.lookup("#pseudonym-occurrences").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().equals("1 occurrence"));
        assertTrue(occurrences.getItems().getFirst().startsWith("A03 · transcript: Immerloo → [wijk]"),
                occurrences.getItems().toString());
        assertTrue(pane.get().previewedAsIs(), "the preview shows what Replace would do");
        robot.clickOn(names.stream().filter(f -> f.getText().isEmpty()).findFirst().orElseThrow()).write("Jan");
        assertFalse(pane.get().previewedAsIs(), "a changed list needs the preview again");

        // A key list that cannot be right says why and is not accepted.
        robot.interact(() -> pane.get().setKey(List.of(new Replacement("Immerloo", "[wijk]"),
                new Replacement("immerloo", "[buurt]"))));
        assertTrue(WaitForAsyncUtils.asyncFx(pane.get()::request).get().isEmpty());
        assertEquals("'immerloo' is in the list twice.", summary.getText());

        robot.interact(() -> pane.get().setKey(List.of(new Replacement("Immerloo", "[wijk]"),
                new Replacement("Sociaal Wijkteam", "[team]"))));
        robot.interact(pane.get()::showPreview);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().startsWith("Looking"));
        assertEquals("10 occurrences", summary.getText(), "any capitalisation, in transcripts, memos, code notes, "
                + "a code's name, a group's description and relations' comments: " + occurrences.getItems());
        assertTrue(occurrences.getItems().stream().filter(o -> o.contains(" · relation: ")).allMatch(o -> o.indexOf(
                " → ") < o.indexOf(" · relation: ")),
                "a relation named by its codes: " + occurrences.getItems());
        // A report the user saved into the project folder before: not Veldwerk's to change, and said so.
        java.nio.file.Files.writeString(copy.resolve("rapport.csv"), "A03;vooral in Immerloo bezig");
        var request = WaitForAsyncUtils.asyncFx(pane.get()::request).get().orElseThrow();
        assertTrue(request.forgetHistory(), "removing older versions is the default");
        robot.interact(() -> actions.apply(request));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.search().readyProperty().get()
                && vm.statusProperty().get().startsWith("Saved; no older version"));

        Document a03 = document("A03");
        assertTrue(a03.text().contains("vooral in [wijk] bezig"), a03.text());
        assertFalse(projectFilesContain(copy, "Immerloo"), "no save, backup or recovery file keeps the name");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());
        assertTrue(dialogs.infos.getLast().contains("• rapport.csv"), dialogs.infos.toString());
        assertEquals(List.of(), search("Immerloo"), "the rebuilt index does not know the name");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownHits.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searchStatus.getText().equals("0 hits"));
        assertTrue(search("wijk").stream().anyMatch(h -> h.documentName().equals("A03")), "but knows the pseudonym");

        robot.interact(vm::undo);
        assertTrue(document("A03").text().contains("vooral in Immerloo bezig"), "one undo brings it all back");
    }

    private Document document(String name) {
        return vm.session().project().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Search.Hit> search(String query) throws Exception {
        AtomicReference<List<Search.Hit>> hits = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> workbench.search().search(query, Search.Scope.ALL, found -> hits.set(found.hits()), e -> hits.set(null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.get() != null);
        return hits.get();
    }

    /** The project's own files (its manifest, parts, backups and recovery save), not the sample's sources. */
    private static boolean projectFilesContain(Path project, String word) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(Files::isRegularFile).filter(f -> !project.relativize(f).startsWith("source")
                    && !project.relativize(f).startsWith("index") && !f.getFileName().toString().equals("rapport.csv"))
                    .anyMatch(f -> {
                        try {
                            return Files.readString(f).contains(word);
                        } catch (IOException e) {
                            return false; // not text
                        }
                    });
        }
    }
}
