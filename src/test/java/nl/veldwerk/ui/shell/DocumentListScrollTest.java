package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.app.DocumentItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A document opened from elsewhere (a search hit, a jump, a new import) comes into view in the document list; one
 * already in view leaves the list where it is (ListView.scrollTo put it at the top, under the user's pointer).
 */
class DocumentListScrollTest extends WorkbenchTest {
    @Test
    void aDocumentOpenedElsewhereComesIntoViewAndOneInViewMovesNothing(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("many");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Veel", Fixtures.T))) {
            for (int i = 1; i <= 80; i++) {
                String name = String.format(java.util.Locale.ROOT, "R%02d", i);
                store.session().execute(DocumentCommands.add(Document.of("d" + i, name,
                        "Interviewer: Hoe gaat het?\n" + name + ": Goed.\n", SourceFormat.TXT, List.of(), Fixtures.T)));
            }
            store.save();
        }
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        ListView<DocumentItem> list = robot.lookup("#documents").queryListView();
        assertEquals(0, first(list), "opened at the top, its first document shown");
        assertEquals("R01", list.getSelectionModel().getSelectedItem().label());

        open(robot, list, 60);
        int top = first(list);
        assertTrue(top <= 59 && last(list) >= 59, top + ".." + last(list) + ": R60 in view");
        assertEquals(59, list.getSelectionModel().getSelectedIndex());

        int inView = top == 59 ? last(list) - 1 : top + 1; // fully shown, not R60 itself
        open(robot, list, inView + 1);
        assertEquals(top, first(list), "a document in view: the list did not move");
        assertEquals(inView, list.getSelectionModel().getSelectedIndex());

        open(robot, list, 2);
        assertTrue(first(list) <= 1 && last(list) >= 1, first(list) + ".." + last(list) + ": R02 in view");
    }

    /** A long name is cut with "…" in a list as wide as the pane: it got a horizontal scroll bar (QA). */
    @Test
    void aLongNameIsCutNotScrolledSideways(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("lang");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Lang", Fixtures.T))) {
            store.session().execute(DocumentCommands.add(Document.of("d1", "Interview met de coördinator van het "
                    + "buurthuis in de Lindenstraat, tweede gesprek, na de zomer", "I: Ja.\n", SourceFormat.TXT,
                    List.of(), Fixtures.T)));
            store.save();
        }
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        ListView<DocumentItem> list = robot.lookup("#documents").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        boolean sideways = robot.lookup("#documents .scroll-bar").queryAll().stream()
                .map(n -> (javafx.scene.control.ScrollBar) n)
                .anyMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        assertTrue(!sideways, "no horizontal scroll bar");
        javafx.scene.control.Label name = (javafx.scene.control.Label) robot.lookup("#documents .document-name")
                .queryAll().iterator().next();
        assertTrue(name.getWidth() <= list.getWidth(), name.getWidth() + " within " + list.getWidth());
    }

    /** Opens document number {@code number} as a jump from elsewhere does: through the view model. */
    private void open(FxRobot robot, ListView<DocumentItem> list, int number) throws Exception {
        robot.interact(() -> vm.selectedProperty().set(list.getItems().get(number - 1)));
        WindowTestSupport.idle(vm);
    }

    private static int first(ListView<?> list) {
        return ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private static int last(ListView<?> list) {
        IndexedCell<?> cell = ((VirtualFlow<?>) list.lookup(".virtual-flow")).getLastVisibleCell();
        return cell.getIndex();
    }
}
