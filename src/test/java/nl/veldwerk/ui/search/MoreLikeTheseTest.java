package nl.veldwerk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.search.Concordance;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Find more like these, in the real window: a code's quotations about shame find the one uncoded sentence
 * about shame first (the interviewer's question left out); the ticked passages are coded in one step.
 */
class MoreLikeTheseTest extends WorkbenchTest {
    private static final String TEXT = "Interviewer: Schamen mensen zich?\n"
            + "A01: Mensen schamen zich om hulp te vragen, die schaamte is groot.\n"
            + "A01: Het kost geld en dat geld hebben ze niet, de kosten zijn te hoog.\n"
            + "A01: Ze schamen zich diep voor hun situatie.\n"
            + "A01: De bus rijdt niet vaak.\n";

    @Test
    void theUncodedSentenceMostLikeACodesQuotationsComesFirstAndIsCodedInOneStep(FxRobot robot) throws Exception {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Meer zoals", "", "nl", Fixtures.T));
        List<SpeakerTurn> turns = new java.util.ArrayList<>();
        int at = 0;
        for (String line : TEXT.split("\n")) {
            turns.add(new SpeakerTurn(line.substring(0, line.indexOf(':')), at, at + line.length(), null));
            at += line.length() + 1;
        }
        p.put(Document.of("d", "A01", TEXT, SourceFormat.TXT, turns, Fixtures.T).withNumber(1));
        p.put(Code.of("schaamte", "Schaamte", "#cc3333", null));
        int s = TEXT.indexOf("Mensen schamen");
        p.put(new nl.veldwerk.model.Quotation("q", "d", s, TEXT.indexOf("groot.") + 6, "", null, Fixtures.T, 1));
        p.put(new nl.veldwerk.model.Coding("c", "q", "schaamte", null, Fixtures.T));
        Path dir = tmp.resolve("meer-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(4));
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) robot.lookup("#more-like").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SearchAndCode.Stretch> preview = robot.lookup("#code-hits-preview").query();
        javafx.stage.Window dialog = preview.getScene().getWindow();
        robot.targetWindow(dialog).clickOn("#code-hits-code");
        javafx.scene.Node search = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(search.getScene().getWindow()).write("Schaamte").type(KeyCode.ENTER);
        robot.targetWindow(dialog);
        WindowTestSupport.idle(vm);
        javafx.scene.control.ChoiceBox<?> in = robot.lookup("#more-like-in").query();
        assertEquals(null, in.getValue(), "every document, unless one is chosen");
        assertEquals(2, in.getItems().size(), "all documents, or the one");
        robot.clickOn("#code-hits-speaker-Interviewer");
        WindowTestSupport.idle(vm);
        assertTrue(!preview.getItems().isEmpty(), "passages like the code's quotations");
        assertEquals("Ze schamen zich diep voor hun situatie.", preview.getItems().getFirst().text(),
                "the sentence about shame first, the interviewer's question left out");
        assertTrue(preview.getItems().stream().noneMatch(x -> x.text().startsWith("Schamen mensen")));
        // Keep only the first ticked.
        List<CheckBox> boxes = robot.from(preview).lookup(".check-box").queryAll().stream().map(n -> (CheckBox) n)
                .toList();
        for (CheckBox box : boxes.subList(1, boxes.size())) {
            robot.interact(() -> box.setSelected(false));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#code-hits-apply");
        WindowTestSupport.idle(vm);
        Project now = vm.session().project();
        assertEquals(java.util.Set.of("Mensen schamen zich om hulp te vragen, die schaamte is groot.",
                "Ze schamen zich diep voor hun situatie."), now.quotations().stream().map(q -> TEXT.substring(q.start(),
                q.end())).collect(java.util.stream.Collectors.toSet()));
        robot.interact(vm::undo);
        assertEquals(1, vm.session().project().quotations().size(), "one undo takes it back");
    }
}
